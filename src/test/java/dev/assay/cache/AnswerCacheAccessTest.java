package dev.assay.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.CacheCounts;
import dev.assay.support.Eventually;
import dev.assay.support.GraphQLClient;
import dev.assay.support.OperatorSql;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A cached answer reaches only callers of its audience: a subscriber's answer holding a protected value never
 * reaches an anonymous caller or a subscriber without the tier, nor an anonymous caller's FORBIDDEN a subscriber;
 * subscribers holding the same tiers, and all anonymous callers, share one answer.
 */
@QuarkusTest
class AnswerCacheAccessTest {

    private static final String TIER = "cache-pro";
    private static final BigDecimal VALUE = new BigDecimal("103.25");

    @Inject
    TestSeries series;

    @Inject
    DataVersion version;

    private String slug;

    @BeforeEach
    void createProtectedSeries() {
        slug = "cache-protected-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "cache-access-test", "WEEKLY", TIER, "2026-04-01", "100.00", "2026-04-08", "103.25");
        long committed = OperatorSql.dataVersion();
        Eventually.until(() -> version.current() == committed, "the service hears of the new series");
    }

    @AfterEach
    void removeIt() {
        series.deleteSector("cache-access-test");
    }

    @Test
    void aSubscribersAnswerNeverReachesAnAnonymousCaller() {
        String subscriber = Tokens.subscriber("cache-sub-1", TIER);
        assertEquals(VALUE, latestAs(subscriber).answer().get("data.commodity.latest.value"));
        assertEquals(1, latestAs(subscriber).counts().hits(), "the subscriber's answer is held");

        Asked anonymous = latestAs(null);
        assertWithheld(anonymous.answer());
        assertEquals(1, anonymous.counts().misses());
        Asked withoutTheTier = latestAs(Tokens.subscriber("cache-sub-2", "another-tier"));
        assertWithheld(withoutTheTier.answer());
        assertEquals(1, withoutTheTier.counts().misses());
    }

    @Test
    void anAnonymousAnswerNeverReachesASubscriber() {
        assertWithheld(latestAs(null).answer());
        assertEquals(1, latestAs(null).counts().hits(), "the anonymous answer, FORBIDDEN and all, is held");

        Asked subscriber = latestAs(Tokens.subscriber("cache-sub-3", TIER));
        assertEquals(VALUE, subscriber.answer().get("data.commodity.latest.value"));
        assertEquals(1, subscriber.counts().misses());
        Asked editor = latestAs(Tokens.editor("cache-editor"));
        assertEquals(VALUE, editor.answer().get("data.commodity.latest.value"));
        assertEquals(1, editor.counts().misses());
    }

    @Test
    void subscribersWithTheSameTiersShareAnAnswerAndOthersDoNot() {
        latestAs(Tokens.subscriber("cache-sub-4", TIER, "recycling"));
        Asked sameTiers = latestAs(Tokens.subscriber("cache-sub-5", "recycling", TIER));
        assertEquals(1, sameTiers.counts().hits());
        assertEquals(VALUE, sameTiers.answer().get("data.commodity.latest.value"));

        Asked oneTierLess = latestAs(Tokens.subscriber("cache-sub-6", TIER));
        assertEquals(1, oneTierLess.counts().misses());
        Asked partner = latestAs(Tokens.partner("cache-partner", TIER, "recycling"));
        assertEquals(1, partner.counts().misses());
    }

    @Test
    void anonymousCallersShareOneAnswer() {
        latestAs(null);
        Asked again = latestAs(null);
        assertEquals(1, again.counts().hits());
        assertWithheld(again.answer());
    }

    private static void assertWithheld(JsonPath answer) {
        assertNull(answer.get("data.commodity.latest"), answer::prettify);
        assertEquals("FORBIDDEN", answer.getString("errors[0].extensions.code"));
    }

    private record Asked(JsonPath answer, CacheCounts counts) {
    }

    private Asked latestAs(String token) {
        CacheCounts before = CacheCounts.now();
        JsonPath answer = GraphQLClient.postAs(token, "latestPrint", Map.of("slug", slug));
        return new Asked(answer, CacheCounts.now().since(before));
    }
}
