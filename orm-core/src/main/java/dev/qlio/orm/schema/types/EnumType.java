package dev.qlio.orm.schema.types;

/**
 * An enum stored by its constant names in a {@code VARCHAR}; see {@link SqlType#enumOf(Class)}.
 *
 * <p>A name in the database that the enum no longer has (a constant was renamed or removed while
 * old rows kept it, or another application wrote it) fails the read with an error naming the table,
 * the column and the row's key. A column that should rather read such names as one constant says so
 * with {@link #orElse}:
 *
 * <pre>{@code
 * public static final Column<Color> COLOR = column(SqlType.enumOf(Color.class).orElse(Color.UNKNOWN));
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param <E> the enum type
 */
public interface EnumType<E extends Enum<E>> extends SqlType<E> {

    /**
     * This type, reading every name the enum has no constant for as {@code fallback}. Rows read so
     * keep the stored name until the column is set: Qlio writes only changed columns, and writes
     * {@code fallback}'s own name when the column is set to it.
     *
     * @param fallback the constant unknown names are read as
     * @return the type with the fallback
     */
    EnumType<E> orElse(E fallback);
}
