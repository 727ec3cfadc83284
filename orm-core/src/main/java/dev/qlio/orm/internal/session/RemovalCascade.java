package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.internal.Rows;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code session.remove(row)} deletes before the row: the rows of its relationships declared
 * {@code removeWithParent()}, and below them the rows of theirs, deepest first (foreign-key order),
 * one {@code DELETE} per table reached whatever the number of rows, and the link rows of such
 * many-to-many relationships. A chain that comes back to a table it passed through is refused: its
 * depth is unbounded, so the schema's {@code ON DELETE CASCADE} has to do it.
 */
final class RemovalCascade {

    private static final Rows.Accessor ROWS = Rows.access();

    private RemovalCascade() {}

    /**
     * Deletes what removing {@code row} cascades to.
     *
     * @param engine the database's engine
     * @param executor the session's executor
     * @param m the row's table
     * @param row the row about to be deleted
     */
    static void before(
            Engine engine, StatementExecutor executor, TableMapping<Table> m, Table row) {
        List<List<ResolvedRelationship>> chains = new ArrayList<>();
        collect(engine, m.meta(), new ArrayList<>(), chains);
        for (List<ResolvedRelationship> chain : chains) {
            ResolvedRelationship first = chain.get(0);
            Object parentValue = ROWS.value(row, first.ownerColumn().position());
            if (parentValue == null) {
                continue;
            }
            RenderedSql statement =
                    QueryRenderer.cascadeDelete(engine.render(), chain, parentValue);
            ResolvedRelationship last = chain.get(chain.size() - 1);
            TableMeta<?> deleted = last.link() != null ? last.link() : last.target();
            executor.update(
                    Operation.DELETE, deleted.name(), statement.sql(), statement.params()::bindAll);
        }
    }

    /** The chains from {@code table} down, each after the chains that continue it (post-order). */
    private static void collect(
            Engine engine,
            TableMeta<?> table,
            List<ResolvedRelationship> path,
            List<List<ResolvedRelationship>> chains) {
        for (ResolvedRelationship rr : engine.metadata().relationships(table)) {
            if (!rr.relationship().removedWithParent()) {
                continue;
            }
            List<ResolvedRelationship> chain = new ArrayList<>(path);
            chain.add(rr);
            if (rr.link() == null) {
                for (ResolvedRelationship passed : chain) {
                    if (passed.owner() == rr.target()) {
                        throw new IllegalStateException(
                                "Cannot remove with "
                                        + describe(chain)
                                        + ": removeWithParent() leads back to table "
                                        + rr.target().name()
                                        + ", so the depth is unbounded; declare ON DELETE CASCADE"
                                        + " on the foreign key in the schema instead, or delete"
                                        + " the rows yourself");
                    }
                }
                collect(engine, rr.target(), chain, chains);
            }
            chains.add(List.copyOf(chain));
        }
    }

    private static String describe(List<ResolvedRelationship> chain) {
        StringBuilder text = new StringBuilder(chain.get(0).owner().name());
        for (ResolvedRelationship rr : chain) {
            text.append('.').append(rr.name());
        }
        return text.toString();
    }
}
