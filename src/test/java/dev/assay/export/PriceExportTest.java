package dev.assay.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A partner's export reproduces the stored prints exactly, in order, as a chunked attachment. */
@QuarkusTest
class PriceExportTest {

    /** The twelve prints of the seed Lithium index, ascending, as the publisher printed them. */
    private static final List<String> LITHIUM = List.of(
            "2025-12-24,203.79", "2026-01-07,233.73", "2026-01-21,298.32", "2026-02-04,337.67", "2026-02-18,324",
            "2026-03-04,346.6", "2026-03-18,351.32", "2026-04-01,346.55", "2026-04-15,354.35", "2026-04-29,372.51",
            "2026-05-13,408.51", "2026-05-27,411.01");

    @Inject
    TestSeries series;

    private final String partner = Tokens.partner("partner-" + UUID.randomUUID());

    @Test
    void csvOfASeedSeriesReproducesItsTwelvePrintsExactly() {
        Response response = export(partner, "csv", "commodity=lithium");
        StringBuilder expected = new StringBuilder("commodity,date,value\r\n");
        LITHIUM.forEach(print -> expected.append("lithium,").append(print).append("\r\n"));
        assertEquals(expected.toString(), response.asString());
    }

    @Test
    void ndjsonOfASeedSeriesReproducesItsTwelvePrintsExactlyWithValuesAsStrings() {
        Response response = export(partner, "ndjson", "commodity=lithium");
        StringBuilder expected = new StringBuilder();
        for (String print : LITHIUM) {
            String[] parts = print.split(",");
            expected.append("{\"commodity\":\"lithium\",\"date\":\"").append(parts[0]).append("\",\"value\":\"")
                    .append(parts[1]).append("\"}\n");
        }
        assertEquals(expected.toString(), response.asString());
        assertTrue(response.asString().contains("{\"commodity\":\"lithium\",\"date\":\"2026-05-27\",\"value\":\"411.01\"}"));
    }

    @Test
    void csvIsAChunkedAttachmentNamedAfterItsScope() {
        Response response = export(partner, "csv", "commodity=lithium&from=2026-01-01&to=2026-03-31");
        assertEquals("text/csv; charset=UTF-8", response.header("Content-Type"));
        assertEquals("attachment; filename=\"assay-prices-lithium-2026-01-01-2026-03-31.csv\"",
                response.header("Content-Disposition"));
        assertEquals("chunked", response.header("Transfer-Encoding"));
        assertNull(response.header("Content-Length"));
        assertEquals("private, no-store", response.header("Cache-Control"));
    }

    @Test
    void ndjsonHasItsOwnTypeAndAnAllSeriesName() {
        Response response = export(partner, "ndjson", "");
        assertEquals("application/x-ndjson", response.header("Content-Type"));
        assertEquals("attachment; filename=\"assay-prices-all-earliest-latest.ndjson\"",
                response.header("Content-Disposition"));
        assertEquals("chunked", response.header("Transfer-Encoding"));
    }

    @Test
    void fromAndToAreInclusive() {
        List<String> lines = export(partner, "csv", "commodity=lithium&from=2026-02-18&to=2026-04-01").asString()
                .lines().toList();
        assertEquals(List.of("commodity,date,value", "lithium,2026-02-18,324", "lithium,2026-03-04,346.6",
                "lithium,2026-03-18,351.32", "lithium,2026-04-01,346.55"), lines);
        assertEquals(List.of("commodity,date,value", "lithium,2026-04-29,372.51", "lithium,2026-05-13,408.51",
                "lithium,2026-05-27,411.01"), export(partner, "csv", "commodity=lithium&from=2026-04-29").asString()
                        .lines().toList());
        assertEquals(List.of("commodity,date,value", "lithium,2025-12-24,203.79"),
                export(partner, "csv", "commodity=lithium&to=2025-12-24").asString().lines().toList());
        assertEquals(List.of("commodity,date,value"),
                export(partner, "csv", "commodity=lithium&from=2027-01-01").asString().lines().toList());
    }

    @Test
    void severalSeriesComeInDisplayOrderWhateverTheRequestOrder() {
        List<String> lines = export(partner, "csv", "commodity=lithium-hydroxide&commodity=lithium&from=2026-05-27")
                .asString().lines().toList();
        assertEquals(List.of("commodity,date,value", "lithium,2026-05-27,411.01", "lithium-hydroxide,2026-05-27,358.35"),
                lines);
    }

    @Test
    void anAllSeriesExportHoldsEverySeedSeriesInDisplayOrder() {
        List<String> slugs = export(partner, "csv", "to=2026-05-31").asString().lines().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).distinct().toList();
        List<String> catalogue = GraphQLClient.postQuery("{ commodities { slug isProtected } }", Map.of())
                .getList("data.commodities.findAll { !it.isProtected }.slug", String.class);
        assertEquals(catalogue.stream().filter(slugs::contains).toList(), slugs, "display order");
        assertTrue(slugs.containsAll(List.of("lithium", "cobalt", "nickel")), slugs.toString());
    }

    @Test
    void aRetractedPrintIsLeftOut() {
        // Revisions are never deleted, so this commodity stays behind, alone in its sector.
        String slug = "export-retract-" + UUID.randomUUID().toString().substring(0, 8);
        String editor = Tokens.editor("editor-" + UUID.randomUUID());
        series.create(slug, "export-retract-test", "WEEKLY", null);
        mutate(editor, "recordPrint", slug, "2026-03-04", "value: \"100.5\"");
        mutate(editor, "recordPrint", slug, "2026-03-11", "value: \"110\"");
        mutate(editor, "retractPrint", slug, "2026-03-11", "reason: \"withdrawn\"");
        assertEquals(List.of("commodity,date,value", slug + ",2026-03-04,100.5"),
                export(partner, "csv", "commodity=" + slug).asString().lines().toList());
        assertFalse(export(partner, "ndjson", "").asString().contains(slug + "\",\"date\":\"2026-03-11"));
    }

    private static void mutate(String token, String mutation, String slug, String date, String argument) {
        String document = "mutation { " + mutation + "(commodity: \"" + slug + "\", date: \"" + date + "\", "
                + argument + ") { outcome } }";
        var response = GraphQLClient.postQueryAs(token, document, Map.of());
        assertNull(response.get("errors"), () -> response.prettify());
    }

    static Response export(String token, String format, String query) {
        var request = given();
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        Response response = request.when().get("/export/prices." + format + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, response.statusCode(), () -> response.asString());
        return response;
    }
}
