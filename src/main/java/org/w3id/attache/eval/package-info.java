/** Eval: reads evaluation sets (articles and gold facts) and scores extracted facts against them the way {@code ../shared/eval/score.py} does. */
package org.w3id.attache.eval;
