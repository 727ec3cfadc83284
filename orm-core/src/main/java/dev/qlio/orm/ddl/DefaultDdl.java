package dev.qlio.orm.ddl;

import dev.qlio.orm.internal.Engine;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import java.util.List;

/** The {@link Ddl} of a database. */
public final class DefaultDdl implements Ddl {

    private final Engine engine;

    /**
     * DDL over an engine's data source, dialect and metadata.
     *
     * @param engine the engine
     */
    public DefaultDdl(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void createAll() {
        throw new UnsupportedOperationException("in progress " + this.engine);
    }

    @Override
    public void dropAll() {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public void create(Class<? extends Table> table) {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public void drop(Class<? extends Table> table) {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public void addColumn(Column<?> column) {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public void dropColumn(Column<?> column) {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public List<SchemaDifference> validate() {
        throw new UnsupportedOperationException("in progress");
    }
}
