package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** H2: {@code = ANY(?)} with a Java array parameter, for every standard kind. */
final class H2LargeIn extends LargeIn {

    @Override
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        if (kind == SqlType.Kind.OTHER) {
            // a custom type's values are bound by the type itself, one parameter each
            return false;
        }
        sql.append(negated ? "NOT (" : "(").append(columnSql).append(" = ANY(?))");
        return true;
    }

    @Override
    public void bind(PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        statement.setObject(index, values.toArray());
    }

    /** H2 arrays hold at most 65,536 elements. */
    @Override
    public int maxListLength() {
        return 65_536;
    }

    @Override
    public boolean bindsArray() {
        return true;
    }
}
