package dev.assay.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Editors write articles as drafts and publish them; companies are upserted; bad input writes nothing. */
@QuarkusTest
class EditorialArticlesTest {

    private static final String CREATE = """
            mutation Create($slug: String!, $input: ArticleInput!) {
              createArticle(slug: $slug, input: $input) { slug title status tags { slug } bodyHtml } }""";

    private final String editor = Tokens.editor("editor-articles");

    @Inject
    EntityManager em;

    @Test
    void aDraftIsInvisibleUntilPublishedAndUnpublishingDeletesNothing() {
        String slug = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath created = GraphQLClient.postQueryAs(editor, CREATE, Map.of("slug", slug, "input", input("Nickel rallies")));
        assertNull(created.get("errors"), () -> created.prettify());
        assertEquals("DRAFT", created.getString("data.createArticle.status"));
        assertTrue(created.getString("data.createArticle.bodyHtml").contains("<p>First paragraph.</p>"));
        assertEquals(List.of("indonesia", "nickel"), created.getList("data.createArticle.tags.slug", String.class));

        String lookup = "{ article(slug: \"" + slug + "\") { title status } }";
        assertNull(GraphQLClient.postQuery(lookup, Map.of()).get("data.article"), "drafts are not public");
        assertEquals("DRAFT", GraphQLClient.postQueryAs(editor, lookup, Map.of()).getString("data.article.status"));

        GraphQLClient.postQueryAs(editor, "mutation { publishArticle(slug: \"" + slug + "\") { status } }", Map.of());
        assertEquals("Nickel rallies", GraphQLClient.postQuery(lookup, Map.of()).getString("data.article.title"));

        GraphQLClient.postQueryAs(editor, "mutation { unpublishArticle(slug: \"" + slug + "\") { status } }", Map.of());
        assertNull(GraphQLClient.postQuery(lookup, Map.of()).get("data.article"));
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from article where slug = ?1")
                .setParameter(1, slug).getSingleResult()).longValue());
        assertEquals(List.of("unpublishArticle", "publishArticle", "createArticle"), GraphQLClient.postQueryAs(editor,
                "{ auditLog(entity: \"article\", key: \"" + slug + "\") { action } }", Map.of())
                .getList("data.auditLog.action", String.class));
    }

    @Test
    void badArticleInputIsRefusedAndWritesNothing() {
        long before = articles();
        Map<String, Object> noBody = input("No body");
        noBody.remove("bodyText");
        Map<String, Object> badJson = input("Bad JSON");
        badJson.remove("bodyText");
        badJson.put("bodyJson", "{\"type\":\"paragraph\"}");
        Map<String, Object> unknownPublisher = input("Who");
        unknownPublisher.put("publisher", "nobody");
        for (Map<String, Object> bad : List.of(noBody, badJson, unknownPublisher)) {
            JsonPath response = GraphQLClient.postQueryAs(editor, CREATE,
                    Map.of("slug", "bad-" + UUID.randomUUID().toString().substring(0, 8), "input", bad));
            assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), bad.toString());
        }
        JsonPath badSlug = GraphQLClient.postQueryAs(editor, CREATE, Map.of("slug", "Not A Slug", "input", input("x")));
        assertEquals("BAD_USER_INPUT", badSlug.getString("errors[0].extensions.code"));
        assertEquals(before, articles());
    }

    @Test
    void companiesAreUpsertedByEditorsOnly() {
        // A company of its own: the registry's companies are what other tests read
        String upsert = "mutation { upsertCompany(slug: \"editorial-upsert-cell-co\", input: {name: \"Upsert Cell Co\", "
                + "aliases: [\"Upsert Cell Company\", \"宁德测试\"]}) { slug name aliases } }";
        assertEquals("UNAUTHENTICATED", GraphQLClient.postQuery(upsert, Map.of()).getString("errors[0].extensions.code"));
        JsonPath response = GraphQLClient.postQueryAs(editor, upsert, Map.of());
        assertNull(response.get("errors"), () -> response.prettify());
        assertEquals(List.of("Upsert Cell Company", "宁德测试"), response.getList("data.upsertCompany.aliases", String.class));
        assertEquals("Upsert Cell Co", GraphQLClient.postQuery("{ company(slug: \"editorial-upsert-cell-co\") { name } }",
                Map.of()).getString("data.company.name"));
    }

    private static Map<String, Object> input(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("excerpt", "Short summary.");
        input.put("publishedOn", "2026-10-01");
        input.put("publisher", "benchmark-source");
        input.put("tags", List.of("Nickel", "Indonesia"));
        input.put("bodyText", "First paragraph.\n\nSecond paragraph.");
        return input;
    }

    private long articles() {
        return ((Number) em.createNativeQuery("select count(*) from article").getSingleResult()).longValue();
    }
}
