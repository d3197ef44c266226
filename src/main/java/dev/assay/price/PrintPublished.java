package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A print was created, corrected or retracted (fired inside the writing transaction). */
public record PrintPublished(Long commodityId, LocalDate date, BigDecimal value, PriceRecorder.Outcome outcome,
        OffsetDateTime recordedAt) {
}
