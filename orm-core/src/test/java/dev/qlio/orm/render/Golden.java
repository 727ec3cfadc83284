package dev.qlio.orm.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import java.util.function.Function;

/** Golden-SQL assertions: a statement rendered for each dialect, each with a fresh context. */
final class Golden {

    private Golden() {}

    static SelectSpec select(Class<? extends Table> table) {
        TableMeta<?> meta = TableMeta.of(table);
        return SelectSpec.of(meta, null, GoldenTables.METADATA.relationships(meta));
    }

    static SelectSpec select(AliasedTable<?> table) {
        TableMeta<?> meta = table.table();
        return SelectSpec.of(meta, table.aliasName(), GoldenTables.METADATA.relationships(meta));
    }

    static Function<RenderContext, String> selectSql(SelectSpec spec) {
        return context -> QueryRenderer.select(context, spec).sql();
    }

    static Function<RenderContext, String> countSql(SelectSpec spec) {
        return context -> QueryRenderer.count(context, spec).sql();
    }

    /**
     * The same SQL for every dialect, written with double quotes; MariaDB's is the same with
     * backticks.
     */
    static void same(Function<RenderContext, String> render, String sql) {
        each(render, sql, sql, sql.replace('"', '`'), sql);
    }

    /** SQL per dialect. */
    static void each(
            Function<RenderContext, String> render,
            String h2,
            String postgresql,
            String mariadb,
            String sqlite) {
        assertThat(render.apply(new RenderContext(Dialect.H2))).as("H2").isEqualTo(h2);
        assertThat(render.apply(new RenderContext(Dialect.POSTGRESQL)))
                .as("PostgreSQL")
                .isEqualTo(postgresql);
        assertThat(render.apply(new RenderContext(Dialect.MARIADB)))
                .as("MariaDB")
                .isEqualTo(mariadb);
        assertThat(render.apply(new RenderContext(Dialect.SQLITE))).as("SQLite").isEqualTo(sqlite);
    }
}
