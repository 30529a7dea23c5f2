package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word that can describe a government ("administration") is no descriptor where it ends an organisation's name, and an
 * acronym that ends a longer name ("FAME SAC") is not the listed entity it would name alone. Sentences are our own.
 */
class OrganisationNamesTest {

    private static List<Mention> all(String text) {
        return OwnArticles.analyse(text).mentions();
    }

    private static List<String> descriptors(String text) {
        return all(text).stream().filter(m -> m.kind() == Mention.Kind.DESCRIPTOR).map(Mention::text).toList();
    }

    @Test
    void theLastWordOfAnOrganisationsNameIsNoDescriptor() {
        assertEquals(List.of("officials"), descriptors("Poland bought more tanks this year. On March 3, the Defense Acquisition Program Administration (DAPA) announced "
                + "that its head had met Polish officials in Warsaw."));
    }

    @Test
    void theAdministrationAloneIsOne() {
        assertEquals(List.of("administration"), descriptors("US President Joe Biden spoke in Seoul on Friday. "
                + "On Monday, the administration said the jets would arrive in May."));
    }

    private static List<String> mentions(String text, EntityType type) {
        return all(text).stream().filter(m -> m.entity().type() == type).map(Mention::text).toList();
    }

    @Test
    void generalBeforeAnOrganisationsNameIsPartOfIt() {
        String text = "The minister met Li Wen, director of the General Office, and General Peter Okoye of the Nigerian Army.";
        assertEquals(List.of("Li Wen", "Peter Okoye"), mentions(text, EntityType.PERSON));
        assertEquals(true, mentions(text, EntityType.ORGANISATION).contains("General Office"), mentions(text, EntityType.ORGANISATION).toString());
    }

    @Test
    void aStatesNameRunIntoAnotherStatesOrganisationIsOneOrganisationOfTheFirst() {
        String text = "South Africa will train officers of the Sudan People's Liberation Army in Pretoria.";
        assertEquals(List.of("South Africa"), mentions(text, EntityType.STATE));
        assertEquals(List.of("Sudan People's Liberation Army"), mentions(text, EntityType.ARMED_FORCES));
        assertEquals("SD", all(text).stream().filter(m -> m.entity().type() == EntityType.ARMED_FORCES).findFirst().orElseThrow().entity().country());
    }

    @Test
    void aStatesOwnOrganisationAfterItsNameIsStillThatOrganisation() {
        assertEquals(List.of("China", "People's Liberation Army"), all("China said the People's Liberation Army held drills.").stream()
                .filter(m -> m.kind() == Mention.Kind.NAME).map(m -> m.entity().label()).toList());
    }

    @Test
    void aDemonymAfterAWordOfARegionNamesTheRegion() {
        assertEquals(List.of("South Korea"), all("Latin American and South American leaders met South Korean envoys.").stream()
                .filter(m -> m.entity().type() == EntityType.STATE).map(m -> m.entity().label()).toList());
    }

    private static List<String> entities(String text) {
        return all(text).stream().map(m -> m.entity().label()).distinct().toList();
    }

    @Test
    void anAcronymEndingACompanysNameIsNotTheListedOne() {
        assertEquals(List.of("Andes Steel Works", "Chile"), entities("Andes Steel Works (ANDES SAC) will build 30 trucks for Chile."));
    }

    @Test
    void anAcronymAfterAStateIsTheListedOne() {
        assertEquals(List.of("Russia", "Myanmar", "Myanmar military junta"), entities("Russia praised the Myanmar SAC on Monday."));
    }

    @Test
    void aDescriptorBeforeAProperAdjectiveIsNoDescriptor() {
        assertEquals(List.of(), descriptors("Morocco trades mostly with France. The North African kingdom also courts Nigeria."));
    }
}
