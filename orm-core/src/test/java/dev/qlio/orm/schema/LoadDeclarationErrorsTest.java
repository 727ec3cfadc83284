package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.qlio.orm.schema.LibrarySchema.Author;
import dev.qlio.orm.schema.types.SqlType;
import org.junit.jupiter.api.Test;

/** A declared order or removal cascade that cannot work fails at registration with the fix. */
class LoadDeclarationErrorsTest {

    private static SchemaDefinitionException settingUp(Class<?>... tableClasses) {
        TableMetadata metadata = new TableMetadata();
        for (Class<?> c : tableClasses) {
            metadata.registerTable(c.asSubclass(Table.class));
        }
        return catchThrowableOfType(SchemaDefinitionException.class, metadata::setupTables);
    }

    public static class OrderedToOne extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT).references("author.id");
        public static final Relationship<Author> AUTHOR =
                Relationship.manyToOne(Author.class).orderBy(Author.NAME.asc());
    }

    @Test
    void aToOneRelationshipCannotBeOrdered() {
        assertThat(settingUp(Author.class, OrderedToOne.class))
                .hasMessageContaining("field AUTHOR")
                .hasMessageContaining("only collections are ordered");
    }

    public static class Parent extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.TEXT);
        public static final Relationship<Child> CHILDREN =
                Relationship.oneToMany(Child.class).orderBy(Parent.NAME.asc());
    }

    public static class Child extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> PARENT_ID = column(SqlType.BIGINT).references("parent.id");
        public static final Relationship<Parent> PARENT =
                Relationship.manyToOne(Parent.class).removeWithParent();
    }

    @Test
    void aCollectionIsOrderedByItsTargetsColumnsOnly() {
        assertThat(settingUp(Parent.class, Child.class))
                .hasMessageContaining("field CHILDREN")
                .hasMessageContaining("order it by columns of Child");
    }

    public static class Family extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Relationship<Member> MEMBERS = Relationship.oneToMany(Member.class);
    }

    public static class Member extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> FAMILY_ID = column(SqlType.BIGINT).references("family.id");
        public static final Relationship<Family> FAMILY =
                Relationship.manyToOne(Family.class).removeWithParent();
    }

    @Test
    void removalCascadesFromTheParentsSideOnly() {
        assertThat(settingUp(Family.class, Member.class))
                .hasMessageContaining("field FAMILY")
                .hasMessageContaining("declare removeWithParent() on the parent's");
    }

    @Test
    void aRegisteredRelationshipIsFrozen() {
        LibrarySchema.registry();
        assertThatThrownBy(() -> LibrarySchema.Book.TAGS.orderBy(LibrarySchema.Tag.LABEL.asc()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("frozen");
    }
}
