package dev.qlio.orm.internal;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import io.micrometer.observation.ObservationRegistry;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/** Shared, precomputed state of one database. */
public final class Engine {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final TableMetadata metadata;
    private final SQLExceptionTranslator translator;

    public Engine(
            DataSource dataSource,
            Dialect dialect,
            TableMetadata metadata,
            ObservationRegistry registry,
            int fetchSize,
            int batchSize) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.metadata = metadata;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /**
     * Translates a JDBC error into Spring's hierarchy, with the SQL (never values) in the message.
     *
     * @param task what was being done
     * @param sql the SQL
     * @param ex the error
     * @return the exception to throw
     */
    public DataAccessException translate(String task, @Nullable String sql, SQLException ex) {
        DataAccessException translated = this.dialect.translate(task, sql, ex);
        if (translated == null) {
            translated = this.translator.translate(task, sql, ex);
        }
        if (translated == null) {
            translated = new org.springframework.jdbc.UncategorizedSQLException(task, sql, ex);
        }
        return translated;
    }

    public Session openSession() {
        throw new UnsupportedOperationException();
    }

    public Dialect dialect() {
        return this.dialect;
    }

    public TableMetadata metadata() {
        return this.metadata;
    }

    public DataSource dataSource() {
        return this.dataSource;
    }

    public int activeSessions() {
        return 0;
    }
}
