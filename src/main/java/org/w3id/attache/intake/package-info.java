/** Intake: reads article files (front matter, news-please JSON/JSONL) into {@link org.w3id.attache.intake.Article} values. */
package org.w3id.attache.intake;
