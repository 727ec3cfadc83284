package dev.qlio.orm.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.session.SessionTables.Membership;
import dev.qlio.orm.session.SessionTables.Order;
import dev.qlio.orm.session.SessionTables.User;
import dev.qlio.orm.session.SessionTables.Versioned;
import dev.qlio.orm.session.SessionTables.Weird;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Sessions and typed queries, the same on every database. */
abstract class SessionSuite extends DatabaseSuite {

    final AtomicInteger statements = new AtomicInteger();

    Database db;

    SessionSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(SessionTables.NAMES);
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig()
                .observationHandler(
                        new ObservationHandler<Observation.Context>() {
                            @Override
                            public void onStart(Observation.Context context) {
                                SessionSuite.this.statements.incrementAndGet();
                            }

                            @Override
                            public boolean supportsContext(Observation.Context context) {
                                return true;
                            }
                        });
        this.db =
                Database.builder(dataSource(), SessionTables.metadata())
                        .observationRegistry(registry)
                        .batchSize(64)
                        .build();
        this.db.ddl().createAll();
        this.statements.set(0);
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(SessionTables.NAMES);
    }

    String table(String name) {
        return quote(name);
    }

    User user(String name, Integer age) {
        User u = new User();
        u.set(User.USERNAME, name);
        u.set(User.AGE, age);
        return u;
    }

    long countRows(String tableName) {
        Long n = jdbc().queryForObject("SELECT COUNT(*) FROM " + table(tableName), Long.class);
        return n == null ? -1 : n;
    }

    // ---- add ---------------------------------------------------------------------------------

    @Test
    void addInsertsRowAndSetsGeneratedKeyAndDefaults() {
        User u = user("ada", 36);
        try (Session s = this.db.session()) {
            s.add(u);
            s.commit();
        }
        assertThat(u.get(User.ID)).isNotNull();
        assertThat(u.get(User.STATUS)).isEqualTo("new");
        assertThat(u.changedColumns()).isEmpty();
        Map<String, Object> row =
                jdbc().queryForMap(
                                "SELECT * FROM "
                                        + table("qs_user")
                                        + " WHERE "
                                        + quote("id")
                                        + " = ?",
                                u.get(User.ID));
        assertThat(row).containsEntry("username", "ada").containsEntry("status", "new");
        assertThat(((Number) row.get("age")).intValue()).isEqualTo(36);
        assertThat(row.get("email")).isNull();
    }

    @Test
    void addOnLoadedRowUpdatesOnlyChangedColumns() {
        try (Session s = this.db.session()) {
            s.add(user("ada", 36));
            s.commit();
        }
        try (Session s = this.db.session()) {
            User loaded = s.select(User.class).where(User.USERNAME.eq("ada")).first().orElseThrow();
            assertThat(loaded.changedColumns()).isEmpty();
            // end the read transaction (SQLite refuses to upgrade a stale snapshot to a write)
            s.commit();
            // another writer changes the e-mail behind the loaded row
            jdbc().update(
                            "UPDATE " + table("qs_user") + " SET " + quote("email") + " = ?",
                            "ada@example.com");
            loaded.set(User.AGE, 37);
            assertThat(loaded.changedColumns()).containsExactly(User.AGE);
            s.add(loaded);
            s.commit();
            assertThat(loaded.changedColumns()).isEmpty();
            assertThat(loaded.getOldValue(User.AGE)).isEqualTo(37);
        }
        Map<String, Object> row = jdbc().queryForMap("SELECT * FROM " + table("qs_user"));
        assertThat(((Number) row.get("age")).intValue()).isEqualTo(37);
        assertThat(row.get("email")).isEqualTo("ada@example.com");
    }

    @Test
    void addOnUnchangedLoadedRowRunsNoStatement() {
        try (Session s = this.db.session()) {
            s.add(user("ada", 36));
            User loaded = s.select(User.class).first().orElseThrow();
            this.statements.set(0);
            s.add(loaded);
            loaded.set(User.AGE, 36);
            s.add(loaded);
            assertThat(this.statements).hasValue(0);
        }
    }

    @Test
    void addAllInsertsInBatchesAndSetsEveryKey() {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            users.add(user("user" + i, i));
        }
        try (Session s = this.db.session()) {
            this.statements.set(0);
            s.addAll(users);
            s.commit();
        }
        Set<Long> keys = users.stream().map(u -> u.get(User.ID)).collect(Collectors.toSet());
        assertThat(keys).hasSize(150).doesNotContainNull();
        assertThat(countRows("qs_user")).isEqualTo(150);
        for (User u : List.of(users.get(0), users.get(77), users.get(149))) {
            assertThat(
                            jdbc().queryForObject(
                                            "SELECT "
                                                    + quote("username")
                                                    + " FROM "
                                                    + table("qs_user")
                                                    + " WHERE "
                                                    + quote("id")
                                                    + " = ?",
                                            String.class,
                                            u.get(User.ID)))
                    .isEqualTo(u.get(User.USERNAME));
        }
        if (this.database != TestDatabase.SQLITE) {
            // 150 rows in batches of 64: three executions (SQLite returns one key per execution)
            assertThat(this.statements).hasValue(3);
        }
    }

    @Test
    void addAllUpdatesLoadedRowsInOneBatch() {
        try (Session s = this.db.session()) {
            s.addAll(List.of(user("a", 1), user("b", 2), user("c", 3)));
            List<User> loaded = s.select(User.class).orderBy(User.USERNAME.asc()).all();
            loaded.forEach(u -> u.set(User.AGE, u.get(User.AGE) * 10));
            this.statements.set(0);
            s.addAll(loaded);
            assertThat(this.statements).hasValue(1);
            s.commit();
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("age")
                                                + " FROM "
                                                + table("qs_user")
                                                + " ORDER BY "
                                                + quote("username"),
                                        Integer.class))
                .containsExactly(10, 20, 30);
    }

    // ---- merge and remove --------------------------------------------------------------------

    @Test
    void mergeInsertsWhenAbsentAndUpdatesWhenPresent() {
        Membership m = new Membership();
        m.set(Membership.USER_ID, 1L);
        m.set(Membership.GROUP_ID, 2L);
        m.set(Membership.ROLE, "member");
        try (Session s = this.db.session()) {
            s.merge(m);
            Membership again = new Membership();
            again.set(Membership.USER_ID, 1L);
            again.set(Membership.GROUP_ID, 2L);
            again.set(Membership.ROLE, "owner");
            s.merge(again);
            s.commit();
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("role")
                                                + " FROM "
                                                + table("qs_membership"),
                                        String.class))
                .containsExactly("owner");
    }

    @Test
    void mergeWithoutKeyIsRefused() {
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.merge(user("x", 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("id");
        }
    }

    @Test
    void removeDeletesByCompositeKey() {
        try (Session s = this.db.session()) {
            for (long g = 1; g <= 3; g++) {
                Membership m = new Membership();
                m.set(Membership.USER_ID, 7L);
                m.set(Membership.GROUP_ID, g);
                s.add(m);
            }
            Membership second =
                    s.select(Membership.class)
                            .where(Membership.GROUP_ID.eq(2L))
                            .first()
                            .orElseThrow();
            s.remove(second);
            s.commit();
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("group_id")
                                                + " FROM "
                                                + table("qs_membership")
                                                + " ORDER BY 1",
                                        Long.class))
                .containsExactly(1L, 3L);
    }

    @Test
    void removeOfVanishedRowFails() {
        try (Session s = this.db.session()) {
            User u = user("ada", 1);
            s.add(u);
            s.commit();
            jdbc().update("DELETE FROM " + table("qs_user"));
            assertThatThrownBy(() -> s.remove(u))
                    .isInstanceOf(IncorrectUpdateSemanticsDataAccessException.class)
                    .hasMessageContaining("qs_user")
                    .hasMessageContaining("id=" + u.get(User.ID));
        }
    }

    // ---- optimistic locking ------------------------------------------------------------------

    @Test
    void versionStartsAtZeroAndEveryUpdateIncrementsIt() {
        Versioned v = new Versioned();
        v.set(Versioned.NAME, "a");
        v.set(Versioned.VERSION, 41L);
        try (Session s = this.db.session()) {
            s.add(v);
            assertThat(v.get(Versioned.VERSION)).isZero();
            v.set(Versioned.NAME, "b");
            s.add(v);
            assertThat(v.get(Versioned.VERSION)).isEqualTo(1L);
            assertThat(s.update(Versioned.class).set(Versioned.NAME, "c").execute()).isEqualTo(1);
            s.commit();
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT "
                                                + quote("version")
                                                + " FROM "
                                                + table("qs_versioned"),
                                        Long.class))
                .isEqualTo(2L);
    }

    @Test
    void staleUpdateAndStaleRemoveThrowOptimisticLockingFailure() {
        Versioned v = new Versioned();
        v.set(Versioned.NAME, "a");
        try (Session s = this.db.session()) {
            s.add(v);
            s.commit();
        }
        jdbc().update("UPDATE " + table("qs_versioned") + " SET " + quote("version") + " = 5");
        try (Session s = this.db.session()) {
            v.set(Versioned.NAME, "mine");
            assertThatThrownBy(() -> s.add(v))
                    .isInstanceOf(OptimisticLockingFailureException.class)
                    .hasMessageContaining("qs_versioned");
            assertThatThrownBy(() -> s.addAll(List.of(v)))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThatThrownBy(() -> s.remove(v))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT "
                                                + quote("name")
                                                + " FROM "
                                                + table("qs_versioned"),
                                        String.class))
                .isEqualTo("a");
    }

    // ---- bulk --------------------------------------------------------------------------------

    @Test
    void bulkUpdateAndDeleteReturnCounts() {
        try (Session s = this.db.session()) {
            for (int i = 0; i < 10; i++) {
                s.add(user("u" + i, i));
            }
            assertThat(
                            s.update(User.class)
                                    .set(User.EMAIL, "x@y")
                                    .set(User.AGE, null)
                                    .where(User.AGE.ge(5))
                                    .execute())
                    .isEqualTo(5);
            assertThat(s.delete(User.class).where(User.AGE.lt(2)).execute()).isEqualTo(2);
            s.commit();
        }
        assertThat(countRows("qs_user")).isEqualTo(8);
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + table("qs_user")
                                                + " WHERE "
                                                + quote("age")
                                                + " IS NULL AND "
                                                + quote("email")
                                                + " = 'x@y'",
                                        Long.class))
                .isEqualTo(5);
    }

    // ---- queries -----------------------------------------------------------------------------

    void seed(Session s) {
        s.addAll(
                List.of(
                        user("alice", 30),
                        user("bob", 25),
                        user("carol", null),
                        user("dave", 40),
                        user("Eve_%", 35)));
    }

    List<String> names(List<User> users) {
        return users.stream().map(u -> u.get(User.USERNAME)).toList();
    }

    @Test
    void everyOperatorSelectsTheRightRows() {
        try (Session s = this.db.session()) {
            seed(s);
            assertThat(names(s.select(User.class).where(User.AGE.eq(30)).all()))
                    .containsExactly("alice");
            assertThat(
                            names(
                                    s.select(User.class)
                                            .where(User.AGE.ne(30))
                                            .orderBy(User.AGE.asc())
                                            .all()))
                    .containsExactly("bob", "Eve_%", "dave");
            assertThat(s.select(User.class).where(User.AGE.lt(30)).count()).isEqualTo(1);
            assertThat(s.select(User.class).where(User.AGE.le(30)).count()).isEqualTo(2);
            assertThat(s.select(User.class).where(User.AGE.gt(30)).count()).isEqualTo(2);
            assertThat(s.select(User.class).where(User.AGE.ge(30)).count()).isEqualTo(3);
            assertThat(
                            names(
                                    s.select(User.class)
                                            .where(User.AGE.in(List.of(25, 40)))
                                            .orderBy(User.AGE.desc())
                                            .all()))
                    .containsExactly("dave", "bob");
            assertThat(s.select(User.class).where(User.AGE.in(List.of())).all()).isEmpty();
            assertThat(s.select(User.class).where(User.AGE.notIn(List.of(25, 40))).count())
                    .isEqualTo(2);
            assertThat(s.select(User.class).where(User.AGE.notIn(List.of())).count()).isEqualTo(5);
            assertThat(names(s.select(User.class).where(User.AGE.isNull()).all()))
                    .containsExactly("carol");
            assertThat(s.select(User.class).where(User.AGE.isNotNull()).count()).isEqualTo(4);
            assertThat(
                            names(
                                    s.select(User.class)
                                            .where(User.AGE.gt(26).and(User.AGE.lt(36)))
                                            .orderBy(User.USERNAME.asc())
                                            .all()))
                    .containsExactly("Eve_%", "alice");
            assertThat(s.select(User.class).where(User.AGE.eq(25).or(User.AGE.eq(40))).count())
                    .isEqualTo(2);
            assertThat(s.select(User.class).where(User.AGE.eq(25).not()).count()).isEqualTo(3);
            assertThat(s.select(User.class).where(User.AGE.gt(20)).where(User.AGE.lt(31)).count())
                    .isEqualTo(2);
        }
    }

    @Test
    void likeIsCaseSensitiveAndIlikeIsNot() {
        try (Session s = this.db.session()) {
            seed(s);
            assertThat(names(s.select(User.class).where(User.USERNAME.like("a%")).all()))
                    .containsExactly("alice");
            assertThat(s.select(User.class).where(User.USERNAME.like("A%")).count()).isZero();
            assertThat(names(s.select(User.class).where(User.USERNAME.ilike("A%")).all()))
                    .containsExactly("alice");
            assertThat(names(s.select(User.class).where(User.USERNAME.like("_ob")).all()))
                    .containsExactly("bob");
            // escaped wildcards match literally
            assertThat(
                            names(
                                    s.select(User.class)
                                            .where(
                                                    User.USERNAME.like(
                                                            "%" + Condition.escapeLike("_%")))
                                            .all()))
                    .containsExactly("Eve_%");
            assertThat(
                            names(
                                    s.select(User.class)
                                            .where(
                                                    User.USERNAME.ilike(
                                                            Condition.escapeLike("eve_") + "%"))
                                            .all()))
                    .containsExactly("Eve_%");
        }
    }

    @Test
    void orderLimitOffsetAndCount() {
        try (Session s = this.db.session()) {
            seed(s);
            assertThat(names(s.select(User.class).orderBy(User.USERNAME.asc()).limit(2).all()))
                    .containsExactly("Eve_%", "alice");
            assertThat(
                            names(
                                    s.select(User.class)
                                            .orderBy(User.USERNAME.asc())
                                            .limit(2)
                                            .offset(2)
                                            .all()))
                    .containsExactly("bob", "carol");
            assertThat(names(s.select(User.class).orderBy(User.USERNAME.asc()).offset(3).all()))
                    .containsExactly("carol", "dave");
            assertThat(s.select(User.class).limit(3).count()).isEqualTo(3);
            assertThat(s.select(User.class).offset(4).count()).isEqualTo(1);
            assertThat(s.select(User.class).limit(0).all()).isEmpty();
            assertThat(s.select(User.class).where(User.USERNAME.eq("nobody")).first()).isEmpty();
            assertThat(
                            s.select(User.class)
                                    .orderBy(User.AGE.desc())
                                    .where(User.AGE.isNotNull())
                                    .first()
                                    .map(u -> u.get(User.USERNAME)))
                    .contains("dave");
        }
    }

    @Test
    void inWithMoreValuesThanBindParametersAllowed() {
        try (Session s = this.db.session()) {
            seed(s);
            List<Integer> ages = new ArrayList<>();
            for (int i = 0; i < 70_000; i++) {
                ages.add(i * 5);
            }
            assertThat(s.select(User.class).where(User.AGE.in(ages)).count()).isEqualTo(4);
            assertThat(s.select(User.class).where(User.AGE.notIn(ages)).count()).isZero();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 70_000; i++) {
                names.add("name'" + i);
            }
            names.add("bob");
            assertThat(names(s.select(User.class).where(User.USERNAME.in(names)).all()))
                    .containsExactly("bob");
        }
    }

    @Test
    void streamReadsEveryRowAndReleasesTheCursor() {
        try (Session s = this.db.session()) {
            List<User> many = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                many.add(user("s" + i, i));
            }
            s.addAll(many);
            try (Stream<User> stream = s.select(User.class).where(User.AGE.ge(200)).stream()) {
                assertThat(stream.mapToLong(u -> u.get(User.AGE)).sum())
                        .isEqualTo(LongStream.range(200, 1200).sum());
            }
            // the session goes on after the stream closed
            assertThat(s.select(User.class).count()).isEqualTo(1200);
            Stream<User> open = s.select(User.class).stream();
            s.close();
            assertThatThrownBy(() -> open.findFirst()).isInstanceOf(IllegalStateException.class);
        }
    }

    // ---- transactions ------------------------------------------------------------------------

    @Test
    void closeWithoutCommitDiscardsAndRollbackDiscards() {
        try (Session s = this.db.session()) {
            s.add(user("gone", 1));
        }
        assertThat(countRows("qs_user")).isZero();
        try (Session s = this.db.session()) {
            s.add(user("undone", 1));
            s.rollback();
            s.add(user("kept", 2));
            s.commit();
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT " + quote("username") + " FROM " + table("qs_user"),
                                        String.class))
                .containsExactly("kept");
    }

    @Test
    void savepointRollbackUndoesOnlyLaterWork() {
        try (Session s = this.db.session()) {
            s.add(user("before", 1));
            Savepoint sp = s.savepoint();
            s.add(user("after", 2));
            sp.rollback();
            Savepoint sp2 = s.savepoint();
            s.add(user("released", 3));
            sp2.release();
            s.commit();
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("username")
                                                + " FROM "
                                                + table("qs_user")
                                                + " ORDER BY "
                                                + quote("age"),
                                        String.class))
                .containsExactly("before", "released");
    }

    @Test
    void failedStatementLeavesNoPartialWriteAfterRollback() {
        try (Session s = this.db.session()) {
            s.add(user("ada", 1));
            assertThatThrownBy(() -> s.add(user("ada", 2)))
                    .isInstanceOf(DuplicateKeyException.class);
            s.rollback();
        }
        assertThat(countRows("qs_user")).isZero();
    }

    // ---- raw SQL -----------------------------------------------------------------------------

    @Test
    void rawFetchAndExecuteWithNamedParameters() {
        try (Session s = this.db.session()) {
            seed(s);
            String sql =
                    "SELECT "
                            + quote("username")
                            + " AS name, "
                            + quote("age")
                            + " AS years FROM "
                            + table("qs_user")
                            + " WHERE "
                            + quote("age")
                            + " > :min ORDER BY "
                            + quote("age");
            List<Map<String, Object>> rows = s.fetch(sql, Map.of("min", 30));
            assertThat(rows).extracting(r -> r.get("NAME")).containsExactly("Eve_%", "dave");
            assertThat(rows.get(0).get("name")).isEqualTo("Eve_%");
            assertThat(s.fetch(sql, Map.of("min", 30), (rs, n) -> rs.getString(1) + n))
                    .containsExactly("Eve_%0", "dave1");
            assertThat(
                            s.execute(
                                    "UPDATE "
                                            + table("qs_user")
                                            + " SET "
                                            + quote("email")
                                            + " = :e WHERE "
                                            + quote("username")
                                            + " IN (:names)",
                                    Map.of("e", "z@z", "names", List.of("bob", "dave"))))
                    .isEqualTo(2);
            assertThat(
                            s.fetch(
                                            "SELECT COUNT(*) AS n FROM "
                                                    + table("qs_user")
                                                    + " WHERE "
                                                    + quote("email")
                                                    + " = 'z@z'")
                                    .get(0)
                                    .get("n"))
                    .isIn(2, 2L);
            s.commit();
        }
    }

    // ---- errors ------------------------------------------------------------------------------

    @Test
    void duplicateKeyIsTranslatedWithTheSqlButNotTheValue() {
        try (Session s = this.db.session()) {
            s.add(user("secret-name", 1));
            assertThatThrownBy(() -> s.add(user("secret-name", 2)))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining("INSERT INTO")
                    .hasMessageNotContaining("secret-name");
        }
    }

    @Test
    void misuseGetsClearErrors() {
        Session s = this.db.session();
        assertThatThrownBy(() -> s.select(User.class).limit(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> s.add(new dev.qlio.orm.schema.SchemaTestTable()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not registered");
        assertThatThrownBy(() -> User.USERNAME.eq(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull()");
        s.close();
        s.close();
        assertThatThrownBy(() -> s.select(User.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> s.add(user("x", 1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reservedWordsAndQuotesWorkAsIdentifiers() {
        try (Session s = this.db.session()) {
            Order o = new Order();
            o.set(Order.USER, "u");
            o.set(Order.SELECT, "s");
            s.add(o);
            Weird w = new Weird();
            w.set(Weird.NAME, "w");
            s.add(w);
            assertThat(s.select(Order.class).where(Order.USER.eq("u")).first()).isPresent();
            assertThat(s.select(Weird.class).where(Weird.NAME.eq("w")).count()).isEqualTo(1);
            w.set(Weird.NAME, "w2");
            s.add(w);
            s.commit();
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT "
                                                + quote("na\"me `x`")
                                                + " FROM "
                                                + table("we\"ird tab`le"),
                                        String.class))
                .isEqualTo("w2");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT " + quote("select") + " FROM " + table("order"),
                                        String.class))
                .isEqualTo("s");
    }

    @Test
    void sessionsCountedWhileOpen() {
        int before = this.db.activeSessions();
        Session s = this.db.session();
        assertThat(this.db.activeSessions()).isEqualTo(before + 1);
        s.close();
        assertThat(this.db.activeSessions()).isEqualTo(before);
    }
}
