package dev.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.assay.commodity.Commodity;
import dev.assay.graphql.ForbiddenException;

/** The ids handed to readers are those of the visible series, in the order given; the rest are FORBIDDEN. */
class SeriesAccessTest {

    private static final Commodity OPEN = commodity(1, "open", null);
    private static final Commodity PRO = commodity(2, "pro-index", "pro");
    private static final Commodity BASIC = commodity(3, "basic-index", "basic");
    private static final Commodity OTHER = commodity(4, "other-open", null);
    private static final List<Commodity> CATALOGUE = List.of(BASIC, OPEN, PRO, OTHER);

    @Test
    void anonymousCallersGetThePublicSeriesOnly() {
        assertEquals(List.of(1L, 4L), SeriesAccess.of(Entitlements.ANONYMOUS).visibleIds(CATALOGUE));
    }

    @Test
    void aSubscriberAlsoGetsTheSeriesOfItsTiersInTheGivenOrder() {
        SeriesAccess access = SeriesAccess.of(new Entitlements("s", Set.of(Role.SUBSCRIBER), Set.of("pro")));
        assertEquals(List.of(1L, 2L, 4L), access.visibleIds(CATALOGUE));
        assertEquals(List.of(OPEN, PRO, OTHER), access.visible(CATALOGUE));
    }

    @Test
    void staffGetEverySeries() {
        assertEquals(List.of(3L, 1L, 2L, 4L),
                SeriesAccess.of(new Entitlements("e", Set.of(Role.EDITOR), Set.of())).visibleIds(CATALOGUE));
    }

    @Test
    void requiringAllRefusesNamingTheTierOfTheFirstWithheld() throws ForbiddenException {
        SeriesAccess access = SeriesAccess.of(new Entitlements("s", Set.of(Role.SUBSCRIBER), Set.of("pro")));
        assertEquals(List.of(2L, 1L), access.requireAll(List.of(PRO, OPEN)));
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> access.requireAll(CATALOGUE));
        assertTrue(refused.getMessage().contains("'basic'") && refused.getMessage().contains("basic-index"),
                refused.getMessage());
    }

    @Test
    void aBatchAnswersEachWithheldSeriesWithItsError() {
        List<Object> answers = SeriesAccess.of(Entitlements.ANONYMOUS).answer(CATALOGUE, c -> c.slug);
        assertInstanceOf(ForbiddenException.class, answers.get(0));
        assertEquals("open", answers.get(1));
        assertInstanceOf(ForbiddenException.class, answers.get(2));
        assertEquals("other-open", answers.get(3));
    }

    private static Commodity commodity(long id, String slug, String tier) {
        Commodity commodity = new Commodity();
        commodity.id = id;
        commodity.slug = slug;
        commodity.subscriptionTier = tier;
        return commodity;
    }
}
