package dev.assay.ingest.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.assay.article.ArticleDocument;
import dev.assay.article.RichText;
import dev.assay.ingest.json.Json;
import dev.assay.ingest.json.MalformedPayloadException;

/** Turns an article copied from a web page as plain text into an {@link ArticleDocument}. */
public final class PlainTextArticle {

    static final String DEFAULT_VISIBILITY = "public";

    /** A line may end a sentence (or a heading) here; otherwise it may have been wrapped. */
    private static final Pattern DANGLING_WORD = Pattern.compile(
            "(?i).*\\b(?:a|an|the|to|of|from|and|or|in|on|at|by|for|with|as|than|that|per|via)$");
    /** Text that cannot begin a paragraph, so it continues the previous line. */
    private static final Pattern CONTINUATION = Pattern.compile("^(?:[,.;:!?)\\]”’]|\\p{Ll}).*");
    /**
     * A sentence end glued to the next sentence ("says.The"): where the copy lost a paragraph break. Two
     * lower-case letters before the stop keep abbreviations such as "U.S." and "Mr." out.
     */
    private static final Pattern LOST_BREAK = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"”’)]?)(?=\\p{Lu}\\p{Ll})");
    private static final Pattern GLUED_COMMA = Pattern.compile(",(?=\\p{L})");
    /**
     * Copies drop the spaces around link text ("ofBenchmark Week 2025continued"); these two shapes cannot
     * occur in a real word, so a space is put back.
     */
    private static final Pattern GLUED_AFTER_SHORT_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}])(of|to|in|on|at|by|for|from|with|and|the)(?=\\p{Lu}\\p{Ll})");
    private static final Pattern GLUED_AFTER_NUMBER = Pattern.compile("(?<=\\d)(?=\\p{Ll}{4,})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int EXCERPT_LENGTH = 300;

    private PlainTextArticle() {
    }

    /** The article in {@code text}, described by the manifest {@code entry}, without the page's chrome. */
    public static ArticleDocument parse(String text, SeedManifest.Entry entry) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entry, "entry");
        if (entry.slug() == null || entry.title() == null) {
            throw new IllegalArgumentException("manifest entry " + entry.file() + " has no slug or title");
        }
        List<String> paragraphs = paragraphs(text, entry.title());
        if (paragraphs.isEmpty()) {
            throw new MalformedPayloadException(entry.file() + " holds no article text once page chrome is removed");
        }
        JsonNode body = RichText.fromParagraphs(paragraphs);
        return new ArticleDocument(
                entry.slug(),
                null,
                null,
                entry.title(),
                null,
                entry.publishedOn(),
                entry.tags(),
                entry.categories(),
                List.of(),
                List.of(),
                entry.excerpt() != null ? entry.excerpt() : excerpt(paragraphs.get(0)),
                false,
                entry.visibility() != null ? entry.visibility() : DEFAULT_VISIBILITY,
                null,
                null,
                null,
                null,
                Json.write(body),
                RichText.toPlainText(body),
                entry.sourceUrl(),
                entry.publisher());
    }

    /** The article's paragraphs: chrome and the title line dropped, wrapped lines joined, lost breaks restored. */
    static List<String> paragraphs(String text, String title) {
        String titleKey = key(title);
        List<String> joined = new ArrayList<>();
        StringBuilder current = null;
        boolean boundary = false;
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = WHITESPACE.matcher(raw.replace('\u00A0', ' ')).replaceAll(" ").strip();
            if (!line.isEmpty() && PageChrome.endsArticle(line)) {
                break;
            }
            if (line.isEmpty() || PageChrome.isChrome(line) || key(line).equals(titleKey)) {
                boundary = true;
                continue;
            }
            if (current != null && continues(current, line, boundary)) {
                if (!startsWithPunctuation(line)) {
                    current.append(' ');
                }
                current.append(line);
            } else {
                if (current != null) {
                    joined.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            boundary = false;
        }
        if (current != null) {
            joined.add(current.toString());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : joined) {
            String spaced = GLUED_COMMA.matcher(paragraph).replaceAll(", ");
            spaced = GLUED_AFTER_SHORT_WORD.matcher(spaced).replaceAll("$1 ");
            spaced = GLUED_AFTER_NUMBER.matcher(spaced).replaceAll(" ");
            for (String part : LOST_BREAK.split(spaced)) {
                if (!part.isBlank()) {
                    paragraphs.add(part.strip());
                }
            }
        }
        return paragraphs;
    }

    private static boolean continues(CharSequence previous, String line, boolean afterBreak) {
        if (startsWithPunctuation(line)) {
            return true;
        }
        if (afterBreak) {
            return false;
        }
        return CONTINUATION.matcher(line).matches() || DANGLING_WORD.matcher(previous).matches();
    }

    private static boolean startsWithPunctuation(String line) {
        return ",.;:!?)]”’".indexOf(line.charAt(0)) >= 0;
    }

    /** Letters and digits only, lower-cased: lines equal under this are the same heading. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String excerpt(String paragraph) {
        if (paragraph.length() <= EXCERPT_LENGTH) {
            return paragraph;
        }
        int cut = paragraph.lastIndexOf(' ', EXCERPT_LENGTH);
        return paragraph.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + " …";
    }
}
