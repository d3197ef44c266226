package dev.assay.graphql.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON written one way only: members sorted by name, no whitespace, strings escaped alike, numbers as they were
 * read (exactly). Two values that read the same to the engine are written the same, and two that could read
 * differently never are: what the answer cache keys variables by.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    /** A request's variables and extensions, as one key: "" when it has neither (or only empty objects). */
    static String arguments(GraphQLRequest request) {
        boolean variables = present(request.variableValues());
        boolean extensions = present(request.extensionValues());
        if (!variables && !extensions) {
            return "";
        }
        StringBuilder out = new StringBuilder(64);
        out.append('{');
        if (variables) {
            out.append("\"variables\":");
            write(request.variableValues(), out);
        }
        if (extensions) {
            out.append(variables ? ",\"extensions\":" : "\"extensions\":");
            write(request.extensionValues(), out);
        }
        return out.append('}').toString();
    }

    static String of(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static boolean present(JsonNode object) {
        return object != null && !object.isEmpty();
    }

    private static void write(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>(value.size());
                for (Iterator<String> it = value.fieldNames(); it.hasNext();) {
                    names.add(it.next());
                }
                names.sort(null);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names.get(i), out);
                    out.append(':');
                    write(value.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(value.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(value.textValue(), out);
            // Exact: integers as they are, decimals as BigDecimal (scale kept), never a binary float
            case NUMBER -> out.append(value.isBigDecimal() ? value.decimalValue().toString() : value.asText());
            case BOOLEAN -> out.append(value.booleanValue());
            default -> out.append("null");
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}
