package dev.assay.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.assay.commodity.Commodity;
import dev.assay.ingest.feed.CsvPriceFeed;
import dev.assay.ingest.feed.FeedFormatException;
import dev.assay.ingest.feed.FeedKind;
import dev.assay.ingest.feed.NdjsonPriceFeed;
import dev.assay.ingest.feed.PriceRecord;
import dev.assay.price.PriceRecorder;
import dev.assay.price.PriceRecorder.Provenance;
import io.quarkus.logging.Log;

/**
 * Imports one document in one transaction: it is parsed completely before anything is stored, a
 * failure rolls everything back, and a document whose content was imported before is skipped.
 */
@ApplicationScoped
public class DocumentImporter {

    @Inject
    TickerImport tickerImport;

    @Inject
    ArticleImport articleImport;

    @Inject
    PriceRecorder recorder;

    /** Imports a Nuxt page payload: its ticker, if it carries one, and its articles. */
    @Transactional
    public ImportSummary importNuxtPage(String sourceName, String text, PublisherRef publisher) {
        String checksum = sha256(text);
        if (ImportLedgerEntry.contains(checksum)) {
            Log.debugf("%s was imported before; skipped", sourceName);
            return ImportSummary.NOTHING;
        }
        BenchmarkPage page = BenchmarkPage.parse(NuxtPayload.decode(text), publisher);
        OffsetDateTime now = now();
        ImportSummary summary = ImportSummary.NOTHING;
        if (!page.ticker().isEmpty()) {
            summary = summary.plus(tickerImport.apply(page.ticker(), publisher, sourceName, now));
        }
        for (ArticleDocument article : page.articles()) {
            summary = summary.plus(articleSummary(articleImport.apply(article, now)));
        }
        record(sourceName, checksum, "NUXT_PAGE", summary, now);
        return summary;
    }

    /** Imports a plain-text article whose title, date and publisher the manifest gives. */
    @Transactional
    public ImportSummary importPlainTextArticle(String sourceName, String text, SeedManifest.Entry entry) {
        String checksum = sha256(text);
        if (ImportLedgerEntry.contains(checksum)) {
            return ImportSummary.NOTHING;
        }
        ArticleDocument article = PlainTextArticle.parse(text, entry);
        OffsetDateTime now = now();
        ImportSummary summary = articleSummary(articleImport.apply(article, now));
        record(sourceName, checksum, "PLAIN_TEXT", summary, now);
        return summary;
    }

    /**
     * Imports the prints of a CSV or NDJSON feed file. Every commodity must exist; a print that differs
     * from a stored one of the same date is recorded as a correction, so nothing is lost.
     */
    @Transactional
    public ImportSummary importPriceFeed(String sourceName, String text, FeedKind kind, LocalDate today) {
        String checksum = sha256(text);
        if (ImportLedgerEntry.contains(checksum)) {
            return ImportSummary.NOTHING;
        }
        List<PriceRecord> records = switch (kind) {
            case CSV -> CsvPriceFeed.parse(text, today);
            case NDJSON -> NdjsonPriceFeed.parse(text, today);
            case NUXT_PAGE -> throw new IllegalArgumentException("a Nuxt page is not a price feed");
        };
        OffsetDateTime now = now();
        Provenance provenance = new Provenance(now, "ingest", sourceName, "revised by " + sourceName);
        Map<String, Commodity> commodities = new HashMap<>();
        int created = 0;
        int corrected = 0;
        int unchanged = 0;
        for (PriceRecord record : records) {
            Commodity commodity = commodities.computeIfAbsent(record.commoditySlug(),
                    slug -> Commodity.findBySlug(slug).orElse(null));
            if (commodity == null) {
                throw new FeedFormatException(record.line(), "commodity",
                        "'" + record.commoditySlug() + "' is not a known commodity");
            }
            switch (recorder.record(commodity, record.date(), record.value(), provenance)) {
                case CREATED -> created++;
                case CORRECTED -> corrected++;
                default -> unchanged++;
            }
        }
        ImportSummary summary = new ImportSummary(0, created, corrected, unchanged, 0, 0, 0, 0);
        record(sourceName, checksum, kind.name(), summary, now);
        return summary;
    }

    private static ImportSummary articleSummary(ArticleImport.Outcome outcome) {
        return new ImportSummary(0, 0, 0, 0, 0, outcome == ArticleImport.Outcome.CREATED ? 1 : 0,
                outcome == ArticleImport.Outcome.UPDATED ? 1 : 0, outcome == ArticleImport.Outcome.UNCHANGED ? 1 : 0);
    }

    private static void record(String sourceName, String checksum, String kind, ImportSummary summary,
            OffsetDateTime at) {
        ImportLedgerEntry entry = new ImportLedgerEntry();
        entry.sourceName = sourceName;
        entry.checksum = checksum;
        entry.kind = kind;
        entry.importedAt = at;
        entry.summary = summary.toString();
        entry.persist();
        Log.infof("Imported %s: %s", sourceName, summary);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
