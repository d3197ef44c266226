package dev.assay.article.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of an article as it is searched for mentions: its title, its excerpt unless the body already holds
 * it (an excerpt is most often the first paragraph, and would count every mention there twice), and its body.
 */
public record ArticleText(List<Section> sections) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("\\s*(?:\\[…]|\\[\\.\\.\\.]|…|\\.\\.\\.)\\s*$");

    public ArticleText {
        sections = List.copyOf(sections);
    }

    public static ArticleText of(String title, String excerpt, String body) {
        List<Section> sections = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            sections.add(Section.of(TextPart.TITLE, title));
        }
        if (excerpt != null && !excerpt.isBlank() && !repeats(body, excerpt)) {
            sections.add(Section.of(TextPart.EXCERPT, excerpt));
        }
        if (body != null && !body.isBlank()) {
            sections.add(Section.of(TextPart.BODY, body));
        }
        return new ArticleText(sections);
    }

    /** Whether the body holds the excerpt, spacing and a closing ellipsis aside. */
    static boolean repeats(String body, String excerpt) {
        if (body == null) {
            return false;
        }
        String opening = flat(TRAILING_ELLIPSIS.matcher(excerpt).replaceAll(""));
        return !opening.isEmpty() && flat(body).contains(opening);
    }

    private static String flat(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
