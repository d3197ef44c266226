package dev.assay.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.assay.support.CacheCounts;
import dev.assay.support.Eventually;
import dev.assay.support.GraphQLClient;
import dev.assay.support.OperatorSql;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The cache holds no more answers than it may, and none larger than it may; and it is the Caffeine cache whose
 * generated classes are registered for the native image.
 */
@QuarkusTest
@TestProfile(AnswerCacheBoundsTest.SmallCache.class)
class AnswerCacheBoundsTest {

    /** Room for three answers, none above 4 KiB. */
    public static class SmallCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assay.answer-cache.max-entries", "3", "assay.answer-cache.max-answer-size", "4K");
        }
    }

    @Inject
    AnswerCache cache;

    @Inject
    DataVersion version;

    @Test
    void itHoldsNoMoreAnswersThanItsBound() {
        heard();
        for (String slug : OperatorSql.query("SELECT slug FROM commodity ORDER BY id LIMIT 10")) {
            GraphQLClient.postQuery("query($s: String!) { commodity(slug: $s) { slug name } }", Map.of("s", slug));
        }
        Eventually.until(() -> cache.size() <= 3, "the cache evicts down to its bound");
    }

    @Test
    void anAnswerAboveTheLargestKeptIsSentButNotKept() {
        heard();
        JsonPath ticker = GraphQLClient.post("ticker");
        assertNull(ticker.get("errors"));
        CacheCounts before = CacheCounts.now();
        GraphQLClient.post("ticker");
        assertEquals(new CacheCounts(0, 1, 0, 0), CacheCounts.now().since(before), "22 KB is above 4 KiB");
    }

    @Test
    void itIsTheCaffeineCacheRegisteredForTheNativeImage() throws Exception {
        Object answers = field(ClientProxy.unwrap(cache), "answers");
        Object bounded = field(answers, "cache");
        assertEquals(AnswerCache.CAFFEINE_CACHE_CLASS, bounded.getClass().getName());
        assertEquals(AnswerCache.CAFFEINE_NODE_CLASS, field(bounded, "nodeFactory").getClass().getName());
    }

    private void heard() {
        long committed = OperatorSql.dataVersion();
        Eventually.until(() -> version.current() == committed, "the service hears of version " + committed);
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(name + " in " + owner.getClass());
    }
}
