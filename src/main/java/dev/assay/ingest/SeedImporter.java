package dev.assay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.assay.ingest.seed.SeedManifest;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** Imports the seed documents shipped with the service when it starts; a second start changes nothing. */
@ApplicationScoped
public class SeedImporter {

    @Inject
    DocumentImporter importer;

    @Inject
    RegistryImport registry;

    @Inject
    SeedConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.importOnStart()) {
            ImportSummary summary = importAll();
            Log.infof("Seed documents checked: %s", summary);
        }
    }

    /**
     * Imports every document the seed manifest lists, each in its own transaction, then the company registry and
     * the commodity topics, which cite and link those documents' articles.
     */
    public ImportSummary importAll() {
        ImportSummary total = ImportSummary.NOTHING;
        for (SeedManifest.Entry entry : SeedManifest.load().documents()) {
            String text = readSeed(entry.file());
            total = total.plus(switch (entry.kind()) {
                case NUXT_PAGE -> importer.importNuxtPage(entry.file(), text, entry.publisher());
                case PLAIN_TEXT -> importer.importPlainTextArticle(entry.file(), text, entry);
            });
        }
        registry.importShipped();
        return total;
    }

    static String readSeed(String file) {
        try (InputStream in = SeedImporter.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Seed document " + file + " is listed in the manifest but not shipped");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
