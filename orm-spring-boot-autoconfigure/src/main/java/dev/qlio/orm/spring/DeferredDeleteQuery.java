package dev.qlio.orm.spring;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A {@link DeleteQuery} of the shared session, built on a real session when executed. */
final class DeferredDeleteQuery<T extends Table> implements DeleteQuery<T> {

    private final TransactionAwareSession owner;

    private final Function<Session, DeleteQuery<T>> factory;

    private final List<Condition> conditions = new ArrayList<>();

    DeferredDeleteQuery(TransactionAwareSession owner, Function<Session, DeleteQuery<T>> factory) {
        this.owner = owner;
        this.factory = factory;
    }

    @Override
    public DeleteQuery<T> where(Condition condition) {
        this.conditions.add(condition);
        return this;
    }

    @Override
    public long execute() {
        return this.owner.call(
                (session) -> {
                    DeleteQuery<T> query = this.factory.apply(session);
                    for (Condition condition : this.conditions) {
                        query = query.where(condition);
                    }
                    return query.execute();
                });
    }
}
