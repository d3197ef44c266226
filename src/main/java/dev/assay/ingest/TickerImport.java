package dev.assay.ingest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.assay.commodity.Commodity;
import dev.assay.commodity.UpdateFrequency;
import dev.assay.ingest.nuxt.TickerRow;
import dev.assay.ingest.seed.CommodityCatalogue;
import dev.assay.price.calc.Print;
import dev.assay.price.store.PriceRecorder;
import dev.assay.price.store.PriceRecorder.Outcome;
import dev.assay.price.store.PriceRecorder.Provenance;
import dev.assay.price.store.ReportedFigures;
import dev.assay.price.store.ReportedFiguresRepository;
import dev.assay.publisher.Publisher;
import dev.assay.publisher.PublisherRef;
import dev.assay.publisher.Publishers;

/** Stores a publisher's ticker: its commodities, every print of their trends, and the figures it printed. */
@ApplicationScoped
public class TickerImport {

    private final CommodityCatalogue catalogue = CommodityCatalogue.load();

    @Inject
    PriceRecorder recorder;

    @Inject
    ReportedFiguresRepository reportedFigures;

    @Inject
    Publishers publishers;

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportSummary apply(List<TickerRow> rows, PublisherRef publisherRef, String source, OffsetDateTime at) {
        Publisher publisher = publishers.upsert(publisherRef);
        Provenance provenance = new Provenance(at, "importer", source, null);
        int commoditiesCreated = 0;
        int created = 0;
        int corrected = 0;
        int unchanged = 0;
        int figuresCreated = 0;
        int position = 0;
        for (TickerRow row : rows) {
            position++;
            CommodityCatalogue.Entry entry = catalogue.forLabel(row.label());
            Commodity commodity = Commodity.findBySlug(entry.slug()).orElse(null);
            if (commodity == null) {
                commodity = newCommodity(row, entry, position);
                commodity.persist();
                commoditiesCreated++;
            }
            for (Print print : row.oneYearIndexTrend()) {
                Outcome outcome = recorder.record(commodity, print.date(), print.value(), provenance);
                switch (outcome) {
                    case CREATED -> created++;
                    case CORRECTED -> corrected++;
                    case UNCHANGED -> unchanged++;
                }
            }
            if (storeReportedFigures(commodity, publisher, row, source, at)) {
                figuresCreated++;
            }
        }
        return new ImportSummary(commoditiesCreated, created, corrected, unchanged, figuresCreated, 0, 0, 0);
    }

    private static Commodity newCommodity(TickerRow row, CommodityCatalogue.Entry entry, int position) {
        Commodity commodity = new Commodity();
        commodity.slug = entry.slug();
        commodity.name = row.label();
        commodity.sector = entry.sector();
        commodity.unit = entry.unit();
        commodity.currency = entry.currency();
        commodity.description = entry.description();
        commodity.updateFrequency = UpdateFrequency.fromCode(row.updateFrequency());
        commodity.updateFrequencyText = row.updateFrequencyText() != null ? row.updateFrequencyText()
                : commodity.updateFrequency.defaultText();
        commodity.pricePageUrl = row.url();
        commodity.subscriptionTier = row.subscription();
        commodity.displayOrder = position;
        commodity.inTicker = true;
        return commodity;
    }

    private boolean storeReportedFigures(Commodity commodity, Publisher publisher, TickerRow row, String source,
            OffsetDateTime at) {
        if (reportedFigures.printed(commodity, publisher, row.publishedDate())) {
            return false;
        }
        ReportedFigures figures = new ReportedFigures();
        figures.commodity = commodity;
        figures.publisher = publisher;
        figures.publishedOn = row.publishedDate();
        figures.today = row.today();
        figures.last = row.last();
        figures.percentageChange = row.percentageChange();
        figures.yearToDate = row.yearToDate();
        figures.yearOnYear = row.yearOnYear();
        figures.importedAt = at;
        figures.source = source;
        reportedFigures.persist(figures);
        return true;
    }
}
