package dev.qlio.orm.schema.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SqlTypeTest {

    enum Colour {
        RED,
        GREEN,
        A_VERY_LONG_CONSTANT_NAME_THAT_IS_LONGER_THAN_THIRTY_TWO
    }

    enum Size {
        S,
        M
    }

    record Money(BigDecimal amount) {}

    static Stream<Arguments> standardTypes() {
        return Stream.of(
                Arguments.of(SqlType.SMALLINT, SqlType.Kind.SMALLINT, Short.class),
                Arguments.of(SqlType.INTEGER, SqlType.Kind.INTEGER, Integer.class),
                Arguments.of(SqlType.SERIAL, SqlType.Kind.SERIAL, Integer.class),
                Arguments.of(SqlType.BIGINT, SqlType.Kind.BIGINT, Long.class),
                Arguments.of(SqlType.BIGSERIAL, SqlType.Kind.BIGSERIAL, Long.class),
                Arguments.of(SqlType.REAL, SqlType.Kind.REAL, Float.class),
                Arguments.of(SqlType.DOUBLE, SqlType.Kind.DOUBLE, Double.class),
                Arguments.of(SqlType.numeric(10, 2), SqlType.Kind.NUMERIC, BigDecimal.class),
                Arguments.of(SqlType.BOOLEAN, SqlType.Kind.BOOLEAN, Boolean.class),
                Arguments.of(SqlType.TEXT, SqlType.Kind.TEXT, String.class),
                Arguments.of(SqlType.varchar(5), SqlType.Kind.VARCHAR, String.class),
                Arguments.of(SqlType.DATE, SqlType.Kind.DATE, LocalDate.class),
                Arguments.of(SqlType.TIMESTAMP, SqlType.Kind.TIMESTAMP, LocalDateTime.class),
                Arguments.of(SqlType.TIMESTAMPTZ, SqlType.Kind.TIMESTAMPTZ, Instant.class),
                Arguments.of(SqlType.BYTES, SqlType.Kind.BYTES, byte[].class),
                Arguments.of(SqlType.UUID, SqlType.Kind.UUID, UUID.class),
                Arguments.of(SqlType.JSON, SqlType.Kind.JSON, String.class));
    }

    @ParameterizedTest(name = "{1} holds {2}")
    @MethodSource("standardTypes")
    void standardTypesMapToTheirJavaType(SqlType<?> type, SqlType.Kind kind, Class<?> javaType) {
        assertThat(type.kind()).isEqualTo(kind);
        assertThat(type.javaType()).isEqualTo(javaType);
        assertThat(kind.javaType()).isEqualTo(javaType);
        assertThat(type.isStandard()).isTrue();
    }

    @Test
    void standardTypesPassValuesThroughUnchanged() {
        UUID id = UUID.randomUUID();

        assertThat(SqlType.UUID.toDatabase(id)).isSameAs(id);
        assertThat(SqlType.UUID.fromDatabase(id)).isSameAs(id);
        assertThat(SqlType.toDatabaseNullable(SqlType.TEXT, null)).isNull();
        assertThat(SqlType.toDatabaseNullable(SqlType.TEXT, "x")).isEqualTo("x");
    }

    @ParameterizedTest
    @EnumSource(SqlType.Kind.class)
    void onlySerialKindsAreSerialAndIntegerKindsAreIntegers(SqlType.Kind kind) {
        assertThat(kind.isSerial())
                .isEqualTo(kind == SqlType.Kind.SERIAL || kind == SqlType.Kind.BIGSERIAL);
        assertThat(kind.isInteger())
                .isEqualTo(
                        kind == SqlType.Kind.SMALLINT
                                || kind == SqlType.Kind.INTEGER
                                || kind == SqlType.Kind.BIGINT
                                || kind.isSerial());
    }

    @Test
    void varcharKeepsItsLength() {
        SqlType<String> type = SqlType.varchar(64);

        assertThat(type.length()).isEqualTo(64);
        assertThat(type).hasToString("VARCHAR(64)");
        assertThat(SqlType.varchar(1).length()).isEqualTo(1);
        assertThat(SqlType.TEXT.length()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "-2147483648"})
    void varcharNeedsAPositiveLength(int length) {
        assertThatThrownBy(() -> SqlType.varchar(length))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("varchar length must be at least 1, got " + length)
                .hasMessageContaining("SqlType.TEXT");
    }

    @Test
    void numericKeepsPrecisionAndScale() {
        SqlType<BigDecimal> type = SqlType.numeric(10, 2);

        assertThat(type.precision()).isEqualTo(10);
        assertThat(type.scale()).isEqualTo(2);
        assertThat(type).hasToString("NUMERIC(10, 2)");
        assertThat(SqlType.numeric(1, 0).precision()).isEqualTo(1);
        assertThat(SqlType.numeric(1000, 1000).scale()).isEqualTo(1000);
    }

    @ParameterizedTest(name = "numeric({0}, {1})")
    @CsvSource({"0, 0", "-1, 0", "1001, 0", "5, 6", "5, -1"})
    void numericRefusesInvalidPrecisionOrScale(int precision, int scale) {
        assertThatThrownBy(() -> SqlType.numeric(precision, scale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numeric(" + precision + ", " + scale + ") is invalid")
                .hasMessageContaining("1..1000");
    }

    @Test
    void typesWithTheSameShapeAreEqual() {
        assertThat(SqlType.varchar(10)).isEqualTo(SqlType.varchar(10));
        assertThat(SqlType.varchar(10)).hasSameHashCodeAs(SqlType.varchar(10));
        assertThat(SqlType.varchar(10)).isNotEqualTo(SqlType.varchar(11));
        assertThat(SqlType.numeric(10, 2)).isEqualTo(SqlType.numeric(10, 2));
        assertThat(SqlType.numeric(10, 2)).isNotEqualTo(SqlType.numeric(10, 3));
        assertThat(SqlType.TEXT).isNotEqualTo(SqlType.JSON);
    }

    @Test
    void enumOfIsStoredByNameInAVarchar() {
        SqlType<Size> type = SqlType.enumOf(Size.class);

        assertThat(type.javaType()).isEqualTo(Size.class);
        assertThat(type.kind()).isEqualTo(SqlType.Kind.VARCHAR);
        assertThat(type.length()).isEqualTo(32);
        assertThat(type.isStandard()).isFalse();
        assertThat(type.toDatabase(Size.M)).isEqualTo("M");
        assertThat(type.fromDatabase("S")).isSameAs(Size.S);
    }

    @ParameterizedTest
    @EnumSource(Colour.class)
    void enumOfRoundTripsEveryConstant(Colour colour) {
        SqlType<Colour> type = SqlType.enumOf(Colour.class);

        assertThat(type.fromDatabase(type.toDatabase(colour))).isSameAs(colour);
    }

    @Test
    void enumOfIsLongEnoughForTheLongestName() {
        SqlType<Colour> type = SqlType.enumOf(Colour.class);

        assertThat(type.length())
                .isEqualTo(
                        Colour.A_VERY_LONG_CONSTANT_NAME_THAT_IS_LONGER_THAN_THIRTY_TWO
                                .name()
                                .length());
    }

    @Test
    void enumOfRefusesAnUnknownName() {
        assertThatThrownBy(() -> SqlType.enumOf(Size.class).fromDatabase("XL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XL");
    }

    @Test
    void convertedTypeStoresAsItsBase() {
        SqlType<Money> money =
                SqlType.converted(SqlType.numeric(19, 4), Money.class, Money::new, Money::amount);

        assertThat(money.javaType()).isEqualTo(Money.class);
        assertThat(money.kind()).isEqualTo(SqlType.Kind.NUMERIC);
        assertThat(money.precision()).isEqualTo(19);
        assertThat(money.scale()).isEqualTo(4);
        assertThat(money.length()).isZero();
        assertThat(money.isStandard()).isFalse();
        assertThat(money.toDatabase(new Money(new BigDecimal("1.50"))))
                .isEqualTo(new BigDecimal("1.50"));
        assertThat(money.fromDatabase(new BigDecimal("2.25")))
                .isEqualTo(new Money(new BigDecimal("2.25")));
        assertThat(money).hasToString("NUMERIC(19, 4) as Money");
    }

    @Test
    void convertedTypesCanBeStacked() {
        SqlType<Integer> sizeCode =
                SqlType.converted(
                        SqlType.enumOf(Size.class),
                        Integer.class,
                        Size::ordinal,
                        i -> Size.values()[i]);

        assertThat(sizeCode.kind()).isEqualTo(SqlType.Kind.VARCHAR);
        assertThat(sizeCode.length()).isEqualTo(32);
        assertThat(sizeCode.toDatabase(1)).isEqualTo("M");
        assertThat(sizeCode.fromDatabase("S")).isZero();
    }
}
