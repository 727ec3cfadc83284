package dev.qlio.orm.schema.types;

import java.util.function.Function;

/** A user type stored as a standard type, converting values on the way in and out. */
final class ConvertedType<V, B> implements SqlType<V> {

    private final SqlType<B> base;

    private final Class<V> javaType;

    private final Function<? super B, ? extends V> fromDatabase;

    private final Function<? super V, ? extends B> toDatabase;

    ConvertedType(
            SqlType<B> base,
            Class<V> javaType,
            Function<? super B, ? extends V> fromDatabase,
            Function<? super V, ? extends B> toDatabase) {
        this.base = base;
        this.javaType = javaType;
        this.fromDatabase = fromDatabase;
        this.toDatabase = toDatabase;
    }

    @Override
    public Class<V> javaType() {
        return this.javaType;
    }

    @Override
    public Kind kind() {
        return this.base.kind();
    }

    @Override
    public int length() {
        return this.base.length();
    }

    @Override
    public int precision() {
        return this.base.precision();
    }

    @Override
    public int scale() {
        return this.base.scale();
    }

    @Override
    public Object toDatabase(V value) {
        return this.base.toDatabase(this.toDatabase.apply(value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public V fromDatabase(Object value) {
        return this.fromDatabase.apply(this.base.fromDatabase(value));
    }

    @Override
    public String toString() {
        return this.base + " as " + this.javaType.getSimpleName();
    }
}
