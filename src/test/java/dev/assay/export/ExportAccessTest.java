package dev.assay.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Only partners and staff export; a protected series leaves only with its tier; bad input is named. */
@QuarkusTest
class ExportAccessTest {

    private static final String SECTOR = "export-access-test";
    private static final String SLUG = "export-protected-index";
    private static final String TIER = "battery-pro";

    @Inject
    TestSeries series;

    @BeforeEach
    void createProtectedSeries() {
        series.create(SLUG, SECTOR, "WEEKLY", TIER, "2026-04-01", "100.00", "2026-04-08", "101.5", "2026-04-15", "103.25");
    }

    @AfterEach
    void removeIt() {
        series.deleteSector(SECTOR);
    }

    @ParameterizedTest
    @ValueSource(strings = { "csv", "ndjson" })
    void anAnonymousCallerIsAskedToSignIn(String format) {
        Response response = get(null, format, "commodity=lithium");
        assertError(response, 401, "UNAUTHENTICATED", "partner");
        assertEquals("Bearer", response.header("WWW-Authenticate"));
    }

    @Test
    void aPlainSubscriberIsRefused() {
        assertError(get(Tokens.subscriber("sub-" + UUID.randomUUID(), TIER), "csv", "commodity=lithium"), 403,
                "FORBIDDEN", "'partner'");
    }

    @Test
    void aForgedTokenIsRefusedBeforeTheExport() {
        assertEquals(401, get(Tokens.forged("mallory"), "csv", "commodity=lithium").statusCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "commodity=no-such-index              | commodity | no-such-index",
            "commodity=lithium&commodity=nope     | commodity | nope",
            "commodity=                           | commodity | empty",
            "from=2026-13-01                      | from      | 2026-13-01",
            "to=27-05-2026                        | to        | 27-05-2026",
            "from=2026-05-27&to=2026-01-01        | from      | after",
            "from=2026-01-01&from=2026-02-01      | from      | more than once",
            "commodities=lithium                  | commodities | unknown parameter" })
    void badInputIsAnsweredWith400NamingTheParameter(String query, String parameter, String detail) {
        Response response = get(partner(), "csv", query);
        assertError(response, 400, "BAD_USER_INPUT", "'" + parameter + "'");
        assertTrue(response.asString().contains(detail), response.asString());
    }

    @Test
    void aProtectedSeriesAskedForByAPartnerWithoutItsTierIs403NamingTheTier() {
        assertError(get(partner(), "csv", "commodity=lithium&commodity=" + SLUG), 403, "FORBIDDEN", TIER);
        assertError(get(partner("recycling-basic"), "ndjson", "commodity=" + SLUG), 403, "FORBIDDEN", TIER);
    }

    @Test
    void aPartnerWithTheTierExportsIt() {
        assertEquals(List.of("commodity,date,value", SLUG + ",2026-04-01,100.00", SLUG + ",2026-04-08,101.5",
                SLUG + ",2026-04-15,103.25"), PriceExportTest.export(partner(TIER), "csv", "commodity=" + SLUG)
                        .asString().lines().toList());
    }

    @Test
    void anAllSeriesExportLeavesOutWhatThePartnerMayNotSee() {
        String csv = PriceExportTest.export(partner(), "csv", "").asString();
        assertFalse(csv.contains(SLUG), "no protected series without its tier");
        assertTrue(csv.contains("lithium,2026-05-27,411.01"), "public series are all there");
        String ndjson = PriceExportTest.export(partner("recycling-basic"), "ndjson", "").asString();
        assertFalse(ndjson.contains(SLUG));
        assertFalse(ndjson.contains("\"value\":\"101.5\""));
    }

    @Test
    void anAllSeriesExportIncludesWhatThePartnerOrStaffMaySee() {
        assertTrue(PriceExportTest.export(partner(TIER), "csv", "").asString().contains(SLUG + ",2026-04-08,101.5"));
        assertTrue(PriceExportTest.export(Tokens.editor("editor-" + UUID.randomUUID()), "ndjson", "").asString()
                .contains("{\"commodity\":\"" + SLUG + "\",\"date\":\"2026-04-15\",\"value\":\"103.25\"}"));
    }

    private static String partner(String... tiers) {
        return Tokens.partner("partner-" + UUID.randomUUID(), tiers);
    }

    private static Response get(String token, String format, String query) {
        var request = given();
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().get("/export/prices." + format + "?" + query);
    }

    private static void assertError(Response response, int status, String code, String mentioned) {
        assertEquals(status, response.statusCode(), response::asString);
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        JsonPath body = response.jsonPath();
        assertEquals(1, body.getList("errors").size());
        assertEquals(code, body.getString("errors[0].extensions.code"));
        assertTrue(body.getString("errors[0].message").contains(mentioned), body.getString("errors[0].message"));
        assertEquals(null, response.header("Content-Disposition"));
    }
}
