package dev.qlio.orm.internal.session;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.Preparation;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.render.ColumnSet;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.internal.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Writes rows by key: inserts (generated keys read back), updates of the changed columns with the
 * version checked, batches of both, upserts and deletes. Every statement runs through the session's
 * {@link StatementExecutor}.
 */
final class RowWriter {

    private static final Rows.Accessor ROWS = Rows.access();

    private final StatementExecutor executor;

    private final Dialect dialect;

    private final int batchSize;

    RowWriter(StatementExecutor executor, Dialect dialect, int batchSize) {
        this.executor = executor;
        this.dialect = dialect;
        this.batchSize = batchSize;
    }

    /** Inserts a new row or updates a loaded one, without looking at its relationships. */
    void write(TableMapping<Table> m, Table row) {
        if (ROWS.isPersisted(row)) {
            update(m, row);
        } else {
            insert(m, row);
        }
    }

    void insert(TableMapping<Table> m, Table row) {
        insertBatch(m, RowBinding.prepareInsert(m, row), List.of(row));
    }

    /** One batched insert of rows that set the same columns. */
    private void insertBatch(TableMapping<Table> m, ColumnSet set, List<Table> rows) {
        String sql = m.sql().insert(set);
        String[] keys = RowBinding.generatedKeys(m, set);
        Preparation<PreparedStatement> preparation =
                keys == null
                        ? Preparation.PREPARED
                        : (c, s) ->
                                this.dialect.statements().prepareInsertReturningKeys(c, s, keys);
        boolean single = rows.size() == 1;
        this.executor.execute(
                Operation.INSERT,
                m.meta().name(),
                sql,
                preparation,
                (ps, count) -> {
                    if (single) {
                        RowBinding.bindInsert(ps, m, rows.get(0), set);
                        count.written(ps.executeUpdate());
                    } else {
                        for (Table row : rows) {
                            RowBinding.bindInsert(ps, m, row, set);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        // drivers may report SUCCESS_NO_INFO per row; every row was inserted
                        count.written(rows.size());
                    }
                    if (keys != null) {
                        readKeys(ps, m, rows, set);
                    }
                    return rows.size();
                });
        for (Table row : rows) {
            RowBinding.afterInsert(m, row);
        }
    }

    private static void readKeys(
            PreparedStatement ps, TableMapping<Table> m, List<Table> rows, ColumnSet set)
            throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            for (Table row : rows) {
                if (!rs.next()) {
                    throw new IllegalStateException(
                            "The driver returned fewer generated keys than rows inserted into "
                                    + m.meta().name());
                }
                RowBinding.readGeneratedKeys(rs, m, row, set);
            }
        }
    }

    void update(TableMapping<Table> m, Table row) {
        ColumnSet set = RowBinding.changed(m, row);
        if (set.isEmpty()) {
            return;
        }
        int count = updateByKey(m, row, set);
        if (count != 1) {
            throw noRow(m, row, "update", count);
        }
        RowBinding.afterUpdate(m, row);
    }

    /** Runs the update by key of the columns in {@code set}; returns the row count. */
    private int updateByKey(TableMapping<Table> m, Table row, ColumnSet set) {
        return (int)
                this.executor.update(
                        Operation.UPDATE,
                        m.meta().name(),
                        m.sql().updateByKey(set),
                        ps -> RowBinding.bindUpdate(ps, m, row, set));
    }

    static DataAccessException noRow(
            TableMapping<Table> m, Table row, String operation, long count) {
        if (m.versionIndex() >= 0) {
            return new OptimisticLockingFailureException(
                    "Optimistic lock: the "
                            + operation
                            + " of the row of table "
                            + m.meta().name()
                            + " with key "
                            + RowBinding.describeKey(m, row)
                            + " at version "
                            + RowBinding.currentVersion(m, row)
                            + " matched no row: another transaction changed or deleted it; reload it and retry");
        }
        return new IncorrectUpdateSemanticsDataAccessException(
                "The "
                        + operation
                        + " of the row of table "
                        + m.meta().name()
                        + " with key "
                        + RowBinding.describeKey(m, row)
                        + " matched "
                        + count
                        + " rows instead of 1: it was deleted or its key changed behind this session");
    }

    /** Inserts and updates rows of one table, one JDBC batch per statement shape. */
    void addAll(TableMapping<Table> m, List<Table> rows) {
        Map<ColumnSet, List<Table>> inserts = new LinkedHashMap<>();
        Map<ColumnSet, List<Table>> updates = new LinkedHashMap<>();
        for (Table row : rows) {
            if (ROWS.isPersisted(row)) {
                ColumnSet set = RowBinding.changed(m, row);
                if (!set.isEmpty()) {
                    updates.computeIfAbsent(set, k -> new ArrayList<>()).add(row);
                }
            } else {
                inserts.computeIfAbsent(RowBinding.prepareInsert(m, row), k -> new ArrayList<>())
                        .add(row);
            }
        }
        inserts.forEach((set, group) -> batchInsert(m, set, group));
        updates.forEach((set, group) -> batchUpdate(m, set, group));
    }

    private void batchInsert(TableMapping<Table> m, ColumnSet set, List<Table> rows) {
        if (RowBinding.generatedKeys(m, set) != null
                && !this.dialect.statements().supportsBatchGeneratedKeys()) {
            for (Table row : rows) {
                insertBatch(m, set, List.of(row));
            }
            return;
        }
        for (int from = 0; from < rows.size(); from += this.batchSize) {
            insertBatch(m, set, rows.subList(from, Math.min(rows.size(), from + this.batchSize)));
        }
    }

    private void batchUpdate(TableMapping<Table> m, ColumnSet set, List<Table> rows) {
        if (m.versionIndex() >= 0 && !this.dialect.statements().batchReportsRowCounts()) {
            // a versioned write must see its row count: run one statement per row
            for (Table row : rows) {
                update(m, row);
            }
            return;
        }
        String sql = m.sql().updateByKey(set);
        for (int from = 0; from < rows.size(); from += this.batchSize) {
            List<Table> chunk = rows.subList(from, Math.min(rows.size(), from + this.batchSize));
            int[] counts =
                    this.executor.execute(
                            Operation.UPDATE,
                            m.meta().name(),
                            sql,
                            (ps, count) -> {
                                for (Table row : chunk) {
                                    RowBinding.bindUpdate(ps, m, row, set);
                                    ps.addBatch();
                                }
                                int[] result = ps.executeBatch();
                                for (int c : result) {
                                    count.written(c);
                                }
                                return result;
                            });
            for (int i = 0; i < chunk.size(); i++) {
                int count = i < counts.length ? counts[i] : Statement.SUCCESS_NO_INFO;
                if (count == Statement.SUCCESS_NO_INFO && m.versionIndex() >= 0) {
                    throw new IllegalStateException(
                            "The driver reported no row count for a versioned batch update of "
                                    + m.meta().name()
                                    + "; the optimistic lock cannot be verified");
                }
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw noRow(m, chunk.get(i), "update", count);
                }
            }
            for (Table row : chunk) {
                RowBinding.afterUpdate(m, row);
            }
        }
    }

    /** Writes a row known by its primary key: update, or insert when absent. */
    void merge(TableMapping<Table> m, Table row) {
        for (int k : m.keyIndexes()) {
            if (!ROWS.hasValue(row, k) || ROWS.value(row, k) == null) {
                throw new IllegalArgumentException(
                        "merge needs every primary-key column set; row of table "
                                + m.meta().name()
                                + " has no value for "
                                + m.column(k).name()
                                + " (use add() for new rows with generated keys)");
            }
        }
        int version = m.versionIndex();
        if (version >= 0) {
            // a versioned row is updated with its version checked, or inserted when it has none
            if (ROWS.hasValue(row, version) && ROWS.value(row, version) != null) {
                ColumnSet set = RowBinding.prepareInsert(m, row).without(version);
                long count = updateByKey(m, row, set);
                if (count != 1) {
                    throw noRow(m, row, "merge", count);
                }
                RowBinding.afterUpdate(m, row);
            } else {
                insert(m, row);
            }
            return;
        }
        ColumnSet set = RowBinding.prepareInsert(m, row);
        String sql = m.sql().upsert(set);
        if (sql == null) {
            if (updateByKey(m, row, set) == 0) {
                insert(m, row);
            } else {
                ROWS.markPersisted(row);
            }
            return;
        }
        this.executor.update(
                Operation.UPSERT,
                m.meta().name(),
                sql,
                ps -> RowBinding.bindInsert(ps, m, row, set));
        ROWS.markPersisted(row);
    }

    void remove(TableMapping<Table> m, Table row) {
        long count =
                this.executor.update(
                        Operation.DELETE,
                        m.meta().name(),
                        m.sql().deleteByKey(),
                        ps -> RowBinding.bindKey(ps, 1, m, row));
        if (count != 1) {
            throw noRow(m, row, "delete", count);
        }
        ROWS.markNew(row);
    }
}
