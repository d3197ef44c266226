package dev.assay.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
