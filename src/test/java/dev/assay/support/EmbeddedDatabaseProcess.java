package dev.assay.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import dev.assay.database.EmbeddedDatabase;

/**
 * A run of the embedded default in a JVM of its own, as the quick start runs it, for tests that stop, kill and
 * restart it: {@code write VALUE} stores a value and stops normally; {@code hang COMMITTED OPEN} stores one value,
 * leaves another in an open transaction and waits to be killed; {@code read} prints what is stored.
 */
public final class EmbeddedDatabaseProcess {

    private EmbeddedDatabaseProcess() {
    }

    public static void main(String... args) throws Exception {
        Map<String, String> settings = EmbeddedDatabase.start();
        try (Connection db = DriverManager.getConnection(settings.get("quarkus.datasource.jdbc.url"), "postgres",
                "postgres"); Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS kept (value TEXT NOT NULL)");
            switch (args[0]) {
                case "write" -> statement.execute("INSERT INTO kept VALUES ('" + args[1] + "')");
                case "hang" -> {
                    statement.execute("INSERT INTO kept VALUES ('" + args[1] + "')");
                    db.setAutoCommit(false);
                    statement.execute("INSERT INTO kept VALUES ('" + args[2] + "')");
                    System.out.println("READY");
                    System.out.flush();
                    Thread.sleep(Long.MAX_VALUE);
                }
                case "read" -> {
                    try (ResultSet fsync = statement.executeQuery("SHOW fsync")) {
                        fsync.next();
                        System.out.println("fsync=" + fsync.getString(1));
                    }
                    try (ResultSet kept = statement.executeQuery("SELECT value FROM kept ORDER BY value")) {
                        while (kept.next()) {
                            System.out.println("kept=" + kept.getString(1));
                        }
                    }
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
        System.exit(0);
    }
}
