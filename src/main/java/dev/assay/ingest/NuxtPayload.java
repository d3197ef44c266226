package dev.assay.ingest;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Decodes a Nuxt page payload (a devalue-flattened JSON array) into a plain Jackson tree.
 *
 * <p>The returned tree shares the node of an entry wherever the payload refers to that entry more than
 * once, so treat it as read-only.
 */
public final class NuxtPayload {

    // devalue's reserved indices for values JSON has no literal for.
    private static final int UNDEFINED = -1;
    private static final int HOLE = -2;
    private static final int NAN = -3;
    private static final int POSITIVE_INFINITY = -4;
    private static final int NEGATIVE_INFINITY = -5;
    private static final int NEGATIVE_ZERO = -6;

    /** Nuxt's reactive wrappers: the value is the wrapped entry itself. */
    private static final Set<String> REACTIVE_WRAPPERS = Set.of("ShallowReactive", "Reactive", "Ref", "ShallowRef");
    /** Nuxt types revived from a plain object; the object carries all their data. */
    private static final Set<String> OBJECT_WRAPPERS = Set.of("NuxtError", "Island");
    private static final Set<String> EMPTY_REF_WRAPPERS = Set.of("EmptyRef", "EmptyShallowRef");

    /** Deeper reference chains than this are refused rather than risking the stack. */
    static final int MAX_DEPTH = 1000;

    private NuxtPayload() {
    }

    /** Parses {@code text} and resolves every reference from entry 0, the root. */
    public static JsonNode decode(String text) {
        JsonNode parsed = Json.parse(text, "Nuxt payload");
        if (!parsed.isArray()) {
            throw new MalformedPayloadException(
                    "Nuxt payload must be a non-empty JSON array, found " + parsed.getNodeType());
        }
        if (parsed.isEmpty()) {
            throw new MalformedPayloadException("Nuxt payload must be a non-empty JSON array, found an empty one");
        }
        return new Resolver((ArrayNode) parsed).resolve(0);
    }

    /** Resolves entries of one payload, memoising each entry's node. */
    private static final class Resolver {
        private final ArrayNode entries;
        private final JsonNode[] resolved;
        private final boolean[] inProgress;
        private final Deque<String> path = new ArrayDeque<>();
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;

        Resolver(ArrayNode entries) {
            this.entries = entries;
            this.resolved = new JsonNode[entries.size()];
            this.inProgress = new boolean[entries.size()];
        }

        JsonNode resolve(int index) {
            if (index < 0) {
                return special(index);
            }
            if (index >= entries.size()) {
                throw fail("index " + index + " is out of range (the payload has " + entries.size() + " entries)");
            }
            if (resolved[index] != null) {
                return resolved[index];
            }
            if (inProgress[index]) {
                throw fail("cycle: entry " + index + " refers back to itself");
            }
            if (path.size() >= MAX_DEPTH) {
                throw fail("references nested deeper than " + MAX_DEPTH + " levels");
            }
            inProgress[index] = true;
            JsonNode value = hydrate(index, entries.get(index));
            inProgress[index] = false;
            resolved[index] = value;
            return value;
        }

        private JsonNode hydrate(int index, JsonNode entry) {
            if (entry.isObject()) {
                ObjectNode object = nodes.objectNode();
                for (Map.Entry<String, JsonNode> field : entry.properties()) {
                    object.set(field.getKey(), child(property(field.getKey()), index, field.getValue()));
                }
                return object;
            }
            if (entry.isArray()) {
                if (!entry.isEmpty() && entry.get(0).isTextual()) {
                    return revive(index, (ArrayNode) entry);
                }
                ArrayNode array = nodes.arrayNode(entry.size());
                for (int i = 0; i < entry.size(); i++) {
                    array.add(child("[" + i + "]", index, entry.get(i)));
                }
                return array;
            }
            return entry;
        }

        /** Resolves the entry that {@code reference} (found in entry {@code owner}) points to. */
        private JsonNode child(String segment, int owner, JsonNode reference) {
            path.addLast(segment);
            try {
                return resolve(indexOf(owner, reference));
            } finally {
                path.removeLast();
            }
        }

        private int indexOf(int owner, JsonNode reference) {
            if (!reference.isIntegralNumber() || !reference.canConvertToInt()) {
                throw fail("entry " + owner + " holds " + describe(reference) + " where an entry index belongs");
            }
            return reference.intValue();
        }

        private JsonNode revive(int index, ArrayNode form) {
            String type = form.get(0).textValue();
            if (REACTIVE_WRAPPERS.contains(type) || OBJECT_WRAPPERS.contains(type)) {
                expectSize(index, form, type, 2);
                return child("<" + type + ">", index, form.get(1));
            }
            if (EMPTY_REF_WRAPPERS.contains(type)) {
                expectSize(index, form, type, 2);
                return emptyRef(index, type, child("<" + type + ">", index, form.get(1)));
            }
            switch (type) {
                case "Date":
                case "URL":
                case "URLSearchParams":
                    expectSize(index, form, type, 2);
                    return nodes.textNode(literalText(index, form, type, 1));
                case "BigInt":
                    expectSize(index, form, type, 2);
                    return bigInt(index, literalText(index, form, type, 1));
                case "RegExp":
                    if (form.size() != 2 && form.size() != 3) {
                        throw wrongShape(index, type, "a source and optional flags");
                    }
                    String flags = form.size() == 3 ? literalText(index, form, type, 2) : "";
                    return nodes.textNode("/" + literalText(index, form, type, 1) + "/" + flags);
                case "Object":
                    expectSize(index, form, type, 2);
                    if (!form.get(1).isValueNode()) {
                        throw wrongShape(index, type, "one boxed primitive");
                    }
                    return form.get(1);
                case "Set":
                    return set(index, form);
                case "Map":
                    return map(index, form);
                case "null":
                    return nullPrototypeObject(index, form);
                default:
                    throw fail("entry " + index + " has unknown wrapper '" + type + "'");
            }
        }

        private JsonNode set(int index, ArrayNode form) {
            ArrayNode array = nodes.arrayNode(form.size() - 1);
            for (int i = 1; i < form.size(); i++) {
                array.add(child("<Set>[" + (i - 1) + "]", index, form.get(i)));
            }
            return array;
        }

        private JsonNode map(int index, ArrayNode form) {
            if (form.size() % 2 != 1) {
                throw wrongShape(index, "Map", "key/value index pairs");
            }
            ObjectNode object = nodes.objectNode();
            for (int i = 1; i < form.size(); i += 2) {
                JsonNode key = child("<Map>[" + (i / 2) + "].key", index, form.get(i));
                if (!key.isTextual() && !key.isNumber()) {
                    throw fail("entry " + index + " is a Map with a " + describe(key)
                            + " key, only text and number keys are supported");
                }
                object.set(key.asText(), child("<Map>" + property(key.asText()), index, form.get(i + 1)));
            }
            return object;
        }

        private JsonNode nullPrototypeObject(int index, ArrayNode form) {
            if (form.size() % 2 != 1) {
                throw wrongShape(index, "null", "key/value pairs");
            }
            ObjectNode object = nodes.objectNode();
            for (int i = 1; i < form.size(); i += 2) {
                String key = literalText(index, form, "null", i);
                object.set(key, child(property(key), index, form.get(i + 1)));
            }
            return object;
        }

        /** Nuxt stores an empty ref's value as JSON text, or "_" for undefined. */
        private JsonNode emptyRef(int index, String type, JsonNode encoded) {
            if (!encoded.isTextual()) {
                throw wrongShape(index, type, "an index of JSON text");
            }
            String text = encoded.textValue();
            if (text.equals("_")) {
                return NullNode.getInstance();
            }
            if (text.equals("0n")) {
                return nodes.numberNode(BigInteger.ZERO);
            }
            try {
                return Json.parse(text, "value of " + type);
            } catch (MalformedPayloadException e) {
                throw fail("entry " + index + " is an " + type + " whose value is not JSON: " + e.getMessage());
            }
        }

        private JsonNode bigInt(int index, String digits) {
            try {
                return nodes.numberNode(new BigInteger(digits));
            } catch (NumberFormatException e) {
                throw wrongShape(index, "BigInt", "decimal digits");
            }
        }

        private JsonNode special(int index) {
            switch (index) {
                case UNDEFINED:
                case HOLE:
                case NAN:
                case POSITIVE_INFINITY:
                case NEGATIVE_INFINITY:
                    return NullNode.getInstance();
                case NEGATIVE_ZERO:
                    return nodes.numberNode(-0.0d);
                default:
                    throw fail("index " + index + " is out of range (negative indices stop at " + NEGATIVE_ZERO + ")");
            }
        }

        private String literalText(int index, ArrayNode form, String type, int position) {
            JsonNode literal = form.get(position);
            if (!literal.isTextual()) {
                throw wrongShape(index, type, "text at position " + position + ", found " + describe(literal));
            }
            return literal.textValue();
        }

        private void expectSize(int index, ArrayNode form, String type, int size) {
            if (form.size() != size) {
                throw wrongShape(index, type, (size - 1) + " argument(s), found " + (form.size() - 1));
            }
        }

        private MalformedPayloadException wrongShape(int index, String type, String expected) {
            return fail("entry " + index + " is a malformed '" + type + "' wrapper: expected " + expected);
        }

        private MalformedPayloadException fail(String problem) {
            return new MalformedPayloadException("Nuxt payload: " + problem + " at " + renderPath());
        }

        private String renderPath() {
            StringBuilder rendered = new StringBuilder("$");
            path.forEach(rendered::append);
            return rendered.toString();
        }

        private static String property(String key) {
            return key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + key : "[\"" + key + "\"]";
        }

        private static String describe(JsonNode node) {
            if (node.isTextual()) {
                return "text \"" + node.textValue() + "\"";
            }
            return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
        }
    }
}
