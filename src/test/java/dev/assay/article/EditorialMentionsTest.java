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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestArticles;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Editors set the companies an article mentions; an unknown company refuses the whole write. */
@QuarkusTest
class EditorialMentionsTest {

    private static final String PREFIX = "mentions-edit";
    private static final String ACME = PREFIX + "-acme";
    private static final String BOREALIS = PREFIX + "-borealis";

    private static final String CREATE = """
            mutation Create($slug: String!, $input: ArticleInput!) {
              createArticle(slug: $slug, input: $input) { slug companies { company { slug } } } }""";
    private static final String UPDATE = """
            mutation Update($slug: String!, $input: ArticleInput!) {
              updateArticle(slug: $slug, input: $input) { slug title companies { company { slug } } } }""";

    private final String editor = Tokens.editor("editor-mentions");

    /* Audit entries outlive the articles they describe: each test writes an article of its own. */
    private String article;

    @Inject
    TestArticles data;

    @Inject
    EntityManager em;

    @BeforeEach
    void createCompanies() {
        article = PREFIX + "-" + UUID.randomUUID().toString().substring(0, 8);
        data.company(ACME, "Acme Lithium");
        data.company(BOREALIS, "Borealis Nickel");
    }

    @AfterEach
    void removeThem() {
        data.deleteAll(PREFIX);
    }

    @Test
    void editorsSetMentionsWhichTheCompanyListsOncePublished() {
        JsonPath created = write(CREATE, "Acme expands", List.of(ACME));
        assertNull(created.get("errors"), () -> created.prettify());
        assertEquals(List.of(ACME), created.getList("data.createArticle.companies.company.slug", String.class));
        assertEquals(List.of(), companyArticles(ACME), "a draft is not listed");

        GraphQLClient.postQueryAs(editor, "mutation { publishArticle(slug: \"" + article + "\") { status } }", Map.of());
        assertEquals(List.of(article), companyArticles(ACME));

        JsonPath replaced = write(UPDATE, "Acme and Borealis", List.of(BOREALIS, ACME, BOREALIS));
        assertNull(replaced.get("errors"), () -> replaced.prettify());
        assertEquals(List.of(ACME, BOREALIS), replaced.getList("data.updateArticle.companies.company.slug", String.class));

        JsonPath kept = write(UPDATE, "Acme and Borealis again", null);
        assertEquals(List.of(ACME, BOREALIS), kept.getList("data.updateArticle.companies.company.slug", String.class),
                "without companies the mentions stay");

        JsonPath cleared = write(UPDATE, "Nobody in particular", List.of());
        assertEquals(List.of(), cleared.getList("data.updateArticle.companies.company.slug", String.class));
        assertEquals(List.of(), companyArticles(ACME));

        List<String> details = GraphQLClient.postQueryAs(editor,
                "{ auditLog(entity: \"article\", key: \"" + article + "\") { details } }", Map.of())
                .getList("data.auditLog.details", String.class);
        assertEquals(List.of("Nobody in particular; mentions no company", "Acme and Borealis again",
                "Acme and Borealis; mentions " + BOREALIS + ", " + ACME, "PUBLISHED", "Acme expands; mentions " + ACME),
                details);
    }

    @Test
    void anUnknownCompanyRefusesTheCreateAndWritesNothing() {
        JsonPath response = write(CREATE, "Who is that", List.of(ACME, PREFIX + "-nobody"));
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), () -> response.prettify());
        String message = response.getString("errors[0].message");
        assertTrue(message.contains("input.companies") && message.contains(PREFIX + "-nobody"), message);
        assertEquals(0, count("SELECT count(*) FROM article WHERE slug = ?1", article));
        assertEquals(0, count("SELECT count(*) FROM audit_log WHERE entity = 'article' AND entity_key = ?1", article));
    }

    @Test
    void anUnknownCompanyRefusesTheUpdateAndLeavesTheArticleAsItWas() {
        assertNull(write(CREATE, "Acme expands", List.of(ACME)).get("errors"));
        long audited = count("SELECT count(*) FROM audit_log WHERE entity = 'article' AND entity_key = ?1", article);

        JsonPath response = write(UPDATE, "Rewritten", List.of(BOREALIS, PREFIX + "-nobody", PREFIX + "-nemo"));
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), () -> response.prettify());
        assertTrue(response.getString("errors[0].message").contains("'" + PREFIX + "-nobody', '" + PREFIX + "-nemo'"),
                response.getString("errors[0].message"));

        JsonPath stored = GraphQLClient.postQueryAs(editor,
                "{ article(slug: \"" + article + "\") { title companies { company { slug } } } }", Map.of());
        assertEquals("Acme expands", stored.getString("data.article.title"));
        assertEquals(List.of(ACME), stored.getList("data.article.companies.company.slug", String.class));
        assertEquals(audited, count("SELECT count(*) FROM audit_log WHERE entity = 'article' AND entity_key = ?1", article));
    }

    private JsonPath write(String mutation, String title, List<String> companies) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("publishedOn", "2026-10-01");
        input.put("publisher", "benchmark-source");
        input.put("bodyText", "One paragraph.");
        input.put("companies", companies);
        return GraphQLClient.postQueryAs(editor, mutation, Map.of("slug", article, "input", input));
    }

    private static List<String> companyArticles(String company) {
        JsonPath response = GraphQLClient.postQuery(
                "{ company(slug: \"" + company + "\") { articles { edges { node { slug } } } } }", Map.of());
        assertNull(response.get("errors"), () -> response.prettify());
        return response.getList("data.company.articles.edges.node.slug", String.class);
    }

    private long count(String sql, String slug) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, slug).getSingleResult()).longValue();
    }
}
