package dev.assay.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestArticles;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Search matches every title and excerpt, and a body only for callers who may read that body. */
@QuarkusTest
class ArticleSearchAccessTest {

    private static final String PREFIX = "search-access-";
    private static final String PUBLIC = PREFIX + "public";
    private static final String PRIVATE = PREFIX + "private";
    private static final String TIERED = PREFIX + "tiered";
    private static final String TIER = "battery-pro";

    @Inject
    TestArticles articles;

    @BeforeEach
    void createArticles() {
        articles.articleSaying(PUBLIC, "PUBLIC", null, "Flumoxite prices rose.");
        articles.articleSaying(PRIVATE, "PRIVATE", null, "The zorblaxite shipment arrived.");
        articles.articleSaying(TIERED, "PRIVATE", TIER, "Quintarium output doubled.");
    }

    @AfterEach
    void removeThem() {
        articles.deleteAll(PREFIX);
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                // caller, token, found by a word of the untiered private body, of the tiered private body
                Arguments.of("anonymous", null, List.of(), List.of()),
                Arguments.of("subscriber with no tier", Tokens.subscriber("reader-1"), List.of(PRIVATE), List.of()),
                Arguments.of("subscriber of another tier", Tokens.subscriber("reader-2", "recycling-basic"),
                        List.of(PRIVATE), List.of()),
                Arguments.of("subscriber of the tier", Tokens.subscriber("reader-3", TIER), List.of(PRIVATE),
                        List.of(TIERED)),
                Arguments.of("partner of the tier", Tokens.partner("partner-1", TIER), List.of(PRIVATE), List.of(TIERED)),
                Arguments.of("editor", Tokens.editor("editor-1"), List.of(PRIVATE), List.of(TIERED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void aPrivateBodyMatchesOnlyForThoseWhoMayReadIt(String who, String token, List<String> untiered,
            List<String> tiered) {
        assertEquals(untiered, found(token, "zorblaxite"), who + ": a word of the private body");
        assertEquals(tiered, found(token, "quintarium"), who + ": a word of the tiered private body");
        assertEquals(List.of(PUBLIC), found(token, "flumoxite"), who + ": a word of a public body");
        assertEquals(List.of(TIERED), found(token, TIERED), who + ": the title of a private article");
        assertEquals(List.of(PRIVATE, PUBLIC, TIERED), found(token, "excerpt"), who + ": the excerpts of all");
    }

    /** The slugs a search finds among this test's articles, with the total count checked against them. */
    private static List<String> found(String token, String words) {
        JsonPath list = GraphQLClient.postAs(token, "articleList", Map.of("filter", Map.of("search", words)));
        assertNull(list.get("errors"), () -> list.prettify());
        List<String> slugs = list.getList("data.articles.edges.node.slug", String.class);
        assertEquals(slugs.size(), list.getInt("data.articles.totalCount"), "the count follows the same rule");
        return slugs.stream().filter(slug -> slug.startsWith(PREFIX)).sorted().toList();
    }
}
