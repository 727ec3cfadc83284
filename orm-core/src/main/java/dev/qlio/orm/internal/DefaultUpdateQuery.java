package dev.qlio.orm.internal;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.query.UpdateQuery;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A bulk update; a version column is incremented on every updated row. */
final class DefaultUpdateQuery<T extends Table> implements UpdateQuery<T> {

    private final DefaultSession session;

    private final TableMapping<T> mapping;

    private final Map<Column<?>, @Nullable Object> values = new LinkedHashMap<>();

    private final List<Condition> conditions = new ArrayList<>(2);

    DefaultUpdateQuery(DefaultSession session, TableMapping<T> mapping) {
        this.session = session;
        this.mapping = mapping;
    }

    @Override
    public <V> UpdateQuery<T> set(Column<V> column, @Nullable V value) {
        Objects.requireNonNull(column, "column must not be null");
        if (column.origin().declaringClass() != this.mapping.meta.tableClass()) {
            throw new IllegalArgumentException(
                    "Column " + column + " does not belong to table " + this.mapping.meta.name());
        }
        if (column.isVersion()) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.name()
                            + " is the version column: Qlio"
                            + " increments it on every update");
        }
        if (value != null && !column.type().javaType().isInstance(value)) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.name()
                            + " holds "
                            + column.type().javaType().getName()
                            + ", not "
                            + value.getClass().getName());
        }
        if (value == null && !column.isNullable()) {
            throw new IllegalArgumentException(
                    "Column "
                            + this.mapping.meta.name()
                            + "."
                            + column.name()
                            + " is NOT NULL: it cannot be set to null");
        }
        this.values.put(column.origin(), value);
        return this;
    }

    @Override
    public UpdateQuery<T> where(Condition condition) {
        this.conditions.add(Objects.requireNonNull(condition, "condition must not be null"));
        return this;
    }

    @Override
    public long execute() {
        if (this.values.isEmpty()) {
            throw new IllegalStateException(
                    "Nothing to update in "
                            + this.mapping.meta.name()
                            + ": call set(column, value) first");
        }
        TableMapping<T> m = this.mapping;
        Params params = new Params(this.session.dialect);
        StringBuilder sql = new StringBuilder("UPDATE ").append(m.quotedTable).append(" SET ");
        boolean first = true;
        for (Map.Entry<Column<?>, @Nullable Object> e : this.values.entrySet()) {
            int i = e.getKey().position();
            sql.append(first ? "" : ", ").append(m.quotedColumns[i]).append(" = ?");
            first = false;
            params.add(m.binders[i], m.types[i], e.getValue(), m.columnLabels[i]);
        }
        if (m.versionIndex >= 0) {
            String v = m.quotedColumns[m.versionIndex];
            sql.append(", ").append(v).append(" = ").append(v).append(" + 1");
        }
        new SqlRenderer(this.session.engine, sql, params, false).where(this.conditions);
        String text = sql.toString();
        return this.session.run(
                "update",
                m.meta.name(),
                text,
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(text)) {
                        params.bind(ps, 1);
                        return ps.executeLargeUpdate();
                    }
                });
    }
}
