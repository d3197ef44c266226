package dev.assay.ingest.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.ingest.feed.Inbox;
import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A partner's history file goes through the bulk path: tens of thousands of prints in one transaction, with a
 * revision each, in the change feed, corrections where values changed, and refused whole with its line and
 * field when any print is wrong.
 */
@QuarkusTest
class BulkIngestTest {

    private static final int PRINTS = 20_000;
    private static final LocalDate FIRST = LocalDate.of(1950, 1, 1);

    @Inject
    IngestJob job;

    @Inject
    TestSeries series;

    @Inject
    EntityManager em;

    @TempDir
    Path root;

    private String slug;
    private Inbox inbox;

    @BeforeEach
    void createCommodity() {
        slug = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "bulk-test", "WEEKLY", null);
        inbox = new Inbox(root, Duration.ZERO);
    }

    @AfterEach
    void removeTestSeries() {
        series.deleteSector("bulk-test");
    }

    @Test
    void aLongHistoryImportsInOneTransactionWithARevisionForEveryPrint() throws IOException {
        String head = changeFeedHead();
        writeCsv("history.csv", PRINTS, day -> value(day));

        assertTrue(job.runOnce(inbox, List.of()));

        assertEquals(List.of("history.csv"), names(inbox.processedDirectory()));
        assertEquals(PRINTS, count("select count(*) from price_point p join commodity c on c.id = p.commodity_id "
                + "where c.slug = ?1"));
        assertEquals(PRINTS, count("select count(*) from price_revision r join price_point p on p.id = r.price_point_id "
                + "join commodity c on c.id = p.commodity_id where c.slug = ?1 and r.kind = 'INITIAL' and r.revision = 1"));
        assertEquals(0, new BigDecimal(value(PRINTS - 1)).compareTo(latestValue()));
        JsonPath feed = GraphQLClient.postQueryAs(Tokens.editor("bulk-reader"),
                "query($s: String) { priceChanges(since: $s, first: 500) { edges { node { commodity kind } } } }",
                java.util.Map.of("s", head));
        List<String> commodities = feed.getList("data.priceChanges.edges.node.commodity");
        assertEquals(500, commodities.size());
        assertTrue(commodities.stream().allMatch(slug::equals), "the change feed holds the imported prints");
    }

    @Test
    void aSecondFileCorrectsChangedValuesRevivesARetractedPrintAndLeavesTheRestUnchanged() throws IOException {
        writeCsv("first.csv", 1_000, day -> value(day));
        job.runOnce(inbox, List.of());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE price_point SET retracted = TRUE WHERE assessed_on = ?1
                   AND commodity_id = (SELECT id FROM commodity WHERE slug = ?2)""")
                .setParameter(1, FIRST.plusDays(7)).setParameter(2, slug).executeUpdate());

        // Days 0-9 get new values, day 7 is the retracted one (same value as before), the rest are as stored.
        writeCsv("second.csv", 1_000, day -> day < 10 && day != 7 ? value(day + 500) : value(day));
        job.runOnce(inbox, List.of());

        String summary = (String) em.createNativeQuery("select summary from import_ledger where source_name = 'second.csv'")
                .getSingleResult();
        assertTrue(summary.contains("prints created=0, corrected=10, unchanged=990"), summary);
        assertEquals(10, count("select count(*) from price_revision r join price_point p on p.id = r.price_point_id "
                + "join commodity c on c.id = p.commodity_id where c.slug = ?1 and r.kind = 'CORRECTION' and r.revision = 2"));
        assertEquals(0, count("select count(*) from price_point p join commodity c on c.id = p.commodity_id "
                + "where c.slug = ?1 and p.retracted"));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("a date before 1900", "%s,1477-03-02,10", "line 5002, field date: '1477-03-02' is before "
                        + "1900-01-01, the earliest date a print may have"),
                Arguments.of("an unknown commodity", "unobtainium,2020-01-01,10",
                        "line 5002, field commodity: 'unobtainium' is not a known commodity"),
                Arguments.of("a bad value", "%s,2020-01-01,12;5", "line 5002, field value: '12;5' is not a decimal number"),
                Arguments.of("a second value for a date", "%s,1950-01-03,77.5",
                        "line 5002: %s on 1950-01-03 is 77.5 here but " + value(2) + " on line 4; a file may give only "
                                + "one value per commodity and date"),
                Arguments.of("a repeated print", "%s,1950-01-03," + value(2),
                        "line 5002: %s on 1950-01-03 repeats line 4 (same value " + value(2) + "); remove the duplicate line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aFileWithOneBadRowImportsNothingAndSaysWhere(String what, String row, String reason) throws IOException {
        writeCsv("partner.csv", 5_000, day -> value(day), row.formatted(slug));

        job.runOnce(inbox, List.of());

        assertEquals(0, count("select count(*) from price_point p join commodity c on c.id = p.commodity_id "
                + "where c.slug = ?1"), what);
        String error = Files.readString(inbox.failedDirectory().resolve("partner.csv.error"));
        assertTrue(error.startsWith(reason.formatted(slug)), error);
    }

    private void writeCsv(String name, int prints, java.util.function.IntFunction<String> value, String... extra)
            throws IOException {
        Path part = root.resolve(name + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(part)) {
            out.write("commodity,date,value\n");
            for (int day = 0; day < prints; day++) {
                out.write(slug + "," + FIRST.plusDays(day) + "," + value.apply(day) + "\n");
            }
            for (String row : extra) {
                out.write(row + "\n");
            }
        }
        Files.move(part, root.resolve(name));
    }

    private static String value(int day) {
        return (100 + day % 900) + "." + String.format("%02d", day % 100);
    }

    private BigDecimal latestValue() {
        JsonPath latest = GraphQLClient.postQuery("query($s: String!) { commodity(slug: $s) { latest { value } } }",
                java.util.Map.of("s", slug));
        return latest.getObject("data.commodity.latest.value", BigDecimal.class);
    }

    private static String changeFeedHead() {
        return GraphQLClient.postQueryAs(Tokens.editor("bulk-reader"), "{ priceChangesHead }", java.util.Map.of())
                .getString("data.priceChangesHead");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, slug).getSingleResult()).longValue();
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
