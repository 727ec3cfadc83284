package dev.qlio.orm.internal.session;

import dev.qlio.orm.dialect.Statements;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.Preparation;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.render.ColumnSet;
import dev.qlio.orm.internal.render.Filters;
import dev.qlio.orm.schema.Column;
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
 * {@link StatementExecutor}. Before it changes a row it records the row in the session's {@link
 * UnitOfWork}, so a unit of work that does not commit gives it back unchanged; a write whose row
 * count shows it did not do what was asked dooms the unit of work.
 */
final class RowWriter {

    private static final Rows.Accessor ROWS = Rows.access();

    private final StatementExecutor executor;

    private final Statements statements;

    private final int batchSize;

    private final UnitOfWork unitOfWork;

    RowWriter(
            StatementExecutor executor,
            Statements statements,
            int batchSize,
            UnitOfWork unitOfWork) {
        this.executor = executor;
        this.statements = statements;
        this.batchSize = batchSize;
        this.unitOfWork = unitOfWork;
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
        this.unitOfWork.written(row);
        insertBatch(m, RowBinding.prepareInsert(m, row), List.of(row));
    }

    /** One batched insert of rows that set the same columns. */
    private void insertBatch(TableMapping<Table> m, ColumnSet set, List<Table> rows) {
        String sql = m.sql().insert(set);
        String[] keys = RowBinding.generatedKeys(m, set);
        Preparation<PreparedStatement> preparation =
                keys == null
                        ? Preparation.PREPARED
                        : (c, s) -> this.statements.prepareInsertReturningKeys(c, s, keys);
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

    /**
     * Inserts rows in one multi-row statement returning their generated key, where a batch would
     * not return every key. The database assigns the keys increasing in row order but may return
     * them in any order: they are sorted, and must be consecutive, or which row got which key is
     * unknown and the unit of work fails.
     */
    private void insertRows(TableMapping<Table> m, ColumnSet set, List<Table> rows) {
        String sql = this.statements.insertRowsReturningKey(m.sql().insert(set), rows.size());
        long[] keys =
                this.executor.execute(
                        Operation.INSERT,
                        m.meta().name(),
                        java.util.Objects.requireNonNull(sql),
                        (ps, count) -> {
                            int p = 0;
                            for (Table row : rows) {
                                p = RowBinding.bindInsert(ps, p, m, row, set);
                            }
                            long[] generated = new long[rows.size()];
                            int n = 0;
                            ps.execute();
                            try (ResultSet rs = ps.getResultSet()) {
                                while (rs != null && rs.next() && n < generated.length) {
                                    generated[n++] = rs.getLong(1);
                                }
                            }
                            count.written(n);
                            return n == generated.length ? generated : new long[0];
                        });
        if (keys.length == 0 || !consecutive(keys)) {
            throw failed(
                    new IllegalStateException(
                            "The generated keys of "
                                    + rows.size()
                                    + " rows inserted into "
                                    + m.meta().name()
                                    + " in one statement are not one per row and consecutive;"
                                    + " which row got which key is unknown"));
        }
        for (int i = 0; i < rows.size(); i++) {
            RowBinding.loadGeneratedKey(m, rows.get(i), set, keys[i]);
            RowBinding.afterInsert(m, rows.get(i));
        }
    }

    /** Sorts the keys; whether they are then consecutive. */
    private static boolean consecutive(long[] keys) {
        java.util.Arrays.sort(keys);
        return keys[keys.length - 1] - keys[0] == keys.length - 1;
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
        RowBinding.checkVersionIncrement(m, row);
        this.unitOfWork.written(row);
        int count = updateByKey(m, row, set);
        if (count != 1) {
            throw failed(noRow(m, row, "update", count));
        }
        RowBinding.afterUpdate(m, row);
    }

    /** Dooms the unit of work with a failure found after a statement ran. */
    private <E extends RuntimeException> E failed(E failure) {
        this.unitOfWork.failed(failure);
        return failure;
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
                    // every row is checked before the first statement is sent
                    RowBinding.checkVersionIncrement(m, row);
                    this.unitOfWork.written(row);
                    updates.computeIfAbsent(set, k -> new ArrayList<>()).add(row);
                }
            } else {
                this.unitOfWork.written(row);
                inserts.computeIfAbsent(RowBinding.prepareInsert(m, row), k -> new ArrayList<>())
                        .add(row);
            }
        }
        inserts.forEach((set, group) -> batchInsert(m, set, group));
        updates.forEach((set, group) -> batchUpdate(m, set, group));
    }

    private void batchInsert(TableMapping<Table> m, ColumnSet set, List<Table> rows) {
        String[] keys = RowBinding.generatedKeys(m, set);
        if (keys != null && !this.statements.supportsBatchGeneratedKeys()) {
            int perStatement =
                    Math.min(
                            this.batchSize,
                            this.statements.maxBindParameters() / Math.max(1, set.size()));
            if (keys.length == 1
                    && perStatement > 1
                    && this.statements.insertRowsReturningKey(m.sql().insert(set), 2) != null) {
                for (int from = 0; from < rows.size(); from += perStatement) {
                    insertRows(
                            m, set, rows.subList(from, Math.min(rows.size(), from + perStatement)));
                }
                return;
            }
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
        if (m.versionIndex() >= 0 && !this.statements.batchReportsRowCounts()) {
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
                    throw failed(
                            new IllegalStateException(
                                    "The driver reported no row count for a versioned batch"
                                            + " update of "
                                            + m.meta().name()
                                            + "; the optimistic lock cannot be verified"));
                }
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw failed(noRow(m, chunk.get(i), "update", count));
                }
            }
            for (Table row : chunk) {
                RowBinding.afterUpdate(m, row);
            }
        }
    }

    /**
     * Writes a row known by its primary key — loaded, or new with its key given by {@code set()} (a
     * row rebuilt from a request body): update, or insert when absent. A versioned row that carries
     * a version is updated only at that version.
     */
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
                RowBinding.checkVersionIncrement(m, row);
                this.unitOfWork.written(row);
                ColumnSet set = RowBinding.prepareInsert(m, row).without(version);
                long count = updateByKey(m, row, set);
                if (count != 1) {
                    throw failed(noRow(m, row, "merge", count));
                }
                RowBinding.afterUpdate(m, row);
            } else {
                insert(m, row);
            }
            return;
        }
        this.unitOfWork.written(row);
        ColumnSet set = RowBinding.prepareInsert(m, row);
        // an upsert would overwrite another tenant's row with the same key: update, else insert
        String sql = m.tenantIndex() >= 0 ? null : m.sql().upsert(set);
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
        Column<?> deleted = m.meta().softDeleteColumn();
        if (deleted != null) {
            // marked deleted: an update of that one column, version checked; the row stays loaded
            this.unitOfWork.written(row);
            ROWS.store(row, deleted.position(), Filters.deletedValue(deleted));
            ColumnSet set = m.columnSet().add(deleted.position()).build();
            RowBinding.checkVersionIncrement(m, row);
            int count = updateByKey(m, row, set);
            if (count != 1) {
                throw failed(noRow(m, row, "removal", count));
            }
            RowBinding.afterUpdate(m, row);
            return;
        }
        this.unitOfWork.written(row);
        long count =
                this.executor.update(
                        Operation.DELETE,
                        m.meta().name(),
                        m.sql().deleteByKey(),
                        ps -> RowBinding.bindKey(ps, 1, m, row));
        if (count != 1) {
            throw failed(noRow(m, row, "delete", count));
        }
        ROWS.markNew(row);
    }
}
