package dev.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntitlementsTest {

    static Stream<Arguments> seriesCases() {
        return Stream.of(
                Arguments.of("anonymous, public series", Entitlements.ANONYMOUS, null, true),
                Arguments.of("anonymous, protected series", Entitlements.ANONYMOUS, "pro", false),
                Arguments.of("subscriber holding the tier", caller(Set.of("subscriber"), Set.of("pro")), "pro", true),
                Arguments.of("subscriber of another tier", caller(Set.of("subscriber"), Set.of("basic")), "pro", false),
                Arguments.of("tier claim without the subscriber role", caller(Set.of(), Set.of("pro")), "pro", false),
                Arguments.of("partner holding the tier", caller(Set.of("partner"), Set.of("pro")), "pro", true),
                Arguments.of("editor", caller(Set.of("editor"), Set.of()), "pro", true),
                Arguments.of("admin", caller(Set.of("admin"), Set.of()), "pro", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seriesCases")
    void decidesWhoSeesASeries(String name, Entitlements caller, String tier, boolean sees) {
        assertEquals(sees, caller.canSeeValues(tier));
    }

    static Stream<Arguments> bodyCases() {
        return Stream.of(
                Arguments.of("public article, anonymous", Entitlements.ANONYMOUS, false, null, true),
                Arguments.of("private article, anonymous", Entitlements.ANONYMOUS, true, null, false),
                Arguments.of("private article, any subscriber", caller(Set.of("subscriber"), Set.of()), true, null, true),
                Arguments.of("private article with a tier, without it", caller(Set.of("subscriber"), Set.of()), true, "pro", false),
                Arguments.of("private article with a tier, with it", caller(Set.of("subscriber"), Set.of("pro")), true, "pro", true),
                Arguments.of("private article, editor", caller(Set.of("editor"), Set.of()), true, "pro", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyCases")
    void decidesWhoReadsAnArticleBody(String name, Entitlements caller, boolean isPrivate, String tier, boolean reads) {
        assertEquals(reads, caller.canReadBody(isPrivate, tier));
    }

    static Stream<Arguments> bulkCases() {
        return Stream.of(
                Arguments.of("anonymous", Entitlements.ANONYMOUS, false),
                Arguments.of("subscriber", caller(Set.of("subscriber"), Set.of("pro")), false),
                Arguments.of("partner", caller(Set.of("partner"), Set.of()), true),
                Arguments.of("editor", caller(Set.of("editor"), Set.of()), true),
                Arguments.of("admin", caller(Set.of("admin"), Set.of()), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulkCases")
    void decidesWhoPullsInBulk(String name, Entitlements caller, boolean bulk) {
        assertEquals(bulk, caller.isBulkReader());
    }

    static Stream<Arguments> sameAudience() {
        return Stream.of(
                Arguments.of("two subscribers with the same tiers", caller("a", Set.of("subscriber"), Set.of("pro", "basic")),
                        caller("b", Set.of("subscriber"), Set.of("basic", "pro"))),
                Arguments.of("staff, whatever their tiers", caller("a", Set.of("editor"), Set.of("pro")),
                        caller("b", Set.of("admin"), Set.of())),
                Arguments.of("signed in without a role, whatever the tiers claim", caller("a", Set.of(), Set.of("pro")),
                        caller("b", Set.of(), Set.of())),
                Arguments.of("the subscriber role beside the partner role", caller("a", Set.of("partner"), Set.of("pro")),
                        caller("b", Set.of("subscriber", "partner"), Set.of("pro"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameAudience")
    void callersWhoSeeTheSameShareAnAudience(String name, Entitlements one, Entitlements other) {
        assertEquals(one.audience(), other.audience());
    }

    static Stream<Arguments> otherAudiences() {
        return Stream.of(
                Arguments.of("anonymous and signed in", Entitlements.ANONYMOUS, caller("a", Set.of(), Set.of())),
                Arguments.of("other tiers", caller("a", Set.of("subscriber"), Set.of("pro")),
                        caller("b", Set.of("subscriber"), Set.of("basic"))),
                Arguments.of("one tier more", caller("a", Set.of("subscriber"), Set.of("pro")),
                        caller("b", Set.of("subscriber"), Set.of("pro", "basic"))),
                Arguments.of("a subscriber and a partner", caller("a", Set.of("subscriber"), Set.of("pro")),
                        caller("b", Set.of("partner"), Set.of("pro"))),
                Arguments.of("a subscriber and staff", caller("a", Set.of("subscriber"), Set.of("pro")),
                        caller("b", Set.of("editor"), Set.of("pro"))),
                Arguments.of("tiers that a separator would join", caller("a", Set.of("subscriber"), Set.of("a\" b")),
                        caller("b", Set.of("subscriber"), Set.of("a", "b"))),
                Arguments.of("a tier named like two", caller("a", Set.of("subscriber"), Set.of("a\" \"b")),
                        caller("b", Set.of("subscriber"), Set.of("a", "b"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherAudiences")
    void callersWhoMaySeeDifferentlyDoNot(String name, Entitlements one, Entitlements other) {
        assertNotEquals(one.audience(), other.audience());
    }

    @Test
    void anAudienceNeverNamesTheCaller() {
        assertFalse(caller("subject-42", Set.of("subscriber"), Set.of("pro")).audience().contains("subject-42"));
    }

    private static Entitlements caller(Set<String> roles, Set<String> tiers) {
        return new Entitlements("someone", roles, tiers);
    }

    private static Entitlements caller(String subject, Set<String> roles, Set<String> tiers) {
        return new Entitlements(subject, roles, tiers);
    }
}
