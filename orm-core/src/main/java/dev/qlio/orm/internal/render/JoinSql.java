package dev.qlio.orm.internal.render;

import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.TableMeta;
import java.util.Objects;

/**
 * The ways a statement reaches a related table, each written here once: a {@code LEFT JOIN} from
 * the owner, and the related rows on their own ({@code FROM target} or, for a many-to-many, {@code
 * FROM link JOIN target}) with the column holding the owner's key, as {@code EXISTS} semi-joins and
 * relationship loads use them. The link-to-target join is one method for all three.
 */
final class JoinSql {

    private JoinSql() {}

    /**
     * {@code LEFT JOIN target q ON from.owner = q.key}; for a many-to-many {@code LEFT JOIN link
     * q_link ON from.owner = q_link.owner LEFT JOIN target q ON q_link.target = q.key}.
     */
    static void leftJoin(
            RenderContext context,
            SqlWriter sql,
            Params params,
            String fromQualifier,
            ResolvedRelationship rr,
            String qualifier) {
        TableMeta<?> link = rr.link();
        Filters filters = context.filters();
        if (link != null) {
            String l = linkQualifier(qualifier);
            sql.append(" LEFT JOIN ").append(table(context, sql, link)).append(' ').quoted(l);
            sql.append(" ON ");
            sql.column(fromQualifier, context.quotedName(rr.ownerColumn())).append(" = ");
            sql.column(l, context.quotedName(Objects.requireNonNull(rr.linkOwnerColumn())));
            filters.and(context, sql, params, link, l);
            linkToTarget(context, sql, " LEFT JOIN ", rr, l, qualifier);
        } else {
            sql.append(" LEFT JOIN ").append(table(context, sql, rr.target())).append(' ');
            sql.quoted(qualifier);
            sql.append(" ON ").column(fromQualifier, context.quotedName(rr.ownerColumn()));
            sql.append(" = ").column(qualifier, context.quotedName(rr.targetColumn()));
        }
        // a filtered-out target joins as absent: its columns NULL, conditions on it false
        filters.and(context, sql, params, rr.target(), qualifier);
    }

    /**
     * {@code AND ...}: the global filters of the tables {@link #related} names (the link's, then
     * the target's), after a {@code WHERE} that has a condition already.
     */
    static void relatedFilters(
            RenderContext context,
            SqlWriter sql,
            Params params,
            ResolvedRelationship rr,
            String qualifier,
            String linkQualifier) {
        TableMeta<?> link = rr.link();
        if (link != null) {
            context.filters().and(context, sql, params, link, linkQualifier);
        }
        context.filters().and(context, sql, params, rr.target(), qualifier);
    }

    /**
     * The related rows on their own, {@code target q} or {@code link l JOIN target q ON l.target =
     * q.key}, for a {@code FROM} clause.
     */
    static void related(
            RenderContext context,
            SqlWriter sql,
            ResolvedRelationship rr,
            String qualifier,
            String linkQualifier) {
        TableMeta<?> link = rr.link();
        if (link != null) {
            sql.append(table(context, sql, link)).append(' ').quoted(linkQualifier);
            linkToTarget(context, sql, " JOIN ", rr, linkQualifier, qualifier);
        } else {
            sql.append(table(context, sql, rr.target())).append(' ').quoted(qualifier);
        }
    }

    /**
     * The column of {@link #related} that holds the owner's key: {@code l.owner} or {@code q.key}.
     */
    static void ownerKey(
            RenderContext context,
            SqlWriter sql,
            ResolvedRelationship rr,
            String qualifier,
            String linkQualifier) {
        if (rr.link() != null) {
            sql.column(
                    linkQualifier,
                    context.quotedName(Objects.requireNonNull(rr.linkOwnerColumn())));
        } else {
            sql.column(qualifier, context.quotedName(rr.targetColumn()));
        }
    }

    /** A table's quoted name as the database spells it; nothing with text off. */
    private static String table(RenderContext context, SqlWriter sql, TableMeta<?> table) {
        return sql.on() ? context.quotedTable(table) : "";
    }

    /** The qualifier of the link table joined for the related table qualified {@code q}. */
    static String linkQualifier(String qualifier) {
        return qualifier + "_link";
    }

    private static void linkToTarget(
            RenderContext context,
            SqlWriter sql,
            String join,
            ResolvedRelationship rr,
            String linkQualifier,
            String qualifier) {
        sql.append(join).append(table(context, sql, rr.target())).append(' ').quoted(qualifier);
        sql.append(" ON ");
        sql.column(
                linkQualifier, context.quotedName(Objects.requireNonNull(rr.linkTargetColumn())));
        sql.append(" = ").column(qualifier, context.quotedName(rr.targetColumn()));
    }
}
