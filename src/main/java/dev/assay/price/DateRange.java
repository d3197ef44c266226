package dev.assay.price;

import java.time.LocalDate;

import dev.assay.graphql.BadUserInputException;

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
