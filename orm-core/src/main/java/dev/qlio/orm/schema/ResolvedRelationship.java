package dev.qlio.orm.schema;

import org.jspecify.annotations.Nullable;

/**
 * A relationship with its join columns found, as one {@link TableMetadata} resolved it. The owner's
 * {@code ownerColumn} matches the target's {@code targetColumn}, directly or, for a many-to-many,
 * through the link table ({@code owner.ownerColumn = link.linkOwnerColumn} and {@code
 * link.linkTargetColumn = target.targetColumn}).
 *
 * @param relationship the declaration (or the registry's back-reference)
 * @param owner the table the relationship starts from
 * @param target the related table
 * @param alias the alias the target is joined under ({@code r_<owner>_<name>})
 * @param ownerColumn the join column on the owner
 * @param targetColumn the join column on the target
 * @param link the link table of a many-to-many, else {@code null}
 * @param linkOwnerColumn the link table's column pointing at the owner
 * @param linkTargetColumn the link table's column pointing at the target
 */
public record ResolvedRelationship(
        Relationship<?> relationship,
        TableMeta<?> owner,
        TableMeta<?> target,
        String alias,
        Column<?> ownerColumn,
        Column<?> targetColumn,
        @Nullable TableMeta<?> link,
        @Nullable Column<?> linkOwnerColumn,
        @Nullable Column<?> linkTargetColumn) {

    ResolvedRelationship withAlias(String newAlias) {
        return new ResolvedRelationship(
                this.relationship,
                this.owner,
                this.target,
                newAlias,
                this.ownerColumn,
                this.targetColumn,
                this.link,
                this.linkOwnerColumn,
                this.linkTargetColumn);
    }

    /**
     * The relationship's name.
     *
     * @return the name
     */
    public String name() {
        return this.relationship.name();
    }
}
