package dev.qlio.orm;

import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.query.TupleQuery;
import dev.qlio.orm.query.UpdateQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.LoadPath;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.session.Savepoint;
import dev.qlio.orm.session.Session;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * The {@link TransactionAwareSession} of a {@link Database}: its database, and the engine's shared
 * session doing the work (which knows the engine, not the database, so the engine never depends on
 * this package).
 */
final class DefaultTransactionAwareSession implements TransactionAwareSession {

    private final Database database;

    private final Session shared;

    DefaultTransactionAwareSession(Database database, Session shared) {
        this.database = database;
        this.shared = shared;
    }

    @Override
    public Database getDatabase() {
        return this.database;
    }

    @Override
    public <T extends Table> SelectQuery<T> select(Class<T> table) {
        return this.shared.select(table);
    }

    @Override
    public <T extends Table> SelectQuery<T> select(AliasedTable<T> table) {
        return this.shared.select(table);
    }

    @Override
    public TupleQuery.From select(Expression<?>... selection) {
        return this.shared.select(selection);
    }

    @Override
    public void add(Table row) {
        this.shared.add(row);
    }

    @Override
    public void addAll(Collection<? extends Table> rows) {
        this.shared.addAll(rows);
    }

    @Override
    public void merge(Table row) {
        this.shared.merge(row);
    }

    @Override
    public void remove(Table row) {
        this.shared.remove(row);
    }

    @Override
    public void load(Collection<? extends Table> rows, LoadPath path) {
        this.shared.load(rows, path);
    }

    @Override
    public <T extends Table> UpdateQuery<T> update(Class<T> table) {
        return this.shared.update(table);
    }

    @Override
    public <T extends Table> DeleteQuery<T> delete(Class<T> table) {
        return this.shared.delete(table);
    }

    @Override
    public List<Map<String, Object>> fetch(String sql) {
        return this.shared.fetch(sql);
    }

    @Override
    public List<Map<String, Object>> fetch(String sql, Map<String, ?> params) {
        return this.shared.fetch(sql, params);
    }

    @Override
    public <R> List<R> fetch(String sql, Map<String, ?> params, RowMapper<R> mapper) {
        return this.shared.fetch(sql, params, mapper);
    }

    @Override
    public long execute(String sql, Map<String, ?> params) {
        return this.shared.execute(sql, params);
    }

    @Override
    public Savepoint savepoint() {
        return this.shared.savepoint();
    }

    @Override
    public void commit() {
        this.shared.commit();
    }

    @Override
    public void rollback() {
        this.shared.rollback();
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
        return "TransactionAwareSession[" + this.database + "]";
    }
}
