package dev.assay.ingest.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.ingest.nuxt.PublisherPageTest;
import dev.assay.ingest.seed.SeedManifest.Entry;
import dev.assay.ingest.seed.SeedManifest.Kind;
import dev.assay.publisher.PublisherRef;

class SeedManifestTest {

    @Test
    void listsEverySeedDocumentInOrder() {
        SeedManifest manifest = SeedManifest.load();

        assertEquals(List.of("000_19c73154af895443.txt", "001_42bba342068cf207.txt", "002_f22a0f1a84bb31d8.txt",
                "003_e2568dc81b15f4f3.txt", "004_8cb7ff8204a38445.txt"),
                manifest.documents().stream().map(Entry::file).toList());
        assertEquals(List.of(Kind.NUXT_PAGE, Kind.PLAIN_TEXT, Kind.NUXT_PAGE, Kind.PLAIN_TEXT, Kind.PLAIN_TEXT),
                manifest.documents().stream().map(Entry::kind).toList());
        manifest.documents().forEach(entry -> SeedResources.read(entry.file()));
    }

    @Test
    void describesThePlainTextArticles() {
        List<Entry> documents = SeedManifest.load().documents();

        Entry ainvest = documents.get(1);
        assertEquals(new PublisherRef("ainvest", "AInvest", "https://www.ainvest.com"), ainvest.publisher());
        assertEquals(LocalDate.of(2025, 12, 24), ainvest.publishedOn());
        assertTrue(ainvest.title().contains("LG Chem") && ainvest.title().contains("Sinopec"), ainvest.title());
        assertNull(ainvest.sourceUrl());

        Entry smm = documents.get(3);
        assertEquals("smm", smm.publisher().slug());
        assertEquals("Shanghai Metals Market", smm.publisher().name());
        assertEquals("Sodium-Ion Battery Industry Chain in January 2026", smm.title());

        Entry benchmarkWeek = documents.get(4);
        assertEquals(PublisherPageTest.BENCHMARK, benchmarkWeek.publisher());
        assertEquals("“Scaling is everything” key takeaways from Day 2 of Benchmark Week", benchmarkWeek.title());
        assertEquals("scaling-is-everything-key-takeaways-from-day-2-of-benchmark-week", benchmarkWeek.slug());
    }

    private static final String MINIMAL_PLAIN = "{\"file\":\"a.txt\",\"kind\":\"PLAIN_TEXT\",\"slug\":\"a\",\"title\":\"A\","
            + "\"publisher\":{\"slug\":\"p\",\"name\":\"P\"}}";

    @Test
    void parsesMinimalEntriesWithDefaults() {
        SeedManifest manifest = SeedManifest.parse("{\"documents\":[" + MINIMAL_PLAIN + ","
                + "{\"file\":\"b.txt\",\"kind\":\"NUXT_PAGE\",\"publisher\":{\"slug\":\"p\",\"name\":\"P\",\"url\":\"https://p.example\"}}]}");

        Entry plain = manifest.documents().get(0);
        assertEquals(new PublisherRef("p", "P", null), plain.publisher());
        assertNull(plain.publishedOn());
        assertEquals(List.of(), plain.tags());
        assertNull(plain.visibility());
        assertEquals(Kind.NUXT_PAGE, manifest.documents().get(1).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                            | manifest.documents is missing",
        "[]                                                            | manifest must be an object, found ARRAY []",
        "{\"documents\":[{\"kind\":\"PLAIN_TEXT\"}]}                   | manifest.documents[0].file is missing",
        "{\"documents\":[{\"file\":\"../x\",\"kind\":\"NUXT_PAGE\"}]}  | manifest.documents[0].file must be a bare file name, found \"../x\"",
        "{\"documents\":[{\"file\":\"x\",\"kind\":\"PDF\"}]}           | manifest.documents[0].kind must be NUXT_PAGE or PLAIN_TEXT, found \"PDF\"",
        "{\"documents\":[{\"file\":\"x\",\"kind\":\"NUXT_PAGE\"}]}     | manifest.documents[0].publisher is missing",
    })
    void rejectsMalformedManifests(String json, String message) {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class, () -> SeedManifest.parse(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsPlainTextEntryWithoutTitleBadDateOrDuplicateFile() {
        assertEquals("manifest.documents[0].title is missing", assertThrows(MalformedPayloadException.class,
                () -> SeedManifest.parse("{\"documents\":[" + MINIMAL_PLAIN.replace("\"title\":\"A\",", "") + "]}"))
                .getMessage());
        assertEquals("manifest.documents[0].publishedOn must be a date (yyyy-MM-dd), found \"Dec 24 2025\"",
                assertThrows(MalformedPayloadException.class, () -> SeedManifest.parse("{\"documents\":["
                        + MINIMAL_PLAIN.replace("}}", "},\"publishedOn\":\"Dec 24 2025\"}") + "]}")).getMessage());
        assertEquals("manifest.documents[1].file lists \"a.txt\" a second time", assertThrows(MalformedPayloadException.class,
                () -> SeedManifest.parse("{\"documents\":[" + MINIMAL_PLAIN + "," + MINIMAL_PLAIN + "]}")).getMessage());
    }
}
