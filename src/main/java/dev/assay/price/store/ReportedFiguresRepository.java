package dev.assay.price.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.assay.commodity.Commodity;
import dev.assay.publisher.Publisher;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The figures publishers printed: the only access to them (ReportedFigures is used through this repository). */
@ApplicationScoped
public class ReportedFiguresRepository implements PanacheRepository<ReportedFigures> {

    /** Whether the publisher's figures of this commodity for this date are stored. */
    public boolean printed(Commodity commodity, Publisher publisher, LocalDate publishedOn) {
        return count("commodity = ?1 and publisher = ?2 and publishedOn = ?3", commodity, publisher, publishedOn) > 0;
    }

    /**
     * For each commodity, the figures printed for the given date of that commodity, in one query; with
     * {@code knownAt}, only figures imported by then.
     */
    public Map<Long, ReportedFigures> printedOn(Map<Long, LocalDate> dateByCommodity, OffsetDateTime knownAt) {
        Map<Long, ReportedFigures> result = new HashMap<>();
        if (dateByCommodity.isEmpty()) {
            return result;
        }
        Collection<LocalDate> dates = dateByCommodity.values().stream().distinct().toList();
        list("commodity.id in ?1 and publishedOn in ?2 and importedAt <= ?3 order by id", dateByCommodity.keySet(),
                dates, knownAt == null ? PriceRepository.END_OF_TIME : knownAt)
                .forEach(figures -> {
                    Long commodityId = figures.commodity.id;
                    if (figures.publishedOn.equals(dateByCommodity.get(commodityId))) {
                        result.putIfAbsent(commodityId, figures);
                    }
                });
        return result;
    }
}
