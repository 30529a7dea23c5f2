package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Both sides of a meeting on the sidelines of an event, or during it, were at the event. Sentences are our own. */
class SidelineMeetingsTest {
    private static List<String> attendees(String text) {
        return OwnSentences.attendances(OwnSentences.scored(text, FactType.ATTENDANCE)).stream().sorted().toList();
    }

    @Test
    void theOtherSideOfASidelineMeetingAttendsToo() {
        assertEquals(List.of("Nana Akufo-Addo @ African Union summit", "William Ruto @ African Union summit"),
                attendees("Kenyan President William Ruto met Ghanaian President Nana Akufo-Addo on the sidelines of the African Union summit "
                        + "in Addis Ababa on Sunday."));
    }

    @Test
    void bothSidesOfAMeetingDuringAnEventAttendIt() {
        assertEquals(List.of("Nana Akufo-Addo @ 2023 African Athletics Championships", "William Ruto @ 2023 African Athletics Championships"),
                attendees("Kenyan President William Ruto met Ghanaian President Nana Akufo-Addo during the 2023 African Athletics Championships in Accra."));
    }

    @Test
    void aMeetingElsewhereGivesNoAttendance() {
        assertEquals(List.of(), attendees("Kenyan President William Ruto met Ghanaian President Nana Akufo-Addo in Nairobi on Sunday."));
    }
}
