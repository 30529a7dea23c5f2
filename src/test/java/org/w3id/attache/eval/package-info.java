/** Tests that score extraction on whole evaluation sets against F1 floors. */
package org.w3id.attache.eval;
