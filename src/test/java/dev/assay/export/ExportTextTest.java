package dev.assay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hand-written text of the export: JSON escaping, CSV quoting and the attachment name. */
class ExportTextTest {

    @Test
    void jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001é\"", Json.string("a\"b\\c\n\t\u0001é"));
    }

    @Test
    void ndjsonRowsKeepTheValueAsAString() {
        StringBuilder out = new StringBuilder();
        ExportFormat.NDJSON.appendRow(out, "lithium", "2026-05-27", "411.01");
        assertEquals("{\"commodity\":\"lithium\",\"date\":\"2026-05-27\",\"value\":\"411.01\"}\n", out.toString());
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        StringBuilder out = new StringBuilder();
        ExportFormat.CSV.appendRow(out, "a,\"b\"", "2026-05-27", "324");
        assertEquals("\"a,\"\"b\"\"\",2026-05-27,324\r\n", out.toString());
    }

    @Test
    void theFileNameNamesTheScopeAndRange() {
        assertEquals("assay-prices-all-earliest-latest.csv",
                ExportFileName.of(new ExportRequest(List.of(), null, null), ExportFormat.CSV));
        assertEquals("assay-prices-cobalt-2026-01-01-2026-03-31.ndjson", ExportFileName.of(
                new ExportRequest(List.of("cobalt"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")),
                ExportFormat.NDJSON));
        assertEquals("assay-prices-selection-earliest-2026-03-31.csv", ExportFileName.of(
                new ExportRequest(List.of("cobalt", "nickel"), null, LocalDate.parse("2026-03-31")), ExportFormat.CSV));
    }

    @Test
    void theFileNameIsSanitised() {
        assertEquals("assay-prices-x---rm--rf-.csv", ExportFileName.sanitise("assay-prices-x\"; rm -rf ") + ".csv");
        assertEquals("a-b-c", ExportFileName.sanitise("a/b\\c"));
    }
}
