package dev.assay.export;

/** The file formats of the export: one print per line, in the order the rows arrive. */
enum ExportFormat {

    CSV("csv", "text/csv; charset=UTF-8") {
        @Override
        String header() {
            return "commodity,date,value\r\n";
        }

        @Override
        void appendRow(StringBuilder out, String commodity, String date, String value) {
            // Slugs, ISO dates and plain decimals never need quoting; fields are still quoted defensively.
            appendField(out, commodity).append(',');
            appendField(out, date).append(',');
            appendField(out, value).append("\r\n");
        }
    },

    NDJSON("ndjson", "application/x-ndjson") {
        @Override
        String header() {
            return "";
        }

        @Override
        void appendRow(StringBuilder out, String commodity, String date, String value) {
            // The value is a JSON string: a JSON number would be read as a binary float by most parsers.
            out.append("{\"commodity\":");
            Json.appendString(out, commodity);
            out.append(",\"date\":");
            Json.appendString(out, date);
            out.append(",\"value\":");
            Json.appendString(out, value);
            out.append("}\n");
        }
    };

    final String extension;
    final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** What the file starts with, before any row. */
    abstract String header();

    abstract void appendRow(StringBuilder out, String commodity, String date, String value);

    private static StringBuilder appendField(StringBuilder out, String field) {
        boolean quote = false;
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? out.append('"').append(field.replace("\"", "\"\"")).append('"') : out.append(field);
    }
}
