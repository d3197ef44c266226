package dev.assay.price.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Batched reads of the figures publishers printed. */
@ApplicationScoped
public class ReportedFiguresRepository implements PanacheRepository<ReportedFigures> {

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
