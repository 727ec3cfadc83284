package dev.qlio.orm.schema.types;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An enum stored by name in a {@code VARCHAR}, with an optional constant for unknown names. */
final class EnumSqlType<E extends Enum<E>> implements EnumType<E> {

    private final Class<E> enumType;

    private final SqlType<String> base;

    private final Map<String, E> byName;

    private final @Nullable E fallback;

    EnumSqlType(Class<E> enumType, SqlType<String> base, @Nullable E fallback) {
        this.enumType = enumType;
        this.base = base;
        this.fallback = fallback;
        E[] constants = enumType.getEnumConstants();
        this.byName = new HashMap<>(constants.length * 2);
        for (E e : constants) {
            this.byName.put(e.name(), e);
        }
    }

    @Override
    public EnumType<E> orElse(E fallback) {
        if (fallback == null) {
            throw new IllegalArgumentException(
                    "The fallback of enum " + this.enumType.getSimpleName() + " must not be null");
        }
        return new EnumSqlType<>(this.enumType, this.base, fallback);
    }

    @Override
    public Class<E> javaType() {
        return this.enumType;
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
    public Object toDatabase(E value) {
        return value.name();
    }

    @Override
    public E fromDatabase(Object value) {
        E e = this.byName.get((String) value);
        if (e != null) {
            return e;
        }
        if (this.fallback != null) {
            return this.fallback;
        }
        String name = this.enumType.getSimpleName();
        throw new IllegalArgumentException(
                "the column holds the name "
                        + value
                        + ", which enum "
                        + this.enumType.getName()
                        + " has no constant for: add the constant back, update the rows, or read"
                        + " unknown names as one constant with SqlType.enumOf("
                        + name
                        + ".class).orElse("
                        + name
                        + ".SOME_CONSTANT)");
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EnumSqlType<?> that
                && this.enumType == that.enumType
                && this.base.equals(that.base)
                && this.fallback == that.fallback;
    }

    @Override
    public int hashCode() {
        return this.enumType.hashCode() * 31 + this.base.hashCode();
    }

    @Override
    public String toString() {
        return this.base
                + " as "
                + this.enumType.getSimpleName()
                + (this.fallback == null ? "" : " or else " + this.fallback.name());
    }
}
