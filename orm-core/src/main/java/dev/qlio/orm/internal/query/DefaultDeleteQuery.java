package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.render.Params;
import dev.qlio.orm.internal.render.SqlRenderer;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A bulk delete. */
public final class DefaultDeleteQuery<T extends Table> implements DeleteQuery<T> {

    private final QueryTarget session;

    private final TableMapping<T> mapping;

    private final List<Condition> conditions = new ArrayList<>(2);

    /**
     * A bulk delete of one table.
     *
     * @param session where it runs
     * @param mapping the table
     */
    public DefaultDeleteQuery(QueryTarget session, TableMapping<T> mapping) {
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
        Params params = new Params(this.session.engine().dialect());
        StringBuilder sql =
                new StringBuilder("DELETE FROM ").append(this.mapping.sql().quotedTable());
        new SqlRenderer(this.session.engine().render(), sql, params, false).where(this.conditions);
        String text = sql.toString();
        this.session.checkWritable("delete");
        return this.session.call(
                executor ->
                        executor.update(
                                Operation.DELETE,
                                this.mapping.meta().name(),
                                text,
                                params::bindAll));
    }
}
