package dev.assay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.assay.article.ArticleDocument;
import dev.assay.article.ArticleImport;
import dev.assay.commodity.Commodity;
import dev.assay.ingest.feed.FeedFormatException;
import dev.assay.ingest.feed.FeedKind;
import dev.assay.ingest.nuxt.NuxtPayload;
import dev.assay.ingest.nuxt.PublisherPage;
import dev.assay.ingest.seed.PlainTextArticle;
import dev.assay.ingest.seed.SeedManifest;
import dev.assay.price.store.BulkPriceRecorder;
import dev.assay.price.store.PriceRecorder.Provenance;
import dev.assay.publisher.PublisherRef;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

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
    BulkPriceRecorder bulkRecorder;

    /** Imports a Nuxt page payload: its ticker, if it carries one, and its articles. */
    @Transactional
    public ImportSummary importNuxtPage(String sourceName, String text, PublisherRef publisher) {
        String checksum = sha256(text);
        if (ImportLedgerEntry.contains(checksum)) {
            Log.debugf("%s was imported before; skipped", sourceName);
            return ImportSummary.NOTHING;
        }
        PublisherPage page = PublisherPage.parse(NuxtPayload.decode(text), publisher);
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
     * Imports the prints of a CSV or NDJSON feed file, streamed through a bulk write, in one transaction: every
     * commodity must exist; a print that differs from a stored one of the same date is recorded as a correction,
     * so nothing is lost. The transaction may run for {@code assay.ingest.transaction-timeout}.
     *
     * @throws FeedFormatException for the first problem of the file, with its line and field; nothing is written
     */
    @Transactional(rollbackOn = Exception.class)
    @TransactionConfiguration(timeoutFromConfigProperty = "assay.ingest.transaction-timeout")
    public ImportSummary importPriceFeed(String sourceName, Path file, FeedKind kind, LocalDate today)
            throws IOException {
        String checksum = sha256(file);
        if (ImportLedgerEntry.contains(checksum)) {
            return ImportSummary.NOTHING;
        }
        OffsetDateTime now = now();
        Provenance provenance = new Provenance(now, "ingest", sourceName, "revised by " + sourceName);
        FeedPrints prints = new FeedPrints(file, kind, today, Commodity.listInDisplayOrder());
        BulkPriceRecorder.Counts counts;
        try {
            counts = bulkRecorder.record(prints, provenance);
        } catch (BulkPriceRecorder.DuplicatePrintException e) {
            throw prints.duplicate(e);
        }
        ImportSummary summary = new ImportSummary(0, Math.toIntExact(counts.created()),
                Math.toIntExact(counts.corrected()), Math.toIntExact(counts.unchanged()), 0, 0, 0, 0);
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
        MessageDigest digest = sha256();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The checksum of a file's bytes, read through a buffer. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
