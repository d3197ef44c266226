package dev.assay.ingest.nuxt;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.assay.ingest.json.Json;
import dev.assay.ingest.json.MalformedPayloadException;

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

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

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
        return new Resolver((ArrayNode) parsed).resolveRoot();
    }

    /**
     * An entry whose references are being resolved: the references still to follow, the values found so
     * far, and how to build the entry's node from them once all are in.
     */
    private static final class Frame {
        final int index;
        final List<String> segments = new ArrayList<>();
        final List<JsonNode> references = new ArrayList<>();
        final List<JsonNode> values = new ArrayList<>();
        Function<List<JsonNode>, JsonNode> build;
        int cursor;

        Frame(int index) {
            this.index = index;
        }

        void follow(String segment, JsonNode reference) {
            segments.add(segment);
            references.add(reference);
        }

        boolean hasNext() {
            return cursor < references.size();
        }

        /** The segment of the reference being followed now, if any. */
        String currentSegment() {
            return cursor == 0 ? "" : segments.get(cursor - 1);
        }
    }

    /**
     * Resolves entries of one payload with an explicit stack, so deep reference chains cannot overflow the
     * thread's stack; each entry's node is built once and memoised.
     */
    private static final class Resolver {
        private final ArrayNode entries;
        private final JsonNode[] resolved;
        private final boolean[] inProgress;
        private final Deque<Frame> stack = new ArrayDeque<>();

        Resolver(ArrayNode entries) {
            this.entries = entries;
            this.resolved = new JsonNode[entries.size()];
            this.inProgress = new boolean[entries.size()];
        }

        JsonNode resolveRoot() {
            JsonNode root = lookup(0);
            if (root != null) {
                return root;
            }
            while (true) {
                Frame frame = stack.peek();
                if (frame.hasNext()) {
                    JsonNode reference = frame.references.get(frame.cursor++);
                    JsonNode value = lookup(indexOf(frame.index, reference));
                    if (value != null) {
                        frame.values.add(value);
                    }
                    continue;
                }
                stack.pop();
                JsonNode value = frame.build.apply(frame.values);
                inProgress[frame.index] = false;
                resolved[frame.index] = value;
                if (stack.isEmpty()) {
                    return value;
                }
                stack.peek().values.add(value);
            }
        }

        /** The node of entry {@code index} when it is known now; otherwise starts resolving it and returns null. */
        private JsonNode lookup(int index) {
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
            JsonNode entry = entries.get(index);
            if (!entry.isContainerNode()) {
                resolved[index] = entry;
                return entry;
            }
            Frame frame = new Frame(index);
            JsonNode immediate = plan(frame, entry);
            if (immediate != null) {
                resolved[index] = immediate;
                return immediate;
            }
            inProgress[index] = true;
            stack.push(frame);
            return null;
        }

        /** Lists the references of {@code entry} on {@code frame}, or returns its node if it has none to follow. */
        private JsonNode plan(Frame frame, JsonNode entry) {
            if (entry.isObject()) {
                List<String> keys = new ArrayList<>();
                for (Map.Entry<String, JsonNode> field : entry.properties()) {
                    keys.add(field.getKey());
                    frame.follow(property(field.getKey()), field.getValue());
                }
                frame.build = values -> object(keys, values);
                return null;
            }
            if (!entry.isEmpty() && entry.get(0).isTextual()) {
                return planForm(frame, (ArrayNode) entry);
            }
            for (int i = 0; i < entry.size(); i++) {
                frame.follow("[" + i + "]", entry.get(i));
            }
            frame.build = NuxtPayload::array;
            return null;
        }

        private JsonNode planForm(Frame frame, ArrayNode form) {
            int index = frame.index;
            String type = form.get(0).textValue();
            if (REACTIVE_WRAPPERS.contains(type) || OBJECT_WRAPPERS.contains(type)) {
                expectSize(index, form, type, 2);
                frame.follow("<" + type + ">", form.get(1));
                frame.build = values -> values.get(0);
                return null;
            }
            if (EMPTY_REF_WRAPPERS.contains(type)) {
                expectSize(index, form, type, 2);
                frame.follow("<" + type + ">", form.get(1));
                frame.build = values -> emptyRef(index, type, values.get(0));
                return null;
            }
            switch (type) {
                case "Date":
                case "URL":
                case "URLSearchParams":
                    expectSize(index, form, type, 2);
                    return NODES.textNode(literalText(index, form, type, 1));
                case "BigInt":
                    expectSize(index, form, type, 2);
                    return bigInt(index, literalText(index, form, type, 1));
                case "RegExp":
                    if (form.size() != 2 && form.size() != 3) {
                        throw wrongShape(index, type, "a source and optional flags");
                    }
                    String flags = form.size() == 3 ? literalText(index, form, type, 2) : "";
                    return NODES.textNode("/" + literalText(index, form, type, 1) + "/" + flags);
                case "Object":
                    expectSize(index, form, type, 2);
                    if (!form.get(1).isValueNode()) {
                        throw wrongShape(index, type, "one boxed primitive");
                    }
                    return form.get(1);
                case "Set":
                    for (int i = 1; i < form.size(); i++) {
                        frame.follow("<Set>[" + (i - 1) + "]", form.get(i));
                    }
                    frame.build = NuxtPayload::array;
                    return null;
                case "Map":
                    if (form.size() % 2 != 1) {
                        throw wrongShape(index, type, "key/value index pairs");
                    }
                    for (int i = 1; i < form.size(); i += 2) {
                        frame.follow("<Map>[" + (i / 2) + "].key", form.get(i));
                        frame.follow("<Map>[" + (i / 2) + "].value", form.get(i + 1));
                    }
                    frame.build = values -> map(index, values);
                    return null;
                case "null":
                    if (form.size() % 2 != 1) {
                        throw wrongShape(index, type, "key/value pairs");
                    }
                    List<String> keys = new ArrayList<>();
                    for (int i = 1; i < form.size(); i += 2) {
                        String key = literalText(index, form, type, i);
                        keys.add(key);
                        frame.follow(property(key), form.get(i + 1));
                    }
                    frame.build = values -> object(keys, values);
                    return null;
                default:
                    throw fail("entry " + index + " has unknown wrapper '" + type + "'");
            }
        }

        private JsonNode map(int index, List<JsonNode> values) {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < values.size(); i += 2) {
                JsonNode key = values.get(i);
                if (!key.isTextual() && !key.isNumber()) {
                    throw fail("entry " + index + " is a Map with a " + describe(key)
                            + " key, only text and number keys are supported");
                }
                object.set(key.asText(), values.get(i + 1));
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
                return NODES.numberNode(BigInteger.ZERO);
            }
            try {
                return Json.parse(text, "value of " + type);
            } catch (MalformedPayloadException e) {
                throw fail("entry " + index + " is an " + type + " whose value is not JSON: " + e.getMessage());
            }
        }

        private JsonNode bigInt(int index, String digits) {
            try {
                return NODES.numberNode(new BigInteger(digits));
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
                    return NODES.numberNode(-0.0d);
                default:
                    throw fail("index " + index + " is out of range (negative indices stop at " + NEGATIVE_ZERO + ")");
            }
        }

        private int indexOf(int owner, JsonNode reference) {
            if (!reference.isIntegralNumber() || !reference.canConvertToInt()) {
                throw fail("entry " + owner + " holds " + describe(reference) + " where an entry index belongs");
            }
            return reference.intValue();
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

        /** The path from the root to the reference being followed, shortened in the middle when very deep. */
        private String renderPath() {
            List<String> segments = new ArrayList<>(stack.size());
            Iterator<Frame> fromRoot = stack.descendingIterator();
            while (fromRoot.hasNext()) {
                segments.add(fromRoot.next().currentSegment());
            }
            if (segments.size() > 40) {
                List<String> shortened = new ArrayList<>(segments.subList(0, 10));
                shortened.add("...");
                shortened.addAll(segments.subList(segments.size() - 20, segments.size()));
                segments = shortened;
            }
            return "$" + String.join("", segments);
        }
    }

    private static JsonNode object(List<String> keys, List<JsonNode> values) {
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < keys.size(); i++) {
            object.set(keys.get(i), values.get(i));
        }
        return object;
    }

    private static JsonNode array(List<JsonNode> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(array::add);
        return array;
    }

    private static String property(String key) {
        return PLAIN_KEY.matcher(key).matches() ? "." + key : "[\"" + key + "\"]";
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "text \"" + node.textValue() + "\"";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
    }
}
