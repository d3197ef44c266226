package dev.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;

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

    private static Entitlements caller(Set<String> roles, Set<String> tiers) {
        return new Entitlements("someone", roles, tiers);
    }
}
