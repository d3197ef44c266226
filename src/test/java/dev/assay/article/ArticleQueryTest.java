package dev.assay.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.SqlStatements;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleQueryTest {

    private static final String CATL = "catl-looks-to-overseas-markets-amid-domestic-battery-oversupply";
    private static final String CHINA = "china-leads-production-but-the-west-is-catching-up-new-battery-technology-2024-in-review";

    @Test
    void listsTheFiveSeedArticlesNewestFirstWithTheirPeopleAndTaxonomy() {
        JsonPath list = GraphQLClient.post("articleList", new HashMap<>());
        assertNull(list.get("errors"), () -> list.prettify());
        assertEquals(5, list.getInt("data.articles.totalCount"));
        List<String> slugs = list.getList("data.articles.edges.node.slug", String.class);
        assertEquals(5, slugs.size());
        assertTrue(slugs.indexOf(CHINA) < slugs.indexOf(CATL), "2024-12-24 before 2024-06-07");
        Map<String, Object> china = list.getList("data.articles.edges.node", Map.class).stream()
                .filter(a -> CHINA.equals(a.get("slug"))).findFirst().orElseThrow();
        assertEquals("PRIVATE", china.get("visibility"));
        assertTrue(china.toString().contains("Didi Bostock"));
        assertTrue(china.toString().contains("EDITOR"));
        assertTrue(china.toString().contains("solid-state"));
    }

    @Test
    void filtersByTagCategoryAuthorPublisherDateFeaturedAndSearch() {
        assertEquals(List.of(CATL), slugs(Map.of("tag", "catl")));
        assertEquals(List.of(CATL), slugs(Map.of("category", "gigafactories")));
        assertTrue(slugs(Map.of("author", "didi-bostock")).containsAll(List.of(CATL, CHINA)));
        assertEquals(3, slugs(Map.of("publisher", "benchmark-source")).size());
        assertEquals(List.of(CHINA), slugs(Map.of("publisher", "benchmark-source", "from", "2024-12-01", "to", "2024-12-31")));
        assertTrue(slugs(Map.of("featured", true)).containsAll(List.of(CATL, CHINA)));
        List<String> sodium = slugs(Map.of("search", "sodium-ion joint venture"));
        assertTrue(sodium.contains("lg-chem-and-sinopec-form-sodium-ion-battery-joint-venture"), sodium.toString());
        assertEquals(List.of(), slugs(Map.of("tag", "no-such-tag")));
    }

    @Test
    void pagesWithACursor() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", 2);
        JsonPath first = GraphQLClient.post("articleList", variables);
        assertTrue(first.getBoolean("data.articles.pageInfo.hasNextPage"));
        variables.put("after", first.getString("data.articles.pageInfo.endCursor"));
        JsonPath second = GraphQLClient.post("articleList", variables);
        List<String> a = first.getList("data.articles.edges.node.slug", String.class);
        List<String> b = second.getList("data.articles.edges.node.slug", String.class);
        assertEquals(2, b.size());
        assertFalse(a.stream().anyMatch(b::contains));
    }

    @Test
    void anArticleHasItsBodyAsDocumentHtmlAndTextAndRelatedArticles() {
        JsonPath page = GraphQLClient.postAs(Tokens.subscriber("reader"), "articlePage", Map.of("slug", CATL));
        assertNull(page.get("errors"), () -> page.prettify());
        assertTrue(page.getString("data.article.bodyJson").startsWith("{"));
        assertTrue(page.getString("data.article.bodyHtml").contains("<p>"));
        assertFalse(page.getString("data.article.bodyText").contains("<p>"));
        assertTrue(page.getString("data.article.bodyText").contains("CATL"));
        assertEquals("A factory under construction", page.getString("data.article.featuredImage.alt"));
        assertEquals(CHINA, page.getString("data.article.related[0].slug"), "shares two tags with the CATL article");
    }

    @Test
    void anArticleListCostsTheSameStatementsWhateverItsLength() {
        long two = SqlStatements.countDuring(() -> GraphQLClient.post("articleList", new HashMap<>(Map.of("first", 2))));
        long five = SqlStatements.countDuring(() -> GraphQLClient.post("articleList", new HashMap<>(Map.of("first", 5))));
        assertEquals(two, five);
        assertTrue(five <= 7, "article list ran " + five + " statements");
    }

    private static List<String> slugs(Map<String, Object> filter) {
        JsonPath list = GraphQLClient.post("articleList", Map.of("filter", filter));
        assertNull(list.get("errors"), () -> list.prettify());
        return list.getList("data.articles.edges.node.slug", String.class);
    }
}
