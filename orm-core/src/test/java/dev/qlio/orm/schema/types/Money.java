package dev.qlio.orm.schema.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** A money-like value type in cents, and its column type that binds and reads itself. */
record Money(BigDecimal amount) {

    Money {
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** The column type: an exact decimal, bound and read by the type itself. */
    enum Type implements CustomType<Money> {
        INSTANCE;

        @Override
        public Class<Money> javaType() {
            return Money.class;
        }

        @Override
        public String typeName(String dialect) {
            return "NUMERIC(19, 2)";
        }

        @Override
        public void bind(PreparedStatement statement, int index, Money value) throws SQLException {
            statement.setBigDecimal(index, value.amount());
        }

        @Override
        public @Nullable Money read(ResultSet resultSet, int index) throws SQLException {
            BigDecimal amount = resultSet.getBigDecimal(index);
            return amount == null ? null : new Money(amount);
        }
    }
}
