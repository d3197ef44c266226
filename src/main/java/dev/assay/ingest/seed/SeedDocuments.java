package dev.assay.ingest.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.assay.article.ArticleDocument;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.ingest.nuxt.NuxtPayload;
import dev.assay.ingest.nuxt.PublisherPage;
import dev.assay.ingest.nuxt.TickerRow;

/** Reads every seed document listed in the manifest from the classpath. */
public final class SeedDocuments {

    private SeedDocuments() {
    }

    /** The ticker and all articles of the seeds shipped on the classpath. */
    public static SeedBundle readAll() {
        return readAll(SeedManifest.load(), SeedResources::read);
    }

    /**
     * The ticker comes from the first page that has one; every other page's ticker must be identical,
     * since the publisher shows one site-wide ticker. Article slugs must be unique.
     */
    static SeedBundle readAll(SeedManifest manifest, Function<String, String> readFile) {
        List<TickerRow> ticker = null;
        String tickerFile = null;
        List<ArticleDocument> articles = new ArrayList<>();
        Map<String, String> fileBySlug = new HashMap<>();
        for (SeedManifest.Entry entry : manifest.documents()) {
            String text = readFile.apply(entry.file());
            List<ArticleDocument> found;
            if (entry.kind() == SeedManifest.Kind.NUXT_PAGE) {
                PublisherPage page = page(entry, text);
                if (!page.ticker().isEmpty()) {
                    if (ticker == null) {
                        ticker = page.ticker();
                        tickerFile = entry.file();
                    } else if (!ticker.equals(page.ticker())) {
                        throw new IllegalStateException("the ticker in " + entry.file() + " differs from the one in "
                                + tickerFile + ": " + firstDifference(ticker, page.ticker()));
                    }
                }
                found = page.articles();
            } else {
                found = List.of(PlainTextArticle.parse(text, entry));
            }
            for (ArticleDocument article : found) {
                String other = fileBySlug.putIfAbsent(article.slug(), entry.file());
                if (other != null) {
                    throw new IllegalStateException("article slug \"" + article.slug() + "\" appears in both "
                            + other + " and " + entry.file());
                }
                articles.add(article);
            }
        }
        return new SeedBundle(ticker == null ? List.of() : ticker, articles);
    }

    private static PublisherPage page(SeedManifest.Entry entry, String text) {
        try {
            return PublisherPage.parse(NuxtPayload.decode(text), entry.publisher());
        } catch (MalformedPayloadException e) {
            throw new MalformedPayloadException(entry.file() + ": " + e.getMessage(), e);
        }
    }

    private static String firstDifference(List<TickerRow> first, List<TickerRow> second) {
        if (first.size() != second.size()) {
            return first.size() + " rows against " + second.size();
        }
        for (int i = 0; i < first.size(); i++) {
            if (!first.get(i).equals(second.get(i))) {
                return "row " + i + " (" + first.get(i).label() + ") differs";
            }
        }
        return "rows differ";
    }
}
