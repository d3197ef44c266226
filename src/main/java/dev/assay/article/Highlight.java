package dev.assay.article;

/** Turns a snippet whose found words PostgreSQL put between two marker characters into safe HTML. */
final class Highlight {

    private Highlight() {
    }

    static String html(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(headline.length() + 32);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case ArticleSearchRepository.MARK_START -> html.append("<mark>");
                case ArticleSearchRepository.MARK_END -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n' -> html.append(' ');
                default -> html.append(c);
            }
        }
        return html.toString().strip();
    }
}
