package dev.assay.support;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.arc.Arc;

/** Counts the SQL statements Hibernate prepares, to prove that a query's cost does not grow with its result. */
public final class SqlStatements {

    private SqlStatements() {
    }

    /** Runs {@code action} and returns how many SQL statements it prepared. */
    public static long countDuring(Runnable action) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }
}
