package dev.assay.ingest.seed;

import java.util.List;

import dev.assay.article.ArticleDocument;
import dev.assay.ingest.nuxt.TickerRow;

/** Everything the seed documents carry: the price ticker and the articles. */
public record SeedBundle(List<TickerRow> ticker, List<ArticleDocument> articles) {

    public SeedBundle {
        ticker = List.copyOf(ticker);
        articles = List.copyOf(articles);
    }
}
