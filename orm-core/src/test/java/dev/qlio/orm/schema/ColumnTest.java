package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.types.SqlType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTest {

    @TableName("users")
    public static class User extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Integer> SERIAL_NO = column(SqlType.SERIAL);
        public static final Column<String> EMAIL = column(SqlType.varchar(64)).notNull().unique();
        public static final Column<String> NICK = column(SqlType.TEXT);
        public static final Column<String> STATUS = column(SqlType.TEXT).defaultValue("new");
        public static final Column<String> TOKEN =
                column(SqlType.TEXT).defaultValue(ColumnTest::nextToken);
        public static final Column<String> CREATED =
                column(SqlType.TEXT).serverDefault("CURRENT_TIMESTAMP");
    }

    /** Registered by the frozen-column test only. */
    public static class Registered extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.TEXT);
    }

    private static int tokens;

    private static String nextToken() {
        return "t" + ++tokens;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<Object> raw(Column<?> column) {
        return (Column) column;
    }

    @Test
    void modifiersAreRecorded() {
        assertThat(User.ID.isPrimaryKey()).isTrue();
        assertThat(User.ID.isAutoincrement()).isTrue();
        assertThat(User.ID.isNullable()).isFalse();
        assertThat(User.EMAIL.isNullable()).isFalse();
        assertThat(User.EMAIL.isUnique()).isTrue();
        assertThat(User.EMAIL.isAutoincrement()).isFalse();
        assertThat(User.NICK.isNullable()).isTrue();
        assertThat(User.NICK.isUnique()).isFalse();
        assertThat(User.NICK.isIndexed()).isFalse();
        assertThat(User.NICK.hasDefaultValue()).isFalse();
        assertThat(User.NICK.serverDefault()).isNull();
        assertThat(User.NICK.references()).isNull();
        assertThat(User.CREATED.serverDefault()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(User.CREATED.hasDefaultValue()).isFalse();
    }

    @Test
    void serialTypesAreAutoincrement() {
        assertThat(User.SERIAL_NO.isAutoincrement()).isTrue();
        assertThat(User.SERIAL_NO.isPrimaryKey()).isFalse();
    }

    @Test
    void defaultValueIsAppliedPerCall() {
        assertThat(User.STATUS.hasDefaultValue()).isTrue();
        assertThat(User.STATUS.defaultValueFor()).isEqualTo("new");
        String first = User.TOKEN.defaultValueFor();
        String second = User.TOKEN.defaultValueFor();
        assertThat(first).isNotEqualTo(second).startsWith("t");
        assertThat(User.NICK.defaultValueFor()).isNull();
    }

    @Test
    void columnKnowsItsTableAndType() {
        assertThat(User.EMAIL.table()).isSameAs(TableMeta.of(User.class));
        assertThat(User.EMAIL.declaringClass()).isEqualTo(User.class);
        assertThat(User.EMAIL.type()).isEqualTo(SqlType.varchar(64));
        assertThat(User.EMAIL.qualifier()).isEqualTo("users");
        assertThat(User.EMAIL.origin()).isSameAs(User.EMAIL);
        assertThat(User.EMAIL.aliasQualifier()).isNull();
    }

    @Test
    void aliasNameIsTableUnderscoreColumn() {
        assertThat(User.EMAIL.aliasName()).isEqualTo("users_email");
    }

    @Test
    void toStringShowsClassNameAndType() {
        assertThat(User.EMAIL).hasToString("User.email VARCHAR(64)");
    }

    @Test
    void eqNullPointsToIsNull() {
        assertThatThrownBy(() -> User.NICK.eq(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NICK")
                .hasMessageContaining("isNull()");
    }

    @Test
    void neNullPointsToIsNotNull() {
        assertThatThrownBy(() -> User.NICK.ne(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NICK")
                .hasMessageContaining("isNotNull()");
    }

    @Test
    void orderingComparisonsRefuseNull() {
        assertThatThrownBy(() -> User.ID.lt(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.ID.le(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.ID.gt(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.ID.ge(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparisonsRefuseAValueOfTheWrongJavaType() {
        assertThatThrownBy(() -> raw(User.ID).eq("1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.ID")
                .hasMessageContaining("java.lang.String")
                .hasMessageContaining("java.lang.Long");
    }

    @Test
    void inRefusesNullElements() {
        List<Long> values = Arrays.asList(1L, null);

        assertThatThrownBy(() -> User.ID.in(values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in()");
    }

    @Test
    void operatorsBuildConditionsAndOrderings() {
        assertThat(User.ID.eq(1L)).isInstanceOf(Condition.class);
        assertThat(User.ID.in(List.of(1L, 2L))).isInstanceOf(Condition.class);
        assertThat(User.ID.in(List.of())).isInstanceOf(Condition.class);
        assertThat(User.NICK.like("a%")).isInstanceOf(Condition.class);
        assertThat(User.NICK.isNull().and(User.ID.gt(3L)).not()).isInstanceOf(Condition.class);
        Ordering desc = User.ID.desc();
        assertThat(desc).isEqualTo(new Ordering(User.ID, true));
        assertThat(User.ID.asc()).isEqualTo(new Ordering(User.ID, false));
    }

    @Test
    void columnOutsideATableClassIsRefused() {
        assertThatThrownBy(() -> Table.column(SqlType.TEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Table subclass")
                .hasMessageContaining(ColumnTest.class.getName());
    }

    @Test
    void modifiersAreRefusedOnceTheTableIsRegistered() {
        new TableMetadata().registerTable(Registered.class);

        assertThatThrownBy(Registered.NAME::notNull)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Registered.NAME")
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> Registered.NAME.named("other"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Registered.NAME.references("x.y"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Registered.NAME.isNullable()).isTrue();
        assertThat(Registered.NAME.name()).isEqualTo("name");
    }

    public static class BadAutoincrement extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> CODE = column(SqlType.TEXT).autoincrement();
    }

    public static class BadVersion extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> VERSION = column(SqlType.TEXT).version();
    }

    @Test
    void autoincrementNeedsAnIntegerType() {
        assertThatThrownBy(() -> BadAutoincrement.ID.name())
                .isInstanceOf(ExceptionInInitializerError.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("autoincrement() needs an integer column");
    }

    @Test
    void versionNeedsAnIntegerOrBigint() {
        assertThatThrownBy(() -> BadVersion.ID.name())
                .isInstanceOf(ExceptionInInitializerError.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version() needs an INTEGER or BIGINT column");
    }
}
