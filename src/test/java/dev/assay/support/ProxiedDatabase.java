package dev.assay.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import dev.assay.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service at the test PostgreSQL through a {@link DatabaseProxy} the test can cut: started after
 * {@link PostgresTestResource}, whose datasource settings it takes and replaces.
 */
public class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

    private static DatabaseProxy proxy;
    private static String directUrl;

    /** The proxy between the service and the database. */
    public static DatabaseProxy proxy() {
        return proxy;
    }

    /** A JDBC URL that reaches the database directly, whatever the proxy does. */
    public static String directUrl() {
        return directUrl;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = new HashMap<>(EmbeddedDatabase.start(EmbeddedDatabase.Mode.EPHEMERAL));
        directUrl = settings.get("quarkus.datasource.jdbc.url");
        URI target = URI.create(directUrl.substring("jdbc:".length()));
        try {
            proxy = new DatabaseProxy(target.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.put("quarkus.datasource.jdbc.url", directUrl.replace(":" + target.getPort() + "/", ":" + proxy.port() + "/"));
        return settings;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Override
    public int order() {
        return 10;
    }
}
