package org.w3id.attache.web;

import java.util.List;

/**
 * One merged event as the pages show it: its kind, who takes part, where, the date its reports
 * agree on, and its reports, earliest article first.
 *
 * @param iri the event node
 * @param kind the class naming its kind's local name ("Visit", "Meeting", "Agreement", "ArmsTransfer", "Attendance")
 * @param participants the entities taking part
 * @param place the place visited or the occasion attended, or null
 * @param date the agreed date at its precision, or empty
 * @param firstDay the first day that date allows, or empty
 * @param lastDay the last day it allows, or empty
 * @param sources how many articles report it
 * @param dateConflict whether two reports give dates that cannot both be right
 * @param reports the facts that report it, earliest article first
 */
record EventView(String iri, String kind, List<FactView.Role> participants, FactView.Role place, String date, String firstDay,
        String lastDay, int sources, boolean dateConflict, List<FactView> reports) {

    /** "1 source", "3 sources". */
    String sourcesText() {
        return sources + (sources == 1 ? " source" : " sources");
    }
}
