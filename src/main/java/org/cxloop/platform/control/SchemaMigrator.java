package org.cxloop.platform.control;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this WAR needs with the versioned scripts in {@code db/migration}
 * (never EclipseLink DDL generation). Several nodes starting at once are serialised by Flyway's lock.
 */
public final class SchemaMigrator {

    public static final String HISTORY_TABLE = "CX_SCHEMA_HISTORY";

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public MigrateResult migrate() {
        return flyway().migrate();
    }

    public String currentVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }
}
