package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.qlio.orm.schema.LibrarySchema.Author;
import dev.qlio.orm.schema.LibrarySchema.Book;
import dev.qlio.orm.schema.types.SqlType;
import org.junit.jupiter.api.Test;

/**
 * Every definition error is a {@link SchemaDefinitionException} from {@code registerTable} or
 * {@code setupTables} naming the class (and the field, where there is one) and the fix. Each bad
 * table is its own class, since {@link TableMeta} caches per class.
 */
class SchemaDefinitionErrorsTest {

    private static SchemaDefinitionException registering(Class<? extends Table> tableClass) {
        return catchThrowableOfType(
                SchemaDefinitionException.class,
                () -> new TableMetadata().registerTable(tableClass));
    }

    private static SchemaDefinitionException settingUp(Class<?>... tableClasses) {
        TableMetadata metadata = new TableMetadata();
        for (Class<?> c : tableClasses) {
            metadata.registerTable(c.asSubclass(Table.class));
        }
        return catchThrowableOfType(SchemaDefinitionException.class, metadata::setupTables);
    }

    // ---- no primary key --------------------------------------------------------------------

    public static class Keyless extends Table {
        public static final Column<String> NAME = column(SqlType.TEXT);
    }

    @Test
    void tableWithoutPrimaryKeyIsRefusedOnRegistration() {
        SchemaDefinitionException ex = registering(Keyless.class);

        assertThat(ex)
                .hasMessageStartingWith("Table class " + Keyless.class.getName())
                .hasMessageContaining("no primary key")
                .hasMessageContaining("primaryKey()")
                .hasMessageContaining("setPrimaryKey");
        assertThat(ex.getTableClass()).isEqualTo(Keyless.class);
        assertThat(ex.getFieldName()).isNull();
    }

    @Test
    void tableWithoutPrimaryKeyCanStillBeDescribed() {
        TableMeta<Keyless> meta = TableMeta.of(Keyless.class);

        assertThat(meta.primaryKey()).isNull();
        assertThat(meta.columns()).containsExactly(Keyless.NAME);
    }

    // ---- duplicate column names ------------------------------------------------------------

    public static class DuplicateName extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> LABEL = column(SqlType.TEXT).named("title");
        public static final Column<String> TITLE = column(SqlType.TEXT);
    }

    @Test
    void twoColumnsWithOneNameAreRefusedNamingBothFields() {
        SchemaDefinitionException ex = registering(DuplicateName.class);

        assertThat(ex)
                .hasMessageContaining(DuplicateName.class.getName())
                .hasMessageContaining("field TITLE")
                .hasMessageContaining("'title'")
                .hasMessageContaining("field LABEL")
                .hasMessageContaining("named(...)");
        assertThat(ex.getFieldName()).isEqualTo("TITLE");
    }

    public static class DuplicateDerivedName extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> CREATED_AT = column(SqlType.TEXT);

        @SuppressWarnings("checkstyle:ConstantName")
        public static final Column<String> createdAt = column(SqlType.TEXT);
    }

    @Test
    void twoFieldsDerivingOneNameAreRefused() {
        assertThat(registering(DuplicateDerivedName.class))
                .hasMessageContaining("'created_at'")
                .hasMessageContaining("CREATED_AT")
                .hasMessageContaining("createdAt");
    }

    // ---- modifiers of Column fields -------------------------------------------------------

    public static class NotFinalColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static Column<String> NAME = column(SqlType.TEXT);
    }

    public static class PackagePrivateColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        static final Column<String> NAME = column(SqlType.TEXT);
    }

    public static class PrivateColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        private static final Column<String> NAME = column(SqlType.TEXT);

        static Column<String> name() {
            return NAME;
        }
    }

    public static class InstanceColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public final Column<String> name = column(SqlType.TEXT);
    }

    @Test
    void aColumnFieldThatIsNotFinalIsRefused() {
        SchemaDefinitionException ex = registering(NotFinalColumn.class);

        assertThat(ex)
                .hasMessageContaining(NotFinalColumn.class.getName())
                .hasMessageContaining("field NAME")
                .hasMessageContaining("public static final");
        assertThat(ex.getFieldName()).isEqualTo("NAME");
    }

    @Test
    void aColumnFieldThatIsNotPublicIsRefused() {
        assertThat(registering(PackagePrivateColumn.class))
                .hasMessageContaining("field NAME")
                .hasMessageContaining("public static final");
        assertThat(registering(PrivateColumn.class))
                .hasMessageContaining("field NAME")
                .hasMessageContaining("public static final");
    }

    @Test
    void aColumnFieldThatIsNotStaticIsRefused() {
        assertThat(registering(InstanceColumn.class))
                .hasMessageContaining("field name")
                .hasMessageContaining("public static final");
    }

    @Test
    void definitionErrorsAreAlsoRaisedByTableMetaOf() {
        assertThatThrownBy(() -> TableMeta.of(NotFinalColumn.class))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessageContaining("public static final");
    }

    // ---- empty and NUL-containing names -----------------------------------------------------

    public static class EmptyColumnName extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().named("");
    }

    public static class NulColumnName extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().named("i\0d");
    }

    @TableName("")
    public static class EmptyTableName extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }

    @TableName("bad\0name")
    public static class NulTableName extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }

    @Test
    void anEmptyColumnNameIsRefused() {
        SchemaDefinitionException ex = registering(EmptyColumnName.class);

        assertThat(ex)
                .hasMessageContaining(EmptyColumnName.class.getName())
                .hasMessageContaining("field ID")
                .hasMessageContaining("column name is empty");
    }

    @Test
    void aColumnNameWithNulIsRefused() {
        assertThat(registering(NulColumnName.class))
                .hasMessageContaining("field ID")
                .hasMessageContaining("column name contains a NUL character");
    }

    @Test
    void anEmptyTableNameIsRefused() {
        SchemaDefinitionException ex = registering(EmptyTableName.class);

        assertThat(ex)
                .hasMessageContaining(EmptyTableName.class.getName())
                .hasMessageContaining("table name is empty");
        assertThat(ex.getFieldName()).isNull();
    }

    @Test
    void aTableNameWithNulIsRefused() {
        assertThat(registering(NulTableName.class))
                .hasMessageContaining("table name contains a NUL character");
    }

    // ---- other class-level errors ---------------------------------------------------------

    public static class NoColumns extends Table {}

    public static class NoDefaultConstructor extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();

        public NoDefaultConstructor(long id) {
            set(ID, id);
        }
    }

    public static class SubclassOfATable extends Author {}

    public static class TwoVersions extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Integer> V1 = column(SqlType.INTEGER).version();
        public static final Column<Long> V2 = column(SqlType.BIGINT).version();
    }

    public static class BorrowedColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = Author.NAME;
    }

    public static class SharedColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> ALSO_ID = ID;
    }

    public static class IndexOnForeignColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Index BY_AUTHOR_NAME = Index.on(ID, Author.NAME);
    }

    @Test
    void aClassWithoutColumnsIsRefused() {
        assertThat(registering(NoColumns.class)).hasMessageContaining("declares no columns");
    }

    @Test
    void aClassWithoutNoArgConstructorIsRefused() {
        assertThat(registering(NoDefaultConstructor.class))
                .hasMessageContaining(NoDefaultConstructor.class.getName())
                .hasMessageContaining("no-argument constructor");
    }

    @Test
    void aClassExtendingAnotherTableClassIsRefusedWithWhatToDo() {
        assertThat(registering(SubclassOfATable.class))
                .hasMessageContaining(SubclassOfATable.class.getName())
                .hasMessageContaining("extends the table class " + Author.class.getName())
                .hasMessageContaining("Make both extend Table")
                .hasMessageContaining("column(Shared.ID)");
    }

    @Test
    void twoVersionColumnsAreRefused() {
        assertThat(registering(TwoVersions.class))
                .hasMessageContaining("field V2")
                .hasMessageContaining("at most one version() column")
                .hasMessageContaining("V1");
    }

    @Test
    void aFieldHoldingAnotherTablesColumnIsRefused() {
        assertThat(registering(BorrowedColumn.class))
                .hasMessageContaining("field NAME")
                .hasMessageContaining(Author.class.getName());
    }

    @Test
    void twoFieldsHoldingOneColumnAreRefused() {
        assertThat(registering(SharedColumn.class))
                .hasMessageContaining("field ALSO_ID")
                .hasMessageContaining("same Column instance");
    }

    @Test
    void anIndexOverAnotherTablesColumnIsRefused() {
        assertThat(registering(IndexOnForeignColumn.class))
                .hasMessageContaining("field BY_AUTHOR_NAME")
                .hasMessageContaining("belongs to another table");
    }

    public static class RelationshipNamedLikeColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_REF = column(SqlType.BIGINT).named("author");
        public static final Relationship<Author> AUTHOR = Relationship.manyToOne(Author.class);
    }

    @Test
    void aRelationshipWhoseNameIsAColumnNameIsRefused() {
        assertThat(registering(RelationshipNamedLikeColumn.class))
                .hasMessageContaining("field AUTHOR")
                .hasMessageContaining("relationship name 'author' clashes with a column");
    }

    // ---- references ------------------------------------------------------------------------

    public static class UnknownTableReference extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> OWNER_ID = column(SqlType.BIGINT).references("owner.id");
    }

    public static class UnknownColumnReference extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID =
                column(SqlType.BIGINT).references("author.uid");
    }

    public static class FieldNameReference extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT).references("author.ID");
    }

    public static class MalformedReference extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT).references("author");
    }

    public static class MistypedReference extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> AUTHOR_ID = column(SqlType.TEXT).references("author.id");
    }

    @Test
    void aReferenceToAnUnknownTableListsTheKnownTables() {
        SchemaDefinitionException ex = settingUp(Author.class, UnknownTableReference.class);

        assertThat(ex)
                .hasMessageContaining(UnknownTableReference.class.getName())
                .hasMessageContaining("field OWNER_ID")
                .hasMessageContaining("unknown table 'owner'")
                .hasMessageContaining("(known: author, unknown_table_reference)");
        assertThat(ex.getFieldName()).isEqualTo("OWNER_ID");
    }

    @Test
    void aReferenceToAnUnknownColumnListsTheKnownColumns() {
        assertThat(settingUp(Author.class, UnknownColumnReference.class))
                .hasMessageContaining("field AUTHOR_ID")
                .hasMessageContaining("unknown column 'uid' of table author")
                .hasMessageContaining("(known: id, name)");
    }

    @Test
    void referencesUseSqlNamesNotFieldNames() {
        assertThat(settingUp(Author.class, FieldNameReference.class))
                .hasMessageContaining("unknown column 'ID'");
    }

    @Test
    void aReferenceWithoutTableAndColumnIsRefused() {
        assertThat(settingUp(Author.class, MalformedReference.class))
                .hasMessageContaining("field AUTHOR_ID")
                .hasMessageContaining("\"table.column\"");
    }

    @Test
    void aReferenceBetweenColumnsOfDifferentTypesIsRefused() {
        assertThat(settingUp(Author.class, MistypedReference.class))
                .hasMessageContaining("field AUTHOR_ID")
                .hasMessageContaining("author.id");
    }

    // ---- relationships ---------------------------------------------------------------------

    public static class Ambiguous extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> WRITER_ID = column(SqlType.BIGINT).references("author.id");
        public static final Column<Long> EDITOR_ID = column(SqlType.BIGINT).references("author.id");
        public static final Relationship<Author> AUTHOR = Relationship.manyToOne(Author.class);
    }

    public static class WithoutForeignKey extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT);
        public static final Relationship<Author> AUTHOR = Relationship.manyToOne(Author.class);
    }

    public static class ViaUnknownColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT).references("author.id");
        public static final Relationship<Author> AUTHOR =
                Relationship.manyToOne(Author.class).via("writer_id");
    }

    public static class BackrefClashesWithColumn extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT).references("author.id");
        public static final Relationship<Author> AUTHOR =
                Relationship.manyToOne(Author.class).backref("name");
    }

    public static class BackrefClashesWithBackref extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT).references("author.id");
        public static final Relationship<Author> AUTHOR =
                Relationship.manyToOne(Author.class).backref("books");
    }

    @Test
    void aRelationshipToAnUnregisteredTableIsRefused() {
        // Book's TAGS needs Tag and BookTag
        SchemaDefinitionException ex = settingUp(Author.class, Book.class);

        assertThat(ex)
                .hasMessageContaining(Book.class.getName())
                .hasMessageContaining("field TAGS")
                .hasMessageContaining("relationship 'tags'")
                .hasMessageContaining(LibrarySchema.Tag.class.getName())
                .hasMessageContaining("not registered")
                .hasMessageContaining("(known tables: author, book)");
    }

    @Test
    void anAmbiguousRelationshipNamesBothForeignKeys() {
        SchemaDefinitionException ex = settingUp(Author.class, Ambiguous.class);

        assertThat(ex)
                .hasMessageContaining(Ambiguous.class.getName())
                .hasMessageContaining("field AUTHOR")
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("ambiguous.writer_id")
                .hasMessageContaining("ambiguous.editor_id")
                .hasMessageContaining("via(");
    }

    @Test
    void aRelationshipWithoutForeignKeyIsRefused() {
        assertThat(settingUp(Author.class, WithoutForeignKey.class))
                .hasMessageContaining("field AUTHOR")
                .hasMessageContaining("needs a foreign key from without_foreign_key to author")
                .hasMessageContaining("references(\"author.<column>\")");
    }

    @Test
    void viaNamingNoForeignKeyIsRefused() {
        assertThat(settingUp(Author.class, ViaUnknownColumn.class))
                .hasMessageContaining("field AUTHOR")
                .hasMessageContaining("on column 'writer_id'");
    }

    @Test
    void aBackrefClashingWithAColumnIsRefused() {
        SchemaDefinitionException ex = settingUp(Author.class, BackrefClashesWithColumn.class);

        assertThat(ex)
                .hasMessageContaining(BackrefClashesWithColumn.class.getName())
                .hasMessageContaining("field AUTHOR")
                .hasMessageContaining(
                        "back-reference 'name' clashes with column name of table author");
    }

    @Test
    void twoBackrefsWithOneNameAreRefused() {
        SchemaDefinitionException ex =
                settingUp(
                        Author.class,
                        Book.class,
                        LibrarySchema.Tag.class,
                        LibrarySchema.BookTag.class,
                        BackrefClashesWithBackref.class);

        assertThat(ex)
                .hasMessageContaining(BackrefClashesWithBackref.class.getName())
                .hasMessageContaining("back-reference 'books' clashes with relationship 'books'");
    }
}
