package dev.assay.database;

import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.logging.Log;

/**
 * Chooses where a read goes: to the read replica (the {@code replica} datasource, active only when
 * ASSAY_READ_REPLICA_JDBC_URL is set) when the read may lag behind the primary, to the primary otherwise.
 * A replica trails the primary by its replication delay, so a caller who may have just written reads from
 * the primary, where its own writes are.
 */
@ApplicationScoped
public class ReadDataSources {

    /** The name of the replica's datasource in the configuration. */
    public static final String REPLICA = "replica";

    @Inject
    AgroalDataSource primary;

    private Optional<AgroalDataSource> replica;

    @PostConstruct
    void init() {
        replica = AgroalDataSourceUtil.dataSourceIfActive(REPLICA);
        if (replica.isPresent()) {
            Log.info("Read replica configured: reads that may lag go to it");
        }
    }

    /** Whether a read replica is configured. */
    public boolean replicaConfigured() {
        return replica.isPresent();
    }

    /**
     * The datasource of a read by a caller: the primary for a caller who may write (its read must see its own
     * writes), the replica, when there is one, for everyone else.
     */
    public DataSource forCaller(boolean callerMayWrite) {
        return callerMayWrite ? primary : replica.<DataSource>map(r -> r).orElse(primary);
    }
}
