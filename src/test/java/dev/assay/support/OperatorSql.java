package dev.assay.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SQL as an operator runs it, in a session of its own next to the service's pool (as psql would): statements in
 * one transaction, committed or rolled back, and a look at the data version.
 */
public final class OperatorSql {

    private OperatorSql() {
    }

    /** A new session on the service's database. */
    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(user -> properties.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "assay-test-operator");
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
    }

    /** Runs the statements in one transaction and commits it. */
    public static void commit(String... statements) {
        run(true, statements);
    }

    /** Runs the statements in one transaction and rolls it back. */
    public static void rollBack(String... statements) {
        run(false, statements);
    }

    /** The data version as the database holds it. */
    public static long dataVersion() {
        return Long.parseLong(query("SELECT version FROM data_version").get(0));
    }

    /** The first column of every row of a query. */
    public static List<String> query(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(boolean commit, String... statements) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
