package dev.qlio.orm.internal;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.schema.Table;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A bulk delete. */
final class DefaultDeleteQuery<T extends Table> implements DeleteQuery<T> {

    private final DefaultSession session;

    private final TableMapping<T> mapping;

    private final List<Condition> conditions = new ArrayList<>(2);

    DefaultDeleteQuery(DefaultSession session, TableMapping<T> mapping) {
        this.session = session;
        this.mapping = mapping;
    }

    @Override
    public DeleteQuery<T> where(Condition condition) {
        this.conditions.add(Objects.requireNonNull(condition, "condition must not be null"));
        return this;
    }

    @Override
    public long execute() {
        Params params = new Params(this.session.dialect);
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(this.mapping.quotedTable);
        new SqlRenderer(this.session.engine, sql, params, false).where(this.conditions);
        String text = sql.toString();
        return this.session.run(
                "delete",
                this.mapping.meta.name(),
                text,
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(text)) {
                        params.bind(ps, 1);
                        return ps.executeLargeUpdate();
                    }
                });
    }
}
