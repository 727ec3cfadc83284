package dev.qlio.orm.spring;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SelectQuery} of the shared session: records how it is built and, when run, builds it on
 * the session of the transaction current at that time, or on a unit of work of its own.
 */
final class DeferredSelectQuery<T extends Table> implements SelectQuery<T> {

    private final TransactionAwareSession owner;

    private final Function<Session, SelectQuery<T>> factory;

    private final List<UnaryOperator<SelectQuery<T>>> steps = new ArrayList<>();

    DeferredSelectQuery(TransactionAwareSession owner, Function<Session, SelectQuery<T>> factory) {
        this.owner = owner;
        this.factory = factory;
    }

    @Override
    public SelectQuery<T> where(Condition condition) {
        this.steps.add((query) -> query.where(condition));
        return this;
    }

    @Override
    public SelectQuery<T> orderBy(Ordering... orderings) {
        Ordering[] copy = orderings.clone();
        this.steps.add((query) -> query.orderBy(copy));
        return this;
    }

    @Override
    public SelectQuery<T> limit(int limit) {
        this.steps.add((query) -> query.limit(limit));
        return this;
    }

    @Override
    public SelectQuery<T> offset(int offset) {
        this.steps.add((query) -> query.offset(offset));
        return this;
    }

    @Override
    public SelectQuery<T> load(Relationship<?>... relationships) {
        Relationship<?>[] copy = relationships.clone();
        this.steps.add((query) -> query.load(copy));
        return this;
    }

    @Override
    public SelectQuery<T> load(Relationship<?> relationship, LoadStrategy strategy) {
        this.steps.add((query) -> query.load(relationship, strategy));
        return this;
    }

    @Override
    public SelectQuery<T> load(String relationshipName, @Nullable LoadStrategy strategy) {
        this.steps.add((query) -> query.load(relationshipName, strategy));
        return this;
    }

    @Override
    public SelectQuery<T> join(AliasedTable<?> alias, Relationship<?> relationship) {
        this.steps.add((query) -> query.join(alias, relationship));
        return this;
    }

    @Override
    public String toSql() {
        return this.owner.call((session) -> build(session).toSql());
    }

    @Override
    public Optional<T> first() {
        return this.owner.call((session) -> build(session).first());
    }

    @Override
    public List<T> all() {
        return this.owner.call((session) -> build(session).all());
    }

    @Override
    public long count() {
        return this.owner.call((session) -> build(session).count());
    }

    @Override
    public Stream<T> stream() {
        return this.owner.stream((session) -> build(session).stream());
    }

    private SelectQuery<T> build(Session session) {
        SelectQuery<T> query = this.factory.apply(session);
        for (UnaryOperator<SelectQuery<T>> step : this.steps) {
            query = step.apply(query);
        }
        return query;
    }
}
