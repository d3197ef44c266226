package dev.assay.company.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.SqlStatements;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The registry as imported with the seeds: companies, their relations and facts, and the seed articles' mentions. */
@QuarkusTest
class CompanyRegistryTest {

    static final String REVIEW = "china-leads-production-but-the-west-is-catching-up-new-battery-technology-2024-in-review";
    static final String OVERSEAS = "catl-looks-to-overseas-markets-amid-domestic-battery-oversupply";
    static final String JOINT_VENTURE = "lg-chem-and-sinopec-form-sodium-ion-battery-joint-venture";
    static final String SODIUM_CHAIN = "sodium-ion-battery-industry-chain-in-january-2026";
    static final String BENCHMARK_WEEK = "scaling-is-everything-key-takeaways-from-day-2-of-benchmark-week";
    static final List<String> SEED_ARTICLES = List.of(REVIEW, OVERSEAS, JOINT_VENTURE, SODIUM_CHAIN, BENCHMARK_WEEK);

    /** Signed in, so that every seed body is readable whatever its visibility. */
    private final String reader = Tokens.subscriber("registry-reader");

    @Test
    void theRegistryHoldsEveryCompanyTheIssueNames() {
        JsonPath directory = GraphQLClient.postAs(reader, "companyDirectory", Map.of("first", 500));
        Set<String> slugs = new TreeSet<>(directory.getList("data.companies.edges.node.slug", String.class));
        assertTrue(slugs.containsAll(List.of("catl", "byd", "findreams", "lg-chem", "sinopec", "lg-energy-solution",
                "hina-battery", "hithium", "group14-technologies", "sila-nanotechnologies", "oned-battery-sciences", "lyten",
                "ford", "intercontinental-exchange", "aquatech", "shanghai-metals-market", "benchmark-mineral-intelligence",
                "bcc-research")), slugs.toString());
        JsonPath lges = page(reader, "lg-energy-solution");
        assertEquals(List.of("LGES", "LG Energy Solutions"), lges.getList("data.company.aliases", String.class));
        assertEquals("KR", lges.getString("data.company.country"));
        assertEquals("CELL_MAKER", lges.getString("data.company.kind"));
        assertEquals("https://www.lgensol.com", lges.getString("data.company.website"));
    }

    @Test
    void catlListsEverySeedArticleThatMentionsItMostMentionedFirst() {
        JsonPath catl = page(reader, "catl");
        List<String> listed = catl.getList("data.company.articles.edges.node.slug", String.class);
        Pattern names = Pattern.compile("(?<![\\p{L}\\p{N}])(CATL|Contemporary Amperex Technology)(?![\\p{L}\\p{N}])");
        Set<String> expected = new TreeSet<>();
        for (String slug : SEED_ARTICLES) {
            if (names.matcher(text(slug)).find()) {
                expected.add(slug);
            }
        }
        assertEquals(Set.of(REVIEW, OVERSEAS, JOINT_VENTURE, BENCHMARK_WEEK), expected, "the seeds as read here");
        assertEquals(expected, new TreeSet<>(listed));
        assertEquals(4, catl.getInt("data.company.articles.totalCount"));
        assertEquals(OVERSEAS, listed.get(0), "the article about CATL names it most");
        List<Integer> mentions = catl.getList("data.company.articles.edges.mentions", Integer.class);
        assertEquals(mentions.stream().sorted((a, b) -> b - a).toList(), mentions, "most mentioned first");
        assertTrue(mentions.get(0) > 20, mentions.toString());
        assertEquals("CATL looks to overseas markets amid domestic battery oversupply",
                catl.getString("data.company.articles.edges[0].snippet"), "the first mention is the title");
        assertEquals("For instance, Contemporary Amperex Technology (CATL) and BYD have already invested heavily in sodium-ion "
                + "production lines, aiming to achieve cost parity with lithium-ion by 2026, the analysis notes.",
                edge(catl, JOINT_VENTURE).get("snippet"), "named in full with its abbreviation: one mention");
        assertEquals(1, edge(catl, JOINT_VENTURE).get("mentions"));
    }

    @Test
    void lgChemShowsTheSinopecJointVentureWithItsSourceSentence() {
        JsonPath lgChem = page(null, "lg-chem");
        List<Map<String, Object>> relations = lgChem.getList("data.company.relations");
        assertEquals(1, relations.size(), relations.toString());
        assertEquals("JOINT_VENTURE", relations.get(0).get("kind"));
        assertEquals("sinopec", lgChem.getString("data.company.relations[0].company.slug"));
        assertEquals(JOINT_VENTURE, lgChem.getString("data.company.relations[0].source.article.slug"));
        String sentence = lgChem.getString("data.company.relations[0].source.sentence");
        assertEquals("LG Chem and Sinopec have formed a joint venture to accelerate the development of sodium-ion battery "
                + "materials, with a particular focus on cathode and anode components.", sentence);
        assertTrue(text(JOINT_VENTURE).contains(sentence));
        assertEquals("JOINT_VENTURE", page(null, "sinopec").getString("data.company.relations[0].kind"), "either way round");
    }

    @Test
    void relationsReadFromEachSide() {
        assertEquals(List.of("SUBSIDIARY_OF byd"), relations("findreams"));
        assertEquals(List.of("PARENT_OF findreams"), relations("byd"));
        assertEquals(List.of("PARTNERSHIP ford"), relations("catl"));
        assertEquals(List.of("PARTNERSHIP catl"), relations("ford"));
        assertEquals(List.of("SUPPLIER_OF aevex"), relations("lyten"));
        assertEquals(List.of("CUSTOMER_OF lyten"), relations("aevex"));
        assertEquals(List.of("SUPPLIER_OF honor"), relations("group14-technologies"));
        assertEquals(List.of("SUPPLIER_OF intercontinental-exchange"), relations("benchmark-mineral-intelligence"));
        assertEquals(List.of("CUSTOMER_OF benchmark-mineral-intelligence"), relations("intercontinental-exchange"));
        assertEquals(List.of(), relations("hithium"));
    }

    @Test
    void aSourceSentenceInABodyIsWithheldFromCallersWhoMayNotReadIt() {
        JsonPath anonymous = GraphQLClient.postQuery("{ article(slug: \"" + REVIEW + "\") { canReadBody } "
                + "company(slug: \"findreams\") { relations { source { sentence } } facts { source { sentence } } } }", Map.of());
        String sentence = page(reader, "findreams").getString("data.company.relations[0].source.sentence");
        assertTrue(sentence.startsWith("BYD’s subsidiary FinDreams broke ground"), sentence);
        if (anonymous.getBoolean("data.article.canReadBody")) {
            assertEquals(sentence, anonymous.getString("data.company.relations[0].source.sentence"));
        } else {
            assertNull(anonymous.get("data.company.relations[0].source.sentence"));
            assertNull(anonymous.get("data.company.facts[0].source.sentence"));
        }
    }

    @Test
    void factsAreDatedFiguresCitingTheirSentence() {
        JsonPath catl = page(reader, "catl");
        List<Map<String, Object>> facts = catl.getList("data.company.facts");
        Map<String, Object> capacity = facts.get(0);
        assertEquals("production-capacity", capacity.get("metric"));
        assertEquals(new BigDecimal("490"), new BigDecimal(capacity.get("value").toString()));
        assertEquals("GWh", capacity.get("unit"));
        assertEquals(2023, ((Number) capacity.get("year")).intValue());
        assertEquals("ACTUAL", capacity.get("status"));
        assertEquals(OVERSEAS, catl.getString("data.company.facts[0].source.article.slug"));
        assertEquals("2024-06-07", catl.getString("data.company.facts[0].source.article.publishedOn"));
        assertTrue(catl.getString("data.company.facts[0].source.sentence").contains("490 GWh of production capacity across 17 "
                + "operating gigafactories"));
        Map<String, Object> erfurt = facts.stream().filter(f -> "Erfurt, Germany".equals(f.get("scope"))).findFirst().orElseThrow();
        assertEquals(new BigDecimal("14"), new BigDecimal(erfurt.get("value").toString()));
        assertEquals("FORECAST", erfurt.get("status"));
        for (int i = 0; i < facts.size(); i++) {
            String source = catl.getString("data.company.facts[" + i + "].source.sentence");
            assertTrue(text(catl.getString("data.company.facts[" + i + "].source.article.slug")).contains(source), source);
        }
        JsonPath lgChem = page(reader, "lg-chem");
        assertEquals(List.of("energy-density", "production-cost-reduction"),
                lgChem.getList("data.company.facts.metric", String.class));
        assertEquals(List.of("TARGET", "TARGET"), lgChem.getList("data.company.facts.status", String.class));
    }

    /** Which companies each seed article links, by slug: the false positives the seeds could tempt. */
    @Test
    void seedArticlesLinkOnlyTheCompaniesTheyName() {
        Map<String, Set<String>> linked = new HashMap<>();
        for (String slug : SEED_ARTICLES) {
            linked.put(slug, new TreeSet<>(GraphQLClient.postAs(reader, "articleLinks", Map.of("slug", slug))
                    .getList("data.article.companies.company.slug", String.class)));
        }
        assertEquals(Set.of("lg-chem", "sinopec", "catl", "byd", "bcc-research"), linked.get(JOINT_VENTURE),
                "not Ford for \"affordability\", not LG Energy Solution for LG Chem");
        assertEquals(Set.of("catl", "lg-energy-solution", "ford", "benchmark-mineral-intelligence"), linked.get(OVERSEAS),
                "not LG Chem for LG Energy Solution; Ford by its name, not by the address of a link");
        assertEquals(Set.of("benchmark-mineral-intelligence", "catl", "lg-energy-solution", "intercontinental-exchange",
                "aquatech"), linked.get(BENCHMARK_WEEK));
        assertEquals(Set.of("shanghai-metals-market"), linked.get(SODIUM_CHAIN));
        assertEquals(Set.of("benchmark-mineral-intelligence", "byd", "findreams", "catl", "oned-battery-sciences",
                "group14-technologies", "sila-nanotechnologies", "hina-battery", "hithium", "lyten", "aevex", "honor"),
                linked.get(REVIEW));
    }

    @Test
    void companiesAndAbbreviationsAreCountedAsArticlesWriteThem() {
        JsonPath week = GraphQLClient.postAs(reader, "articleLinks", Map.of("slug", BENCHMARK_WEEK));
        Map<String, Object> lges = mention(week, "lg-energy-solution");
        assertEquals(2, lges.get("mentions"), "the caption's \"LG Energy Solutions\" and \"LG Energy Solution North America\"");
        assertEquals("Bob Lee, CEO, North America, LG Energy Solutions.", lges.get("snippet"), "the caption, not its credit");
        assertEquals(1, mention(week, "intercontinental-exchange").get("mentions"));
        JsonPath chain = GraphQLClient.postAs(reader, "articleLinks", Map.of("slug", SODIUM_CHAIN));
        int smm = countOf(text(SODIUM_CHAIN), "SMM") + countOf(text(SODIUM_CHAIN), "Shanghai Metals Market") - 1;
        assertEquals(smm, mention(chain, "shanghai-metals-market").get("mentions"), "the bracket after the name is not another");
        assertFalse((Boolean) mention(chain, "shanghai-metals-market").get("setByEditor"));
    }

    @Test
    void aCompanyListsTheCommoditiesItsArticlesDiscuss() {
        JsonPath catl = page(reader, "catl");
        List<String> commodities = catl.getList("data.company.commodities.commodity.slug", String.class);
        // lithium: the review's "lithium raw material", the joint venture's "lithium supplies", Benchmark Week's tag
        assertEquals("lithium", commodities.get(0), commodities.toString());
        assertEquals(3, catl.getInt("data.company.commodities[0].articles"));
        assertTrue(commodities.containsAll(List.of("lithium-ion-batteries", "lfp")), commodities.toString());
        JsonPath bad = GraphQLClient.postQuery("{ company(slug: \"catl\") { commodities(first: 101) { articles } } }", Map.of());
        assertEquals("BAD_USER_INPUT", bad.getString("errors[0].extensions.code"));
    }

    @Test
    void aCompanyPageCostsTheSameStatementsForOneCompanyOrAll() {
        String one = "{ company(slug: \"catl\") { slug " + selection() + " } }";
        String all = "{ companies(first: 100) { nodes { slug " + selection() + " } } }";
        long single = statements(one);
        long every = statements(all);
        // articles: counts, pages, articles; relations; facts; commodities: coverage, commodities
        assertTrue(single <= 8, single + " statements for one company");
        assertTrue(every <= single + 2, every + " statements for every company, against " + single + " for one");
    }

    @Test
    void anUnknownCompanyIsNullAndBadArgumentsAreBadUserInput() {
        JsonPath none = page(null, "no-such-company");
        assertNull(none.get("errors"));
        assertNull(none.get("data.company"));
        JsonPath badOrder = GraphQLClient.postQuery("{ company(slug: \"catl\") { articles(after: \"bWVudGlvbjp4\") "
                + "{ totalCount } } }", Map.of());
        assertEquals("BAD_USER_INPUT", badOrder.getString("errors[0].extensions.code"), () -> badOrder.prettify());
        String newestCursor = GraphQLClient.postQuery("{ company(slug: \"catl\") { articles(first: 1, order: NEWEST) "
                + "{ pageInfo { endCursor } } } }", Map.of()).getString("data.company.articles.pageInfo.endCursor");
        JsonPath mixed = GraphQLClient.postQuery("query ($after: String) { company(slug: \"catl\") { articles(after: $after) "
                + "{ totalCount } } }", Map.of("after", newestCursor));
        assertEquals("BAD_USER_INPUT", mixed.getString("errors[0].extensions.code"), "a newest-first cursor is not a relevance one");
    }

    @Test
    void relevancePagesFollowTheirCursors() {
        List<String> all = page(reader, "catl").getList("data.company.articles.edges.node.slug", String.class);
        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("slug", "catl");
            variables.put("first", 1);
            variables.put("after", after);
            JsonPath response = GraphQLClient.postAs(reader, "companyPage", variables);
            paged.addAll(response.getList("data.company.articles.edges.node.slug", String.class));
            after = response.getBoolean("data.company.articles.pageInfo.hasNextPage")
                    ? response.getString("data.company.articles.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(all, paged);
    }

    private static String selection() {
        return "articles(first: 3) { totalCount edges { mentions snippet node { slug } } } relations { kind company { slug } "
                + "source { sentence article { slug } } } facts { metric value source { sentence } } "
                + "commodities { articles commodity { slug } }";
    }

    private long statements(String query) {
        return SqlStatements.countDuring(() -> {
            JsonPath response = GraphQLClient.postQueryAs(reader, query, Map.of());
            assertNull(response.get("errors"), () -> response.prettify());
        });
    }

    private List<String> relations(String slug) {
        JsonPath response = page(reader, slug);
        List<Map<String, Object>> relations = response.getList("data.company.relations");
        List<String> described = new ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            described.add(relations.get(i).get("kind") + " " + response.getString("data.company.relations[" + i + "].company.slug"));
        }
        return described;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mention(JsonPath article, String company) {
        List<Map<String, Object>> companies = article.getList("data.article.companies");
        return companies.stream().filter(c -> company.equals(((Map<String, Object>) c.get("company")).get("slug")))
                .findFirst().orElseThrow(() -> new AssertionError(company + " is not linked"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> edge(JsonPath company, String article) {
        List<Map<String, Object>> edges = company.getList("data.company.articles.edges");
        return edges.stream().filter(e -> article.equals(((Map<String, Object>) e.get("node")).get("slug"))).findFirst()
                .orElseThrow();
    }

    private static int countOf(String text, String word) {
        return (int) Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text)
                .results().count();
    }

    /** An article's title, excerpt and body as a reader of every body sees them. */
    private String text(String slug) {
        JsonPath article = GraphQLClient.postQueryAs(Tokens.editor("registry-editor"), "{ article(slug: \"" + slug
                + "\") { title excerpt bodyText } }", Map.of());
        return article.getString("data.article.title") + "\n" + article.getString("data.article.excerpt") + "\n"
                + article.getString("data.article.bodyText");
    }

    static JsonPath page(String token, String slug) {
        return GraphQLClient.postAs(token, "companyPage", Map.of("slug", slug));
    }

    static Set<String> slugsOf(List<String> slugs) {
        return slugs.stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
