package org.w3id.attache.extract;

import org.w3id.attache.nlp.Entity;

/**
 * What fills one role of a candidate, and how it was found.
 *
 * @param entity the entity (an event for attendance), or null for a supply's item
 * @param text the item's words, or empty
 * @param slot the syntactic slot it stood in ("subj", "to"), or {@code context}/{@code dateline} when the sentence left it to its context
 * @param kind how the entity was mentioned (name, descriptor, pronoun, demonym), or empty
 * @param distance tokens between it and the trigger
 */
record Filler(Entity entity, String text, String slot, String kind, int distance) {
}
