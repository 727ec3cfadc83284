package dev.qlio.orm.schema;

import dev.qlio.orm.expression.Ordering;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relationship from one table to another, declared as a {@code public static final} field of the
 * table class. Only class literals are named, so two table classes never need each other's static
 * fields while they initialise; the join columns are found from the foreign keys by {@link
 * TableMetadata#setupTables()}.
 *
 * <pre>{@code
 * public class Book extends Table {
 *     public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT).references("author.id");
 *     public static final Relationship<Author> AUTHOR = Relationship.manyToOne(Author.class).backref("books");
 *     public static final Relationship<Tag> TAGS = Relationship.manyToMany(Tag.class, BookTag.class);
 *     public static final Relationship<Review> REVIEWS =
 *             Relationship.oneToMany(Review.class).orderBy(Review.CREATED.desc()).removeWithParent();
 * }
 * }</pre>
 *
 * <p>A query loads relationships, nested ones through a {@link LoadPath}: {@code
 * session.select(Author.class).load(Author.BOOKS.then(Book.REVIEWS))}.
 *
 * <p>A relationship's name is its field's name in snake_case ({@code AUTHOR} -> {@code author}).
 *
 * @param <T> the related table class
 */
public final class Relationship<T extends Table> {

    /** The shape of a relationship. */
    public enum Kind {
        /** This table holds a foreign key to one row of the target. */
        MANY_TO_ONE,
        /** The target holds a foreign key to this table: a collection. */
        ONE_TO_MANY,
        /** Rows are linked through a link table with foreign keys to both: a collection. */
        MANY_TO_MANY
    }

    /** What happens to a child removed from a one-to-many collection when the parent is added. */
    public enum OrphanAction {
        /** The child row is deleted. */
        DELETE,
        /** The child's foreign key is set to NULL. */
        SET_NULL
    }

    private final Kind kind;

    private final Class<T> target;

    private final @Nullable Class<? extends Table> linkTable;

    private @Nullable Class<? extends Table> owner;

    private @Nullable String fieldName;

    private @Nullable String name;

    private LoadStrategy load = LoadStrategy.SELECT;

    private @Nullable String via;

    private @Nullable String backref;

    private OrphanAction orphanAction = OrphanAction.DELETE;

    private List<Ordering> orderings = List.of();

    private boolean removeWithParent;

    private volatile boolean frozen;

    private Relationship(Kind kind, Class<T> target, @Nullable Class<? extends Table> linkTable) {
        this.kind = kind;
        this.target = Objects.requireNonNull(target, "target must not be null");
        this.linkTable = linkTable;
    }

    Relationship(
            Kind kind,
            Class<T> target,
            @Nullable Class<? extends Table> linkTable,
            Class<? extends Table> owner,
            String name,
            @Nullable String via,
            LoadStrategy load) {
        this(kind, target, linkTable);
        this.owner = owner;
        this.name = name;
        this.fieldName = name;
        this.via = via;
        this.load = load;
        this.frozen = true;
    }

    /**
     * This table holds a foreign key to one row of {@code target} (e.g. book -> author, or employee
     * -> manager on the same table).
     *
     * @param target the referenced table class
     * @param <T> its type
     * @return the relationship
     */
    public static <T extends Table> Relationship<T> manyToOne(Class<T> target) {
        return new Relationship<>(Kind.MANY_TO_ONE, target, null);
    }

    /**
     * {@code target} holds a foreign key to this table: a collection of its rows (e.g. author ->
     * books).
     *
     * @param target the referencing table class
     * @param <T> its type
     * @return the relationship
     */
    public static <T extends Table> Relationship<T> oneToMany(Class<T> target) {
        return new Relationship<>(Kind.ONE_TO_MANY, target, null);
    }

    /**
     * Rows of {@code target} linked through {@code linkTable}, which has foreign keys to both.
     *
     * @param target the other table class
     * @param linkTable the link table class
     * @param <T> the target type
     * @return the relationship
     */
    public static <T extends Table> Relationship<T> manyToMany(
            Class<T> target, Class<? extends Table> linkTable) {
        return new Relationship<>(
                Kind.MANY_TO_MANY, target, Objects.requireNonNull(linkTable, "linkTable"));
    }

    /**
     * Names the foreign-key column (SQL name) to join on, when there is more than one candidate: on
     * this table for many-to-one, on the target for one-to-many, on the link table (the one
     * pointing at this table) for many-to-many.
     *
     * @param foreignKeyColumn the column's SQL name
     * @return this relationship
     */
    public Relationship<T> via(String foreignKeyColumn) {
        mutable().via = Objects.requireNonNull(foreignKeyColumn, "foreignKeyColumn");
        return this;
    }

    /**
     * The default load strategy (queries may override it).
     *
     * @param strategy the strategy
     * @return this relationship
     */
    public Relationship<T> load(LoadStrategy strategy) {
        mutable().load = Objects.requireNonNull(strategy, "strategy");
        return this;
    }

    /**
     * Creates the inverse relationship on the target table under {@code name}.
     *
     * @param name the back-reference's name
     * @return this relationship
     */
    public Relationship<T> backref(String name) {
        mutable().backref = Objects.requireNonNull(name, "name");
        return this;
    }

    /**
     * What happens to children removed from this one-to-many collection when the parent is added
     * ({@link OrphanAction#DELETE} by default).
     *
     * @param action the action
     * @return this relationship
     */
    public Relationship<T> onOrphan(OrphanAction action) {
        mutable().orphanAction = Objects.requireNonNull(action, "action");
        return this;
    }

    /**
     * The order of a collection's rows wherever it is loaded, rendered in the loading statement's
     * {@code ORDER BY} (never sorted in Java), the related rows' key breaking ties; a query may
     * order one load otherwise ({@link LoadPath#orderBy}). Collections only, by columns of the
     * target table, checked when the table is registered: {@code orderBy(Visit.DATE.desc())}.
     *
     * @param orderings the sort keys, columns of the target table
     * @return this relationship
     */
    public Relationship<T> orderBy(Ordering... orderings) {
        List<Ordering> list = List.of(orderings);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("orderBy needs at least one ordering");
        }
        mutable().orderings = list;
        return this;
    }

    /**
     * Declares that the related rows go with the parent: {@code session.remove(parent)} first
     * deletes the rows of this one-to-many collection (and, deepest first, the rows of their own
     * relationships declared so), or the link rows of this many-to-many (never its targets), with
     * one {@code DELETE} per table whatever the number of rows. Bulk deletes ({@code
     * session.delete(...)}) do not cascade.
     *
     * @return this relationship
     */
    public Relationship<T> removeWithParent() {
        mutable().removeWithParent = true;
        return this;
    }

    /**
     * Starts a load path at this relationship and continues it with {@code next}, a relationship of
     * this one's target: {@code Owner.PETS.then(Pet.VISITS)}.
     *
     * @param next a relationship declared by (or back-referenced on) this relationship's target
     * @return the path
     */
    public LoadPath then(Relationship<?> next) {
        return LoadPath.of(this).then(next);
    }

    /**
     * Starts a load path at this relationship and continues it with another path that starts at
     * this one's target: {@code Owner.PETS.then(Pet.TYPE.using(LoadStrategy.JOINED))}.
     *
     * @param next the path to append
     * @return the path
     */
    public LoadPath then(LoadPath next) {
        return LoadPath.of(this).then(next);
    }

    /**
     * A load path of this relationship alone, loaded with {@code strategy} instead of the declared
     * one.
     *
     * @param strategy the strategy
     * @return the path
     */
    public LoadPath using(LoadStrategy strategy) {
        return LoadPath.of(this).using(strategy);
    }

    private Relationship<T> mutable() {
        if (this.frozen) {
            throw new IllegalStateException(
                    "Relationship " + this.name + " is frozen: its table is registered");
        }
        return this;
    }

    /**
     * The relationship's name.
     *
     * @return the name
     */
    public String name() {
        return Objects.requireNonNull(
                this.name, "relationship is not assigned to a field of a table class");
    }

    /**
     * The shape.
     *
     * @return the kind
     */
    public Kind kind() {
        return this.kind;
    }

    /**
     * The related table class.
     *
     * @return the class
     */
    public Class<T> target() {
        return this.target;
    }

    /**
     * The table class that declares the relationship.
     *
     * @return the class
     */
    public Class<? extends Table> owner() {
        return Objects.requireNonNull(
                this.owner, "relationship is not assigned to a field of a table class");
    }

    /**
     * The link table of a many-to-many.
     *
     * @return the class or {@code null}
     */
    public @Nullable Class<? extends Table> linkTable() {
        return this.linkTable;
    }

    /**
     * The default load strategy.
     *
     * @return the strategy
     */
    public LoadStrategy loadStrategy() {
        return this.load;
    }

    /**
     * The foreign-key column named with {@link #via}.
     *
     * @return the SQL name or {@code null}
     */
    public @Nullable String via() {
        return this.via;
    }

    /**
     * The back-reference's name.
     *
     * @return the name or {@code null}
     */
    public @Nullable String backrefName() {
        return this.backref;
    }

    /**
     * What happens to orphans of a one-to-many collection.
     *
     * @return the action
     */
    public OrphanAction orphanAction() {
        return this.orphanAction;
    }

    /**
     * The declared order of the collection's rows ({@link #orderBy}).
     *
     * @return the sort keys, empty when none is declared
     */
    public List<Ordering> orderings() {
        return this.orderings;
    }

    /**
     * Whether the related rows (or link rows) are deleted with the parent ({@link
     * #removeWithParent}).
     *
     * @return whether removal cascades
     */
    public boolean removedWithParent() {
        return this.removeWithParent;
    }

    /**
     * Whether the relationship holds a collection.
     *
     * @return {@code true} for one-to-many and many-to-many
     */
    public boolean isCollection() {
        return this.kind != Kind.MANY_TO_ONE;
    }

    String fieldName() {
        return Objects.requireNonNull(this.fieldName);
    }

    void assign(Class<? extends Table> ownerClass, String field) {
        if (this.owner != null && this.owner != ownerClass) {
            throw new SchemaDefinitionException(
                    ownerClass, field, "holds a relationship declared by " + this.owner.getName());
        }
        this.owner = ownerClass;
        this.fieldName = field;
        this.name = Names.snakeCase(field);
    }

    void freeze() {
        this.frozen = true;
    }

    @Override
    public String toString() {
        return "Relationship["
                + (this.owner != null ? this.owner.getSimpleName() : "?")
                + "."
                + this.name
                + " "
                + this.kind
                + " "
                + this.target.getSimpleName()
                + "]";
    }
}
