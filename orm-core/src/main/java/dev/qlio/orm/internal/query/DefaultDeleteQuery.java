package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.StatementTimeout;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.schema.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A bulk delete. */
public final class DefaultDeleteQuery<T extends Table> implements DeleteQuery<T> {

    private final QueryTarget session;

    private final TableMapping<T> mapping;

    private final List<Condition> conditions = new ArrayList<>(2);

    private @Nullable Duration timeout;

    private boolean includeDeleted;

    private boolean allTenants;

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
    public DeleteQuery<T> includeDeleted() {
        this.includeDeleted = true;
        return this;
    }

    @Override
    public DeleteQuery<T> allTenants() {
        this.allTenants = true;
        return this;
    }

    @Override
    public DeleteQuery<T> timeout(Duration timeout) {
        this.timeout = StatementTimeout.check(timeout);
        return this;
    }

    @Override
    public long execute() {
        RenderedSql statement =
                QueryRenderer.delete(
                        this.session
                                .engine()
                                .render()
                                .without(this.includeDeleted, this.allTenants),
                        this.mapping.meta(),
                        this.conditions);
        this.session.checkWritable("delete");
        return this.session.call(
                executor ->
                        executor.withTimeout(this.timeout)
                                .update(
                                        Operation.DELETE,
                                        this.mapping.meta().name(),
                                        statement.sql(),
                                        statement.params()::bindAll));
    }
}
