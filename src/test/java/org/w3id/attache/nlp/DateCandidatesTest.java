package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences go through SUTime: those that may hold a date, and no others. */
class DateCandidatesTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "The minister arrived on Tuesday .                          | true",
        "Talks were held in March 2024 .                            | true",
        "It accounted for four-fifths of imports in 2019-2023 .     | true",
        "Ties have deepened since the 1990s .                       | true",
        "Two years ago the plant was closed .                       | true",
        "The same day , the envoy left .                            | true",
        "The two leaders met on Oct. 17 in Accra .                  | true",
        "Talks resumed Sept. 3 .                                    | true",
        "Russia delivered six fighter jets and 1,000 tonnes of oil . | false",
        "The general thanked his hosts for their support .          | false"})
    void mayHoldADate(String sentence, boolean expected) {
        List<CoreLabel> tokens = Arrays.stream(sentence.trim().split(" ")).map(w -> {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            return t;
        }).toList();
        assertEquals(expected, DateCandidates.in(tokens));
    }
}
