package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Editors record, correct and retract prints; nothing is lost, and bad input writes nothing. */
@QuarkusTest
class EditorialPrintsTest {

    private static final String RECORD = """
            mutation Record($c: String!, $d: Date!, $v: BigDecimal!) {
              recordPrint(commodity: $c, date: $d, value: $v) { outcome print { date value revision } } }""";
    private static final String CORRECT = """
            mutation Correct($c: String!, $d: Date!, $v: BigDecimal!, $r: String!) {
              correctPrint(commodity: $c, date: $d, value: $v, reason: $r) { outcome print { value revision } } }""";
    private static final String RETRACT = """
            mutation Retract($c: String!, $d: Date!, $r: String!) {
              retractPrint(commodity: $c, date: $d, reason: $r) { outcome print { retracted } } }""";

    private final String editor = Tokens.editor("editor-" + UUID.randomUUID());
    private String slug;

    @Inject
    TestSeries series;

    @AfterEach
    void removeTestSeries() {
        series.deleteSector("editorial-test");
    }

    @Inject
    EntityManager em;

    @BeforeEach
    void createCommodity() {
        // Revisions are never deleted, so each test writes to a commodity of its own.
        slug = "editorial-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "editorial-test", "WEEKLY", null);
    }

    @Test
    void recordsAPrintOnceAndReSendingItChangesNothing() {
        assertEquals("CREATED", record("2026-10-07", "100.25").getString("data.recordPrint.outcome"));
        long revisions = revisions();
        JsonPath again = record("2026-10-07", "100.250");
        assertNull(again.get("errors"));
        assertEquals("UNCHANGED", again.getString("data.recordPrint.outcome"));
        assertEquals(revisions, revisions());
        assertEquals(1, revisions);
    }

    @Test
    void anOutOfOrderPrintIsAcceptedAndTicksNothingBackwards() {
        record("2026-10-07", "100");
        record("2026-10-14", "110");
        assertEquals("CREATED", record("2026-09-30", "90").getString("data.recordPrint.outcome"));
        JsonPath latest = GraphQLClient.postQuery("{ commodity(slug: \"" + slug + "\") { latest { date value } "
                + "history { totalCount } } }", Map.of());
        assertEquals("2026-10-14", latest.getString("data.commodity.latest.date"));
        assertEquals(3, latest.getInt("data.commodity.history.totalCount"));
    }

    @Test
    void aCorrectionChangesTodaysTickerWhileKnownAtStillShowsTheOriginal() throws InterruptedException {
        record("2026-10-07", "100");
        record("2026-10-14", "110");
        Thread.sleep(20);
        String beforeCorrection = OffsetDateTime.now(ZoneOffset.UTC).toString();
        Thread.sleep(20);
        JsonPath corrected = correct("2026-10-14", "112.5", "late trade reported");
        assertNull(corrected.get("errors"), () -> corrected.prettify());
        assertEquals("CORRECTED", corrected.getString("data.correctPrint.outcome"));
        assertEquals(2, corrected.getInt("data.correctPrint.print.revision"));

        assertEquals(new BigDecimal("112.5"), figure(null, "today"));
        assertEquals(new BigDecimal("110"), figure(beforeCorrection, "today"));
        assertEquals(0, new BigDecimal("12.5").compareTo(figure(null, "percentageChange")));
        assertEquals(0, new BigDecimal("10").compareTo(figure(beforeCorrection, "percentageChange")));

        JsonPath history = GraphQLClient.postQuery("{ commodity(slug: \"" + slug + "\") { revisions(date: \"2026-10-14\") "
                + "{ revision kind value reason recordedBy } } }", Map.of());
        assertEquals(List.of("INITIAL", "CORRECTION"), history.getList("data.commodity.revisions.kind", String.class));
        assertEquals("late trade reported", history.getString("data.commodity.revisions[1].reason"));
    }

    @Test
    void aRetractedPrintLeavesTheSeriesButKeepsItsRevisions() {
        record("2026-10-07", "100");
        record("2026-10-14", "110");
        assertEquals(true, GraphQLClient.postQueryAs(editor, RETRACT,
                Map.of("c", slug, "d", "2026-10-14", "r", "assessment withdrawn")).getBoolean("data.retractPrint.print.retracted"));
        JsonPath after = GraphQLClient.postQuery("{ commodity(slug: \"" + slug + "\") { latest { date } "
                + "revisions { kind } } }", Map.of());
        assertEquals("2026-10-07", after.getString("data.commodity.latest.date"));
        assertEquals(List.of("INITIAL", "INITIAL", "RETRACTION"), after.getList("data.commodity.revisions.kind", String.class));
        JsonPath audit = GraphQLClient.postQueryAs(editor, "{ auditLog(entity: \"print\", key: \"" + slug
                + "@2026-10-14\") { action actor details } }", Map.of());
        assertEquals(List.of("retractPrint", "recordPrint"), audit.getList("data.auditLog.action", String.class));
    }

    static Stream<Arguments> badPrints() {
        return Stream.of(
                Arguments.of("zero value", "2026-10-07", "0", "value"),
                Arguments.of("negative value", "2026-10-07", "-5", "value"),
                Arguments.of("more decimals than stored", "2026-10-07", "1.1234567", "value"),
                Arguments.of("more integer digits than stored", "2026-10-07", "123456789012345", "value"),
                Arguments.of("future date", "2999-01-01", "100", "date"),
                Arguments.of("before the earliest date, as a feed would refuse", "1477-03-02", "100", "date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPrints")
    void badInputIsRefusedAndWritesNothing(String what, String date, String value, String argument) {
        long revisions = revisions();
        JsonPath response = record(date, value);
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), what);
        assertTrue(response.getString("errors[0].message").contains(argument), response.getString("errors[0].message"));
        assertNull(response.get("data.recordPrint"));
        assertEquals(revisions, revisions());
    }

    @Test
    void aDifferentValueForAnExistingDateMustBeACorrection() {
        record("2026-10-07", "100");
        JsonPath response = record("2026-10-07", "101");
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertTrue(response.getString("errors[0].message").contains("correctPrint"));
        assertEquals(1, revisions());
    }

    @Test
    void anUnknownCommodityIsBadInput() {
        JsonPath response = GraphQLClient.postQueryAs(editor, RECORD, Map.of("c", "unobtainium", "d", "2026-10-07", "v", "1"));
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertTrue(response.getString("errors[0].message").contains("commodity"));
    }

    @Test
    void onlyEditorsWrite() {
        Map<String, Object> print = Map.of("c", slug, "d", "2026-10-07", "v", "100");
        JsonPath anonymous = GraphQLClient.postQuery(RECORD, print);
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
        JsonPath subscriber = GraphQLClient.postQueryAs(Tokens.subscriber("reader", "battery-pro"), RECORD, print);
        assertEquals("FORBIDDEN", subscriber.getString("errors[0].extensions.code"));
        assertEquals(0, revisions());
    }

    private JsonPath record(String date, String value) {
        return GraphQLClient.postQueryAs(editor, RECORD, Map.of("c", slug, "d", date, "v", new BigDecimal(value)));
    }

    private JsonPath correct(String date, String value, String reason) {
        return GraphQLClient.postQueryAs(editor, CORRECT, Map.of("c", slug, "d", date, "v", new BigDecimal(value), "r", reason));
    }

    private BigDecimal figure(String knownAt, String field) {
        return new BigDecimal(tickerEntry(knownAt).get(field).toString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> tickerEntry(String knownAt) {
        String args = knownAt == null ? "" : "(knownAt: \"" + knownAt + "\")";
        JsonPath ticker = GraphQLClient.postQuery("{ ticker" + args + " { label today percentageChange } }", Map.of());
        assertNull(ticker.get("errors"), () -> ticker.prettify());
        return ticker.getList("data.ticker", Map.class).stream().filter(e -> slug.equals(e.get("label")))
                .findFirst().orElseThrow();
    }

    private long revisions() {
        return ((Number) em.createNativeQuery("select count(*) from price_revision r join price_point p on p.id = r.price_point_id "
                + "join commodity c on c.id = p.commodity_id where c.slug = ?1").setParameter(1, slug).getSingleResult()).longValue();
    }
}
