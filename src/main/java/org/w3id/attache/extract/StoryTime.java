package org.w3id.attache.extract;

/**
 * The story's date as the article has told it so far, and whether the sentence before (or this
 * one) told it: a statement in the next sentence goes on in the same interview or meeting, one
 * further on need not.
 *
 * @param date {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or empty
 * @param fresh set by this sentence or the one before
 * @param lead the date of the recent event the article leads with ({@link FactDating#leadDate}), or empty
 * @param spoken the date was set by someone's words (an interview, a statement), which words
 *        after it may go on with
 */
record StoryTime(String date, boolean fresh, String lead, boolean spoken) {
    static final StoryTime NONE = new StoryTime("", false, "", false);
}
