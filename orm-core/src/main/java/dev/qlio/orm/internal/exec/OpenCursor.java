package dev.qlio.orm.internal.exec;

/**
 * A cursor open behind a stream, as its {@link ConnectionSource} sees it: the source closes it when
 * the unit of work it belongs to ends, saying why, so that a later read tells the reader.
 */
public interface OpenCursor extends AutoCloseable {

    /**
     * Closes the cursor because its source ended it; reading the stream afterwards throws an {@link
     * IllegalStateException} carrying the reason.
     *
     * @param reason what closed it, e.g. {@code "the session's commit()"}
     */
    void closeBy(String reason);

    /** Closes the cursor, as its reader would. */
    @Override
    void close();
}
