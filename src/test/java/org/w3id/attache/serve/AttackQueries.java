package org.w3id.attache.serve;

/** Expensive queries as an attacker would send them, each made distinct by a number (no cache can help). */
final class AttackQueries {
    private AttackQueries() {
    }

    /** A regular expression that backtracks for minutes. */
    static String regexBomb(int n) {
        return "ASK { BIND(\"" + "a".repeat(40) + "!" + n + "\" AS ?s) FILTER(REGEX(?s, \"(.*a){25}$\")) }";
    }

    /** A cartesian product of the store with itself, four times over (200 triples: 1.6 billion rows), counted. */
    static String cartesianJoin(int n) {
        return "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l FILTER(?c != \"" + n + "\") }";
    }
}
