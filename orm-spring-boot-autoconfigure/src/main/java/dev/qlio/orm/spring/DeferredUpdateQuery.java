package dev.qlio.orm.spring;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.query.UpdateQuery;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** An {@link UpdateQuery} of the shared session, built on a real session when executed. */
final class DeferredUpdateQuery<T extends Table> implements UpdateQuery<T> {

    private final TransactionAwareSession owner;

    private final Function<Session, UpdateQuery<T>> factory;

    private final List<UnaryOperator<UpdateQuery<T>>> steps = new ArrayList<>();

    DeferredUpdateQuery(TransactionAwareSession owner, Function<Session, UpdateQuery<T>> factory) {
        this.owner = owner;
        this.factory = factory;
    }

    @Override
    public <V> UpdateQuery<T> set(Column<V> column, @Nullable V value) {
        this.steps.add((query) -> query.set(column, value));
        return this;
    }

    @Override
    public UpdateQuery<T> where(Condition condition) {
        this.steps.add((query) -> query.where(condition));
        return this;
    }

    @Override
    public long execute() {
        return this.owner.call(
                (session) -> {
                    UpdateQuery<T> query = this.factory.apply(session);
                    for (UnaryOperator<UpdateQuery<T>> step : this.steps) {
                        query = step.apply(query);
                    }
                    return query.execute();
                });
    }
}
