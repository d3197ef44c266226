package dev.assay.ingest.nuxt;

import static dev.assay.ingest.json.JsonFields.optionalDecimal;
import static dev.assay.ingest.json.JsonFields.optionalText;
import static dev.assay.ingest.json.JsonFields.requiredArray;
import static dev.assay.ingest.json.JsonFields.requiredBoolean;
import static dev.assay.ingest.json.JsonFields.requiredDate;
import static dev.assay.ingest.json.JsonFields.requiredDecimal;
import static dev.assay.ingest.json.JsonFields.requiredText;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.assay.commodity.UpdateFrequency;
import dev.assay.ingest.json.JsonFields;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.price.calc.Print;

/** Reads the publisher's price ticker (a list of index rows) from a decoded page. */
final class TickerRows {

    private TickerRows() {
    }

    static List<TickerRow> parse(JsonNode ticker, String path) {
        if (!ticker.isArray()) {
            throw JsonFields.wrongType(path, "an array", ticker);
        }
        List<TickerRow> rows = new ArrayList<>(ticker.size());
        for (int i = 0; i < ticker.size(); i++) {
            rows.add(row(ticker.get(i), path + "[" + i + "]"));
        }
        return rows;
    }

    private static TickerRow row(JsonNode row, String path) {
        if (!row.isObject()) {
            throw JsonFields.wrongType(path, "an object", row);
        }
        return new TickerRow(
                requiredText(row, "label", path),
                requiredDate(row, "publishedDate", path),
                frequency(row, path),
                optionalText(row, "updateFrequencyText", path),
                requiredDecimal(row, "today", path),
                optionalDecimal(row, "last", path),
                optionalDecimal(row, "percentageChange", path),
                optionalDecimal(row, "yearToDate", path),
                optionalDecimal(row, "yearOnYear", path),
                trend(requiredArray(row, "oneYearIndexTrend", path), path + ".oneYearIndexTrend"),
                optionalText(row, "url", path),
                optionalText(row, "subscription", path),
                requiredBoolean(row, "isProtected", path),
                requiredBoolean(row, "hasAccess", path));
    }

    private static String frequency(JsonNode row, String path) {
        String code = requiredText(row, "updateFrequency", path);
        try {
            UpdateFrequency.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException(path + ".updateFrequency is not a known frequency: \"" + code + "\"");
        }
        return code;
    }

    private static List<Print> trend(JsonNode prints, String path) {
        List<Print> values = new ArrayList<>(prints.size());
        for (int i = 0; i < prints.size(); i++) {
            JsonNode print = prints.get(i);
            String printPath = path + "[" + i + "]";
            if (!print.isObject()) {
                throw JsonFields.wrongType(printPath, "an object", print);
            }
            values.add(new Print(requiredDate(print, "date", printPath), requiredDecimal(print, "value", printPath)));
        }
        return values;
    }
}
