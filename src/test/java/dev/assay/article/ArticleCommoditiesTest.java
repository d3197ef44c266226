package dev.assay.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.SqlStatements;
import dev.assay.support.TestArticles;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Articles and prices together: the commodities an article discusses, and what each index did after it. */
@QuarkusTest
class ArticleCommoditiesTest {

    private static final String JOINT_VENTURE = "lg-chem-and-sinopec-form-sodium-ion-battery-joint-venture";
    private static final String SODIUM_CHAIN = "sodium-ion-battery-industry-chain-in-january-2026";
    private static final String REVIEW = "china-leads-production-but-the-west-is-catching-up-new-battery-technology-2024-in-review";
    private static final String SECTOR = "since-test";
    private static final String PROTECTED = SECTOR + "-pro";
    private static final String ARTICLE = SECTOR + "-article";

    private final String reader = Tokens.subscriber("commodity-reader");

    @Inject
    TestSeries series;

    @Inject
    TestArticles articles;

    @Inject
    EntityManager em;

    @AfterEach
    void removeThem() {
        articles.deleteAll(SECTOR);
        series.deleteSector(SECTOR);
    }

    @Test
    void anArticleIsLinkedToTheCommoditiesItsTextTagsAndCategoriesDiscuss() {
        JsonPath review = links(reader, REVIEW);
        Map<String, Object> anode = commodity(review, "anode");
        assertEquals(List.of("CATEGORY", "TEXT"), anode.get("via"), "the category Silicon Anode and \"silicon anodes\"");
        JsonPath chain = links(reader, SODIUM_CHAIN);
        Map<String, Object> carbonate = commodity(chain, "lithium-carbonate");
        assertEquals(List.of("TEXT"), carbonate.get("via"));
        assertEquals(4, carbonate.get("mentions"));
        assertTrue(((String) carbonate.get("snippet")).contains("rise in lithium carbonate prices"));
        assertTrue(chain.getList("data.article.commodities.commodity.slug", String.class).stream()
                .noneMatch("lithium"::equals), "lithium carbonate is not also lithium");
        JsonPath week = links(reader, "scaling-is-everything-key-takeaways-from-day-2-of-benchmark-week");
        assertEquals(List.of("TAG"), commodity(week, "lithium").get("via"));
        assertEquals(0, commodity(week, "lithium").get("mentions"));
    }

    @Test
    void sinceWhatTheIndexDidAfterPublicationComputedAsChangeIs() {
        JsonPath article = links(reader, JOINT_VENTURE);
        assertEquals("2025-12-24", article.getString("data.article.publishedOn"));
        Map<String, Object> since = sincePublication(commodity(article, "lithium"));
        String latest = GraphQLClient.postQuery("{ commodity(slug: \"lithium\") { latest { date } } }", Map.of())
                .getString("data.commodity.latest.date");
        JsonPath change = GraphQLClient.postQuery("{ commodity(slug: \"lithium\") { change(from: \"2025-12-24\", to: \"" + latest
                + "\") { basis computed date latestValue baseDate baseValue reason } } }", Map.of());
        assertEquals(change.getMap("data.commodity.change"), since);
        assertEquals("WINDOW", since.get("basis"));
        assertEquals(latest, since.get("date"));
        assertTrue(since.get("computed") != null && since.get("baseDate") != null, since.toString());

        JsonPath review = links(reader, REVIEW);
        Map<String, Object> unknownBase = sincePublication(commodity(review, "lithium"));
        assertNull(unknownBase.get("computed"), "no lithium print as early as December 2024 is stored");
        assertTrue(((String) unknownBase.get("reason")).contains("2024-12-24"), unknownBase.toString());

        JsonPath undated = links(reader, SODIUM_CHAIN);
        assertNull(undated.get("errors"));
        assertEquals(List.of(), undated.getList("data.article.commodities.sincePublication").stream()
                .filter(java.util.Objects::nonNull).toList(), "an undated article has no \"since\"");
    }

    @Test
    void aProtectedSeriesMoveIsForItsSubscribersOnly() {
        series.create(PROTECTED, SECTOR, "WEEKLY", "battery-pro", "2026-01-07", "100", "2026-01-28", "104",
                "2026-03-04", "110");
        topic(PROTECTED, "flarnium");
        String editor = Tokens.editor("since-editor");
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Flarnium prices");
        input.put("publishedOn", "2026-02-01");
        input.put("publisher", "benchmark-source");
        input.put("bodyText", "Flarnium prices rose again.");
        assertNull(GraphQLClient.postQueryAs(editor, "mutation ($slug: String!, $input: ArticleInput!) { createArticle(slug: "
                + "$slug, input: $input) { slug } }", Map.of("slug", ARTICLE, "input", input)).get("errors"));
        GraphQLClient.postQueryAs(editor, "mutation { publishArticle(slug: \"" + ARTICLE + "\") { status } }", Map.of());

        JsonPath anonymous = links(null, ARTICLE);
        assertEquals(PROTECTED, anonymous.getString("data.article.commodities[0].commodity.slug"), "the link is public");
        assertEquals(2, anonymous.getInt("data.article.commodities[0].mentions"), "title and body");
        assertNull(anonymous.get("data.article.commodities[0].sincePublication"));
        assertEquals("FORBIDDEN", anonymous.getString("errors[0].extensions.code"));
        assertTrue(anonymous.getString("errors[0].message").contains("battery-pro"));

        JsonPath subscriber = links(Tokens.subscriber("since-pro", "battery-pro"), ARTICLE);
        assertNull(subscriber.get("errors"), () -> subscriber.prettify());
        Map<String, Object> since = subscriber.getMap("data.article.commodities[0].sincePublication");
        assertEquals("2026-01-28", since.get("baseDate"), "the last print on or before the publication");
        assertEquals("2026-03-04", since.get("date"));
        assertEquals(0, new BigDecimal("5.7692307692").compareTo(new BigDecimal(since.get("computed").toString())));

        JsonPath page = GraphQLClient.postAs(null, "commodityArticles", Map.of("slug", PROTECTED));
        assertEquals(ARTICLE, page.getString("data.commodity.articles.edges[0].node.slug"));
        assertNull(page.get("data.commodity.articles.edges[0].sincePublication"));
        assertEquals("FORBIDDEN", page.getString("errors[0].extensions.code"));
    }

    @Test
    void aCommodityListsItsArticlesAndTheCompaniesTheyMention() {
        JsonPath carbonate = GraphQLClient.postAs(reader, "commodityArticles", Map.of("slug", "lithium-carbonate"));
        assertNull(carbonate.get("errors"), () -> carbonate.prettify());
        assertEquals(SODIUM_CHAIN, carbonate.getString("data.commodity.articles.edges[0].node.slug"));
        assertEquals(List.of("shanghai-metals-market"), carbonate.getList("data.commodity.companies.company.slug", String.class));
        JsonPath cells = GraphQLClient.postAs(reader, "commodityArticles", Map.of("slug", "lithium-ion-batteries"));
        List<Integer> mentions = cells.getList("data.commodity.articles.edges.mentions", Integer.class);
        assertEquals(mentions.stream().sorted((a, b) -> b - a).toList(), mentions, "most mentioned first");
        // the review and the CATL article name both, the sodium-ion review names neither: two each, then by name
        assertEquals(List.of("benchmark-mineral-intelligence", "catl"),
                cells.getList("data.commodity.companies.company.slug", String.class).subList(0, 2));
        assertEquals(List.of(2, 2), cells.getList("data.commodity.companies.articles", Integer.class).subList(0, 2));
        JsonPath newest = GraphQLClient.postAs(reader, "commodityArticles", Map.of("slug", "lithium-ion-batteries",
                "order", "NEWEST"));
        List<String> dates = newest.getList("data.commodity.articles.edges.node.publishedOn", String.class);
        assertEquals(java.util.Arrays.asList("2024-12-24", "2024-06-07", null), dates, "newest first, the undated last");
    }

    @Test
    void articlesWithTheirCommoditiesAndMovesCostTheSameStatementsWhateverTheirNumber() {
        String query = "query ($first: Int) { articles(first: $first) { edges { node { slug commodities { via commodity { slug } "
                + "sincePublication { computed } } } } } }";
        long one = statements(query, 1);
        long all = statements(query, 50);
        assertEquals(one, all, "statements grew with the articles");
        // the page: count, ids, articles; their commodities: links, commodities; the moves: one
        assertTrue(all <= 6, all + " statements");
    }

    private long statements(String query, int first) {
        return SqlStatements.countDuring(() -> {
            JsonPath response = GraphQLClient.postQueryAs(reader, query, Map.of("first", first));
            assertNull(response.get("errors"), () -> response.prettify());
        });
    }

    @Transactional
    void topic(String commodity, String phrase) {
        em.createNativeQuery("INSERT INTO commodity_topic (commodity_id, phrases) SELECT id, ARRAY[CAST(:phrase AS text)] "
                + "FROM commodity WHERE slug = :slug").setParameter("phrase", phrase).setParameter("slug", commodity)
                .executeUpdate();
    }

    private static JsonPath links(String token, String slug) {
        return GraphQLClient.postAs(token, "articleLinks", Map.of("slug", slug));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> commodity(JsonPath article, String slug) {
        List<Map<String, Object>> commodities = article.getList("data.article.commodities");
        return commodities.stream().filter(c -> slug.equals(((Map<String, Object>) c.get("commodity")).get("slug")))
                .findFirst().orElseThrow(() -> new AssertionError(slug + " is not linked: " + commodities));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sincePublication(Map<String, Object> link) {
        return (Map<String, Object>) link.get("sincePublication");
    }
}
