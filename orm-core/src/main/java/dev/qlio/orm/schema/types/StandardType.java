package dev.qlio.orm.schema.types;

/** A standard kind whose Java values need no conversion. */
final class StandardType<V> implements SqlType<V> {

    private final Kind kind;

    private final int length;

    private final int precision;

    private final int scale;

    /** JSON kept as written ({@link SqlType#JSON_TEXT}) rather than a database's parsed form. */
    private final boolean exactText;

    StandardType(Kind kind) {
        this(kind, 0, 0, 0);
    }

    StandardType(Kind kind, boolean exactText) {
        this(kind, 0, 0, 0, exactText);
    }

    StandardType(Kind kind, int length, int precision, int scale) {
        this(kind, length, precision, scale, false);
    }

    private StandardType(Kind kind, int length, int precision, int scale, boolean exactText) {
        this.exactText = exactText;
        this.kind = kind;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<V> javaType() {
        return (Class<V>) this.kind.javaType();
    }

    @Override
    public Kind kind() {
        return this.kind;
    }

    @Override
    public int length() {
        return this.length;
    }

    @Override
    public int precision() {
        return this.precision;
    }

    @Override
    public int scale() {
        return this.scale;
    }

    @Override
    public Object toDatabase(V value) {
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V fromDatabase(Object value) {
        return (V) value;
    }

    @Override
    public boolean isStandard() {
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StandardType<?> that
                && this.kind == that.kind
                && this.length == that.length
                && this.precision == that.precision
                && this.scale == that.scale
                && this.exactText == that.exactText;
    }

    @Override
    public int hashCode() {
        return ((this.kind.hashCode() * 31 + this.length) * 31 + this.precision) * 31
                + this.scale
                + (this.exactText ? 1 : 0);
    }

    @Override
    public String toString() {
        switch (this.kind) {
            case VARCHAR:
                return "VARCHAR(" + this.length + ")";
            case NUMERIC:
                return "NUMERIC(" + this.precision + ", " + this.scale + ")";
            default:
                return this.exactText ? "JSON_TEXT" : this.kind.name();
        }
    }
}
