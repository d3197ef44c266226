package dev.assay.company;

import java.util.List;

/**
 * A company's names changed inside the current transaction: {@code names} holds its names before and after, so
 * that the articles mentioning either are linked afresh. Observed synchronously, in the same transaction.
 */
public record CompanyNamesChanged(long companyId, List<String> names) {

    public CompanyNamesChanged {
        names = List.copyOf(names);
    }
}
