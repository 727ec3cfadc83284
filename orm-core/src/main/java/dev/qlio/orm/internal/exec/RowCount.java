package dev.qlio.orm.internal.exec;

/**
 * What an execution tells the executor about the rows it read and wrote, for the {@code
 * qlio.orm.rows} counter. Filled by the code that maps results, which knows, rather than guessed
 * from the type of the result.
 */
public final class RowCount {

    private long read;

    private long written;

    RowCount() {}

    /**
     * Counts rows read.
     *
     * @param rows how many
     */
    public void read(long rows) {
        this.read += rows;
    }

    /**
     * Counts rows inserted, updated or deleted; negative driver counts ({@code SUCCESS_NO_INFO})
     * count as nothing.
     *
     * @param rows how many
     */
    public void written(long rows) {
        this.written += Math.max(rows, 0);
    }

    long readCount() {
        return this.read;
    }

    long writtenCount() {
        return this.written;
    }
}
