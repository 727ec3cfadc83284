package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.TransactionAwareSession;
import dev.qlio.orm.reliability.UnitOfWorkTables.Account;
import dev.qlio.orm.reliability.UnitOfWorkTables.Author;
import dev.qlio.orm.reliability.UnitOfWorkTables.Book;
import dev.qlio.orm.reliability.UnitOfWorkTables.Item;
import dev.qlio.orm.reliability.UnitOfWorkTables.Note;
import dev.qlio.orm.reliability.UnitOfWorkTables.Small;
import dev.qlio.orm.retry.TransactionRetry;
import dev.qlio.orm.session.Savepoint;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.session.UnitOfWorkFailedException;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing is lost when a unit of work fails (issue 19): rows are given back as they were when their
 * unit of work does not commit, a unit of work with a failed statement never commits, and versions
 * and keys a client holds are honoured. Every outcome is read back with plain JDBC.
 */
abstract class UnitOfWorkSuite extends DatabaseSuite {

    Database db;

    UnitOfWorkSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(UnitOfWorkTables.NAMES);
        this.db = Database.connect(dataSource(), UnitOfWorkTables.metadata());
        this.db.ddl().createAll();
        // a row whose name makes a later insert fail with a duplicate key
        this.jdbc()
                .update(
                        "INSERT INTO "
                                + quote("rel_uow_item")
                                + " ("
                                + quote("name")
                                + ") VALUES ('taken')");
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(UnitOfWorkTables.NAMES);
    }

    // ---- helpers -----------------------------------------------------------------------------

    static Item item(String name) {
        Item i = new Item();
        i.set(Item.NAME, name);
        return i;
    }

    long count(String table, String where) {
        Long n =
                jdbc().queryForObject(
                                "SELECT COUNT(*) FROM "
                                        + quote(table)
                                        + (where.isEmpty() ? "" : " WHERE " + where),
                                Long.class);
        return n == null ? -1 : n;
    }

    long items(String name) {
        return count("rel_uow_item", quote("name") + " = '" + name + "'");
    }

    Long itemId(String name) {
        return jdbc().queryForObject(
                        "SELECT "
                                + quote("id")
                                + " FROM "
                                + quote("rel_uow_item")
                                + " WHERE "
                                + quote("name")
                                + " = ?",
                        Long.class,
                        name);
    }

    long accountColumn(String column, long id) {
        Long v =
                jdbc().queryForObject(
                                "SELECT "
                                        + quote(column)
                                        + " FROM "
                                        + quote("rel_uow_account")
                                        + " WHERE "
                                        + quote("id")
                                        + " = ?",
                                Long.class,
                                id);
        return v == null ? -1 : v;
    }

    void insertAccount(long id, long balance, long version) {
        jdbc().update(
                        "INSERT INTO "
                                + quote("rel_uow_account")
                                + " ("
                                + quote("id")
                                + ", "
                                + quote("balance")
                                + ", "
                                + quote("version")
                                + ") VALUES (?, ?, ?)",
                        id,
                        balance,
                        version);
    }

    Account loadAccount(long id) {
        try (Session s = this.db.session()) {
            return s.select(Account.class).where(Account.ID.eq(id)).first().orElseThrow();
        }
    }

    /** Retries an attempt that failed on a duplicate key, as it would a serialization failure. */
    static TransactionRetry retryOnDuplicate() {
        return TransactionRetry.builder()
                .maxAttempts(3)
                .initialBackoff(Duration.ZERO)
                .maxBackoff(Duration.ZERO)
                .retryOn(e -> e instanceof DataIntegrityViolationException)
                .build();
    }

    // ---- 1. rows restored when the unit of work does not commit ------------------------------

    @Test
    void retryWritesAgainARowCreatedOutsideTheRetriedBlock() {
        Item outside = item("outside");
        AtomicInteger attempts = new AtomicInteger();
        List<Boolean> keyedAtStart = new ArrayList<>();
        retryOnDuplicate()
                .runInTransaction(
                        this.db,
                        s -> {
                            int attempt = attempts.incrementAndGet();
                            keyedAtStart.add(outside.hasValue(Item.ID));
                            s.add(outside); // inserted: gets its generated key
                            s.add(item(attempt == 1 ? "taken" : "second")); // fails the first time
                        });
        assertThat(attempts).hasValue(2);
        assertThat(keyedAtStart).containsExactly(false, false);
        assertThat(items("outside")).as("row in db").isEqualTo(1);
        assertThat(outside.get(Item.ID)).isEqualTo(itemId("outside"));
        assertThat(outside.isChanged(Item.NAME)).isFalse();
    }

    @Test
    void retryWritesAgainARowLoadedAndChangedOutsideTheRetriedBlock() {
        insertAccount(1, 100, 0);
        Account account = loadAccount(1);
        account.set(Account.BALANCE, 999L);
        AtomicInteger attempts = new AtomicInteger();
        retryOnDuplicate()
                .runInTransaction(
                        this.db,
                        s -> {
                            int attempt = attempts.incrementAndGet();
                            assertThat(account.isChanged(Account.BALANCE)).isTrue();
                            assertThat(account.get(Account.VERSION)).isZero();
                            s.add(account); // updated: version 1, history restarts
                            s.add(item(attempt == 1 ? "taken" : "second"));
                        });
        assertThat(attempts).hasValue(2);
        assertThat(accountColumn("balance", 1)).as("bal in db").isEqualTo(999);
        assertThat(accountColumn("version", 1)).isEqualTo(1);
        assertThat(account.get(Account.VERSION)).isEqualTo(1L);
        assertThat(account.isChanged(Account.BALANCE)).isFalse();
    }

    @Test
    void partialBatchLeavesNoKeysAndARetryOfAllTenWritesAllTen() {
        List<Item> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(item(i == 7 ? "taken" : "batch-" + i));
        }
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.addAll(rows))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(rows).noneMatch(r -> r.hasValue(Item.ID));
        assertThat(count("rel_uow_item", "")).isEqualTo(1);

        rows.get(6).set(Item.NAME, "batch-7");
        try (Session s = this.db.session()) {
            s.addAll(rows);
            s.commit();
        }
        assertThat(count("rel_uow_item", quote("name") + " LIKE 'batch-%'")).isEqualTo(10);
        for (Item row : rows) {
            assertThat(row.get(Item.ID)).isEqualTo(itemId(row.get(Item.NAME)));
        }
    }

    @Test
    void rollbackAndCloseGiveBackInsertedUpdatedAndRemovedRows() {
        insertAccount(1, 100, 0);
        Item fresh = item("fresh");
        Account loaded = loadAccount(1);
        loaded.set(Account.BALANCE, 150L);
        try (Session s = this.db.session()) {
            s.add(fresh);
            s.add(loaded);
            assertThat(fresh.hasValue(Item.ID)).isTrue();
            assertThat(loaded.get(Account.VERSION)).isEqualTo(1L);
            s.rollback();
            assertThat(fresh.hasValue(Item.ID)).isFalse();
            assertThat(fresh.isChanged(Item.NAME)).isTrue();
            assertThat(loaded.get(Account.VERSION)).isZero();
            assertThat(loaded.isChanged(Account.BALANCE)).isTrue();
            assertThat(loaded.getOldValue(Account.BALANCE)).isEqualTo(100L);

            s.remove(loaded); // close without commit: the row counts as existing again
        }
        try (Session s = this.db.session()) {
            s.add(fresh); // an insert again
            s.add(loaded); // an update again, at version 0 (an insert would be a duplicate key)
            s.commit();
        }
        assertThat(items("fresh")).isEqualTo(1);
        assertThat(fresh.get(Item.ID)).isEqualTo(itemId("fresh"));
        assertThat(accountColumn("balance", 1)).isEqualTo(150);
        assertThat(accountColumn("version", 1)).isEqualTo(1);
    }

    @Test
    void savepointRollbackGivesBackOnlyTheRowsWrittenAfterIt() {
        Item kept = item("kept");
        Item sp = item("sp");
        try (Session s = this.db.session()) {
            s.add(kept);
            Savepoint savepoint = s.savepoint();
            s.add(sp);
            kept.set(Item.QTY, 5);
            s.add(kept);
            savepoint.rollback();
            assertThat(sp.hasValue(Item.ID)).isFalse();
            assertThat(kept.hasValue(Item.ID)).isTrue();
            assertThat(kept.isChanged(Item.QTY)).isTrue(); // written after the savepoint: pending
            s.add(sp);
            s.add(kept);
            s.commit();
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("name")
                                                + " FROM "
                                                + quote("rel_uow_item")
                                                + " WHERE "
                                                + quote("name")
                                                + " <> 'taken' ORDER BY "
                                                + quote("name"),
                                        String.class))
                .as("committed")
                .containsExactly("kept", "sp");
        assertThat(sp.get(Item.ID)).isEqualTo(itemId("sp"));
        assertThat(count("rel_uow_item", quote("qty") + " = 5")).isEqualTo(1);
    }

    @Test
    void nestedSavepointsRestoreEachScope() {
        insertAccount(1, 100, 0);
        Account a = loadAccount(1);
        try (Session s = this.db.session()) {
            Savepoint outer = s.savepoint();
            a.set(Account.BALANCE, 110L);
            s.add(a); // version 1
            Savepoint inner = s.savepoint();
            a.set(Account.BALANCE, 120L);
            s.add(a); // version 2
            inner.rollback();
            assertThat(a.get(Account.VERSION)).isEqualTo(1L);
            assertThat(a.get(Account.BALANCE)).isEqualTo(120L);
            assertThat(a.getOldValue(Account.BALANCE)).isEqualTo(110L);
            outer.rollback();
            // as before its first write after the outer savepoint: 110 set, not yet written
            assertThat(a.get(Account.VERSION)).isZero();
            assertThat(a.get(Account.BALANCE)).isEqualTo(110L);
            assertThat(a.getOldValue(Account.BALANCE)).isEqualTo(100L);
            s.add(a);
            s.commit();
        }
        assertThat(accountColumn("balance", 1)).isEqualTo(110);
        assertThat(accountColumn("version", 1)).isEqualTo(1);
    }

    @Test
    void failedCascadeLeavesNoKeysAndARetryInANewSessionWritesAll() {
        jdbc().update(
                        "INSERT INTO "
                                + quote("rel_uow_author")
                                + " ("
                                + quote("name")
                                + ") VALUES ('other')");
        jdbc().update(
                        "INSERT INTO "
                                + quote("rel_uow_book")
                                + " ("
                                + quote("title")
                                + ", "
                                + quote("author_id")
                                + ") SELECT 'Taken', "
                                + quote("id")
                                + " FROM "
                                + quote("rel_uow_author"));
        Author author = new Author();
        author.set(Author.NAME, "Ada");
        List<Book> books = new ArrayList<>();
        for (String title : List.of("One", "Two", "Taken")) {
            Book b = new Book();
            b.set(Book.TITLE, title);
            books.add(b);
            author.relatedList(Author.BOOKS).add(b);
        }
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.add(author))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(author.hasValue(Author.ID)).isFalse();
        assertThat(books).noneMatch(b -> b.hasValue(Book.ID) || b.hasValue(Book.AUTHOR_ID));

        books.get(2).set(Book.TITLE, "Three");
        try (Session s = this.db.session()) {
            s.add(author);
            s.commit();
        }
        Long authorId =
                jdbc().queryForObject(
                                "SELECT "
                                        + quote("id")
                                        + " FROM "
                                        + quote("rel_uow_author")
                                        + " WHERE "
                                        + quote("name")
                                        + " = 'Ada'",
                                Long.class);
        assertThat(author.get(Author.ID)).isEqualTo(authorId);
        assertThat(count("rel_uow_book", quote("author_id") + " = " + authorId)).isEqualTo(3);
        assertThat(books).allMatch(b -> authorId.equals(b.get(Book.AUTHOR_ID)));
    }

    @Test
    void rolledBackCascadeGivesBackTheLoadedCollection() {
        Author author = new Author();
        author.set(Author.NAME, "Ada");
        Book one = new Book();
        one.set(Book.TITLE, "One");
        author.relatedList(Author.BOOKS).add(one);
        try (Session s = this.db.session()) {
            s.add(author);
            s.commit();
        }
        Author loaded;
        try (Session s = this.db.session()) {
            loaded =
                    s.select(Author.class)
                            .load(Author.BOOKS)
                            .where(Author.ID.eq(author.get(Author.ID)))
                            .first()
                            .orElseThrow();
        }
        Book two = new Book();
        two.set(Book.TITLE, "Two");
        loaded.relatedList(Author.BOOKS).add(two);
        try (Session s = this.db.session()) {
            s.add(loaded);
            s.rollback();
            // the list's loaded state is back: "two" is new to it again
            s.add(loaded);
            s.commit();
        }
        assertThat(count("rel_uow_book", "")).isEqualTo(2);
        assertThat(two.get(Book.AUTHOR_ID)).isEqualTo(author.get(Author.ID));
    }

    // ---- 2. a failed statement dooms the unit of work ----------------------------------------

    @Test
    void commitAfterAFailedStatementThrowsAndCommitsNothing() {
        Item before = item("before");
        try (Session s = this.db.session()) {
            s.add(before);
            assertThatThrownBy(() -> s.add(item("taken")))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(s::commit)
                    .isInstanceOf(UnitOfWorkFailedException.class)
                    .hasMessageContaining("never committed")
                    .hasMessageContaining("savepoint")
                    .hasCauseInstanceOf(DataIntegrityViolationException.class);
            assertThat(items("before")).isZero();
            assertThat(before.hasValue(Item.ID)).isFalse();

            // the session goes on with a new unit of work
            s.add(before);
            s.commit();
        }
        assertThat(items("before")).isEqualTo(1);
        assertThat(count("rel_uow_item", "")).isEqualTo(2);
    }

    @Test
    void commitAfterAStaleBatchThrowsAndCommitsNothing() {
        insertAccount(1, 100, 0);
        insertAccount(2, 100, 0);
        List<Account> rows = new ArrayList<>();
        try (Session s = this.db.session()) {
            rows.addAll(s.select(Account.class).orderBy(Account.ID.asc()).all());
        }
        jdbc().update(
                        "UPDATE "
                                + quote("rel_uow_account")
                                + " SET "
                                + quote("version")
                                + " = 5 WHERE "
                                + quote("id")
                                + " = 2");
        rows.forEach(r -> r.set(Account.BALANCE, 1L));
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.addAll(rows))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThatThrownBy(s::commit).isInstanceOf(UnitOfWorkFailedException.class);
        }
        assertThat(accountColumn("balance", 1)).isEqualTo(100);
        assertThat(rows.get(0).get(Account.VERSION)).isZero();
    }

    @Test
    void failureAfterASavepointRolledBackDoesNotDoomTheUnitOfWork() {
        try (Session s = this.db.session()) {
            s.add(item("before"));
            Savepoint savepoint = s.savepoint();
            assertThatThrownBy(() -> s.add(item("taken")))
                    .isInstanceOf(DataIntegrityViolationException.class);
            savepoint.rollback();
            s.add(item("after"));
            s.commit();
        }
        assertThat(items("before")).isEqualTo(1);
        assertThat(items("after")).isEqualTo(1);
    }

    @Test
    void failureBeforeASavepointStillDoomsTheUnitOfWork() {
        try (Session s = this.db.session()) {
            s.add(item("before"));
            assertThatThrownBy(() -> s.add(item("taken")))
                    .isInstanceOf(DataIntegrityViolationException.class);
            Savepoint savepoint;
            try {
                savepoint = s.savepoint();
            } catch (RuntimeException aborted) {
                // PostgreSQL refuses a savepoint in an aborted transaction
                savepoint = null;
            }
            if (savepoint != null) {
                savepoint.rollback();
            }
            assertThatThrownBy(s::commit).isInstanceOf(UnitOfWorkFailedException.class);
        }
        assertThat(items("before")).isZero();
    }

    // ---- 3. versions and keys held by a client -----------------------------------------------

    @Test
    void versionSetByTheClientIsCheckedByUpdateAndRemove() {
        insertAccount(1, 100, 0);
        // someone else wrote version 1
        jdbc().update(
                        "UPDATE "
                                + quote("rel_uow_account")
                                + " SET "
                                + quote("balance")
                                + " = 50, "
                                + quote("version")
                                + " = 1");
        Account row = loadAccount(1);
        row.set(Account.VERSION, 0L); // the version this client saw
        row.set(Account.BALANCE, 999L);
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.add(row))
                    .isInstanceOf(OptimisticLockingFailureException.class)
                    .hasMessageContaining("version 0");
            s.rollback();
            assertThatThrownBy(() -> s.remove(row))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            s.rollback();
        }
        assertThat(accountColumn("balance", 1)).isEqualTo(50);
        assertThat(accountColumn("version", 1)).isEqualTo(1);

        row.set(Account.VERSION, 1L); // the fresh one
        try (Session s = this.db.session()) {
            s.add(row);
            s.commit();
        }
        assertThat(accountColumn("balance", 1)).isEqualTo(999);
        assertThat(accountColumn("version", 1)).isEqualTo(2);
        assertThat(row.get(Account.VERSION)).isEqualTo(2L);
        try (Session s = this.db.session()) {
            s.remove(row);
            s.commit();
        }
        assertThat(count("rel_uow_account", "")).isZero();
    }

    @Test
    void mergeOfARowRebuiltFromARequestBodyChecksItsVersion() {
        insertAccount(1, 100, 3);
        Account stale = new Account();
        stale.set(Account.ID, 1L);
        stale.set(Account.BALANCE, 1L);
        stale.set(Account.VERSION, 2L);
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.merge(stale))
                    .isInstanceOf(OptimisticLockingFailureException.class)
                    .hasMessageContaining("{id=1}")
                    .hasMessageContaining("version 2");
        }
        assertThat(accountColumn("balance", 1)).isEqualTo(100);

        Account body = new Account();
        body.set(Account.ID, 1L);
        body.set(Account.BALANCE, 777L);
        body.set(Account.VERSION, 3L);
        try (Session s = this.db.session()) {
            s.merge(body);
            s.commit();
        }
        assertThat(accountColumn("balance", 1)).isEqualTo(777);
        assertThat(accountColumn("version", 1)).isEqualTo(4);
        assertThat(body.get(Account.VERSION)).isEqualTo(4L);
    }

    @Test
    void mergeAndRemoveAcceptANewRowWhoseKeyWasSet() {
        jdbc().update(
                        "INSERT INTO "
                                + quote("rel_uow_note")
                                + " ("
                                + quote("id")
                                + ", "
                                + quote("txt")
                                + ") VALUES (5, 'old'), (6, 'gone')");
        Note body = new Note();
        body.set(Note.ID, 5L);
        body.set(Note.TXT, "new");
        Note gone = new Note();
        gone.set(Note.ID, 6L);
        insertAccount(7, 100, 2);
        Account account = new Account();
        account.set(Account.ID, 7L);
        account.set(Account.VERSION, 2L);
        try (Session s = this.db.session()) {
            s.merge(body);
            s.remove(gone);
            s.remove(account);
            s.commit();
        }
        assertThat(count("rel_uow_note", quote("txt") + " = 'new'")).isEqualTo(1);
        assertThat(count("rel_uow_note", "")).isEqualTo(1);
        assertThat(count("rel_uow_account", "")).isZero();
    }

    @Test
    void removeOfANewVersionedRowWithoutItsVersionIsRefusedClearly() {
        insertAccount(1, 100, 0);
        Account noVersion = new Account();
        noVersion.set(Account.ID, 1L);
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.remove(noVersion))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rel_uow_account")
                    .hasMessageContaining("version");
        }
        assertThat(count("rel_uow_account", "")).isEqualTo(1);
    }

    @Test
    void integerVersionAtItsLargestValueGivesAClearError() {
        jdbc().update(
                        "INSERT INTO "
                                + quote("rel_uow_small")
                                + " ("
                                + quote("id")
                                + ", "
                                + quote("txt")
                                + ", "
                                + quote("version")
                                + ") VALUES (1, 'a', "
                                + Integer.MAX_VALUE
                                + ")");
        Small row;
        try (Session s = this.db.session()) {
            row = s.select(Small.class).where(Small.ID.eq(1L)).first().orElseThrow();
        }
        row.set(Small.TXT, "b");
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.add(row))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("rel_uow_small")
                    .hasMessageContaining(String.valueOf(Integer.MAX_VALUE))
                    .hasMessageContaining("BIGINT");
            assertThatThrownBy(() -> s.merge(row))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(count("rel_uow_small", quote("txt") + " = 'a'")).isEqualTo(1);
        assertThat(row.get(Small.VERSION)).isEqualTo(Integer.MAX_VALUE);
    }

    // ---- Spring transactions -----------------------------------------------------------------

    @Test
    void springRollbackGivesBackARowPassedInAndARetryWritesIt() {
        TransactionTemplate tx =
                new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
        TransactionAwareSession shared = this.db.transactionAwareSession();
        Item passedIn = item("passed-in");
        insertAccount(1, 100, 0);
        Account account = loadAccount(1);
        account.set(Account.BALANCE, 999L);
        AtomicInteger attempts = new AtomicInteger();
        retryOnDuplicate()
                .runWithRetry(
                        () ->
                                tx.executeWithoutResult(
                                        status -> {
                                            int attempt = attempts.incrementAndGet();
                                            shared.add(passedIn);
                                            shared.add(account);
                                            shared.add(item(attempt == 1 ? "taken" : "second"));
                                        }));
        assertThat(attempts).hasValue(2);
        assertThat(items("passed-in")).isEqualTo(1);
        assertThat(passedIn.get(Item.ID)).isEqualTo(itemId("passed-in"));
        assertThat(accountColumn("balance", 1)).isEqualTo(999);
        assertThat(accountColumn("version", 1)).isEqualTo(1);
    }

    @Test
    void springTransactionWithACaughtFailureRollsBackInsteadOfCommitting() {
        TransactionTemplate tx =
                new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
        TransactionAwareSession shared = this.db.transactionAwareSession();
        Item before = item("before");
        assertThatThrownBy(
                        () ->
                                tx.executeWithoutResult(
                                        status -> {
                                            shared.add(before);
                                            try {
                                                shared.add(item("taken"));
                                            } catch (DataIntegrityViolationException expected) {
                                                // carrying on as if nothing happened
                                            }
                                        }))
                .isInstanceOf(UnitOfWorkFailedException.class);
        assertThat(items("before")).isZero();
        assertThat(before.hasValue(Item.ID)).isFalse();

        tx.executeWithoutResult(
                status -> {
                    shared.add(before);
                    Savepoint savepoint = shared.savepoint();
                    try {
                        shared.add(item("taken"));
                    } catch (DataIntegrityViolationException expected) {
                        savepoint.rollback();
                    }
                });
        assertThat(items("before")).isEqualTo(1);
    }

    @Test
    void springNestedTransactionRolledBackToItsSavepointGivesBackItsRowsOnly() {
        DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource());
        TransactionTemplate tx = new TransactionTemplate(manager);
        TransactionTemplate nested = new TransactionTemplate(manager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        TransactionAwareSession shared = this.db.transactionAwareSession();
        Item outer = item("outer");
        Item inner = item("inner");
        tx.executeWithoutResult(
                status -> {
                    shared.add(outer);
                    assertThatThrownBy(
                                    () ->
                                            nested.executeWithoutResult(
                                                    st -> {
                                                        shared.add(inner);
                                                        shared.add(item("taken"));
                                                    }))
                            .isInstanceOf(DataIntegrityViolationException.class);
                    assertThat(inner.hasValue(Item.ID)).isFalse();
                    assertThat(outer.hasValue(Item.ID)).isTrue();
                });
        assertThat(items("outer")).isEqualTo(1);
        assertThat(items("inner")).isZero();
        assertThat(outer.get(Item.ID)).isEqualTo(itemId("outer"));
    }
}
