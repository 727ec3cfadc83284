package dev.qlio.orm;

import dev.qlio.orm.session.Session;

/**
 * A shared, thread-safe {@link Session} that takes part in Spring-managed transactions, the way
 * Spring's shared {@code EntityManager} does for JPA. Get it from {@link
 * Database#transactionAwareSession()}; the Spring Boot starter exposes it as the {@code Session}
 * bean.
 *
 * <p>Inside a Spring transaction every call goes to the session bound to that transaction: the
 * first call opens one with {@link Database#session()} (it uses the transaction's connection, the
 * one {@code JdbcTemplate} uses too) and binds it to the transaction, which closes it when it
 * completes. {@code REQUIRES_NEW} suspends it and binds a new one; {@code NESTED} keeps it and uses
 * a savepoint. In a read-only transaction, writes through the typed API ({@code add}, {@code
 * merge}, {@code remove}, {@code update}, {@code delete}) are refused with an {@link
 * org.springframework.dao.InvalidDataAccessApiUsageException}.
 *
 * <p>Outside a transaction each call is its own unit of work: a session is opened, used, committed
 * and closed. Queries returned by {@link #select}, {@link #update} and {@link #delete} are built
 * and checked when their methods are called, exactly as on any session, and run when executed, in
 * the transaction current at that time or else in their own unit of work; a {@link
 * dev.qlio.orm.query.SelectQuery#stream() stream} then holds its session until it is closed.
 *
 * <p>{@link #commit()} and {@link #rollback()} always throw {@link IllegalStateException}:
 * transactions belong to Spring ({@code @Transactional}, {@code TransactionTemplate}). {@link
 * #close()} does nothing.
 */
public interface TransactionAwareSession extends Session {

    /**
     * The database whose sessions this shared session uses.
     *
     * @return the database
     */
    Database getDatabase();
}
