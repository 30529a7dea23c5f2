package org.w3id.attache.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Draws dated events as an SVG timeline: one row per event, its label on the left, a dot for a
 * day or a bar for the month or year the text gives, each linked to the event's sentence.
 */
final class TimelineChart {
    static final int ROW = 22;
    private static final int LABEL_WIDTH = 420;
    private static final int CHART_WIDTH = 560;
    /** Room one tick label ("2024-05") needs, so labels never overlap. */
    private static final int TICK_LABEL_WIDTH = 64;
    private static final int AXIS = 30;

    /**
     * One event on the chart.
     *
     * @param kind "visit" or "meeting" (its CSS class and colour)
     * @param label the text beside it
     * @param first the first day it may have happened
     * @param last the last day it may have happened
     * @param href where it links
     * @param tooltip the sentence it came from
     */
    record Event(String kind, String label, LocalDate first, LocalDate last, String href, String tooltip) {
    }

    /** The SVG for {@code events} (in the order given), or an empty chart with a note if there are none. */
    static Html draw(List<Event> events) {
        int height = AXIS + Math.max(1, events.size()) * ROW + 10;
        int width = LABEL_WIDTH + CHART_WIDTH + 20;
        Html svg = new Html().open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", "timeline", "width", Integer.toString(width),
                "height", Integer.toString(height), "viewBox", "0 0 " + width + " " + height, "role", "img",
                "aria-label", "timeline of visits and meetings", "font-family", "sans-serif", "font-size", "12");
        if (events.isEmpty()) {
            return svg.element("text", "No dated visits or meetings match.", "x", "10", "y", Integer.toString(AXIS)).close("svg");
        }
        LocalDate from = events.stream().map(Event::first).min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
        LocalDate to = events.stream().map(Event::last).max(LocalDate::compareTo).orElseThrow().plusMonths(1).withDayOfMonth(1);
        Scale x = new Scale(from, to, LABEL_WIDTH, LABEL_WIDTH + CHART_WIDTH);
        axis(svg, x, height);
        int y = AXIS;
        for (Event e : events) {
            int mid = y + ROW / 2;
            svg.element("text", e.label(), "x", Integer.toString(LABEL_WIDTH - 8), "y", Integer.toString(mid + 4), "text-anchor", "end");
            svg.open("a", "href", e.href(), "class", "event " + e.kind());
            double x1 = x.at(e.first());
            double x2 = x.at(e.last().plusDays(1));
            String colour = e.kind().equals("visit") ? "#1f77b4" : "#ff7f0e";
            if (e.first().equals(e.last())) {
                svg.open("circle", "cx", num(x1), "cy", Integer.toString(mid), "r", "6", "fill", colour);
            } else {
                svg.open("rect", "x", num(x1), "y", Integer.toString(mid - 5), "width", num(Math.max(4, x2 - x1)), "height", "10",
                        "fill", colour, "fill-opacity", "0.6");
            }
            svg.element("title", e.first() + (e.first().equals(e.last()) ? "" : " – " + e.last()) + ": " + e.tooltip());
            svg.close(e.first().equals(e.last()) ? "circle" : "rect").close("a");
            y += ROW;
        }
        return svg.close("svg");
    }

    /** Vertical grid lines with labels: years when the chart spans two years or more, else months, as many as fit. */
    private static void axis(Html svg, Scale x, int height) {
        long months = ChronoUnit.MONTHS.between(x.from, x.to);
        boolean years = months >= 24;
        int room = CHART_WIDTH / TICK_LABEL_WIDTH;
        int step = (int) Math.max(1, Math.ceil((years ? months / 12.0 : months) / room));
        LocalDate tick = years ? x.from.withDayOfYear(1).plusYears(1) : x.from;
        while (tick.isBefore(x.to)) {
            if (!tick.isBefore(x.from)) {
                String at = num(x.at(tick));
                svg.open("line", "x1", at, "x2", at, "y1", "18", "y2", Integer.toString(height), "stroke", "#ddd").close("line");
                svg.element("text", years ? Integer.toString(tick.getYear()) : tick.toString().substring(0, 7), "x", at, "y", "14",
                        "text-anchor", "middle", "class", "tick");
            }
            tick = years ? tick.plusYears(step) : tick.plusMonths(step);
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Days to pixels. */
    private record Scale(LocalDate from, LocalDate to, int left, int right) {
        double at(LocalDate day) {
            double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return left + (right - left) * ChronoUnit.DAYS.between(from, day) / span;
        }
    }
}
