package dev.assay.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.SqlStatements;
import dev.assay.support.TestArticles;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A company's articles: the `articles` list's order, cursors, page sizes and access rules, batched per request. */
@QuarkusTest
class CompanyArticlesTest {

    private static final String PREFIX = "mentions-test";
    private static final String ACME = PREFIX + "-acme";
    private static final String BOREALIS = PREFIX + "-borealis";
    private static final String QUIET = PREFIX + "-quiet";

    private static final String COMPANY_ARTICLES = """
            query CompanyArticles($slug: String!, $first: Int, $after: String) {
              company(slug: $slug) {
                articles(first: $first, after: $after) {
                  totalCount
                  edges { cursor node { slug } }
                  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                }
              }
            }""";

    @Inject
    TestArticles data;

    /**
     * Acme is mentioned by five published articles and a draft; a2 is private to the premium tier and also
     * mentions Borealis; a4 is undated and so the oldest; a5 shares a3's date and, created later, comes first.
     */
    @BeforeEach
    void createCompaniesAndArticles() {
        data.company(ACME, "Acme Lithium");
        data.company(BOREALIS, "Borealis Nickel");
        data.company(QUIET, "Quiet Mining");
        data.article(slug("a1"), LocalDate.of(2026, 1, 10), "PUBLISHED", "PUBLIC", null, ACME);
        data.article(slug("a2"), LocalDate.of(2026, 2, 10), "PUBLISHED", "PRIVATE", "premium", BOREALIS, ACME);
        data.article(slug("a3"), LocalDate.of(2026, 3, 10), "PUBLISHED", "PUBLIC", null, ACME);
        data.article(slug("a4"), null, "PUBLISHED", "PUBLIC", null, ACME);
        data.article(slug("a5"), LocalDate.of(2026, 3, 10), "PUBLISHED", "PUBLIC", null, ACME);
        data.article(slug("draft"), LocalDate.of(2026, 4, 1), "DRAFT", "PUBLIC", null, ACME);
    }

    @AfterEach
    void removeThem() {
        data.deleteAll(PREFIX);
    }

    @Test
    void aCompanyListsItsPublishedArticlesMostMentionedThenNewestFirst() {
        JsonPath response = companyArticles(null, ACME, null, null);
        assertEquals(List.of(slug("a5"), slug("a3"), slug("a2"), slug("a1"), slug("a4")), slugs(response));
        assertEquals(5, response.getInt("data.company.articles.totalCount"));
        assertFalse(response.getBoolean("data.company.articles.pageInfo.hasNextPage"));
        assertFalse(response.getBoolean("data.company.articles.pageInfo.hasPreviousPage"));
    }

    @Test
    void draftsAreNotListedToAnyoneAsInTheArticlesList() {
        assertFalse(slugs(companyArticles(null, ACME, null, null)).contains(slug("draft")));
        JsonPath asEditor = companyArticles(Tokens.editor("editor-mentions"), ACME, null, null);
        assertFalse(slugs(asEditor).contains(slug("draft")));
        assertEquals(5, asEditor.getInt("data.company.articles.totalCount"));
    }

    @Test
    void newestFirstCursorsAreThoseOfTheArticlesList() {
        JsonPath all = GraphQLClient.postQuery("{ articles(first: 500) { edges { cursor node { slug } } } }", Map.of());
        Map<String, String> cursorBySlug = new HashMap<>();
        List<Map<String, Object>> edges = all.getList("data.articles.edges");
        edges.forEach(edge -> cursorBySlug.put(((Map<?, ?>) edge.get("node")).get("slug").toString(), (String) edge.get("cursor")));
        JsonPath newest = GraphQLClient.postQuery("{ company(slug: \"" + ACME + "\") { articles(order: NEWEST) "
                + "{ edges { cursor node { slug } } } } }", Map.of());
        List<Map<String, Object>> companyEdges = newest.getList("data.company.articles.edges");
        assertEquals(5, companyEdges.size());
        companyEdges.forEach(edge -> assertEquals(cursorBySlug.get(((Map<?, ?>) edge.get("node")).get("slug").toString()),
                edge.get("cursor")));
    }

    @Test
    void pagesWithCursorsUntilTheUndatedArticle() {
        JsonPath first = companyArticles(null, ACME, 2, null);
        assertEquals(List.of(slug("a5"), slug("a3")), slugs(first));
        assertTrue(first.getBoolean("data.company.articles.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.company.articles.pageInfo.hasPreviousPage"));

        JsonPath second = companyArticles(null, ACME, 2, first.getString("data.company.articles.pageInfo.endCursor"));
        assertEquals(List.of(slug("a2"), slug("a1")), slugs(second));
        assertTrue(second.getBoolean("data.company.articles.pageInfo.hasNextPage"));
        assertTrue(second.getBoolean("data.company.articles.pageInfo.hasPreviousPage"));
        assertEquals(5, second.getInt("data.company.articles.totalCount"), "the total counts every page");

        JsonPath last = companyArticles(null, ACME, 2, second.getString("data.company.articles.pageInfo.endCursor"));
        assertEquals(List.of(slug("a4")), slugs(last));
        assertFalse(last.getBoolean("data.company.articles.pageInfo.hasNextPage"));
        assertEquals(last.getString("data.company.articles.pageInfo.startCursor"),
                last.getString("data.company.articles.pageInfo.endCursor"));
    }

    @Test
    void anEmptyPageStillTellsWhetherArticlesFollow() {
        JsonPath none = companyArticles(null, ACME, 0, null);
        assertEquals(List.of(), slugs(none));
        assertTrue(none.getBoolean("data.company.articles.pageInfo.hasNextPage"));
        assertNull(none.get("data.company.articles.pageInfo.endCursor"));

        JsonPath quiet = companyArticles(null, QUIET, null, null);
        assertEquals(List.of(), slugs(quiet));
        assertEquals(0, quiet.getInt("data.company.articles.totalCount"));
        assertFalse(quiet.getBoolean("data.company.articles.pageInfo.hasNextPage"));
    }

    @Test
    void badPageSizesAndCursorsAreBadUserInput() {
        assertBadInput(companyArticles(null, ACME, 501, null), "first");
        assertBadInput(companyArticles(null, ACME, -1, null), "first");
        assertBadInput(companyArticles(null, ACME, null, "%%%"), "after");
        assertBadInput(companyArticles(null, ACME, null, "bm90LWEtY3Vyc29y"), "after");
        // a cursor of another kind of list (price history)
        assertBadInput(companyArticles(null, ACME, null, "aGlzdG9yeToyMDI2LTAxLTAx"), "after");
        assertEquals(5, slugs(companyArticles(null, ACME, 500, null)).size(), "500, the cap, is allowed");
    }

    @Test
    void privateBodiesAreWithheldFromCallersWithoutTheTier() {
        String query = "{ company(slug: \"" + BOREALIS + "\") { articles { edges { node { slug canReadBody bodyText } } } } }";
        JsonPath anonymous = GraphQLClient.postQueryAs(null, query, Map.of());
        assertEquals(slug("a2"), anonymous.getString("data.company.articles.edges[0].node.slug"));
        assertFalse(anonymous.getBoolean("data.company.articles.edges[0].node.canReadBody"));
        assertNull(anonymous.get("data.company.articles.edges[0].node.bodyText"));
        assertEquals("FORBIDDEN", anonymous.getString("errors[0].extensions.code"));

        JsonPath otherTier = GraphQLClient.postQueryAs(Tokens.subscriber("reader-basic", "basic"), query, Map.of());
        assertFalse(otherTier.getBoolean("data.company.articles.edges[0].node.canReadBody"));
        assertNull(otherTier.get("data.company.articles.edges[0].node.bodyText"));
        assertEquals("FORBIDDEN", otherTier.getString("errors[0].extensions.code"));

        JsonPath premium = GraphQLClient.postQueryAs(Tokens.subscriber("reader-premium", "premium"), query, Map.of());
        assertNull(premium.get("errors"), () -> premium.prettify());
        assertEquals("Body of " + slug("a2") + ".", premium.getString("data.company.articles.edges[0].node.bodyText"));
    }

    @Test
    void anArticleNamesTheCompaniesItMentionsByName() {
        JsonPath response = GraphQLClient.postQuery("{ a2: article(slug: \"" + slug("a2") + "\") { companies { company "
                + "{ slug name } } } a1: article(slug: \"" + slug("a1") + "\") { companies { company { slug } } } }", Map.of());
        assertNull(response.get("errors"), () -> response.prettify());
        assertEquals(List.of("Acme Lithium", "Borealis Nickel"), response.getList("data.a2.companies.company.name", String.class),
                "named the same number of times (never), by name");
        assertEquals(List.of(ACME), response.getList("data.a1.companies.company.slug", String.class));

        JsonPath list = GraphQLClient.postQuery("{ articles(first: 500) { edges { node { slug companies { company { slug } } } } } }",
                Map.of());
        List<Map<String, Object>> nodes = list.getList("data.articles.edges.node");
        Map<String, Object> a2 = nodes.stream().filter(n -> slug("a2").equals(n.get("slug"))).findFirst().orElseThrow();
        assertEquals(2, ((List<?>) a2.get("companies")).size());
    }

    @Test
    void manyCompaniesAreAnsweredInOneBatchEachWithItsOwnPage() {
        JsonPath response = GraphQLClient.postQuery("{ companies(first: 100) { nodes { slug articles(first: 2) { totalCount "
                + "edges { node { slug } } pageInfo { hasNextPage } } } } }", Map.of());
        assertNull(response.get("errors"), () -> response.prettify());
        List<Map<String, Object>> companies = response.getList("data.companies.nodes");
        assertEquals(List.of(slug("a5"), slug("a3")), pageOf(companies, ACME));
        assertEquals(List.of(slug("a2")), pageOf(companies, BOREALIS));
        assertEquals(List.of(), pageOf(companies, QUIET));
        assertEquals(5, totalOf(companies, ACME));
        assertEquals(1, totalOf(companies, BOREALIS));
        assertEquals(0, totalOf(companies, QUIET));

        String afterA3 = companyArticles(null, ACME, 2, null).getString("data.company.articles.pageInfo.endCursor");
        JsonPath next = GraphQLClient.postQuery("query ($after: String) { companies(first: 100) { nodes { slug "
                + "articles(first: 2, after: $after) { totalCount edges { node { slug } } pageInfo { hasNextPage hasPreviousPage } } "
                + "} } }", Map.of("after", afterA3));
        assertNull(next.get("errors"), () -> next.prettify());
        List<Map<String, Object>> continued = next.getList("data.companies.nodes");
        assertEquals(List.of(slug("a2"), slug("a1")), pageOf(continued, ACME));
        assertEquals(List.of(slug("a2")), pageOf(continued, BOREALIS),
                "the cursor is a position (mentions, then time), valid for every company");
        assertEquals(List.of(), pageOf(continued, QUIET));
        assertEquals(5, totalOf(continued, ACME));
    }

    @Test
    void companiesWithTheirArticlesCostTheSameStatementsWhateverTheirNumber() {
        String query = "{ companies(first: 100) { nodes { slug articles(first: 5) { totalCount edges { cursor node { slug title "
                + "companies { company { slug } } tags { name } } } pageInfo { hasNextPage endCursor } } } } }";
        long few = statements(query);
        data.createBulk(PREFIX + "-bulk", 40, 8);
        long many = statements(query);
        assertEquals(few, many, "statements grew with the companies");
        // the directory: count, page, companies; their articles: counts, pages, articles; the articles' companies: links,
        // companies; their tags
        assertTrue(many <= 9, "companies with their articles ran " + many + " statements");
    }

    @Test
    void articlesWithTheirCompaniesCostTheSameStatementsWhateverTheirNumber() {
        data.createBulk(PREFIX + "-bulk", 20, 5);
        String query = "query ($first: Int) { articles(first: $first) { edges { node { slug companies { mentions company "
                + "{ slug name } } } } } }";
        long two = statements(query, Map.of("first", 2));
        long hundred = statements(query, Map.of("first", 100));
        assertEquals(two, hundred, "statements grew with the articles");
        // the page: count, ids, articles; their companies: links, companies
        assertTrue(hundred <= 5, "articles with their companies ran " + hundred + " statements");
    }

    private static long statements(String query) {
        return statements(query, Map.of());
    }

    /** Counted for a signed-in reader: every company with a page of articles is past the anonymous budget. */
    private static long statements(String query, Map<String, Object> variables) {
        String reader = Tokens.subscriber("statement-counter");
        return SqlStatements.countDuring(() -> {
            JsonPath response = GraphQLClient.postQueryAs(reader, query, variables);
            assertNull(response.get("errors"), () -> response.prettify());
        });
    }

    private static JsonPath companyArticles(String token, String company, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", company);
        variables.put("first", first);
        variables.put("after", after);
        return GraphQLClient.postQueryAs(token, COMPANY_ARTICLES, variables);
    }

    private static List<String> slugs(JsonPath response) {
        assertNull(response.get("errors"), () -> response.prettify());
        return response.getList("data.company.articles.edges.node.slug", String.class);
    }

    private static void assertBadInput(JsonPath response, String argument) {
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), () -> response.prettify());
        assertTrue(response.getString("errors[0].message").contains("'" + argument + "'"), response.getString("errors[0].message"));
        assertNotNull(response.get("data"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> pageOf(List<Map<String, Object>> companies, String slug) {
        Map<String, Object> articles = (Map<String, Object>) companyOf(companies, slug).get("articles");
        return ((List<Map<String, Object>>) articles.get("edges")).stream()
                .map(edge -> ((Map<String, Object>) edge.get("node")).get("slug").toString()).toList();
    }

    @SuppressWarnings("unchecked")
    private static int totalOf(List<Map<String, Object>> companies, String slug) {
        return ((Number) ((Map<String, Object>) companyOf(companies, slug).get("articles")).get("totalCount")).intValue();
    }

    private static Map<String, Object> companyOf(List<Map<String, Object>> companies, String slug) {
        return companies.stream().filter(c -> slug.equals(c.get("slug"))).findFirst().orElseThrow();
    }

    private static String slug(String name) {
        return PREFIX + "-" + name;
    }
}
