package dev.qlio.orm.jackson;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;

/** How {@link QlioJacksonModule} names a row's columns in JSON. */
public enum PropertyNaming {
    /** The column's field name in camelCase ({@code LAST_NAME} -> {@code lastName}). */
    FIELD,
    /** The column's SQL name ({@code last_name}). */
    COLUMN;

    String of(Column<?> column) {
        return this == FIELD ? column.propertyName() : column.name();
    }

    String of(Relationship<?> relationship) {
        String name = relationship.name();
        if (this == COLUMN || name.indexOf('_') < 0) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '_') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return sb.toString();
    }
}
