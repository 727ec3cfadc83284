package dev.qlio.orm.internal.session;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.Preparation;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Raw SQL with {@code :named} parameters, parsed as the dialect reads literals and comments ({@link
 * NamedParameters}) and run through the session's {@link StatementExecutor}; every value is bound,
 * never concatenated. Names written as {@code {table}}, {@code {table.column}} or {@code {name}}
 * are rendered by the dialect first ({@link RawIdentifiers}).
 */
final class RawSql {

    private static final RowMapper<Map<String, Object>> COLUMN_MAP = new ColumnMapRowMapper();

    private static final String TABLE = "none";

    private final StatementExecutor executor;

    private final Dialect dialect;

    private final Engine engine;

    RawSql(StatementExecutor executor, Engine engine) {
        this.executor = executor;
        this.engine = engine;
        this.dialect = engine.dialect();
    }

    /** Without parameters: a plain statement. */
    List<Map<String, Object>> fetch(String raw) {
        Objects.requireNonNull(raw, "sql must not be null");
        RawIdentifiers.Expanded expanded = RawIdentifiers.expand(raw, this.engine);
        if (!expanded.params().isEmpty()) {
            // filters bind the tenant: a prepared statement
            return fetch(raw, Map.of());
        }
        String sql = expanded.sql();
        return this.executor.execute(
                Operation.RAW,
                TABLE,
                sql,
                Preparation.PLAIN,
                (st, rows) -> {
                    if (!st.execute(sql)) {
                        return List.of();
                    }
                    try (ResultSet rs = st.getResultSet()) {
                        List<Map<String, Object>> result = mapAll(rs, COLUMN_MAP);
                        rows.read(result.size());
                        return result;
                    }
                });
    }

    List<Map<String, Object>> fetch(String sql, Map<String, ?> params) {
        return fetch(sql, params, COLUMN_MAP);
    }

    <R> List<R> fetch(String sql, Map<String, ?> params, RowMapper<R> mapper) {
        Objects.requireNonNull(mapper, "mapper must not be null");
        Parsed parsed = parse(sql, params);
        return this.executor.execute(
                Operation.RAW,
                TABLE,
                parsed.sql,
                (ps, rows) -> {
                    parsed.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        List<R> result = mapAll(rs, mapper);
                        rows.read(result.size());
                        return result;
                    }
                });
    }

    long execute(String sql, Map<String, ?> params) {
        Parsed parsed = parse(sql, params);
        return this.executor.update(Operation.RAW, TABLE, parsed.sql, parsed::bind);
    }

    private static <R> List<R> mapAll(ResultSet rs, RowMapper<R> mapper) throws SQLException {
        List<R> result = new ArrayList<>();
        int n = 0;
        while (rs.next()) {
            result.add(Objects.requireNonNull(mapper.mapRow(rs, n++), "RowMapper returned null"));
        }
        return result;
    }

    /** SQL with {@code :named} parameters turned into positional ones, per dialect. */
    private Parsed parse(String sql, Map<String, ?> params) {
        Objects.requireNonNull(sql, "sql must not be null");
        Objects.requireNonNull(params, "params must not be null");
        RawIdentifiers.Expanded expanded = RawIdentifiers.expand(sql, this.engine);
        Map<String, ?> all = params;
        if (!expanded.params().isEmpty()) {
            Map<String, Object> merged = new java.util.HashMap<>(params);
            merged.putAll(expanded.params());
            all = merged;
        }
        NamedParameters.Parsed parsed =
                NamedParameters.parse(expanded.sql(), this.dialect.name(), all);
        String jdbcSql = parsed.sql();
        List<@Nullable Object> flat = parsed.args();
        if (this.dialect.types().checksValues()) {
            for (Object v : flat) {
                SqlType.@Nullable Kind kind =
                        v instanceof String
                                ? SqlType.Kind.TEXT
                                : v instanceof Double
                                        ? SqlType.Kind.DOUBLE
                                        : v instanceof Float ? SqlType.Kind.REAL : null;
                if (kind != null) {
                    this.dialect.types().checkValue("a raw SQL parameter", kind, v);
                }
            }
        }
        return new Parsed(jdbcSql, flat);
    }

    private record Parsed(String sql, List<@Nullable Object> args) {
        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < this.args.size(); i++) {
                StatementCreatorUtils.setParameterValue(
                        ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, this.args.get(i));
            }
        }
    }
}
