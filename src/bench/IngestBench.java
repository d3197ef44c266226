import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;

/**
 * The data of the ingest benchmark (src/bench/ingest.sh): a catalogue of weekly bench series in the service's
 * database, and one CSV feed file of prints over them, days in order within each series, values reproducible.
 *
 *   java -cp postgresql.jar IngestBench.java catalogue JDBC_URL SERIES
 *   java IngestBench.java csv FILE PRINTS SERIES
 *   java -cp postgresql.jar IngestBench.java count JDBC_URL       # prints of the bench series
 *   java -cp postgresql.jar IngestBench.java importing JDBC_URL   # whether a file's import is under way
 */
public class IngestBench {

    static final LocalDate FIRST = LocalDate.of(1905, 1, 2);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "catalogue" -> catalogue(args[1], Integer.parseInt(args[2]));
            case "csv" -> csv(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
            case "count" -> count(args[1]);
            case "importing" -> importing(args[1]);
            default -> throw new IllegalArgumentException("catalogue or csv, not " + args[0]);
        }
    }

    static void catalogue(String url, int series) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO commodity (slug, name, sector, unit, update_frequency, update_frequency_text,
                                               display_order, in_ticker)
                        SELECT 'bench-ingest-' || n, 'Bench ingest ' || n, 'bench-ingest', 'index points', 'WEEKLY',
                               'Updated every week', 10000 + n, FALSE
                          FROM generate_series(1, ?) AS n
                        ON CONFLICT (slug) DO NOTHING""")) {
            insert.setInt(1, series);
            insert.executeUpdate();
            try (var settings = db.createStatement().executeQuery(
                    "SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) FROM pg_settings "
                            + "WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', "
                            + "'wal_buffers', 'max_wal_size')")) {
                settings.next();
                System.out.println("server settings: " + settings.getString(1));
            }
        }
    }

    static void count(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                var count = db.createStatement().executeQuery("SELECT count(*) FROM price_point p "
                        + "JOIN commodity c ON c.id = p.commodity_id WHERE c.sector = 'bench-ingest'")) {
            count.next();
            System.out.println(count.getLong(1));
        }
    }

    static void importing(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                var running = db.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE state = 'active' AND query LIKE '%print_staging%' AND pid <> pg_backend_pid()")) {
            running.next();
            System.out.println(running.getLong(1) > 0);
        }
    }

    /** PRINTS prints spread over SERIES series, one a day from 1905 on, series after series. */
    static void csv(Path file, long prints, int series) throws IOException {
        long perSeries = (prints + series - 1) / series;
        if (FIRST.plusDays(perSeries).isAfter(LocalDate.now())) {
            throw new IllegalArgumentException(perSeries + " daily prints per series do not fit before today");
        }
        Random random = new Random(42);
        long written = 0;
        try (BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.US_ASCII), 1 << 16)) {
            out.write("commodity,date,value\n");
            for (int s = 1; s <= series && written < prints; s++) {
                String slug = "bench-ingest-" + s;
                long cents = 10_000 + random.nextInt(90_000);
                for (long day = 0; day < perSeries && written < prints; day++, written++) {
                    cents = Math.max(100, cents + random.nextInt(201) - 100);
                    out.write(slug);
                    out.write(',');
                    out.write(FIRST.plusDays(day).toString());
                    out.write(',');
                    out.write(Long.toString(cents / 100));
                    out.write('.');
                    long fraction = cents % 100;
                    if (fraction < 10) {
                        out.write('0');
                    }
                    out.write(Long.toString(fraction));
                    out.write('\n');
                }
            }
        }
    }
}
