package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A date written without its year or week is the last such day before publication, unless the sentence tells a plan. Sentences are our own. */
class YearlessDatesTest {

    private static List<String> dates(String text, LocalDate published) {
        AnalysedArticle doc = OwnArticles.analyse(text, published);
        return java.util.stream.IntStream.range(0, doc.sentenceCount()).boxed()
                .flatMap(s -> doc.times(s).stream()).map(TimeMention::value).toList();
    }

    @Test
    void aDayAfterPublicationIsLastYears() {
        assertEquals(List.of("2023-10-17", "2023-12"),
                dates("The two leaders met on Oct. 17 in Accra. They had first met in December.", LocalDate.of(2024, 5, 10)));
    }

    @Test
    void aWeekdayAfterPublicationIsLastWeeks() {
        assertEquals(List.of("2024-05-03"), dates("The two leaders met in Accra on Friday.", LocalDate.of(2024, 5, 6)));
    }

    @Test
    void aPlanKeepsItsDateAndAWrittenYearIsKept() {
        assertEquals(List.of("2024-10-17", "2025-01-05"),
                dates("The two leaders will meet on Oct. 17 in Accra. They signed a pact on Jan. 5, 2025.", LocalDate.of(2024, 5, 10)));
    }
}
