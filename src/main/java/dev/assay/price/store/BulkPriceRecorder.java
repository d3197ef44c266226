package dev.assay.price.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import dev.assay.price.calc.InvalidPrintException;
import dev.assay.price.calc.PrintRules;
import dev.assay.price.store.PriceRecorder.Provenance;
import io.quarkus.logging.Log;

/**
 * The write path of {@link PriceRecorder} for whole files: the prints are streamed into a staging table with
 * PostgreSQL's COPY, then merged in a few set-based statements, so a file of millions of prints costs what the
 * database needs to store them and no more memory than one buffer. The outcome per print is the recorder's: a
 * new print gets its initial revision, the same value is unchanged, a different value becomes a correction
 * (reviving a retracted print), with every revision in the one commit order the change feed and live updates read.
 */
@ApplicationScoped
public class BulkPriceRecorder {

    /** Receives the prints of one bulk write, in file order. */
    public interface Prints {
        /** Adds one print; {@code line} is where it stands in its file, for error messages. */
        void add(long commodityId, LocalDate date, BigDecimal value, int line) throws IOException;
    }

    /** Writes the prints of one bulk write into {@link Prints}. */
    @FunctionalInterface
    public interface Source {
        void writeTo(Prints prints) throws IOException;
    }

    /** How many prints a bulk write created, corrected and found unchanged. */
    public record Counts(long created, long corrected, long unchanged) {
    }

    /** Two prints of one bulk write give the same commodity and date: the later line and the one it repeats. */
    public static final class DuplicatePrintException extends RuntimeException {

        public final int line;
        public final int earlierLine;
        public final long commodityId;
        public final LocalDate date;
        public final BigDecimal value;
        public final BigDecimal earlierValue;

        DuplicatePrintException(int line, int earlierLine, long commodityId, LocalDate date, BigDecimal value,
                BigDecimal earlierValue) {
            super("line " + line + " repeats the commodity and date of line " + earlierLine, null, false, false);
            this.line = line;
            this.earlierLine = earlierLine;
            this.commodityId = commodityId;
            this.date = date;
            this.value = value;
            this.earlierValue = earlierValue;
        }
    }

    private static final String STAGING = """
            CREATE TEMPORARY TABLE print_staging (
                line         INTEGER NOT NULL,
                commodity_id BIGINT  NOT NULL,
                assessed_on  DATE    NOT NULL,
                value        NUMERIC NOT NULL
            ) ON COMMIT DROP
            """;

    private static final String COPY = "COPY print_staging (line, commodity_id, assessed_on, value) FROM STDIN";

    /* The staged prints whose commodity and date are stored already, and whether each changes the stored print. */
    private static final String MATCHES = """
            CREATE TEMPORARY TABLE print_matches ON COMMIT DROP AS
            SELECT s.line, p.id AS point_id, s.value, (p.retracted OR p.value <> s.value) AS changes
              FROM print_staging s JOIN price_point p USING (commodity_id, assessed_on)
            """;

    private static final String STORED_TWICE = "SELECT 1 FROM print_matches GROUP BY point_id HAVING count(*) > 1 LIMIT 1";

    /* The first line (in file order) that repeats the commodity and date of an earlier one: only run on failure. */
    private static final String FIRST_DUPLICATE = """
            SELECT line, earlier_line, commodity_id, assessed_on, value, earlier_value FROM (
                SELECT line, commodity_id, assessed_on, value,
                       lag(line) OVER w AS earlier_line, lag(value) OVER w AS earlier_value
                  FROM print_staging
                WINDOW w AS (PARTITION BY commodity_id, assessed_on ORDER BY line)) d
             WHERE earlier_line IS NOT NULL
             ORDER BY line
             LIMIT 1
            """;

    /* A different value for a stored print, or any value for a retracted one: a correction, with its revision. */
    private static final String CORRECT = """
            WITH corrected AS (
                UPDATE price_point p
                   SET value = m.value, retracted = FALSE, revision = p.revision + 1,
                       recorded_at = ?, recorded_by = ?, source = ?
                  FROM print_matches m
                 WHERE p.id = m.point_id AND m.changes
             RETURNING p.id, p.revision, p.value)
            INSERT INTO price_revision (price_point_id, revision, kind, value, recorded_at, recorded_by, source, reason)
            SELECT id, revision, 'CORRECTION', value, ?, ?, ?, ? FROM corrected
            """;

    /* A print for a date the series does not have: a new print, with its initial revision. */
    private static final String CREATE = """
            WITH created AS (
                INSERT INTO price_point (commodity_id, assessed_on, value, recorded_at, recorded_by, source, revision,
                                         retracted)
                SELECT s.commodity_id, s.assessed_on, s.value, ?, ?, ?, 1, FALSE
                  FROM print_staging s
                 WHERE NOT EXISTS (SELECT 1 FROM print_matches m WHERE m.line = s.line)
             RETURNING id, value)
            INSERT INTO price_revision (price_point_id, revision, kind, value, recorded_at, recorded_by, source)
            SELECT id, 1, 'INITIAL', value, ?, ?, ? FROM created
            """;

    /** The unique key of a print, which a file that gives a new print twice runs into. */
    private static final String PRINT_KEY = "price_point_commodity_date_key";

    @Inject
    EntityManager em;

    @Inject
    Event<RevisionsWritten> written;

    @Inject
    Clock clock;

    /**
     * Records every print {@code source} writes, in the current transaction.
     *
     * @throws DuplicatePrintException when two prints give the same commodity and date; nothing is written then
     * @throws InvalidPrintException when a print breaks a {@link PrintRules rule}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Counts record(Source source, Provenance provenance) throws IOException {
        em.flush();
        try {
            return em.unwrap(Session.class).doReturningWork(connection -> write(connection, source, provenance));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Counts write(Connection connection, Source source, Provenance provenance) throws SQLException {
        long started = System.nanoTime();
        execute(connection, STAGING);
        long rows = copy(connection, source);
        if (rows == 0) {
            return new Counts(0, 0, 0);
        }
        long copied = System.nanoTime();
        execute(connection, "ANALYZE print_staging");
        // Revision ids must be handed out in commit order (see PriceRecorder), so the lock is taken before any
        // print is written and held to the commit, like every writer of prints does.
        execute(connection, "SELECT pg_advisory_xact_lock(" + PriceRecorder.REVISION_ORDER_LOCK + ")");
        execute(connection, MATCHES);
        if (exists(connection, STORED_TWICE)) {
            throw firstDuplicate(connection);
        }
        boolean skipReferenceChecks = referenceChecksMaySkip(connection);
        if (skipReferenceChecks) {
            execute(connection, "SET LOCAL session_replication_role = replica");
        }
        long corrected = update(connection, CORRECT, provenance, true);
        // A new print given twice breaks the unique key; the savepoint keeps the staging table to say where.
        execute(connection, "SAVEPOINT new_prints");
        long created;
        try {
            created = update(connection, CREATE, provenance, false);
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState()) || e.getMessage() == null || !e.getMessage().contains(PRINT_KEY)) {
                throw e;
            }
            execute(connection, "ROLLBACK TO SAVEPOINT new_prints");
            throw firstDuplicate(connection);
        }
        execute(connection, "RELEASE SAVEPOINT new_prints");
        if (skipReferenceChecks) {
            execute(connection, "SET LOCAL session_replication_role = DEFAULT");
        }
        if (created + corrected > 0) {
            written.fire(RevisionsWritten.INSTANCE);
        }
        Log.debugf("Bulk write of %d prints: %d ms to stage, %d ms to merge", rows, (copied - started) / 1_000_000,
                (System.nanoTime() - copied) / 1_000_000);
        return new Counts(created, corrected, rows - created - corrected);
    }

    /**
     * Whether this session may skip the per-row foreign-key checks of the merge, which are most of its cost: only
     * a superuser may (as the embedded server's is), and only for these statements. They can skip nothing real:
     * every commodity id was read from the catalogue in this transaction and commodities are never deleted, and
     * every revision references a print the same statement has just written. No other trigger fires on inserting
     * prints or revisions but the data version's, once a statement and whatever the role (BulkWriteTriggersTest
     * keeps it so); checks, unique keys and NOT NULL still apply.
     */
    private static boolean referenceChecksMaySkip(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet superuser = statement.executeQuery("SHOW is_superuser")) {
            return superuser.next() && "on".equals(superuser.getString(1));
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next();
        }
    }

    private long copy(Connection connection, Source source) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        LocalDate today = LocalDate.now(clock);
        try {
            CopyRows rows = new CopyRows(copy, today);
            source.writeTo(rows);
            rows.flush();
            return copy.endCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static DuplicatePrintException firstDuplicate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet duplicate = statement.executeQuery(FIRST_DUPLICATE)) {
            if (!duplicate.next()) {
                throw new IllegalStateException("a print was found twice, but no line repeats another");
            }
            return new DuplicatePrintException(duplicate.getInt(1), duplicate.getInt(2), duplicate.getLong(3),
                    duplicate.getObject(4, LocalDate.class), duplicate.getBigDecimal(5), duplicate.getBigDecimal(6));
        }
    }

    private static long update(Connection connection, String sql, Provenance provenance, boolean withReason)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (int copyOf = 0; copyOf < 2; copyOf++) {
                statement.setObject(index++, provenance.recordedAt());
                statement.setString(index++, provenance.recordedBy());
                statement.setString(index++, provenance.source());
            }
            if (withReason) {
                statement.setString(index, provenance.reason());
            }
            return statement.executeLargeUpdate();
        }
    }

    /** Formats prints as rows of COPY's text format into a buffer sent to the server whenever it fills. */
    private static final class CopyRows implements Prints {

        private final CopyIn copy;
        private final LocalDate today;
        private final byte[] buffer = new byte[1 << 16];
        private int length;

        CopyRows(CopyIn copy, LocalDate today) {
            this.copy = copy;
            this.today = today;
        }

        @Override
        public void add(long commodityId, LocalDate date, BigDecimal value, int line) throws IOException {
            PrintRules.require(date, value, today);
            // Digits, hyphens and points only: nothing COPY's text format would need escaped.
            String row = line + "\t" + commodityId + "\t" + date + "\t" + value.toPlainString() + "\n";
            if (length + row.length() > buffer.length) {
                flush();
            }
            for (int i = 0; i < row.length(); i++) {
                buffer[length++] = (byte) row.charAt(i);
            }
        }

        void flush() throws IOException {
            if (length > 0) {
                try {
                    copy.writeToCopy(buffer, 0, length);
                } catch (SQLException e) {
                    throw new IOException("the database refused the prints: " + e.getMessage(), e);
                }
                length = 0;
            }
        }
    }

    /** Carries an I/O failure of the source through Hibernate's work callback. */
    private static final class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
