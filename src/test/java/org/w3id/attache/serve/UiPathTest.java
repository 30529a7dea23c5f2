package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UiPathTest {
    @Test
    void onlyWhatTheUiAsksBelowItsRootLosesThePrefix() {
        assertEquals("/index.html", UiPath.unprefixed("/sparql-ui/"));
        assertEquals("/index.html", UiPath.unprefixed("/sparql-ui/index.html"));
        assertEquals("/static/index-B4LhgED8.js", UiPath.unprefixed("/sparql-ui/static/index-B4LhgED8.js"));
        assertEquals("/$/server", UiPath.unprefixed("/sparql-ui/$/server"));
        assertEquals("/attache/sparql", UiPath.unprefixed("/sparql-ui/attache/sparql"));
        assertEquals("/favicon.ico", UiPath.unprefixed("/sparql-ui/favicon.ico"));
        assertNull(UiPath.unprefixed("/sparql-ui"), "redirected to /sparql-ui/ by its servlet");
        assertNull(UiPath.unprefixed("/sparql-ui/id/person/x"));
        assertNull(UiPath.unprefixed("/sparql-ui/attachement"));
        assertNull(UiPath.unprefixed("/"));
        assertNull(UiPath.unprefixed("/static/x.js"));
    }
}
