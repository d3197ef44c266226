package dev.assay.ingest.nuxt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.assay.article.ArticleDocument;
import dev.assay.article.Person;
import dev.assay.article.Term;
import dev.assay.ingest.json.Json;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.ingest.seed.SeedResources;
import dev.assay.price.calc.Print;
import dev.assay.publisher.PublisherRef;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

public class PublisherPageTest {

    public static final PublisherRef BENCHMARK =
            new PublisherRef("benchmark-source", "Benchmark Source", "https://source.benchmarkminerals.com");

    private static PublisherPage chinaPage;
    private static PublisherPage catlPage;

    @BeforeAll
    static void decodeSeedPages() {
        chinaPage = PublisherPage.parse(NuxtPayload.decode(SeedResources.read("000_19c73154af895443.txt")), BENCHMARK);
        catlPage = PublisherPage.parse(NuxtPayload.decode(SeedResources.read("002_f22a0f1a84bb31d8.txt")), BENCHMARK);
    }

    private static TickerRow row(String label) {
        return chinaPage.ticker().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    @Test
    void tickerHasFifteenIndicesWithTwelvePrintsEach() {
        assertEquals(15, chinaPage.ticker().size());
        assertEquals(180, chinaPage.ticker().stream().mapToInt(r -> r.oneYearIndexTrend().size()).sum());
        chinaPage.ticker().forEach(r -> assertEquals(12, r.oneYearIndexTrend().size(), r.label()));
        assertEquals(List.of("Lithium", "Lithium Carbonate", "Lithium Hydroxide", "Cobalt", "Nickel",
                "Natural Graphite", "Anode Coke", "Anode", "Cathode", "Lithium ion Batteries", "Black Mass",
                "Rare Earths", "LFP", "NCM High-Nickel", "NCM Mid-Nickel"),
                chinaPage.ticker().stream().map(TickerRow::label).toList());
    }

    @Test
    void bothPagesCarryTheSameTicker() {
        assertEquals(chinaPage.ticker(), catlPage.ticker());
    }

    @Test
    void lithiumFiguresAreExactlyWhatThePublisherPrinted() {
        TickerRow lithium = row("Lithium");

        assertEquals(LocalDate.of(2026, 5, 27), lithium.publishedDate());
        assertEquals("2wk", lithium.updateFrequency());
        assertEquals("Updated every 2 weeks", lithium.updateFrequencyText());
        assertEquals(decimal("411.01"), lithium.today());
        assertEquals(decimal("408.51"), lithium.last());
        assertEquals(decimal("0.61"), lithium.percentageChange());
        assertEquals(decimal("75.85"), lithium.yearToDate());
        assertEquals(decimal("175.57"), lithium.yearOnYear());
        assertEquals("/lithium/prices", lithium.url());
        assertNull(lithium.subscription());
        assertFalse(lithium.isProtected());
        assertTrue(lithium.hasAccess());
    }

    @Test
    void trendIsNewestFirstAndKeepsIntegersAndDecimalsAsPrinted() {
        List<Print> trend = row("Lithium").oneYearIndexTrend();

        assertEquals(new Print(LocalDate.of(2026, 5, 27), decimal("411.01")), trend.get(0));
        assertEquals(new Print(LocalDate.of(2026, 2, 18), decimal("324")), trend.get(7));
        assertEquals("324", trend.get(7).value().toPlainString());
        assertEquals(new Print(LocalDate.of(2025, 12, 24), decimal("203.79")), trend.get(11));
        assertEquals("2.3", row("Lithium Hydroxide").percentageChange().toPlainString());
        assertEquals("346.6", trend.get(6).value().toPlainString());
    }

    @Test
    void cobaltIsWeekly() {
        TickerRow cobalt = row("Cobalt");

        assertEquals("1wk", cobalt.updateFrequency());
        assertEquals("Updated every week", cobalt.updateFrequencyText());
        assertEquals(LocalDate.of(2026, 4, 29), cobalt.publishedDate());
        assertEquals(decimal("244.61"), cobalt.today());
        assertEquals(decimal("252.61"), cobalt.last());
        assertEquals(decimal("-3.17"), cobalt.percentageChange());
        assertEquals(decimal("3.99"), cobalt.yearToDate());
        assertEquals(decimal("97.72"), cobalt.yearOnYear());
        assertEquals(new Print(LocalDate.of(2026, 1, 21), decimal("241.15")), cobalt.oneYearIndexTrend().get(11));
    }

    @Test
    void lithiumIonBatteriesIsMonthly() {
        TickerRow batteries = row("Lithium ion Batteries");

        assertEquals("monthly", batteries.updateFrequency());
        assertEquals(LocalDate.of(2025, 3, 31), batteries.publishedDate());
        assertEquals(decimal("74.53"), batteries.today());
        assertEquals(decimal("71.3"), batteries.last());
        assertEquals(decimal("-1.6"), batteries.yearToDate());
        assertEquals(decimal("-20.88"), batteries.yearOnYear());
        assertEquals("/battery-gigafactory/prices", batteries.url());
        assertEquals(new Print(LocalDate.of(2024, 4, 30), decimal("93.2")), batteries.oneYearIndexTrend().get(11));
    }

    @Test
    void chinaArticleCarriesItsMetadata() {
        assertEquals(1, chinaPage.articles().size());
        ArticleDocument article = chinaPage.articles().get(0);

        assertEquals("china-leads-production-but-the-west-is-catching-up-new-battery-technology-2024-in-review",
                article.slug());
        assertEquals("China leads production, but the West is catching up: New battery technology 2024 in review",
                article.title());
        assertEquals("112468295324210", article.externalId());
        assertEquals("7810e77d-cea9-4c11-ad86-6992f557d73c", article.uuid());
        assertEquals("article/" + article.slug(), article.fullSlug());
        assertEquals(LocalDate.of(2024, 12, 24), article.publishedOn());
        assertEquals(List.of(new Term("china", "China"), new Term("data-visualisation", "Data Visualisation"),
                new Term("north-america", "North America"), new Term("solid-state", "Solid-state"),
                new Term("sodium-ion-batteries", "Sodium Ion Batteries")), article.tags());
        assertEquals(List.of(new Term("batteries", "Batteries"), new Term("battery-technology", "Battery Technology"),
                new Term("silicon-anode", "Silicon Anode")), article.categories());
        assertTrue(article.featured());
        assertEquals("private", article.visibility());
        assertEquals(article.title(), article.seoTitle());
        assertTrue(article.excerpt().startsWith("In 2024, companies developing new battery technologies"));
        assertEquals("https://source.benchmarkminerals.com/article/" + article.slug(), article.sourceUrl());
        assertEquals(BENCHMARK, article.publisher());
        assertEquals("https://a.storyblok.com/f/287943243085208/be131afbd3/bm-qs-lab-2021-6-scaled-1.jpg",
                article.featuredImage().url());
        assertTrue(article.dataVisImage().url().contains("New-Tech-by-region-2024"));
    }

    @Test
    void creditsEditorAndReporterWithTheirProfiles() {
        ArticleDocument article = chinaPage.articles().get(0);

        assertEquals(1, article.editors().size());
        assertEquals(1, article.reporters().size());
        Person editor = article.editors().get(0);
        assertEquals("didi-bostock", editor.slug());
        assertEquals("Didi Bostock", editor.name());
        assertEquals("Editor - Energy Transition & Economics", editor.jobTitle());
        assertTrue(editor.bio().startsWith("Didi is the Energy Transition & Economics Editor at Benchmark"));
        assertFalse(editor.bio().endsWith("\n"));
        assertEquals("https://a.storyblok.com/f/287943243085208/512x512/2c5ca5c1a3/didi-bostock.jpeg", editor.imageUrl());
        assertEquals("https://www.linkedin.com/in/didi-bostock-656342198/", editor.linkedinUrl());
        assertEquals("Didi Bostock", article.reporters().get(0).name());
    }

    @Test
    void chinaArticleBodyRendersWithHeadingsLinksAndVisualisations() {
        ArticleDocument article = chinaPage.articles().get(0);
        String html = dev.assay.article.RichText.toHtml(Json.parse(article.bodyJson(), "body"));

        assertTrue(article.bodyJson().startsWith("{\"type\":\"doc\",\"content\":["), article.bodyJson());
        assertTrue(html.contains("<h4>How is China pushing ahead with new battery technologies?</h4>"), html);
        assertTrue(html.contains("<a href=\"https://www.benchmarkminerals.com/sodium-ion-batteries/data-reports/forecast\">"
                + "Benchmark Forecasts</a>"), html);
        assertEquals(3, html.split("<figure class=\"blok\" data-component=\"ContentFlourish\"", -1).length - 1, html);
        assertTrue(article.bodyText().contains("China firmly showed its commitment to solid-state batteries through the "
                + "launch of the China All Solid-state Collaborative Innovation Platform (CASIP)"), article.bodyText());
        assertFalse(article.bodyText().contains("<"), article.bodyText());
        assertTrue(article.bodyText().contains("\n\n"));
    }

    @Test
    void catlArticleCarriesItsMetadataAndImage() {
        assertEquals(1, catlPage.articles().size());
        ArticleDocument article = catlPage.articles().get(0);

        assertEquals("catl-looks-to-overseas-markets-amid-domestic-battery-oversupply", article.slug());
        assertEquals("CATL looks to overseas markets amid domestic battery oversupply", article.title());
        assertEquals("112469475349772", article.externalId());
        assertEquals("35a3b106-6d12-4f8d-abca-3725d5ddecfd", article.uuid());
        assertEquals(LocalDate.of(2024, 6, 7), article.publishedOn());
        assertEquals(List.of(new Term("catl", "CATL"), new Term("china", "China"),
                new Term("data-visualisation", "Data Visualisation")), article.tags());
        assertEquals(List.of(new Term("batteries", "Batteries"), new Term("gigafactories", "Battery & Gigafactory")),
                article.categories());
        assertEquals(List.of("Didi Bostock"), article.editors().stream().map(Person::name).toList());
        assertEquals(List.of("Didi Bostock"), article.reporters().stream().map(Person::name).toList());
        assertEquals("A factory under construction", article.featuredImage().alt());
        assertEquals("private", article.visibility());

        String html = dev.assay.article.RichText.toHtml(Json.parse(article.bodyJson(), "body"));
        assertTrue(html.contains("<img src=\"https://a.storyblok.com/f/287943243085208/2d177881f6/"
                + "bm-case-study-catl-vs-lges.png\""), html);
        assertTrue(article.bodyText().startsWith("CATL’s founder and chairman, Robin Zeng Yuqun, recently issued"));
        assertTrue(article.bodyText().contains("By 2030 its capacity is set to rise to almost 1.1 TWh"));
    }

    // --- shape errors, on hand-written pages ---

    private static final String VALID_ROW = "{\"label\":\"Lithium\",\"publishedDate\":\"2026-05-27\",\"updateFrequency\":\"2wk\","
            + "\"updateFrequencyText\":\"Updated every 2 weeks\",\"today\":411.01,\"last\":408.51,\"percentageChange\":0.61,"
            + "\"yearToDate\":75.85,\"yearOnYear\":175.57,\"oneYearIndexTrend\":[{\"date\":\"2026-05-27\",\"value\":411.01}],"
            + "\"url\":\"/lithium/prices\",\"subscription\":null,\"isProtected\":false,\"hasAccess\":true}";

    private static MalformedPayloadException rowFailure(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) Json.parse("{\"data\":{\"ticker-data\":[" + VALID_ROW + "]}}", "test");
        change.accept((ObjectNode) root.get("data").get("ticker-data").get(0));
        return assertThrows(MalformedPayloadException.class, () -> PublisherPage.parse(root, BENCHMARK));
    }

    @Test
    void parsesTheHandWrittenRow() {
        PublisherPage page = PublisherPage.parse(Json.parse("{\"data\":{\"ticker-data\":[" + VALID_ROW + "]}}", "t"), BENCHMARK);

        assertEquals(decimal("411.01"), page.ticker().get(0).today());
        assertTrue(page.articles().isEmpty());
    }

    @Test
    void pageWithoutTickerHasAnEmptyOne() {
        assertTrue(PublisherPage.parse(Json.parse("{\"data\":{}}", "t"), BENCHMARK).ticker().isEmpty());
    }

    @Test
    void namesAMissingTickerField() {
        assertEquals("$.data[\"ticker-data\"][0].today is missing", rowFailure(row -> row.remove("today")).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].label is missing", rowFailure(row -> row.putNull("label")).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].oneYearIndexTrend is missing",
                rowFailure(row -> row.remove("oneYearIndexTrend")).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].hasAccess is missing", rowFailure(row -> row.remove("hasAccess")).getMessage());
    }

    @Test
    void namesATickerFieldOfTheWrongType() {
        assertEquals("$.data[\"ticker-data\"][0].today must be a number, found text \"411.01\"",
                rowFailure(row -> row.put("today", "411.01")).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].yearOnYear must be a number, found BOOLEAN true",
                rowFailure(row -> row.put("yearOnYear", true)).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].isProtected must be a boolean, found text \"no\"",
                rowFailure(row -> row.put("isProtected", "no")).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].label must be text, found NUMBER 7",
                rowFailure(row -> row.put("label", 7)).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].oneYearIndexTrend must be an array, found OBJECT {}",
                rowFailure(row -> row.putObject("oneYearIndexTrend")).getMessage());
    }

    @Test
    void namesBadDatesFrequenciesAndTrendPrints() {
        assertEquals("$.data[\"ticker-data\"][0].publishedDate is not a date (yyyy-MM-dd): \"27/05/2026\"",
                rowFailure(row -> row.put("publishedDate", "27/05/2026")).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].publishedDate is not a valid date: \"2026-02-30\"",
                rowFailure(row -> row.put("publishedDate", "2026-02-30")).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].updateFrequency is not a known frequency: \"daily\"",
                rowFailure(row -> row.put("updateFrequency", "daily")).getMessage());
        assertEquals("$.data[\"ticker-data\"][0].oneYearIndexTrend[0].value is missing",
                rowFailure(row -> ((ObjectNode) row.get("oneYearIndexTrend").get(0)).remove("value")).getMessage());
    }

    @Test
    void rejectsTickerThatIsNotAList() {
        JsonNode root = Json.parse("{\"data\":{\"ticker-data\":{\"label\":\"Lithium\"}}}", "t");

        MalformedPayloadException e = assertThrows(MalformedPayloadException.class, () -> PublisherPage.parse(root, BENCHMARK));
        assertTrue(e.getMessage().startsWith("$.data[\"ticker-data\"] must be an array"), e.getMessage());
    }

    @Test
    void rejectsPageWithoutData() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> PublisherPage.parse(Json.parse("{\"prerenderedAt\":1}", "t"), BENCHMARK));
        assertEquals("$.data is missing", e.getMessage());
    }

    @Test
    void rejectsArticleWithoutBodyOrFiledUnderAnotherSlug() {
        String story = "{\"slug\":\"a\",\"name\":\"A\",\"content\":{\"date\":\"2024-06-07 00:00\"}}";
        MalformedPayloadException missing = assertThrows(MalformedPayloadException.class,
                () -> PublisherPage.parse(Json.parse("{\"data\":{\"story-article/a\":" + story + "}}", "t"), BENCHMARK));
        assertEquals("$.data[\"story-article/a\"].content.content is missing", missing.getMessage());

        String withBody = story.replace("}}", ",\"content\":{\"type\":\"doc\",\"content\":[]}}}");
        MalformedPayloadException misfiled = assertThrows(MalformedPayloadException.class,
                () -> PublisherPage.parse(Json.parse("{\"data\":{\"story-article/b\":" + withBody + "}}", "t"), BENCHMARK));
        assertEquals("$.data[\"story-article/b\"].slug is \"a\" but the page files it under \"b\"", misfiled.getMessage());
    }

    @Test
    void derivesPersonSlugFromNameWhenMissing() {
        String story = "{\"slug\":\"a\",\"name\":\"A\",\"content\":{\"date\":\"2024-06-07 00:00\","
                + "\"editor\":[{\"name\":\"  Zoë O'Brien-Smith \"}],\"content\":{\"type\":\"doc\",\"content\":[]}}}";
        ArticleDocument article = PublisherPage.parse(
                Json.parse("{\"data\":{\"story-article/a\":" + story + "}}", "t"), BENCHMARK).articles().get(0);

        assertEquals("zoe-o-brien-smith", article.editors().get(0).slug());
        assertEquals("Zoë O'Brien-Smith", article.editors().get(0).name());
        assertEquals("", article.bodyText());
        assertNull(article.featuredImage());
    }
}
