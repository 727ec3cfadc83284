package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.schema.LibrarySchema.Author;
import dev.qlio.orm.schema.LibrarySchema.BookTag;
import dev.qlio.orm.schema.types.SqlType;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class TableMetaTest {

    @TableName("users")
    public static class User extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> USERNAME =
                column(SqlType.varchar(64)).notNull().unique();
        public static final Column<String> EMAIL = column(SqlType.varchar(200)).named("mail");
        public static final Column<Instant> CREATED_AT =
                column(SqlType.TIMESTAMPTZ).defaultValue(Instant::now);
    }

    /** Field names in reverse alphabetical order: columns still come in declaration order. */
    public static class Ordered extends Table {
        public static final Column<Long> ZULU = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> YANKEE = column(SqlType.TEXT);
        public static final Column<String> ALPHA = column(SqlType.TEXT);
        public static final Column<String> MIKE = column(SqlType.TEXT);
    }

    public static class Membership extends Table {
        public static final Column<Long> USER_ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> GROUP_ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> ROLE = column(SqlType.TEXT);
    }

    public static class KeyedLater extends Table {
        public static final Column<Long> USER_ID = column(SqlType.BIGINT);
        public static final Column<Long> GROUP_ID = column(SqlType.BIGINT);
        public static final Column<String> ROLE = column(SqlType.TEXT);
    }

    public static class FrozenKey extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> OTHER = column(SqlType.BIGINT);
    }

    public static class ForeignKeyed extends Table {
        public static final Column<Long> A = column(SqlType.BIGINT);
    }

    @Test
    void ofReturnsOneDescriptionPerClass() {
        assertThat(TableMeta.of(User.class)).isSameAs(TableMeta.of(User.class));
        assertThat(TableMeta.of(User.class).tableClass()).isEqualTo(User.class);
    }

    @Test
    void nameComesFromTableNameAnnotation() {
        assertThat(TableMeta.of(User.class).name()).isEqualTo("users");
    }

    @Test
    void nameDefaultsToSnakeCaseOfTheClassName() {
        assertThat(TableMeta.of(BookTag.class).name()).isEqualTo("book_tag");
        assertThat(TableMeta.of(Ordered.class).name()).isEqualTo("ordered");
    }

    @Test
    void columnsAreInDeclarationOrder() {
        assertThat(TableMeta.of(Ordered.class).columns())
                .containsExactly(Ordered.ZULU, Ordered.YANKEE, Ordered.ALPHA, Ordered.MIKE);
        assertThat(TableMeta.of(Ordered.class).columns())
                .extracting(Column::position)
                .containsExactly(0, 1, 2, 3);
    }

    @Test
    void columnsIsUnmodifiable() {
        assertThatThrownBy(() -> TableMeta.of(User.class).columns().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void getColumnFindsBySqlName() {
        assertThat(TableMeta.of(User.class).getColumn("mail")).containsSame(User.EMAIL);
        assertThat(TableMeta.of(User.class).getColumn("created_at")).containsSame(User.CREATED_AT);
    }

    @Test
    void getColumnFindsByFieldName() {
        assertThat(TableMeta.of(User.class).getColumn("EMAIL")).containsSame(User.EMAIL);
        assertThat(TableMeta.of(User.class).getColumn("CREATED_AT")).containsSame(User.CREATED_AT);
    }

    @Test
    void getColumnFindsByAliasName() {
        assertThat(TableMeta.of(User.class).getColumn("users_mail")).containsSame(User.EMAIL);
        assertThat(TableMeta.of(User.class).getColumn("users_username"))
                .containsSame(User.USERNAME);
    }

    @Test
    void getColumnMissesUnknownNames() {
        TableMeta<User> users = TableMeta.of(User.class);

        assertThat(users.getColumn("email")).isEmpty(); // renamed with named("mail")
        assertThat(users.getColumn("users_email")).isEmpty();
        assertThat(users.getColumn("user_mail")).isEmpty();
        assertThat(users.getColumn("MAIL")).isEmpty();
        assertThat(users.getColumn("")).isEmpty();
    }

    @Test
    void requireColumnReturnsTheColumn() {
        assertThat(TableMeta.of(User.class).requireColumn("username")).isSameAs(User.USERNAME);
    }

    @Test
    void requireColumnThrowsListingTheKnownNames() {
        assertThatThrownBy(() -> TableMeta.of(User.class).requireColumn("email"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("users")
                .hasMessageContaining("'email'")
                .hasMessageContaining("known: id, username, mail, created_at");
    }

    @Test
    void primaryKeyIsDerivedFromMarkedColumns() {
        PrimaryKey key = TableMeta.of(User.class).primaryKey();

        assertThat(key).isNotNull();
        assertThat(key.columns()).containsExactly(User.ID);
        assertThat(key.table()).isSameAs(TableMeta.of(User.class));
        assertThat(key.isComposite()).isFalse();
        assertThat(User.ID.isPrimaryKey()).isTrue();
        assertThat(User.USERNAME.isPrimaryKey()).isFalse();
    }

    @Test
    void compositePrimaryKeyHasItsColumnsInDeclarationOrder() {
        PrimaryKey key = TableMeta.of(Membership.class).primaryKey();

        assertThat(key).isNotNull();
        assertThat(key.columns()).containsExactly(Membership.USER_ID, Membership.GROUP_ID);
        assertThat(key.isComposite()).isTrue();
        assertThat(key).hasToString("PrimaryKey(user_id, group_id)");
    }

    @Test
    void setPrimaryKeyBeforeRegistrationMakesTheTableRegistrable() {
        TableMeta<KeyedLater> meta = TableMeta.of(KeyedLater.class);
        assertThat(meta.primaryKey()).isNull();

        meta.setPrimaryKey(new PrimaryKey(KeyedLater.GROUP_ID, KeyedLater.USER_ID));

        assertThat(meta.primaryKey()).isNotNull();
        assertThat(meta.primaryKey().columns())
                .containsExactly(KeyedLater.GROUP_ID, KeyedLater.USER_ID);
        assertThat(meta.primaryKey().table()).isSameAs(meta);
        assertThat(KeyedLater.USER_ID.isPrimaryKey()).isTrue();
        assertThat(KeyedLater.USER_ID.isNullable()).isFalse();
        assertThat(KeyedLater.ROLE.isPrimaryKey()).isFalse();
        assertThat(new TableMetadata().registerTable(KeyedLater.class)).isSameAs(meta);
    }

    @Test
    void setPrimaryKeyAfterRegistrationThrows() {
        TableMeta<FrozenKey> meta = new TableMetadata().registerTable(FrozenKey.class);

        assertThat(meta.isFrozen()).isTrue();
        assertThatThrownBy(() -> meta.setPrimaryKey(new PrimaryKey(FrozenKey.OTHER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("frozen_key")
                .hasMessageContaining("registerTable");
        assertThat(meta.primaryKey().columns()).containsExactly(FrozenKey.ID);
    }

    @Test
    void setPrimaryKeyRefusesAKeyOfAnotherTable() {
        TableMeta<ForeignKeyed> meta = TableMeta.of(ForeignKeyed.class);

        assertThatThrownBy(() -> meta.setPrimaryKey(new PrimaryKey(Author.ID)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("foreign_keyed");
        assertThat(meta.primaryKey()).isNull();
    }

    @Test
    void primaryKeyRefusesColumnsOfTwoTables() {
        assertThatThrownBy(() -> new PrimaryKey(Membership.USER_ID, Author.ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Membership.class.getName());
    }

    @Test
    void primaryKeyRefusesTheSameColumnTwice() {
        assertThatThrownBy(() -> new PrimaryKey(Membership.USER_ID, Membership.USER_ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user_id")
                .hasMessageContaining("twice");
    }

    @Test
    void primaryKeyNeedsAColumn() {
        assertThatThrownBy(PrimaryKey::new).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void primaryKeyRefusesAliasedColumns() {
        Column<Long> aliased = new AliasedTable<>("m", Membership.class).column(Membership.USER_ID);

        assertThatThrownBy(() -> new PrimaryKey(aliased))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newRowCreatesAnEmptyRowOfTheTableClass() {
        User row = TableMeta.of(User.class).newRow();

        assertThat(row).isExactlyInstanceOf(User.class);
        assertThat(row.table()).isSameAs(TableMeta.of(User.class));
        assertThat(row.toDict().keySet()).containsExactlyElementsOf(row.table().columns());
        assertThat(row.toDict().values()).containsOnlyNulls();
        assertThat(row.changedColumns()).isEmpty();
    }

    @Test
    void newRowWithValuesSetsThemAsChanges() {
        User row = TableMeta.of(User.class).newRow(Map.of(User.USERNAME, "ada", User.ID, 7L));

        assertThat(row.get(User.USERNAME)).isEqualTo("ada");
        assertThat(row.get(User.ID)).isEqualTo(7L);
        assertThat(row.changedColumns()).containsExactly(User.ID, User.USERNAME);
        assertThat(row.getOldValue(User.USERNAME)).isNull();
    }

    @Test
    void newRowWithValuesChecksTheirTypes() {
        Map<Column<?>, Object> bad = Map.of(User.USERNAME, 42);

        assertThatThrownBy(() -> TableMeta.of(User.class).newRow(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USERNAME");
    }

    @Test
    void newRowWithValuesRefusesColumnsOfAnotherTable() {
        assertThatThrownBy(() -> TableMeta.of(User.class).newRow(Map.of(Author.NAME, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong to table users");
    }

    @Test
    void indexesComeFromIndexedColumnsThenIndexFields() {
        TableMeta<Indexed> meta = TableMeta.of(Indexed.class);

        assertThat(meta.indexes())
                .extracting(Index::name)
                .containsExactly("indexed_b_idx", "indexed_a_b_idx", "by_c");
        assertThat(meta.indexes()).extracting(Index::isUnique).containsExactly(false, true, false);
        assertThat(meta.indexes().get(1).columns()).containsExactly(Indexed.A, Indexed.B);
        assertThat(Indexed.B.isIndexed()).isTrue();
        assertThat(Indexed.A.isIndexed()).isFalse();
        assertThat(Indexed.BY_A_B).hasToString("UNIQUE INDEX indexed_a_b_idx (a, b)");
    }

    public static class Indexed extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> A = column(SqlType.TEXT);
        public static final Column<String> B = column(SqlType.TEXT).index();
        public static final Column<String> C = column(SqlType.TEXT);
        public static final Index BY_A_B = Index.on(A, B).unique();
        public static final Index BY_C = Index.on(C).named("by_c");
    }

    @Test
    void anIndexNeedsAColumn() {
        assertThatThrownBy(Index::on).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionColumnIsFound() {
        assertThat(TableMeta.of(Versioned.class).versionColumn()).containsSame(Versioned.VERSION);
        assertThat(TableMeta.of(User.class).versionColumn()).isEmpty();
        assertThat(Versioned.VERSION.isVersion()).isTrue();
        assertThat(Versioned.VERSION.isNullable()).isFalse();
    }

    public static class Versioned extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Integer> VERSION = column(SqlType.INTEGER).version();
    }

    @Test
    void reservedWordsAreAcceptedAsNames() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Order.class);
        metadata.registerTable(ReservedUser.class);
        metadata.setupTables();

        assertThat(TableMeta.of(Order.class).name()).isEqualTo("order");
        assertThat(TableMeta.of(ReservedUser.class).name()).isEqualTo("user");
        assertThat(TableMeta.of(ReservedUser.class).columns())
                .extracting(Column::name)
                .containsExactly("select", "order", "from");
        assertThat(metadata.foreignKeys(TableMeta.of(ReservedUser.class)))
                .singleElement()
                .extracting(ForeignKey::target)
                .isSameAs(Order.USER);
    }

    public static class Order extends Table {
        public static final Column<Long> USER = column(SqlType.BIGINT).primaryKey();
    }

    @TableName("user")
    public static class ReservedUser extends Table {
        public static final Column<Long> SELECT = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> ORDER = column(SqlType.BIGINT).references("order.user");
        public static final Column<String> FROM = column(SqlType.TEXT);
    }

    @Test
    void toStringNamesTableAndClass() {
        assertThat(TableMeta.of(User.class))
                .hasToString("TableMeta[users <- " + User.class.getName() + "]");
    }
}
