package dev.assay.graphql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clears the engine's error messages of what only its authors can read: syntax-tree dumps such as
 * {@code StringValue{value='x'}} become the value as written, SmallRye's message numbers and Java class
 * names go, and echoed values are shortened so that a 200 KB argument does not come back in the message.
 */
public final class ErrorMessages {

    static final int MAX_LENGTH = 500;
    private static final int SHOWN_CHARACTERS = 40;

    private static final Pattern STRING_VALUE = Pattern.compile("StringValue\\{value='(.*?)'}");
    private static final Pattern SCALAR_VALUE = Pattern.compile("(?:IntValue|FloatValue|BooleanValue)\\{value=([^}]*)}");
    private static final Pattern ENUM_VALUE = Pattern.compile("EnumValue\\{name='(\\w*)'}");
    private static final Pattern VARIABLE = Pattern.compile("VariableReference\\{name='(\\w*)'}");
    private static final Pattern NULL_VALUE = Pattern.compile("NullValue\\{}");
    private static final Pattern SMALLRYE_NUMBER = Pattern.compile("SRGQL\\d+: ");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|graphql|io|org|com|dev)(?:\\.[A-Za-z_$][\\w$]*)+(?::\\s*)?");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w+Exception\\b(?::\\s*)?");
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "Validation error \\(WrongType@\\[[^]]*]\\) : argument '([^']+)' with value '(.*?)' is not a valid '(\\w+)'(?: - .*)?",
            Pattern.DOTALL);
    private static final Pattern UNKNOWN_INPUT_FIELD = Pattern.compile(
            "Validation error \\(WrongType@\\[[^]]*]\\) : argument '([^']+)' with value '.*?' contains a field not in '(\\w+)': '(\\w+)'",
            Pattern.DOTALL);
    private static final Pattern UNEXPECTED_END = Pattern.compile("Invalid syntax with offending token '<EOF>' at");
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("Invalid syntax with offending token '(.*?)' at (line \\d+ column \\d+)", Pattern.DOTALL);
    private static final Pattern UNRECOGNISED = Pattern.compile(
            "Invalid syntax with ANTLR error 'token recognition error at: '(.*)'' at (line \\d+ column \\d+)", Pattern.DOTALL);
    private static final Pattern EXPECTED_TYPE = Pattern.compile("Expected type \\[(\\w+)] but was \\[(\\w+)]");

    private ErrorMessages() {
    }

    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String text = replace(STRING_VALUE, message, m -> "\"" + shown(m.group(1)) + "\"");
        text = replace(SCALAR_VALUE, text, m -> shown(m.group(1)));
        text = replace(ENUM_VALUE, text, m -> m.group(1));
        text = replace(VARIABLE, text, m -> "$" + m.group(1));
        text = NULL_VALUE.matcher(text).replaceAll("null");
        text = nested(text, "ArrayValue{", "a list");
        text = nested(text, "ObjectValue{", "an input object");
        text = SMALLRYE_NUMBER.matcher(text).replaceAll("");
        text = CLASS_NAME.matcher(text).replaceAll("");
        text = EXCEPTION_NAME.matcher(text).replaceAll("");
        text = rewritten(text);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }

    /* The engine's phrasing of the commonest errors, in the words of our own. */
    private static String rewritten(String text) {
        Matcher match = WRONG_TYPE.matcher(text);
        if (match.matches()) {
            return "Invalid argument '" + match.group(1) + "': " + match.group(2) + " is not a valid " + match.group(3);
        }
        match = UNKNOWN_INPUT_FIELD.matcher(text);
        if (match.matches()) {
            return "Invalid argument '" + match.group(1) + "': " + match.group(2) + " has no field '" + match.group(3) + "'";
        }
        match = UNRECOGNISED.matcher(text);
        if (match.matches()) {
            return "Invalid syntax: unexpected character '" + shown(match.group(1)) + "' at " + match.group(2);
        }
        if (UNEXPECTED_END.matcher(text).lookingAt()) {
            return UNEXPECTED_END.matcher(text).replaceFirst("Invalid syntax: the document ends too early at");
        }
        match = UNEXPECTED_TOKEN.matcher(text);
        if (match.matches()) {
            return "Invalid syntax: unexpected '" + shown(match.group(1)) + "' at " + match.group(2);
        }
        return replace(EXPECTED_TYPE, text, m -> "expected " + m.group(1) + ", not " + kindOf(m.group(2)));
    }

    /** What a Java class name in an engine message stands for, in JSON terms. */
    private static String kindOf(String javaType) {
        return switch (javaType) {
            case "String" -> "a string";
            case "Boolean" -> "a boolean";
            case "BigDecimal", "BigInteger", "Integer", "Long", "Double", "Float", "Short", "Byte" -> "a number";
            case "HashMap", "LinkedHashMap", "Map", "TreeMap" -> "an object";
            case "ArrayList", "List", "LinkedList" -> "a list";
            default -> "another kind of value";
        };
    }

    /** A value as a message shows it: short, and without control characters. */
    public static String shown(Object value) {
        String text = String.valueOf(value);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length() && i < SHOWN_CHARACTERS; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '\uFFFD' : c);
        }
        return text.length() > SHOWN_CHARACTERS ? shown.append('…').toString() : shown.toString();
    }

    private interface Replacement {
        String of(Matcher match);
    }

    private static String replace(Pattern pattern, String text, Replacement replacement) {
        Matcher match = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (match.find()) {
            match.appendReplacement(out, Matcher.quoteReplacement(replacement.of(match)));
        }
        return match.appendTail(out).toString();
    }

    /** Replaces each {@code opening…}} dump, braces balanced, by a word. */
    private static String nested(String text, String opening, String word) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int start;
        while ((start = text.indexOf(opening, from)) >= 0) {
            int depth = 0;
            int end = start + opening.length() - 1;
            for (; end < text.length(); end++) {
                char c = text.charAt(end);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            out.append(text, from, start).append(word);
            from = Math.min(end + 1, text.length());
        }
        return out.append(text.substring(from)).toString();
    }
}
