package dev.assay.graphql.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One request of the hostile corpus in {@code src/test/resources/hostile/} (its README describes the
 * format): what to send, byte for byte, and the status and code it must be answered with.
 */
record HostileRequest(String name, String description, int status, String code, String method,
        String target, Map<String, String> headers, byte[] body) {

    /** An answer with no JSON body at all, for limits the HTTP server enforces before any route runs. */
    static final String NO_BODY = "-";
    /** An answer with data and no errors. */
    static final String OK = "OK";

    private static final Pattern EXPECT = Pattern.compile("expect (\\d{3}) ([A-Z_]+|-)");
    private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]+) (/\\S*)");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{(?:repeat (\\d+) (\"(?:[^\"\\\\]|\\\\.)*\")|bytes ((?:[0-9a-f]{2} ?)+)|token ([a-z-]+))}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<HostileRequest> corpus(Path folder, Function<String, String> tokens) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".http")).sorted()
                    .map(file -> read(file, tokens)).toList().stream();
        }
    }

    static HostileRequest read(Path file, Function<String, String> tokens) {
        String name = file.getFileName().toString();
        List<String> lines;
        try {
            lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder description = new StringBuilder();
        Integer status = null;
        String code = null;
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher expect = EXPECT.matcher(line);
            if (line.startsWith("#")) {
                description.append(line.substring(1).strip()).append(' ');
            } else if (expect.matches()) {
                status = Integer.parseInt(expect.group(1));
                code = expect.group(2);
            } else {
                break;
            }
        }
        if (status == null) {
            throw new IllegalArgumentException(name + ": no 'expect <status> <code>' line");
        }
        Matcher requestLine = REQUEST_LINE.matcher(i < lines.size() ? expand(lines.get(i), tokens) : "");
        if (!requestLine.matches()) {
            throw new IllegalArgumentException(name + ": no request line 'METHOD /path' after the expectations");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (i++; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String[] header = lines.get(i).split(":", 2);
            if (header.length != 2) {
                throw new IllegalArgumentException(name + ": malformed header line '" + lines.get(i) + "'");
            }
            headers.put(header[0].strip(), expand(header[1].strip(), tokens));
        }
        String body = i + 1 < lines.size() ? String.join("\n", lines.subList(i + 1, lines.size())) : "";
        if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        return new HostileRequest(name, description.toString().strip(), status, code, requestLine.group(1),
                requestLine.group(2), headers, bytes(body, tokens));
    }

    /** The file name. */
    @Override
    public String toString() {
        return name;
    }

    private static String expand(String text, Function<String, String> tokens) {
        return new String(bytes(text, tokens), StandardCharsets.UTF_8);
    }

    /** The text with its placeholders replaced: repeated text, raw bytes (which need not be UTF-8), tokens. */
    private static byte[] bytes(String text, Function<String, String> tokens) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int from = 0;
        while (placeholder.find()) {
            out.writeBytes(text.substring(from, placeholder.start()).getBytes(StandardCharsets.UTF_8));
            if (placeholder.group(1) != null) {
                String unit = jsonString(placeholder.group(2));
                int times = Integer.parseInt(placeholder.group(1));
                StringBuilder repeated = new StringBuilder();
                for (int n = 0; n < times; n++) {
                    repeated.append(unit.replace("{i}", Integer.toString(n)));
                }
                out.writeBytes(repeated.toString().getBytes(StandardCharsets.UTF_8));
            } else if (placeholder.group(3) != null) {
                for (String hex : placeholder.group(3).strip().split(" ")) {
                    out.write(Integer.parseInt(hex, 16));
                }
            } else {
                out.writeBytes(tokens.apply(placeholder.group(4)).getBytes(StandardCharsets.UTF_8));
            }
            from = placeholder.end();
        }
        out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String jsonString(String literal) {
        try {
            return JSON.readValue(literal, String.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON string: " + literal, e);
        }
    }

}
