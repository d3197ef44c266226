package dev.assay.ingest.nuxt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.assay.article.ArticleDocument;
import dev.assay.ingest.json.JsonFields;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.publisher.PublisherRef;

import com.fasterxml.jackson.databind.JsonNode;

/** What one decoded Benchmark Source page carries: the site-wide price ticker and its articles. */
public record PublisherPage(List<TickerRow> ticker, List<ArticleDocument> articles) {

    static final String TICKER_KEY = "ticker-data";
    static final String ARTICLE_KEY_PREFIX = "story-article/";

    public PublisherPage {
        ticker = List.copyOf(ticker);
        articles = List.copyOf(articles);
    }

    /**
     * Reads {@code root.data}: the ticker under {@code "ticker-data"} (empty when the page has none) and
     * every {@code "story-article/<slug>"} entry, attributed to {@code publisher}.
     */
    public static PublisherPage parse(JsonNode root, PublisherRef publisher) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(publisher, "publisher");
        JsonNode data = JsonFields.requiredObject(root, "data", "$");
        JsonNode tickerNode = JsonFields.optional(data, TICKER_KEY);
        List<TickerRow> ticker = tickerNode == null
                ? List.of()
                : TickerRows.parse(tickerNode, "$.data[\"" + TICKER_KEY + "\"]");
        List<ArticleDocument> articles = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            if (!entry.getKey().startsWith(ARTICLE_KEY_PREFIX)) {
                continue;
            }
            String path = "$.data[\"" + entry.getKey() + "\"]";
            ArticleDocument article = StoryArticles.parse(entry.getValue(), publisher, path);
            String keySlug = entry.getKey().substring(ARTICLE_KEY_PREFIX.length());
            if (!keySlug.equals(article.slug())) {
                throw new MalformedPayloadException(path + ".slug is \"" + article.slug()
                        + "\" but the page files it under \"" + keySlug + "\"");
            }
            articles.add(article);
        }
        return new PublisherPage(ticker, articles);
    }
}
