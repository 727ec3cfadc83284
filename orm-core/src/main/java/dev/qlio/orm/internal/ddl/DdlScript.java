package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.Instrumentation;
import io.micrometer.observation.Observation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The connection a DDL verb runs on, and the statement it is running (for error messages). Each
 * statement is observed as one {@code ddl} execution.
 */
final class DdlScript {

    private final Connection connection;

    private final Engine engine;

    private final String task;

    private @Nullable String current;

    DdlScript(Connection connection, Engine engine, String task) {
        this.connection = connection;
        this.engine = engine;
        this.task = task;
    }

    /** The live schema, read through the connection's metadata. */
    LiveSchema live() throws SQLException {
        return LiveSchema.of(this.connection);
    }

    /** The statement running or last run, or {@code null} once the script is committing. */
    @Nullable String current() {
        return this.current;
    }

    void committing() {
        this.current = null;
    }

    /**
     * Executes statements in order, stopping at the first failure.
     *
     * @throws DataAccessException the translated failure, naming the statement
     */
    void execute(List<DdlStatement> statements) throws SQLException {
        for (DdlStatement statement : statements) {
            execute(statement);
        }
    }

    /**
     * Executes one statement.
     *
     * @throws DataAccessException the translated failure, naming the statement
     */
    void execute(DdlStatement statement) throws SQLException {
        String sql = statement.sql();
        this.current = sql;
        Instrumentation instrumentation = this.engine.instrumentation();
        Observation observation = instrumentation.start("ddl", statement.table(), sql);
        try (Statement jdbc = this.connection.createStatement()) {
            jdbc.execute(sql);
        } catch (SQLException ex) {
            // translated here so the observation records the exception the caller sees
            DataAccessException translated = this.engine.translate(this.task, sql, ex);
            instrumentation.error(observation, translated);
            throw translated;
        } catch (RuntimeException | Error ex) {
            instrumentation.error(observation, ex);
            throw ex;
        }
        instrumentation.success(observation);
    }
}
