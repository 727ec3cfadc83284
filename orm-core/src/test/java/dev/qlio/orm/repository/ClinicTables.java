package dev.qlio.orm.repository;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ColumnTemplate;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Owners and pets sharing their column definitions, with repositories over them. */
final class ClinicTables {

    static final String[] NAMES = {"repo_pets", "repo_owners"};

    private ClinicTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Owner.class);
        metadata.registerTable(Pet.class);
        metadata.setupTables();
        return metadata;
    }

    static Owner owner(String first, String last) {
        Owner owner = new Owner();
        owner.set(Owner.FIRST_NAME, first);
        owner.set(Owner.LAST_NAME, last);
        return owner;
    }

    /** The definitions both tables share. */
    static final class Shared {
        static final ColumnTemplate<Long> ID =
                ColumnTemplate.of(SqlType.BIGINT).primaryKey().autoincrement();
        static final ColumnTemplate<String> NAME = ColumnTemplate.of(SqlType.varchar(30)).notNull();
    }

    @TableName("repo_owners")
    public static class Owner extends Table {
        public static final Column<Long> ID = column(Shared.ID);
        public static final Column<String> FIRST_NAME = column(Shared.NAME);
        public static final Column<String> LAST_NAME = column(Shared.NAME);
        public static final Column<String> CITY = column(SqlType.varchar(30));
        public static final Relationship<Pet> PETS = Relationship.oneToMany(Pet.class);
    }

    @TableName("repo_pets")
    public static class Pet extends Table {
        public static final Column<Long> ID = column(Shared.ID);
        public static final Column<String> NAME = column(Shared.NAME);
        public static final Column<Long> OWNER_ID =
                column(SqlType.BIGINT).notNull().references("repo_owners.id");
    }

    /** A repository with one query of its own. */
    static class OwnerRepository extends PagingTableRepository<Owner, Long> {
        Page<Owner> findByLastNamePrefix(String prefix, Pageable pageable) {
            return select().where(Owner.LAST_NAME.like(prefix + "%"))
                    .load(Owner.PETS)
                    .page(pageable);
        }

        List<Owner> findByCity(Collection<String> cities) {
            return select().where(Owner.CITY.in(cities)).orderBy(Owner.ID.asc()).all();
        }
    }

    /** Declares the wrong key type. */
    static class MistypedRepository extends TableRepository<Owner, Integer> {}

    /** Leaves its type arguments open. */
    static class RawRepository<T extends Table> extends TableRepository<T, Long> {}
}
