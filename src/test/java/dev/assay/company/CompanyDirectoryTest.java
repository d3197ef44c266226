package dev.assay.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestArticles;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The directory of companies: by name, kind and country, and a search of names forgiving case and accents. */
@QuarkusTest
class CompanyDirectoryTest {

    private static final String PREFIX = "directory-test";
    private static final String ACCENTED = PREFIX + "-societe";

    private final String editor = Tokens.editor("directory-editor");

    @Inject
    TestArticles data;

    @BeforeEach
    void createAnAccentedCompany() {
        JsonPath created = GraphQLClient.postQueryAs(editor, "mutation { upsertCompany(slug: \"" + ACCENTED + "\", input: "
                + "{ name: \"Société Générale de Lithium\", aliases: [\"SGL-Lithium\"], kind: MINER, country: \"fr\" }) "
                + "{ slug country kind } }", Map.of());
        assertNull(created.get("errors"), () -> created.prettify());
        assertEquals("FR", created.getString("data.upsertCompany.country"), "country codes are upper-cased");
    }

    @AfterEach
    void removeIt() {
        data.deleteAll(PREFIX);
    }

    /** A search, the first company it must find, and the name of it that matched. */
    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("catl", "catl", "CATL"),
                Arguments.of("CATL", "catl", "CATL"),
                Arguments.of("contemporary amperex", "catl", "Contemporary Amperex Technology"),
                Arguments.of("amperex", "catl", "Contemporary Amperex Technology"),
                Arguments.of("lges", "lg-energy-solution", "LGES"),
                Arguments.of("LG Energy Solutions", "lg-energy-solution", "LG Energy Solutions"),
                Arguments.of("lg-chem", "lg-chem", "LG Chem"),
                Arguments.of("societe generale", ACCENTED, "Société Générale de Lithium"),
                Arguments.of("SOCIÉTÉ", ACCENTED, "Société Générale de Lithium"),
                Arguments.of("sgl lithium", ACCENTED, "SGL-Lithium"),
                Arguments.of("hithium", "hithium", "Hithium"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void findsCompaniesByAnyOfTheirNames(String search, String first, String matched) {
        JsonPath found = directory(Map.of("search", search));
        assertEquals(first, found.getString("data.companies.edges[0].node.slug"), () -> found.prettify());
        assertEquals(matched, found.getString("data.companies.edges[0].matchedName"));
    }

    @Test
    void theNameItselfComesBeforeNamesThatStartWithTheWords() {
        JsonPath lg = directory(Map.of("search", "lg"));
        List<String> slugs = lg.getList("data.companies.edges.node.slug", String.class);
        assertEquals(List.of("lg-chem", "lg-energy-solution"), slugs);
        assertEquals(2, lg.getInt("data.companies.totalCount"));
        assertEquals(List.of(), directory(Map.of("search", "zzz nothing")).getList("data.companies.edges"));
        assertFalse(directory(Map.of("search", "ford")).getList("data.companies.edges.node.slug", String.class)
                .contains("aquatech"), "a word must start with the search: no match inside a word");
    }

    @Test
    void filtersByKindAndCountry() {
        List<String> korean = directory(Map.of("country", "KR")).getList("data.companies.edges.node.slug", String.class);
        assertEquals(List.of("lg-chem", "lg-energy-solution"), korean);
        List<String> automakers = directory(Map.of("kind", "AUTOMAKER")).getList("data.companies.edges.node.slug", String.class);
        assertEquals(List.of("byd", "ford"), automakers);
        List<String> chineseCellMakers = directory(Map.of("kind", "CELL_MAKER", "country", "cn"))
                .getList("data.companies.edges.node.slug", String.class);
        assertEquals(List.of("catl", "findreams", "hina-battery", "hithium"), chineseCellMakers);
    }

    @Test
    void pagesFollowTheirCursorsInNameOrder() {
        List<String> all = directory(Map.of("first", 500)).getList("data.companies.edges.node.name", String.class);
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, all, "by name, case aside");
        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 7);
            variables.put("after", after);
            JsonPath page = directory(variables);
            paged.addAll(page.getList("data.companies.edges.node.name", String.class));
            after = page.getBoolean("data.companies.pageInfo.hasNextPage") ? page.getString("data.companies.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(all, paged);
    }

    @Test
    void badArgumentsAreBadUserInput() {
        assertBadInput(directory(Map.of("country", "Korea")), "country");
        assertBadInput(directory(Map.of("search", "%%")), "search");
        assertBadInput(directory(Map.of("first", 501)), "first");
        assertBadInput(directory(Map.of("after", "bm9wZQ")), "after");
        JsonPath badKind = directory(Map.of("kind", "BANK"));
        assertTrue(badKind.getString("errors[0].extensions.code").startsWith("GRAPHQL_VALIDATION")
                || "BAD_USER_INPUT".equals(badKind.getString("errors[0].extensions.code")), () -> badKind.prettify());
        JsonPath badWebsite = GraphQLClient.postQueryAs(editor, "mutation { upsertCompany(slug: \"" + ACCENTED + "\", input: "
                + "{ name: \"X\", website: \"ftp://x\" }) { slug } }", Map.of());
        assertBadInput(badWebsite, "input.website");
        JsonPath badCountry = GraphQLClient.postQueryAs(editor, "mutation { upsertCompany(slug: \"" + ACCENTED + "\", input: "
                + "{ name: \"X\", country: \"XX\" }) { slug } }", Map.of());
        assertBadInput(badCountry, "input.country");
        assertEquals("Société Générale de Lithium", GraphQLClient.postQuery("{ company(slug: \"" + ACCENTED + "\") { name } }",
                Map.of()).getString("data.company.name"), "a refused upsert writes nothing");
    }

    private static JsonPath directory(Map<String, Object> variables) {
        return GraphQLClient.post("companyDirectory", variables);
    }

    private static void assertBadInput(JsonPath response, String argument) {
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), () -> response.prettify());
        assertTrue(response.getString("errors[0].message").contains("'" + argument + "'"), response.getString("errors[0].message"));
    }
}
