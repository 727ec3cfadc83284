package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.render.ColumnSet;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A row's part in its writes: which columns an insert or update sets, binding them in the order
 * {@link dev.qlio.orm.internal.render.TableSql} rendered them, reading generated keys back, and the
 * row's state after the write (version, history, persisted).
 */
final class RowBinding {

    private static final Rows.Accessor ROWS = Rows.access();

    private RowBinding() {}

    /**
     * Applies client defaults to a new row; returns the columns its insert writes: those with a
     * value (a generated key holding {@code null} counts as unset), and the version column always.
     */
    static ColumnSet prepareInsert(TableMapping<?> m, Table row) {
        int tenant = m.tenantIndex();
        if (tenant >= 0) {
            Object current = m.currentTenant();
            Object given = ROWS.hasValue(row, tenant) ? ROWS.value(row, tenant) : null;
            if (given != null && !given.equals(current)) {
                throw otherTenant(m, row, given, current);
            }
            ROWS.store(row, tenant, current);
        }
        ColumnSet.Builder set = m.columnSet();
        for (int i = 0; i < m.width(); i++) {
            if (i == m.versionIndex()) {
                set.add(i);
                continue;
            }
            Column<?> column = m.column(i);
            if (!ROWS.hasValue(row, i) && column.hasDefaultValue()) {
                ROWS.store(row, i, column.defaultValueFor());
            }
            // a NULL generated key (a form's empty id) means "not set": the database makes it
            if (ROWS.hasValue(row, i) && !(m.isGenerated(i) && ROWS.value(row, i) == null)) {
                set.add(i);
            }
        }
        return set.build();
    }

    /** The generated columns the insert of {@code set} must read back, as SQL names. */
    static String @Nullable [] generatedKeys(TableMapping<?> m, ColumnSet set) {
        List<String> keys = null;
        for (int i = 0; i < m.width(); i++) {
            if (m.isGenerated(i) && !set.contains(i)) {
                if (keys == null) {
                    keys = new ArrayList<>(1);
                }
                keys.add(m.column(i).name());
            }
        }
        return keys == null ? null : keys.toArray(new String[0]);
    }

    static void bindInsert(PreparedStatement ps, TableMapping<?> m, Table row, ColumnSet set)
            throws SQLException {
        bindInsert(ps, 0, m, row, set);
    }

    /**
     * Binds one row of a (multi-row) insert after the first {@code bound} parameters.
     *
     * @return the number of parameters bound so far
     */
    static int bindInsert(
            PreparedStatement ps, int bound, TableMapping<?> m, Table row, ColumnSet set)
            throws SQLException {
        int p = bound + 1;
        for (int i = 0; i < m.width(); i++) {
            if (set.contains(i)) {
                Object value = i == m.versionIndex() ? versionZero(m) : ROWS.value(row, i);
                m.bind(ps, p++, i, value);
            }
        }
        return p - 1;
    }

    /** Loads the one generated key of an inserted row, given as a number. */
    static void loadGeneratedKey(TableMapping<?> m, Table row, ColumnSet set, long key) {
        for (int i = 0; i < m.width(); i++) {
            if (m.isGenerated(i) && !set.contains(i)) {
                Object value =
                        switch (m.type(i).kind()) {
                            case INTEGER -> Math.toIntExact(key);
                            case SMALLINT -> (short) Math.toIntExact(key);
                            default -> key;
                        };
                ROWS.load(row, i, value);
                return;
            }
        }
    }

    /** Reads the generated keys of one inserted row into it. */
    static void readGeneratedKeys(ResultSet keys, TableMapping<?> m, Table row, ColumnSet set)
            throws SQLException {
        int k = 1;
        for (int i = 0; i < m.width(); i++) {
            if (m.isGenerated(i) && !set.contains(i)) {
                ROWS.load(row, i, m.read(i, keys, k++));
            }
        }
    }

    /** After an insert: the version is 0 and history restarts. */
    static void afterInsert(TableMapping<?> m, Table row) {
        if (m.versionIndex() >= 0) {
            ROWS.load(row, m.versionIndex(), versionZero(m));
        }
        ROWS.markPersisted(row);
    }

    private static Object versionZero(TableMapping<?> m) {
        return m.type(m.versionIndex()).kind() == SqlType.Kind.BIGINT ? (Object) 0L : (Object) 0;
    }

    /** The changed columns (the version column never counts). */
    static ColumnSet changed(TableMapping<?> m, Table row) {
        ColumnSet.Builder set = m.columnSet();
        for (int i = 0; i < m.width(); i++) {
            if (i != m.versionIndex() && ROWS.isChanged(row, i)) {
                if (i == m.tenantIndex()) {
                    throw otherTenant(m, row, ROWS.value(row, i), m.currentTenant());
                }
                set.add(i);
            }
        }
        return set.build();
    }

    /** A row given or moved to another tenant than the current one. */
    private static IllegalArgumentException otherTenant(
            TableMapping<?> m, Table row, @Nullable Object given, Object current) {
        return new IllegalArgumentException(
                "Row of table "
                        + m.meta().name()
                        + " has "
                        + m.column(m.tenantIndex()).name()
                        + " = "
                        + given
                        + " but the current tenant is "
                        + current
                        + ": Qlio sets the tenant column from the TenantResolver; leave it unset"
                        + " (a row cannot be written for, or moved to, another tenant)");
    }

    static void bindUpdate(PreparedStatement ps, TableMapping<?> m, Table row, ColumnSet set)
            throws SQLException {
        int p = 1;
        for (int i = 0; i < m.width(); i++) {
            if (set.contains(i)) {
                m.bind(ps, p++, i, ROWS.value(row, i));
            }
        }
        bindKey(ps, p, m, row);
    }

    /**
     * Binds the key and the version the write expects. The key of a loaded row is its value before
     * any change (so an update can change the key); a new row is known by the key it was given with
     * {@code set()}, e.g. a row rebuilt from a request body.
     */
    static void bindKey(PreparedStatement ps, int first, TableMapping<?> m, Table row)
            throws SQLException {
        int p = first;
        for (int k : m.keyIndexes()) {
            Object value = keyValue(m, row, k);
            if (value == null) {
                throw new IllegalArgumentException(
                        "Row of table "
                                + m.meta().name()
                                + " has no value for key column "
                                + m.column(k).name()
                                + ": a row is written by key only once its key is set");
            }
            m.bind(ps, p++, k, value);
        }
        if (m.tenantIndex() >= 0) {
            m.bind(ps, p++, m.tenantIndex(), m.currentTenant());
        }
        if (m.versionIndex() >= 0) {
            Object version = currentVersion(m, row);
            if (version == null) {
                throw new IllegalArgumentException(
                        "Row of table "
                                + m.meta().name()
                                + " with key "
                                + describeKey(m, row)
                                + " has no value for its version column "
                                + m.column(m.versionIndex()).name()
                                + ": set it to the version the client read, so that a change"
                                + " made since is not overwritten");
            }
            m.bind(ps, p, m.versionIndex(), version);
        }
    }

    private static @Nullable Object keyValue(TableMapping<?> m, Table row, int k) {
        return ROWS.isPersisted(row) ? oldValue(m, row, k) : ROWS.value(row, k);
    }

    /**
     * The version a write by key expects to find: the row's version column as it is now — the one
     * loaded or written last, or the one code {@code set()} (the version a client last saw).
     */
    static @Nullable Object currentVersion(TableMapping<?> m, Table row) {
        return ROWS.value(row, m.versionIndex());
    }

    /**
     * Refuses an update whose version cannot be incremented in its column, before anything is sent:
     * the database would fail with an out-of-range error (or, for SQLite, store a value the
     * column's type cannot be read back as).
     */
    static void checkVersionIncrement(TableMapping<?> m, Table row) {
        if (m.versionIndex() < 0) {
            return;
        }
        Object v = currentVersion(m, row);
        boolean overflow =
                v instanceof Integer i
                        ? i == Integer.MAX_VALUE
                        : v instanceof Long l && l == Long.MAX_VALUE;
        if (overflow) {
            throw new DataIntegrityViolationException(
                    "The version column "
                            + m.column(m.versionIndex()).name()
                            + " of table "
                            + m.meta().name()
                            + " is at "
                            + v
                            + " for the row with key "
                            + describeKey(m, row)
                            + ", the largest value its type holds, and cannot be incremented:"
                            + " make it a BIGINT column (or reset the versions)");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Object oldValue(TableMapping<?> m, Table row, int i) {
        return row.getOldValue((Column) m.column(i));
    }

    /** After an update by key: the version is incremented and history restarts. */
    static void afterUpdate(TableMapping<?> m, Table row) {
        if (m.versionIndex() >= 0) {
            Object v = currentVersion(m, row);
            Object next =
                    v instanceof Long l
                            ? (Object) (l + 1)
                            : (Object) (((Integer) Objects.requireNonNull(v)) + 1);
            ROWS.load(row, m.versionIndex(), next);
        }
        ROWS.markPersisted(row);
    }

    /** A description of the row's key for messages, e.g. {@code {id=3}} — keys are not secrets. */
    static String describeKey(TableMapping<?> m, Table row) {
        StringBuilder sb = new StringBuilder("{");
        int[] keys = m.keyIndexes();
        for (int k = 0; k < keys.length; k++) {
            sb.append(k > 0 ? ", " : "")
                    .append(m.column(keys[k]).name())
                    .append('=')
                    .append(keyValue(m, row, keys[k]));
        }
        return sb.append('}').toString();
    }
}
