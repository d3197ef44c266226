package dev.assay.price.api;

import java.time.LocalDate;

import dev.assay.graphql.BadUserInputException;
import dev.assay.price.calc.Print;
import dev.assay.price.store.PriceRepository;

/** A validated, inclusive date range whose open ends stand for the beginning and the end of history. */
record DateRange(LocalDate from, LocalDate to) {

    static DateRange of(LocalDate from, LocalDate to) throws BadUserInputException {
        require(from, to);
        return new DateRange(from == null ? PriceRepository.BEGINNING : from, to == null ? PriceRepository.UNBOUNDED : to);
    }

    static void require(LocalDate from, LocalDate to) throws BadUserInputException {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("from", "the range starts on " + from + ", after its end " + to);
        }
    }

    boolean contains(Print print) {
        return !print.date().isBefore(from) && !print.date().isAfter(to);
    }
}
