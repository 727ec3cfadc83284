package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;

/** H2's type names; its driver binds and reads every kind the JDBC-standard way. */
final class H2Types extends TypeMapping {

    H2Types() {
        super("h2");
    }

    @Override
    protected String kindName(SqlType<?> type) {
        switch (type.kind()) {
            case TEXT:
            case JSON:
                // H2's CLOB cannot be compared or indexed, and its JSON type stores a bound
                // string as a JSON string literal: unbounded CHARACTER VARYING behaves like TEXT
                return "CHARACTER VARYING";
            case BYTES:
                return "BINARY VARYING";
            case TIMESTAMP:
                return "TIMESTAMP(9)";
            case TIMESTAMPTZ:
                return "TIMESTAMP(9) WITH TIME ZONE";
            default:
                return super.kindName(type);
        }
    }
}
