package org.w3id.attache.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Links} reads a scheme as a browser does, and takes only http(s) URLs with a host as article urls. */
class LinksTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " \u0001javascript:alert(1)", "java\tscr\nipt:alert(1)",
        "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "livescript:x"})
    void scriptSchemesAreSeenThroughCaseBlanksAndControls(String link) {
        assertTrue(Links.runsScript(link), link);
        assertFalse(Links.isHttp(link), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example.org/a", "HTTP://news.example.org/a?q=%22x%22", "https://пример.рф/статья",
        "https://news.example.org/a#section-2"})
    void httpUrlsWithAHostAreArticleUrls(String url) {
        assertTrue(Links.isHttp(url), url);
        assertFalse(Links.runsScript(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://news.example.org/a", "https:///a", "https:news.example.org", "https://news.example.org/a b",
        " https://news.example.org/a", "urn:isbn:123", "news.example.org/a"})
    void otherLinksAreNoArticleUrls(String url) {
        assertFalse(Links.isHttp(url), url);
    }

    @Test
    void theSchemeIsWhatABrowserWouldTakeIt() {
        assertEquals("javascript", Links.scheme("\tJava\nScript:x"));
        assertEquals("", Links.scheme("no scheme here"));
        assertEquals("", Links.scheme("1http://x"));
    }
}
