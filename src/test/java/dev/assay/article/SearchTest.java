package dev.assay.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestArticles;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One search over companies and articles: ranking, phrases, negation, highlighted snippets and private bodies. */
@QuarkusTest
class SearchTest {

    private static final String PREFIX = "site-search-";
    private static final String PRIVATE = PREFIX + "private";
    private static final Set<String> SODIUM_ION_ARTICLES = Set.of(
            "china-leads-production-but-the-west-is-catching-up-new-battery-technology-2024-in-review",
            "lg-chem-and-sinopec-form-sodium-ion-battery-joint-venture", "sodium-ion-battery-industry-chain-in-january-2026");

    @Inject
    TestArticles articles;

    @BeforeEach
    void createAPrivateArticle() {
        articles.articleSaying(PRIVATE, "PRIVATE", "battery-pro", "Glorbium & zorblaxite 'shipments'.");
    }

    @AfterEach
    void removeIt() {
        articles.deleteAll(PREFIX);
    }

    @Test
    void sodiumIonRanksTheSodiumIonArticlesFirst() {
        JsonPath found = search(null, "sodium ion", null);
        List<String> slugs = found.getList("data.search.articles.edges.node.slug", String.class);
        assertEquals(SODIUM_ION_ARTICLES, Set.copyOf(slugs.subList(0, 3)), slugs.toString());
        List<Float> ranks = found.getList("data.search.articles.edges.rank", Float.class);
        assertEquals(ranks.stream().sorted((a, b) -> Float.compare(b, a)).toList(), ranks, "best first");
        String snippet = found.getString("data.search.articles.edges[0].snippet");
        assertTrue(snippet.contains("<mark>") && snippet.toLowerCase().contains("<mark>sodium</mark>"), snippet);
        assertEquals(slugs.size(), found.getInt("data.search.articles.totalCount"));
        assertEquals(List.of(), found.getList("data.search.companies"));
    }

    /** Signed in: the seed articles of Benchmark Source have private bodies. */
    private final String reader = Tokens.subscriber("search-reader");

    @Test
    void phrasesAndNegation() {
        List<String> jointVenture = slugs(search(reader, "\"joint venture\" Sinopec", null));
        assertEquals(List.of("lg-chem-and-sinopec-form-sodium-ion-battery-joint-venture"), jointVenture);
        List<String> notSinopec = slugs(search(reader, "sodium -sinopec", null));
        assertFalse(notSinopec.contains("lg-chem-and-sinopec-form-sodium-ion-battery-joint-venture"), notSinopec.toString());
        assertTrue(notSinopec.contains("sodium-ion-battery-industry-chain-in-january-2026"), notSinopec.toString());
        List<String> either = slugs(search(reader, "Aquatech or Hithium", null));
        assertEquals(2, either.size(), either.toString());
        assertEquals(List.of(), slugs(search(reader, "\"sodium joint\"", null)), "a phrase is words in that order");
    }

    @Test
    void companiesAreFoundByTheirNames() {
        JsonPath found = search(reader, "LGES", null);
        assertEquals(List.of("lg-energy-solution"), found.getList("data.search.companies.company.slug", String.class));
        assertEquals("LGES", found.getString("data.search.companies[0].matchedName"));
        assertTrue(slugs(found).contains("catl-looks-to-overseas-markets-amid-domestic-battery-oversupply"));
    }

    @Test
    void aPrivateBodyIsSearchedOnlyForItsReadersAndNegationTellsNothingAboutIt() {
        String pro = Tokens.subscriber("search-pro", "battery-pro");
        assertEquals(List.of(), slugs(search(null, "glorbium", null)));
        assertEquals(List.of(PRIVATE), slugs(search(pro, "glorbium", null)));
        // Its title says "Title of site-search-private": a reader of the body loses it to the negated body word,
        // anyone else finds it by its title, as if the body were empty
        assertEquals(List.of(PRIVATE), slugs(search(null, "\"site search private\" -zorblaxite", null)));
        assertEquals(List.of(), slugs(search(pro, "\"site search private\" -zorblaxite", null)));
        String snippet = search(pro, "glorbium", null).getString("data.search.articles.edges[0].snippet");
        assertTrue(snippet.contains("<mark>Glorbium</mark> &amp; zorblaxite &#39;shipments"), snippet);
        String anonymousSnippet = search(null, "\"site search private\"", null).getString("data.search.articles.edges[0].snippet");
        assertFalse(anonymousSnippet.contains("Glorbium"), "no body in the snippet of a body the caller may not read");
        assertEquals(List.of(), list(null, "glorbium"), "the articles filter follows the same rule");
        assertEquals(List.of(PRIVATE), list(null, "\"site search private\" -zorblaxite"));
        assertEquals(List.of(), list(pro, "\"site search private\" -zorblaxite"));
    }

    @Test
    void resultsPageWithTheirCursors() {
        List<String> all = slugs(search(null, "battery", null));
        assertTrue(all.size() >= 4, all.toString());
        JsonPath first = search(null, "battery", 2, null);
        JsonPath second = search(null, "battery", 2, first.getString("data.search.articles.pageInfo.endCursor"));
        assertEquals(all.subList(0, 2), slugs(first));
        assertEquals(all.subList(2, 4), slugs(second));
        assertTrue(first.getBoolean("data.search.articles.pageInfo.hasNextPage"));
    }

    @Test
    void aQueryWithoutWordsIsBadUserInput() {
        JsonPath blank = search(null, " -- ", null);
        assertEquals("BAD_USER_INPUT", blank.getString("errors[0].extensions.code"), () -> blank.prettify());
        JsonPath cursor = search(null, "battery", 2, "bm9wZQ");
        assertEquals("BAD_USER_INPUT", cursor.getString("errors[0].extensions.code"));
    }

    private static JsonPath search(String token, String query, String after) {
        return search(token, query, null, after);
    }

    private static JsonPath search(String token, String query, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("query", query);
        variables.put("first", first);
        variables.put("after", after);
        return GraphQLClient.postAs(token, "search", variables);
    }

    private static List<String> list(String token, String words) {
        JsonPath response = GraphQLClient.postQueryAs(token, "query ($words: String) { articles(filter: { search: $words }) "
                + "{ edges { node { slug } } } }", Map.of("words", words));
        assertNull(response.get("errors"), () -> response.prettify());
        return response.getList("data.articles.edges.node.slug", String.class);
    }

    private static List<String> slugs(JsonPath response) {
        assertNull(response.get("errors"), () -> response.prettify());
        return response.getList("data.search.articles.edges.node.slug", String.class);
    }
}
