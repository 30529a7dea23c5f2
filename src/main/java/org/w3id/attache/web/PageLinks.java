package org.w3id.attache.web;

/** The links from one page of a long list to the pages before and after it ({@code ?…offset=N}). */
final class PageLinks {
    private PageLinks() {
    }

    /**
     * Appends {@code <p class="pages">} with a link back to {@code offset} {@code previous} and
     * one on to {@code next}, each left out when it is negative; nothing when both are.
     *
     * @param here the page's address up to the offset's value ("/timeline?actor=…&offset=")
     */
    static void append(Html body, String here, int previous, int next, String back, String on) {
        if (previous < 0 && next < 0) {
            return;
        }
        body.open("p", "class", "pages");
        if (previous >= 0) {
            body.link(here + previous, back).text(" ");
        }
        if (next >= 0) {
            body.link(here + next, on);
        }
        body.close("p");
    }
}
