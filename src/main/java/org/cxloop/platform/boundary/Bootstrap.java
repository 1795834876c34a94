package org.cxloop.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.cxloop.platform.control.Config;
import org.cxloop.platform.control.SchemaMigrator;
import org.cxloop.platform.control.ServerResources;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs before the application takes requests: migrates the schema, then lets every component load its seed
 * data (and demo data when {@code CXLOOP_DEMO_DATA=true}). Bean-managed, so that Flyway owns its transactions
 * and each observer runs in a transaction of its own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    Event<StartupCompleted> startupCompleted;

    private volatile String schemaVersion = "none";

    @PostConstruct
    void start() {
        SchemaMigrator migrator = new SchemaMigrator(ServerResources.dataSource());
        MigrateResult result = migrator.migrate();
        schemaVersion = migrator.currentVersion();
        LOG.info(() -> "CX Loop schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        startupCompleted.fire(new StartupCompleted(Config.flag("CXLOOP_DEMO_DATA")));
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
