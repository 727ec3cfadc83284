package dev.qlio.orm.internal.session;

import dev.qlio.orm.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * How long a connection waits for a lock, shortened while another session on the same thread holds
 * uncommitted writes (see {@link ThreadSessions}). H2, MariaDB/MySQL and SQLite keep the setting
 * per connection: it is read, shortened, and put back when the condition ends or the session
 * closes. PostgreSQL sets it per transaction ({@code SET LOCAL}), before each statement that may
 * lock while the condition holds, and forgets it when the transaction ends; its plain reads never
 * wait for row locks.
 */
abstract class LockWait {

    /** The short wait, in milliseconds (MariaDB counts whole seconds: 1 s there). */
    static final int SHORT_MILLIS = 500;

    /** The lock wait for a dialect, or {@code null} for an unknown one (nothing is changed). */
    static @Nullable LockWait of(Dialect dialect) {
        return switch (dialect.name()) {
            case "h2" ->
                    new Sessionwide(
                            "SELECT LOCK_TIMEOUT()",
                            "SET LOCK_TIMEOUT %s",
                            Integer.toString(SHORT_MILLIS),
                            SHORT_MILLIS);
            case "mariadb", "mysql" ->
                    // row locks and metadata locks (DDL) have a wait each; both are read and
                    // restored as one assignment list
                    new Sessionwide(
                            "SELECT CONCAT(@@SESSION.innodb_lock_wait_timeout, ', lock_wait_timeout = ',"
                                    + " @@SESSION.lock_wait_timeout)",
                            "SET SESSION innodb_lock_wait_timeout = %s",
                            "1, lock_wait_timeout = 1",
                            1000);
            case "sqlite" ->
                    new Sessionwide(
                            "PRAGMA busy_timeout",
                            "PRAGMA busy_timeout = %s",
                            Integer.toString(SHORT_MILLIS),
                            SHORT_MILLIS);
            case "postgresql" -> new PerTransaction();
            default -> null;
        };
    }

    /** The short wait in milliseconds, for messages. */
    abstract int millis();

    /**
     * Shortens the wait before a statement, if it is not already.
     *
     * @param connection the session's connection
     * @param mayLock whether the statement may take locks (writes, DDL, raw SQL)
     * @return whether the statement runs with the short wait
     */
    abstract boolean shorten(Connection connection, boolean mayLock) throws SQLException;

    /**
     * Puts the original wait back, if it was shortened.
     *
     * @param connection the session's connection
     */
    abstract void restore(Connection connection) throws SQLException;

    /** A setting the connection keeps until it is changed again. */
    private static final class Sessionwide extends LockWait {

        private final String read;

        private final String set;

        private final String shortValue;

        private final int millis;

        private @Nullable String original;

        Sessionwide(String read, String set, String shortValue, int millis) {
            this.read = read;
            this.set = set;
            this.shortValue = shortValue;
            this.millis = millis;
        }

        @Override
        int millis() {
            return this.millis;
        }

        @Override
        boolean shorten(Connection connection, boolean mayLock) throws SQLException {
            if (this.original == null) {
                try (Statement st = connection.createStatement()) {
                    String value;
                    try (ResultSet rs = st.executeQuery(this.read)) {
                        value = rs.next() ? rs.getString(1) : null;
                    }
                    if (value == null) {
                        return false;
                    }
                    st.execute(String.format(this.set, this.shortValue));
                    this.original = value;
                }
            }
            return true;
        }

        @Override
        void restore(Connection connection) throws SQLException {
            String value = this.original;
            if (value != null) {
                this.original = null;
                try (Statement st = connection.createStatement()) {
                    st.execute(String.format(this.set, value));
                }
            }
        }
    }

    /** PostgreSQL's {@code lock_timeout}, set for the current transaction only. */
    private static final class PerTransaction extends LockWait {

        @Override
        int millis() {
            return SHORT_MILLIS;
        }

        @Override
        boolean shorten(Connection connection, boolean mayLock) throws SQLException {
            // outside a transaction SET LOCAL does nothing; there a plain read waits for no lock
            if (!mayLock || connection.getAutoCommit()) {
                return false;
            }
            try (Statement st = connection.createStatement()) {
                st.execute("SET LOCAL lock_timeout = '" + SHORT_MILLIS + "ms'");
            }
            return true;
        }

        @Override
        void restore(Connection connection) {
            // SET LOCAL ends with the transaction
        }
    }
}
