package dev.assay.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestArticles;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Links follow the text: recomputed when an article is written and when a company's names change; editors' choices
 * survive every recomputation.
 */
@QuarkusTest
class MentionLinksTest {

    private static final String PREFIX = "mention-links";
    private static final String ZORBA = PREFIX + "-zorba";
    private static final String QUILL = PREFIX + "-quill";

    private final String editor = Tokens.editor("mention-editor");
    private String article;

    @Inject
    TestArticles data;

    @BeforeEach
    void createCompanies() {
        article = PREFIX + "-" + UUID.randomUUID().toString().substring(0, 8);
        upsert(ZORBA, "Zorbatron Energy", List.of());
        upsert(QUILL, "Quillon Metals", List.of());
    }

    @AfterEach
    void removeThem() {
        data.deleteAll(PREFIX);
    }

    @Test
    void anArticleIsLinkedToTheCompaniesItsTextNamesWhenWrittenAndRewritten() {
        write("createArticle", "Zorbatron Energy expands", "Zorbatron Energy builds a plant. Quillon Metals supplies it. "
                + "Zorbatron Energy said so.");
        assertEquals(Map.of(ZORBA, 3, QUILL, 1), mentions());
        assertEquals("Zorbatron Energy expands", companyOf(ZORBA).get("snippet"), "the title mentions it first");
        write("updateArticle", "A plant", "Quillon Metals alone.");
        assertEquals(Map.of(QUILL, 1), mentions(), "rewritten: the links follow the new text");
    }

    @Test
    void aCompanysNewAliasesLinkTheArticlesThatUseThem() {
        write("createArticle", "News", "ZBI opened a plant; Zorbatron Industries hired. Zorbatron grew.");
        assertEquals(Map.of(), mentions());
        upsert(ZORBA, "Zorbatron Energy", List.of("ZBI", "Zorbatron Industries"));
        assertEquals(Map.of(ZORBA, 2), mentions(), "linked as soon as the aliases exist");
        upsert(ZORBA, "Zorbatron Energy", List.of("Zorbatron"));
        assertEquals(Map.of(ZORBA, 2), mentions(), "\"Zorbatron\" alone, twice (once inside the old name)");
        upsert(ZORBA, "Zorbatron Energy", List.of());
        assertEquals(Map.of(), mentions(), "unlinked when no name is left in the text");
    }

    @Test
    void namesInAddressesAndPictureCreditsAreNotMentions() {
        write("createArticle", "Plants", "Read https://zorbatron.example.com/Zorbatron-Energy-plans for more.\n\n"
                + "A new plant. Photo credit: Quillon Metals\n\nThe plant opened.");
        assertEquals(Map.of(), mentions());
    }

    @Test
    void aCompanyLinkedByHandStaysWhateverTheTextSays() {
        write("createArticle", "A plant", "Nothing about anyone.");
        JsonPath linked = choose("linkCompany", ZORBA);
        assertNull(linked.get("errors"), () -> linked.prettify());
        assertEquals(Map.of(ZORBA, 0), mentions());
        assertEquals(Boolean.TRUE, companyOf(ZORBA).get("setByEditor"));
        write("updateArticle", "A plant", "Still nothing about anyone.");
        upsert(ZORBA, "Zorbatron Energy", List.of("ZBI"));
        assertEquals(Map.of(ZORBA, 0), mentions(), "survives an edit and a change of names");
        write("updateArticle", "A plant", "Zorbatron Energy now.");
        assertEquals(Map.of(ZORBA, 1), mentions());
        assertEquals(Boolean.TRUE, companyOf(ZORBA).get("setByEditor"));
    }

    @Test
    void aCompanyRemovedByHandStaysOut() {
        write("createArticle", "Plants", "Quillon Metals and Zorbatron Energy.");
        assertNull(choose("unlinkCompany", QUILL).get("errors"));
        assertEquals(Map.of(ZORBA, 1), mentions());
        write("updateArticle", "Plants", "Quillon Metals, Quillon Metals and Zorbatron Energy.");
        upsert(QUILL, "Quillon Metals", List.of("Quillon"));
        assertEquals(Map.of(ZORBA, 1), mentions(), "survives an edit and a change of names");
        assertNull(choose("resetCompanyLink", QUILL).get("errors"));
        assertEquals(Map.of(ZORBA, 1, QUILL, 2), mentions(), "back to what the text says");
        List<String> audit = GraphQLClient.postQueryAs(editor, "{ auditLog(entity: \"article\", key: \"" + article
                + "\") { action details } }", Map.of()).getList("data.auditLog.action", String.class);
        assertTrue(audit.containsAll(List.of("unlinkCompany", "resetCompanyLink")), audit.toString());
    }

    @Test
    void handLinksNeedAnEditorAndExistingArticleAndCompany() {
        write("createArticle", "A plant", "Nothing.");
        JsonPath anonymous = GraphQLClient.postQuery("mutation { linkCompany(article: \"" + article + "\", company: \"" + ZORBA
                + "\") { slug } }", Map.of());
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
        JsonPath reader = GraphQLClient.postQueryAs(Tokens.subscriber("mention-reader"), "mutation { unlinkCompany(article: \""
                + article + "\", company: \"" + ZORBA + "\") { slug } }", Map.of());
        assertEquals("FORBIDDEN", reader.getString("errors[0].extensions.code"));
        JsonPath noCompany = GraphQLClient.postQueryAs(editor, "mutation { linkCompany(article: \"" + article
                + "\", company: \"" + PREFIX + "-nobody\") { slug } }", Map.of());
        assertEquals("BAD_USER_INPUT", noCompany.getString("errors[0].extensions.code"));
        assertTrue(noCompany.getString("errors[0].message").contains("'company'"));
        JsonPath noArticle = GraphQLClient.postQueryAs(editor, "mutation { linkCompany(article: \"" + PREFIX
                + "-nothing\", company: \"" + ZORBA + "\") { slug } }", Map.of());
        assertEquals("BAD_USER_INPUT", noArticle.getString("errors[0].extensions.code"));
        assertEquals(Map.of(), mentions());
    }

    @Test
    void aSnippetFromAPrivateBodyIsForItsReadersOnly() {
        Map<String, Object> input = input("A private plant", "The plant of Zorbatron Energy opened.");
        input.put("visibility", "PRIVATE");
        input.put("requiredTier", "battery-pro");
        JsonPath created = GraphQLClient.postQueryAs(editor, "mutation ($slug: String!, $input: ArticleInput!) { "
                + "createArticle(slug: $slug, input: $input) { slug } }", Map.of("slug", article, "input", input));
        assertNull(created.get("errors"), () -> created.prettify());
        GraphQLClient.postQueryAs(editor, "mutation { publishArticle(slug: \"" + article + "\") { status } }", Map.of());
        String query = "{ company(slug: \"" + ZORBA + "\") { articles { edges { mentions snippet node { slug } } } } }";
        JsonPath anonymous = GraphQLClient.postQuery(query, Map.of());
        assertEquals(1, anonymous.getInt("data.company.articles.edges[0].mentions"), "the link itself is public");
        assertNull(anonymous.get("data.company.articles.edges[0].snippet"));
        JsonPath subscriber = GraphQLClient.postQueryAs(Tokens.subscriber("mention-pro", "battery-pro"), query, Map.of());
        assertEquals("The plant of Zorbatron Energy opened.", subscriber.getString("data.company.articles.edges[0].snippet"));
    }

    private void upsert(String slug, String name, List<String> aliases) {
        JsonPath response = GraphQLClient.postQueryAs(editor, "mutation ($slug: String!, $input: CompanyInput!) { "
                + "upsertCompany(slug: $slug, input: $input) { slug } }",
                Map.of("slug", slug, "input", Map.of("name", name, "aliases", aliases)));
        assertNull(response.get("errors"), () -> response.prettify());
    }

    private void write(String mutation, String title, String body) {
        JsonPath response = GraphQLClient.postQueryAs(editor, "mutation ($slug: String!, $input: ArticleInput!) { "
                + mutation + "(slug: $slug, input: $input) { slug } }", Map.of("slug", article, "input", input(title, body)));
        assertNull(response.get("errors"), () -> response.prettify());
    }

    private static Map<String, Object> input(String title, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("publishedOn", "2026-10-01");
        input.put("publisher", "benchmark-source");
        input.put("bodyText", body);
        return input;
    }

    private JsonPath choose(String mutation, String company) {
        return GraphQLClient.postQueryAs(editor, "mutation { " + mutation + "(article: \"" + article + "\", company: \""
                + company + "\") { slug } }", Map.of());
    }

    /** The article's companies of this test, by slug, with their mention counts. */
    @SuppressWarnings("unchecked")
    private Map<String, Integer> mentions() {
        Map<String, Integer> mentions = new HashMap<>();
        for (Map<String, Object> link : links()) {
            String slug = (String) ((Map<String, Object>) link.get("company")).get("slug");
            if (slug.startsWith(PREFIX)) {
                mentions.put(slug, (Integer) link.get("mentions"));
            }
        }
        return mentions;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> companyOf(String company) {
        return links().stream().filter(l -> company.equals(((Map<String, Object>) l.get("company")).get("slug"))).findFirst()
                .orElseThrow();
    }

    private List<Map<String, Object>> links() {
        JsonPath response = GraphQLClient.postQueryAs(editor, "{ article(slug: \"" + article + "\") { companies { mentions "
                + "snippet setByEditor company { slug } } } }", Map.of());
        assertNull(response.get("errors"), () -> response.prettify());
        return response.getList("data.article.companies");
    }
}
