package dev.qlio.orm.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.SchemaDefinitionException;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.types.SqlType;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Filter columns are checked where they are declared, each error naming the field and the fix. */
class FilterDeclarationErrorsTest {

    private static SchemaDefinitionException registering(Class<? extends Table> tableClass) {
        return catchThrowableOfType(
                SchemaDefinitionException.class,
                () -> new TableMetadata().registerTable(tableClass));
    }

    public static class TextSoftDelete extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> DELETED = column(SqlType.TEXT).softDelete();
    }

    public static class RequiredTimestamp extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Instant> DELETED_AT =
                column(SqlType.TIMESTAMPTZ).softDelete().notNull();
    }

    public static class TwoTenants extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> T1 = column(SqlType.BIGINT).tenant();
        public static final Column<Long> T2 = column(SqlType.BIGINT).tenant();
    }

    public static class TenantKey extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().tenant();
    }

    public static class Fine extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> TENANT = column(SqlType.varchar(20)).tenant();
        public static final Column<Boolean> DELETED = column(SqlType.BOOLEAN).softDelete();
    }

    public static class LocalTimestamp extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<LocalDateTime> REMOVED = column(SqlType.TIMESTAMP).softDelete();
    }

    @Test
    void softDeleteNeedsATimestampOrABoolean() {
        assertThatThrownBy(() -> TextSoftDelete.DELETED.name())
                .isInstanceOf(ExceptionInInitializerError.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("softDelete() needs a TIMESTAMPTZ (Instant), TIMESTAMP");
    }

    @Test
    void aSoftDeleteTimestampMustBeNullable() {
        assertThat(registering(RequiredTimestamp.class))
                .hasMessageContaining("field DELETED_AT")
                .hasMessageContaining("must be nullable")
                .hasMessageContaining("remove notNull()");
    }

    @Test
    void aTableHasAtMostOneTenantColumn() {
        assertThat(registering(TwoTenants.class))
                .hasMessageContaining("field T2")
                .hasMessageContaining("at most one tenant() column; T1 is one already");
    }

    @Test
    void theTenantColumnIsNotTheKey() {
        assertThat(registering(TenantKey.class))
                .hasMessageContaining("field ID")
                .hasMessageContaining("tenant() cannot be the primary key");
    }

    @Test
    void filterColumnsAreDescribedByTheirTable() {
        TableMeta<Fine> fine = TableMeta.of(Fine.class);
        assertThat(fine.tenantColumn()).isSameAs(Fine.TENANT);
        assertThat(fine.softDeleteColumn()).isSameAs(Fine.DELETED);
        assertThat(Fine.TENANT.isNullable()).isFalse();
        // a boolean flag is NOT NULL and false on insert
        assertThat(Fine.DELETED.isNullable()).isFalse();
        assertThat(Fine.DELETED.defaultValueFor()).isEqualTo(false);
        assertThat(TableMeta.of(LocalTimestamp.class).softDeleteColumn())
                .isSameAs(LocalTimestamp.REMOVED);
        assertThat(LocalTimestamp.REMOVED.isNullable()).isTrue();
    }
}
