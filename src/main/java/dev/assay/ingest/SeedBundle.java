package dev.assay.ingest;

import java.util.List;

/** Everything the seed documents carry: the price ticker and the articles. */
public record SeedBundle(List<TickerRow> ticker, List<ArticleDocument> articles) {

    public SeedBundle {
        ticker = List.copyOf(ticker);
        articles = List.copyOf(articles);
    }
}
