package org.w3id.attache.export;

import java.util.List;

/**
 * How one fact is coded for event-data users: its PLOVER event, mode and contexts, and the CAMEO
 * code alongside. {@code event} is null for statements, which PLOVER does not code.
 */
record PloverCode(String event, String mode, List<String> contexts, String cameo) {
}
