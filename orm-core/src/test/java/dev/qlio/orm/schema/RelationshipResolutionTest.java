package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.schema.LibrarySchema.Author;
import dev.qlio.orm.schema.LibrarySchema.Book;
import dev.qlio.orm.schema.LibrarySchema.BookTag;
import dev.qlio.orm.schema.LibrarySchema.Edition;
import dev.qlio.orm.schema.LibrarySchema.Employee;
import dev.qlio.orm.schema.LibrarySchema.Publisher;
import dev.qlio.orm.schema.LibrarySchema.Tag;
import dev.qlio.orm.schema.types.SqlType;
import org.junit.jupiter.api.Test;

class RelationshipResolutionTest {

    private final TableMetadata metadata = LibrarySchema.registry();

    private ResolvedRelationship resolved(Class<? extends Table> owner, String name) {
        return this.metadata.getRelationship(TableMeta.of(owner), name).orElseThrow();
    }

    @Test
    void declarationShapeIsKeptOnTheRelationship() {
        assertThat(Book.AUTHOR.kind()).isEqualTo(Relationship.Kind.MANY_TO_ONE);
        assertThat(Book.AUTHOR.target()).isEqualTo(Author.class);
        assertThat(Book.AUTHOR.owner()).isEqualTo(Book.class);
        assertThat(Book.AUTHOR.name()).isEqualTo("author");
        assertThat(Book.AUTHOR.backrefName()).isEqualTo("books");
        assertThat(Book.AUTHOR.loadStrategy()).isEqualTo(LoadStrategy.SELECT);
        assertThat(Book.AUTHOR.isCollection()).isFalse();
        assertThat(Book.AUTHOR.linkTable()).isNull();
        assertThat(Book.TAGS.kind()).isEqualTo(Relationship.Kind.MANY_TO_MANY);
        assertThat(Book.TAGS.linkTable()).isEqualTo(BookTag.class);
        assertThat(Book.TAGS.isCollection()).isTrue();
        assertThat(Publisher.EDITIONS.loadStrategy()).isEqualTo(LoadStrategy.JOINED);
        assertThat(Publisher.EDITIONS.orphanAction()).isEqualTo(Relationship.OrphanAction.DELETE);
        assertThat(Employee.MANAGER.via()).isEqualTo("manager_id");
    }

    @Test
    void declaredRelationshipsAreListedOnTheTableDescription() {
        assertThat(TableMeta.of(Book.class).relationships())
                .containsExactly(Book.AUTHOR, Book.TAGS);
        assertThat(TableMeta.of(Book.class).getRelationship("tags")).containsSame(Book.TAGS);
        assertThat(TableMeta.of(Book.class).getRelationship("TAGS")).isEmpty();
    }

    @Test
    void manyToOneJoinsTheForeignKeyToTheReferencedColumn() {
        ResolvedRelationship author = resolved(Book.class, "author");

        assertThat(author.relationship()).isSameAs(Book.AUTHOR);
        assertThat(author.owner()).isSameAs(TableMeta.of(Book.class));
        assertThat(author.target()).isSameAs(TableMeta.of(Author.class));
        assertThat(author.ownerColumn()).isSameAs(Book.AUTHOR_ID);
        assertThat(author.targetColumn()).isSameAs(Author.ID);
        assertThat(author.link()).isNull();
        assertThat(author.linkOwnerColumn()).isNull();
        assertThat(author.linkTargetColumn()).isNull();
    }

    @Test
    void oneToManyJoinsTheKeyToTheTargetsForeignKey() {
        ResolvedRelationship editions = resolved(Publisher.class, "editions");

        assertThat(editions.owner()).isSameAs(TableMeta.of(Publisher.class));
        assertThat(editions.target()).isSameAs(TableMeta.of(Edition.class));
        assertThat(editions.ownerColumn()).isSameAs(Publisher.ID);
        assertThat(editions.targetColumn()).isSameAs(Edition.PUBLISHER_ID);
        assertThat(editions.alias()).isEqualTo("r_publisher_editions");
    }

    @Test
    void manyToManyJoinsThroughTheLinkTable() {
        ResolvedRelationship tags = resolved(Book.class, "tags");

        assertThat(tags.target()).isSameAs(TableMeta.of(Tag.class));
        assertThat(tags.link()).isSameAs(TableMeta.of(BookTag.class));
        assertThat(tags.ownerColumn()).isSameAs(Book.ID);
        assertThat(tags.linkOwnerColumn()).isSameAs(BookTag.BOOK_ID);
        assertThat(tags.linkTargetColumn()).isSameAs(BookTag.TAG_ID);
        assertThat(tags.targetColumn()).isSameAs(Tag.ID);
    }

    @Test
    void selfReferentialManyToOneUsesTheColumnNamedByVia() {
        ResolvedRelationship manager = resolved(Employee.class, "manager");

        assertThat(manager.owner()).isSameAs(TableMeta.of(Employee.class));
        assertThat(manager.target()).isSameAs(TableMeta.of(Employee.class));
        assertThat(manager.ownerColumn()).isSameAs(Employee.MANAGER_ID);
        assertThat(manager.targetColumn()).isSameAs(Employee.ID);
        assertThat(manager.alias()).isEqualTo("r_employee_manager");
    }

    @Test
    void backrefOfAManyToOneIsAOneToManyCollection() {
        ResolvedRelationship books = resolved(Author.class, "books");

        assertThat(books.relationship().kind()).isEqualTo(Relationship.Kind.ONE_TO_MANY);
        assertThat(books.relationship().isCollection()).isTrue();
        assertThat(books.relationship().owner()).isEqualTo(Author.class);
        assertThat(books.relationship().target()).isEqualTo(Book.class);
        assertThat(books.owner()).isSameAs(TableMeta.of(Author.class));
        assertThat(books.target()).isSameAs(TableMeta.of(Book.class));
        assertThat(books.ownerColumn()).isSameAs(Author.ID);
        assertThat(books.targetColumn()).isSameAs(Book.AUTHOR_ID);
        assertThat(books.alias()).isEqualTo("r_author_books");
        assertThat(this.metadata.aliases().get("r_author_books").table())
                .isSameAs(TableMeta.of(Book.class));
    }

    @Test
    void backrefOfAManyToManyLinksTheOtherWayRound() {
        ResolvedRelationship books = resolved(Tag.class, "books");

        assertThat(books.relationship().kind()).isEqualTo(Relationship.Kind.MANY_TO_MANY);
        assertThat(books.relationship().linkTable()).isEqualTo(BookTag.class);
        assertThat(books.target()).isSameAs(TableMeta.of(Book.class));
        assertThat(books.ownerColumn()).isSameAs(Tag.ID);
        assertThat(books.linkOwnerColumn()).isSameAs(BookTag.TAG_ID);
        assertThat(books.linkTargetColumn()).isSameAs(BookTag.BOOK_ID);
        assertThat(books.targetColumn()).isSameAs(Book.ID);
    }

    @Test
    void selfReferentialBackrefListsTheReports() {
        ResolvedRelationship reports = resolved(Employee.class, "reports");

        assertThat(reports.relationship().kind()).isEqualTo(Relationship.Kind.ONE_TO_MANY);
        assertThat(reports.target()).isSameAs(TableMeta.of(Employee.class));
        assertThat(reports.ownerColumn()).isSameAs(Employee.ID);
        assertThat(reports.targetColumn()).isSameAs(Employee.MANAGER_ID);
        assertThat(this.metadata.relationships(TableMeta.of(Employee.class)))
                .extracting(ResolvedRelationship::name)
                .containsExactly("manager", "reports");
    }

    @Test
    void backrefKeepsTheLoadStrategyOfItsDeclaration() {
        assertThat(resolved(Author.class, "books").relationship().loadStrategy())
                .isEqualTo(LoadStrategy.SELECT);
    }

    @Test
    void relationshipModifiersAreRefusedOnceTheTableIsRegistered() {
        assertThat(TableMeta.of(Book.class).isFrozen()).isTrue();

        assertThatThrownBy(() -> Book.AUTHOR.load(LoadStrategy.JOINED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> Book.AUTHOR.backref("other"))
                .isInstanceOf(IllegalStateException.class);
    }

    // ---- a relationship that needs via(...) ----------------------------------------------

    public static class Manuscript extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> WRITER_ID = column(SqlType.BIGINT).references("author.id");
        public static final Column<Long> EDITOR_ID = column(SqlType.BIGINT).references("author.id");
        public static final Relationship<Author> EDITOR =
                Relationship.manyToOne(Author.class).via("editor_id");
    }

    @Test
    void viaChoosesOneOfSeveralForeignKeysToTheSameTable() {
        TableMetadata m = new TableMetadata();
        m.registerTable(Author.class);
        m.registerTable(Manuscript.class);
        m.setupTables();

        ResolvedRelationship editor =
                m.getRelationship(TableMeta.of(Manuscript.class), "editor").orElseThrow();

        assertThat(editor.ownerColumn()).isSameAs(Manuscript.EDITOR_ID);
        assertThat(editor.targetColumn()).isSameAs(Author.ID);
    }
}
