package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.exec.OpenCursor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cursors a session has open behind streams. The unit of work they read in closes them: a
 * commit or rollback (a PostgreSQL cursor does not outlive its transaction, and on the other
 * databases reading on would mix two units of work), and the session's close, which warns about
 * streams left open.
 */
final class Cursors {

    private @Nullable List<OpenCursor> open;

    void opened(OpenCursor cursor) {
        List<OpenCursor> cursors = this.open;
        if (cursors == null) {
            cursors = new ArrayList<>(2);
            this.open = cursors;
        }
        cursors.add(cursor);
    }

    void closed(OpenCursor cursor) {
        if (this.open != null) {
            this.open.remove(cursor);
        }
    }

    /**
     * Closes every open cursor because the transaction it reads in ends; reading one afterwards
     * throws saying so.
     *
     * @param reason what ends it, e.g. {@code "the session's commit()"}
     */
    void closeAll(String reason) {
        List<OpenCursor> cursors = this.open;
        if (cursors == null || cursors.isEmpty()) {
            return;
        }
        for (OpenCursor cursor : List.copyOf(cursors)) {
            cursor.closeBy(reason);
        }
        cursors.clear();
    }

    /** Closes the cursors left open when the session closes, warning where it was opened. */
    void closeLeftOpen(LeakDetection.@Nullable Origin origin) {
        List<OpenCursor> cursors = this.open;
        if (cursors == null || cursors.isEmpty()) {
            return;
        }
        if (origin != null && LeakDetection.logger.isWarnEnabled()) {
            LeakDetection.logger.warn(
                    "Closing "
                            + cursors.size()
                            + " stream(s) left open by a Qlio session opened on thread '"
                            + origin.thread()
                            + "': close each stream() with try-with-resources",
                    origin.stack());
        }
        for (OpenCursor cursor : List.copyOf(cursors)) {
            try {
                cursor.close();
            } catch (RuntimeException ex) {
                // closing is best effort; the connection is released next
            }
        }
        cursors.clear();
    }
}
