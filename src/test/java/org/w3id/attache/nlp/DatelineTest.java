package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Datelines are blanked in place, in the forms wire services and newspapers use; other openings stay. */
class DatelineTest {
    private static void blanks(String dateline, String rest) {
        String body = dateline + rest;
        assertEquals(" ".repeat(dateline.length()) + rest, Dateline.blanked(body), body);
    }

    @Test
    void wireForms() {
        blanks("MOSCOW — ", "Talks began.");
        blanks("SHUSHA, Azerbaijan — ", "Talks began.");
        blanks("NEW DELHI, July 1 — ", "Talks began.");
        blanks("NEW DELHI: ", "India and Russia signed.");
        blanks("ISLAMABAD -- ", "Talks began.");
    }

    @Test
    void thePlaceOfADateline() {
        assertEquals("NEW DELHI", Dateline.place("NEW DELHI, July 1 — Talks began."));
        assertEquals("SHUSHA", Dateline.place("SHUSHA, Azerbaijan — Talks began."));
        assertEquals("MOSCOW", Dateline.place("MOSCOW — Talks began."));
        assertEquals("", Dateline.place("Talks began in Moscow."));
    }

    @Test
    void aSentenceIsNoDateline() {
        String body = "Russia and China signed a treaty on Monday.";
        assertEquals(body, Dateline.blanked(body));
        String quote = "\"We are ready,\" he said.";
        assertEquals(quote, Dateline.blanked(quote));
    }
}
