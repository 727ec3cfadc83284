package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.LibrarySchema.Author;
import dev.qlio.orm.schema.LibrarySchema.Book;
import dev.qlio.orm.schema.LibrarySchema.BookTag;
import dev.qlio.orm.schema.LibrarySchema.Employee;
import dev.qlio.orm.schema.LibrarySchema.Publisher;
import dev.qlio.orm.schema.LibrarySchema.Tag;
import dev.qlio.orm.schema.types.SqlType;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class TableMetadataTest {

    @TableName("author")
    public static class OtherAuthor extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }

    public static class Country extends Table {
        public static final Column<String> CODE = column(SqlType.varchar(2)).primaryKey();
    }

    public static class City extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> COUNTRY_CODE =
                column(SqlType.varchar(2)).references("country.code");
    }

    @Test
    void registerTableReturnsTheTableDescriptionAndFreezesIt() {
        TableMetadata metadata = new TableMetadata();

        TableMeta<Country> meta = metadata.registerTable(Country.class);

        assertThat(meta).isSameAs(TableMeta.of(Country.class));
        assertThat(meta.isFrozen()).isTrue();
        assertThat(metadata.tables()).containsOnlyKeys("country");
    }

    @Test
    void tablesAreListedInRegistrationOrderWithoutAliases() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.tables().keySet())
                .containsExactly(
                        "author", "book", "tag", "book_tag", "employee", "publisher", "edition");
        assertThat(metadata.aliases()).isNotEmpty();
        assertThat(metadata.tables()).doesNotContainKeys("r_book_author");
    }

    @Test
    void tablesIsUnmodifiable() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Country.class);

        assertThatThrownBy(() -> metadata.tables().put("x", TableMeta.of(City.class)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> metadata.tables().remove("country"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void registeringTheSameClassTwiceKeepsOneEntry() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Country.class);
        metadata.registerTable(City.class);

        TableMeta<Country> again = metadata.registerTable(Country.class);

        assertThat(again).isSameAs(TableMeta.of(Country.class));
        assertThat(metadata.tables().keySet()).containsExactly("country", "city");
    }

    @Test
    void twoClassesWithOneTableNameAreRefusedNamingBothClasses() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Author.class);

        assertThatThrownBy(() -> metadata.registerTable(OtherAuthor.class))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessageContaining(OtherAuthor.class.getName())
                .hasMessageContaining(Author.class.getName())
                .hasMessageContaining("'author'")
                .hasMessageContaining("@TableName");
        assertThat(metadata.tables().get("author")).isSameAs(TableMeta.of(Author.class));
    }

    @Test
    void registerTableWithoutAutosetupLeavesReferencesUnresolved() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Country.class);
        TableMeta<City> city = metadata.registerTable(City.class);

        assertThat(metadata.isSetUp()).isFalse();
        assertThat(metadata.foreignKeys(city)).isEmpty();
    }

    @Test
    void registerTableWithAutosetupResolvesReferences() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Country.class, true);
        TableMeta<City> city = metadata.registerTable(City.class, true);

        assertThat(metadata.isSetUp()).isTrue();
        assertThat(metadata.foreignKeys(city))
                .singleElement()
                .satisfies(
                        fk -> {
                            assertThat(fk.column()).isSameAs(City.COUNTRY_CODE);
                            assertThat(fk.target()).isSameAs(Country.CODE);
                        });
    }

    @Test
    void registerTableWithAutosetupFailsWhileAReferencedTableIsMissing() {
        TableMetadata metadata = new TableMetadata();

        assertThatThrownBy(() -> metadata.registerTable(City.class, true))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessageContaining("unknown table 'country'");
    }

    @Test
    void registeringAfterSetupMarksTheRegistryNotSetUp() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Country.class);
        metadata.setupTables();
        assertThat(metadata.isSetUp()).isTrue();

        metadata.registerTable(City.class);

        assertThat(metadata.isSetUp()).isFalse();
    }

    @Test
    void getTableFindsByTableName() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.getTable("book_tag")).containsSame(TableMeta.of(BookTag.class));
    }

    @Test
    void getTableFindsByClassSimpleName() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.getTable("BookTag")).containsSame(TableMeta.of(BookTag.class));
    }

    @Test
    void getTableFindsByRelationshipAliasName() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.getTable("r_book_author")).containsSame(TableMeta.of(Author.class));
    }

    @Test
    void getTableFindsByClass() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.getTable(Tag.class)).containsSame(TableMeta.of(Tag.class));
        assertThat(new TableMetadata().getTable(Tag.class)).isEmpty();
    }

    @Test
    void getTableMissesUnknownNames() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.getTable("books")).isEmpty();
        assertThat(metadata.getTable("Book_Tag")).isEmpty();
        assertThat(metadata.getTable("")).isEmpty();
        assertThat(new TableMetadata().getTable("author")).isEmpty();
    }

    @Test
    void aFreshRegistryIsBoundToNoDatabase() {
        assertThat(new TableMetadata().bind()).isEmpty();
    }

    @Test
    void bindReturnsTheDatabaseTheRegistryWasLastConnectedWith() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Country.class);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:table_metadata_bind;DB_CLOSE_DELAY=-1");

        Database first = Database.connect(dataSource, metadata);
        assertThat(metadata.bind()).containsSame(first);
        Database second = Database.connect(dataSource, metadata);

        assertThat(metadata.bind()).containsSame(second);
        assertThat(second.metadata()).isSameAs(metadata);
        assertThat(metadata.isSetUp()).isTrue();
    }

    @Test
    void setupTablesResolvesFloatingReferencesToForeignKeys() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.foreignKeys(TableMeta.of(BookTag.class)))
                .extracting(ForeignKey::column, ForeignKey::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BookTag.BOOK_ID, Book.ID),
                        org.assertj.core.groups.Tuple.tuple(BookTag.TAG_ID, Tag.ID));
        assertThat(metadata.foreignKeys(TableMeta.of(Author.class))).isEmpty();
    }

    @Test
    void foreignKeyConstraintNameIsDerivedFromTableAndColumn() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.foreignKeys(TableMeta.of(Book.class)))
                .extracting(ForeignKey::constraintName)
                .containsExactly("fk_book_author_id");
    }

    @Test
    void setupTablesCanRunAgain() {
        TableMetadata metadata = LibrarySchema.registry();

        metadata.setupTables();

        assertThat(metadata.relationships(TableMeta.of(Author.class)))
                .extracting(ResolvedRelationship::name)
                .containsExactly("books");
        assertThat(metadata.foreignKeys(TableMeta.of(Book.class))).hasSize(1);
    }

    @Test
    void resolveStepsCanBeCalledOneByOne() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Author.class);
        metadata.registerTable(Book.class);
        metadata.registerTable(Tag.class);
        metadata.registerTable(BookTag.class);

        metadata.resolveFloatingRelationships();
        metadata.resolveAliases();
        metadata.resolveBackrefs();

        assertThat(metadata.relationships(TableMeta.of(Author.class)))
                .extracting(ResolvedRelationship::name)
                .containsExactly("books");
        assertThat(metadata.aliases()).containsKeys("r_book_author", "r_author_books");
    }

    @Test
    void resolveBackrefsTwiceDoesNotDuplicateBackReferences() {
        TableMetadata metadata = LibrarySchema.registry();

        metadata.resolveBackrefs();

        assertThat(metadata.relationships(TableMeta.of(Author.class)))
                .extracting(ResolvedRelationship::name)
                .containsExactly("books");
    }

    @Test
    void theSameClassResolvesPerRegistry() {
        TableMetadata complete = new TableMetadata();
        complete.registerTable(Country.class);
        complete.registerTable(City.class);
        complete.setupTables();
        TableMetadata incomplete = new TableMetadata();
        incomplete.registerTable(City.class);

        assertThatThrownBy(incomplete::setupTables)
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessageContaining("unknown table 'country'");
        assertThat(complete.foreignKeys(TableMeta.of(City.class))).hasSize(1);
        assertThat(incomplete.foreignKeys(TableMeta.of(City.class))).isEmpty();
    }

    @Test
    void backrefsAreVisibleOnlyInTheRegistryThatHasTheDeclaringTable() {
        TableMetadata withBooks = LibrarySchema.registry();
        TableMetadata authorsOnly = new TableMetadata();
        authorsOnly.registerTable(Author.class);
        authorsOnly.setupTables();
        TableMeta<Author> author = TableMeta.of(Author.class);

        assertThat(withBooks.getRelationship(author, "books")).isPresent();
        assertThat(authorsOnly.getRelationship(author, "books")).isEmpty();
        assertThat(authorsOnly.relationships(author)).isEmpty();
        // the shared description lists only what the class itself declares
        assertThat(author.relationships()).isEmpty();
        assertThat(author.getRelationship("books")).isEmpty();
    }

    @Test
    void relationshipAliasesAreNamedAfterOwnerTableAndRelationship() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.aliases())
                .containsKeys(
                        "r_book_author",
                        "r_book_tags",
                        "r_employee_manager",
                        "r_publisher_editions",
                        "r_author_books",
                        "r_tag_books",
                        "r_employee_reports");
        AliasedTable<?> alias = metadata.aliases().get("r_book_author");
        assertThat(alias.aliasName()).isEqualTo("r_book_author");
        assertThat(alias.table()).isSameAs(TableMeta.of(Author.class));
        assertThat(metadata.getRelationship(TableMeta.of(Book.class), "author"))
                .get()
                .extracting(ResolvedRelationship::alias)
                .isEqualTo("r_book_author");
    }

    @TableName("x_y")
    public static class XY extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> PARENT_ID = column(SqlType.BIGINT).references("x.id");
        public static final Relationship<X> Z = Relationship.manyToOne(X.class);
    }

    @TableName("x")
    public static class X extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Relationship<XY> Y_Z = Relationship.oneToMany(XY.class);
    }

    @Test
    void collidingAliasNamesAreMadeUnique() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(XY.class);
        metadata.registerTable(X.class);
        metadata.setupTables();

        // x_y.z and x.y_z would both be r_x_y_z
        assertThat(metadata.getRelationship(TableMeta.of(XY.class), "z"))
                .get()
                .extracting(ResolvedRelationship::alias)
                .isEqualTo("r_x_y_z");
        assertThat(metadata.getRelationship(TableMeta.of(X.class), "y_z"))
                .get()
                .extracting(ResolvedRelationship::alias)
                .isEqualTo("r_x_y_z_2");
        assertThat(metadata.aliases().get("r_x_y_z").table()).isSameAs(TableMeta.of(X.class));
        assertThat(metadata.aliases().get("r_x_y_z_2").table()).isSameAs(TableMeta.of(XY.class));
    }

    @Test
    void relationshipsOfAnUnknownTableAreEmpty() {
        TableMetadata metadata = LibrarySchema.registry();

        assertThat(metadata.relationships(TableMeta.of(Country.class))).isEmpty();
        assertThat(metadata.getRelationship(TableMeta.of(Publisher.class), "nope")).isEmpty();
        assertThat(metadata.getRelationship(TableMeta.of(Employee.class), "manager")).isPresent();
    }

    @Test
    void toStringListsTheTables() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Country.class);

        assertThat(metadata).hasToString("TableMetadata[country]");
    }
}
