package dev.assay.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.assay.commodity.Commodity;
import dev.assay.ingest.feed.CsvPriceFeed;
import dev.assay.ingest.feed.FeedFormatException;
import dev.assay.ingest.feed.FeedKind;
import dev.assay.ingest.feed.NdjsonPriceFeed;
import dev.assay.ingest.feed.PriceSink;
import dev.assay.price.store.BulkPriceRecorder;

/**
 * The prints of a CSV or NDJSON feed file, read as they are written into a bulk write: each slug is resolved
 * to its commodity (an unknown one fails the file at its line), and nothing of the file is held in memory.
 */
final class FeedPrints implements BulkPriceRecorder.Source {

    private final Path file;
    private final FeedKind kind;
    private final LocalDate today;
    private final Map<String, Long> idsBySlug = new HashMap<>();
    private final Map<Long, String> slugsById = new HashMap<>();

    FeedPrints(Path file, FeedKind kind, LocalDate today, List<Commodity> catalogue) {
        this.file = file;
        this.kind = kind;
        this.today = today;
        for (Commodity commodity : catalogue) {
            idsBySlug.put(commodity.slug, commodity.id);
            slugsById.put(commodity.id, commodity.slug);
        }
    }

    @Override
    public void writeTo(BulkPriceRecorder.Prints prints) throws IOException {
        PriceSink sink = print -> {
            Long id = idsBySlug.get(print.commoditySlug());
            if (id == null) {
                throw new FeedFormatException(print.line(), "commodity",
                        "'" + print.commoditySlug() + "' is not a known commodity");
            }
            prints.add(id, print.date(), print.value(), print.line());
        };
        try (Reader text = reader(file)) {
            switch (kind) {
                case CSV -> CsvPriceFeed.read(text, today, sink);
                case NDJSON -> NdjsonPriceFeed.read(text, today, sink);
                case NUXT_PAGE -> throw new IllegalArgumentException("a Nuxt page is not a price feed");
            }
        } catch (CharacterCodingException e) {
            throw new FeedFormatException(0, null, "the file is not valid UTF-8 text");
        }
    }

    /** The feed error for two prints of one commodity and date, worded as the file gave them. */
    FeedFormatException duplicate(BulkPriceRecorder.DuplicatePrintException e) {
        String print = slugsById.get(e.commodityId) + " on " + e.date;
        if (e.value.compareTo(e.earlierValue) == 0) {
            return new FeedFormatException(e.line, null, print + " repeats line " + e.earlierLine
                    + " (same value " + e.earlierValue.toPlainString() + "); remove the duplicate line");
        }
        return new FeedFormatException(e.line, null, print + " is " + e.value.toPlainString()
                + " here but " + e.earlierValue.toPlainString() + " on line " + e.earlierLine
                + "; a file may give only one value per commodity and date");
    }

    /** UTF-8 that refuses malformed bytes rather than reading them as replacement characters. */
    private static Reader reader(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }
}
