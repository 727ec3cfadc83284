package dev.qlio.orm.internal;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.schema.Table;
import io.micrometer.observation.Observation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/** A typed select over one table, rendered and run by its session. */
final class DefaultSelectQuery<T extends Table> implements SelectQuery<T> {

    private final DefaultSession session;

    private final TableMapping<T> mapping;

    private final @Nullable String alias;

    private final List<Condition> conditions = new ArrayList<>(2);

    private final List<Ordering> orderings = new ArrayList<>(2);

    private int limit = -1;

    private int offset;

    DefaultSelectQuery(DefaultSession session, TableMapping<T> mapping, @Nullable String alias) {
        this.session = session;
        this.mapping = mapping;
        this.alias = alias;
    }

    @Override
    public SelectQuery<T> where(Condition condition) {
        this.conditions.add(Objects.requireNonNull(condition, "condition must not be null"));
        return this;
    }

    @Override
    public SelectQuery<T> orderBy(Ordering... orderings) {
        for (Ordering o : orderings) {
            this.orderings.add(Objects.requireNonNull(o, "ordering must not be null"));
        }
        return this;
    }

    @Override
    public SelectQuery<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be zero or more, got " + limit);
        }
        this.limit = limit;
        return this;
    }

    @Override
    public SelectQuery<T> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more, got " + offset);
        }
        this.offset = offset;
        return this;
    }

    private String render(StringBuilder sql, Params params, int limit) {
        sql.append("SELECT ")
                .append(this.mapping.plainSelectList)
                .append(" FROM ")
                .append(this.mapping.quotedTable);
        if (this.alias != null) {
            sql.append(' ').append(this.session.dialect.quote(this.alias));
        }
        SqlRenderer renderer = new SqlRenderer(this.session.engine, sql, params, false);
        renderer.where(this.conditions);
        renderer.orderBy(this.orderings);
        this.session.dialect.appendLimitOffset(sql, limit, this.offset);
        return sql.toString();
    }

    @Override
    public Optional<T> first() {
        List<T> rows = fetch(this.limit == 0 ? 0 : 1);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<T> all() {
        return fetch(this.limit);
    }

    private List<T> fetch(int limit) {
        Params params = new Params(this.session.dialect);
        String sql = render(new StringBuilder(128), params, limit);
        TableMapping<T> m = this.mapping;
        return this.session.run(
                "select",
                m.meta.name(),
                sql,
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        params.bind(ps, 1);
                        try (ResultSet rs = ps.executeQuery()) {
                            List<T> rows = new ArrayList<>();
                            while (rs.next()) {
                                rows.add(m.hydrate(rs, 0));
                            }
                            return rows;
                        }
                    }
                });
    }

    @Override
    public long count() {
        Params params = new Params(this.session.dialect);
        StringBuilder sql = new StringBuilder(96);
        boolean paged = this.limit >= 0 || this.offset > 0;
        sql.append(
                        paged
                                ? "SELECT COUNT(*) FROM (SELECT 1 AS qlio_one FROM "
                                : "SELECT COUNT(*) FROM ")
                .append(this.mapping.quotedTable);
        if (this.alias != null) {
            sql.append(' ').append(this.session.dialect.quote(this.alias));
        }
        SqlRenderer renderer = new SqlRenderer(this.session.engine, sql, params, false);
        renderer.where(this.conditions);
        if (paged) {
            renderer.orderBy(this.orderings);
            this.session.dialect.appendLimitOffset(sql, this.limit, this.offset);
            sql.append(") qlio_page");
        }
        String text = sql.toString();
        return this.session.run(
                "select",
                this.mapping.meta.name(),
                text,
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(text)) {
                        params.bind(ps, 1);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                });
    }

    @Override
    public Stream<T> stream() {
        Params params = new Params(this.session.dialect);
        String sql = render(new StringBuilder(128), params, this.limit);
        Cursor<T> cursor = new Cursor<>(this.session, this.mapping, sql);
        cursor.open(params);
        return StreamSupport.stream(cursor, false).onClose(cursor::close);
    }

    /** A result set read row by row, holding its statement until closed. */
    private static final class Cursor<T extends Table> extends Spliterators.AbstractSpliterator<T>
            implements AutoCloseable {

        private final DefaultSession session;

        private final TableMapping<T> mapping;

        private final String sql;

        private @Nullable PreparedStatement statement;

        private @Nullable ResultSet resultSet;

        private @Nullable Observation observation;

        private boolean closed;

        Cursor(DefaultSession session, TableMapping<T> mapping, String sql) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.session = session;
            this.mapping = mapping;
            this.sql = sql;
        }

        void open(Params params) {
            Instrumentation instrumentation = this.session.engine.instrumentation();
            this.observation = instrumentation.start("select", this.mapping.meta.name(), this.sql);
            try {
                PreparedStatement ps = this.session.connection().prepareStatement(this.sql);
                this.statement = ps;
                this.session.dialect.prepareForStreaming(ps, this.session.engine.fetchSize());
                params.bind(ps, 1);
                this.resultSet = ps.executeQuery();
                this.session.registerCursor(this);
            } catch (SQLException ex) {
                DataAccessException translated =
                        this.session.engine.translate(
                                "Qlio stream of " + this.mapping.meta.name(), this.sql, ex);
                closeQuietly();
                instrumentation.error(this.observation, translated);
                throw translated;
            }
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            ResultSet rs = this.resultSet;
            if (this.closed || rs == null) {
                throw new IllegalStateException(
                        "The stream of "
                                + this.mapping.meta.name()
                                + " is closed (or its session is): read it inside the session's try block");
            }
            try {
                if (!rs.next()) {
                    return false;
                }
                action.accept(this.mapping.hydrate(rs, 0));
                return true;
            } catch (SQLException ex) {
                DataAccessException translated =
                        this.session.engine.translate(
                                "Qlio stream of " + this.mapping.meta.name(), this.sql, ex);
                close(translated);
                throw translated;
            }
        }

        @Override
        public void close() {
            close(null);
        }

        private void close(@Nullable Throwable error) {
            if (this.closed) {
                return;
            }
            closeQuietly();
            this.session.unregisterCursor(this);
            Instrumentation instrumentation = this.session.engine.instrumentation();
            if (error != null) {
                instrumentation.error(this.observation, error);
            } else {
                instrumentation.success(this.observation);
            }
        }

        private void closeQuietly() {
            this.closed = true;
            try {
                if (this.resultSet != null) {
                    this.resultSet.close();
                }
                if (this.statement != null) {
                    this.statement.close();
                }
            } catch (SQLException ex) {
                // the statement dies with its connection anyway
            }
        }
    }
}
