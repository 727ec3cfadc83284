package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.Operation;
import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * The sessions with their own transaction open on one thread, to catch a thread waiting for itself:
 * a second session whose statement needs a row lock that the first session, holding uncommitted
 * writes on the same thread, keeps until it commits — which it cannot while the thread waits. The
 * database would wait until its lock timeout (seconds, or a day for MariaDB's DDL) and then fail
 * with a plain lock error.
 *
 * <p>Qlio cannot tell in advance which rows a statement will touch, so it does not refuse the
 * second session: reading, and writing other rows (an independent unit of work, as with {@code
 * REQUIRES_NEW}), keep working. Instead, while another session on the thread holds uncommitted
 * writes to the same data source, the second session's connection waits at most {@link
 * LockWait#SHORT_MILLIS} for a lock (1 s on MariaDB), and a lock failure then becomes an {@link
 * IllegalStateException} naming both sessions' origins. When the first session commits, rolls back
 * or closes, the wait is put back before the next statement. A session joined to a Spring
 * transaction takes no part: its connection belongs to Spring.
 *
 * <p>Sessions are held weakly: a session that leaks still holds its locks until it is cleaned, then
 * drops out. The per-statement cost is a scan of the thread's open sessions (usually one).
 */
final class ThreadSessions {

    private static final ThreadLocal<List<WeakReference<Member>>> OPEN = new ThreadLocal<>();

    /** The member of a session that takes no part (joined to a Spring transaction). */
    static final Member NONE = new Member(null, null, null, null, null);

    private ThreadSessions() {}

    /**
     * Enters a session with its own transaction into its thread's list.
     *
     * @param engine its engine: sessions on different data sources cannot block each other
     * @param transaction its transaction
     * @param origin where it was opened
     * @return its member, or {@link #NONE} for a joined session
     */
    static Member join(
            Engine engine, TransactionStrategy transaction, LeakDetection.@Nullable Origin origin) {
        if (transaction.joined()) {
            return NONE;
        }
        DataSource dataSource = engine.dataSource();
        LockWait lockWait = LockWait.of(engine.dialect());
        List<WeakReference<Member>> open = OPEN.get();
        if (open == null) {
            open = new ArrayList<>(2);
            OPEN.set(open);
        }
        Member member = new Member(open, transaction.connection(), dataSource, lockWait, origin);
        open.add(new WeakReference<>(member));
        return member;
    }

    /** One session's part: whether it holds uncommitted writes, and its lock wait. */
    static final class Member {

        private final @Nullable List<WeakReference<Member>> open;

        private final @Nullable Connection connection;

        private final @Nullable DataSource dataSource;

        private final @Nullable LockWait lockWait;

        private final LeakDetection.@Nullable Origin origin;

        /** Whether writes ran since the transaction last ended; read by the thread's others. */
        private volatile boolean writes;

        /** Whether the connection's lock wait is short now (or was for the last statement). */
        private boolean shortened;

        /** The session with writes that made the wait short. */
        private @Nullable Member holder;

        private Member(
                @Nullable List<WeakReference<Member>> open,
                @Nullable Connection connection,
                @Nullable DataSource dataSource,
                @Nullable LockWait lockWait,
                LeakDetection.@Nullable Origin origin) {
            this.open = open;
            this.connection = connection;
            this.dataSource = dataSource;
            this.lockWait = lockWait;
            this.origin = origin;
        }

        /** Before a statement: records a write, and shortens or restores the lock wait. */
        void beforeStatement(Operation operation) {
            if (this.open == null) {
                return;
            }
            if (!operation.readOnly() && !this.writes) {
                this.writes = true;
            }
            Member other = otherWithWrites();
            LockWait wait = this.lockWait;
            Connection c = this.connection;
            if (wait == null || c == null) {
                return;
            }
            try {
                if (other != null) {
                    this.shortened = wait.shorten(c, !operation.readOnly());
                    this.holder = other;
                } else if (this.shortened) {
                    this.shortened = false;
                    this.holder = null;
                    wait.restore(c);
                }
            } catch (SQLException ex) {
                // the setting is a courtesy: without it the database's own timeout applies
                this.shortened = false;
            }
        }

        private @Nullable Member otherWithWrites() {
            List<WeakReference<Member>> list = this.open;
            if (list == null || list.size() < 2) {
                return null;
            }
            Member found = null;
            for (int i = list.size() - 1; i >= 0; i--) {
                Member m = list.get(i).get();
                if (m == null) {
                    list.remove(i);
                } else if (m != this && m.writes && m.dataSource == this.dataSource) {
                    found = m;
                }
            }
            return found;
        }

        /** The transaction ended (commit or rollback): its writes are no longer pending. */
        void transactionEnded() {
            this.writes = false;
        }

        /** The session closes: its wait is put back, and it leaves the thread's list. */
        void closed() {
            List<WeakReference<Member>> list = this.open;
            if (list == null) {
                return;
            }
            this.writes = false;
            LockWait wait = this.lockWait;
            Connection c = this.connection;
            if (this.shortened && wait != null && c != null) {
                this.shortened = false;
                try {
                    wait.restore(c);
                } catch (SQLException ex) {
                    // a broken connection: the pool validates it before reuse
                }
            }
            list.removeIf(r -> r.get() == null || r.get() == this);
            if (list.isEmpty() && OPEN.get() == list) {
                OPEN.remove();
            }
        }

        /**
         * A statement failed: a lock failure under the short wait becomes an error naming both
         * sessions.
         *
         * @param error the translated error
         * @return the error to throw
         */
        RuntimeException explain(DataAccessException error) {
            Member other = this.holder;
            LockWait wait = this.lockWait;
            if (!this.shortened
                    || other == null
                    || wait == null
                    || !other.writes
                    || !(error instanceof PessimisticLockingFailureException)) {
                return error;
            }
            IllegalStateException ex =
                    new IllegalStateException(
                            "This Qlio session ("
                                    + describe(this.origin)
                                    + ") waited "
                                    + wait.millis()
                                    + " ms for a lock held, most likely, by another Qlio session"
                                    + " open on the same thread ("
                                    + describe(other.origin)
                                    + ") with uncommitted writes: that session cannot commit"
                                    + " while its thread waits, so the wait would only end at the"
                                    + " database's lock timeout. Commit or close the first session"
                                    + " before this statement, or run the statement in it. (While"
                                    + " a thread holds uncommitted writes in one session, its other"
                                    + " sessions wait this long for any lock.) Statement run at "
                                    + callSite()
                                    + "; the database said: "
                                    + error.getMessage());
            ex.addSuppressed(error);
            return ex;
        }
    }

    private static String describe(LeakDetection.@Nullable Origin origin) {
        if (origin == null) {
            return "opened on this thread";
        }
        Throwable stack = origin.stack();
        String where = stack != null ? firstOutsideQlio(stack.getStackTrace()) : null;
        return "opened on thread '"
                + origin.thread()
                + "' "
                + (where != null
                        ? "at " + where
                        : "(set -D" + LeakDetection.PROPERTY + "=trace to see where)");
    }

    private static String callSite() {
        String where = firstOutsideQlio(new Throwable().getStackTrace());
        return where != null ? where : "?";
    }

    private static @Nullable String firstOutsideQlio(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            String c = f.getClassName();
            if (!c.startsWith("dev.qlio.orm.internal.")
                    && !c.startsWith("dev.qlio.orm.Database")
                    && !c.startsWith("dev.qlio.orm.DefaultTransactionAwareSession")
                    && !c.startsWith("java.")
                    && !c.startsWith("jdk.")) {
                return f.toString();
            }
        }
        return null;
    }
}
