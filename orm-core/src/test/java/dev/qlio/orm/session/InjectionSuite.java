package dev.qlio.orm.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.session.SessionTables.User;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Classic injection payloads are stored and found again byte for byte; the table survives. */
abstract class InjectionSuite extends DatabaseSuite {

    static final List<String> PAYLOADS =
            List.of(
                    "'",
                    "''",
                    "\"",
                    "`",
                    "\\",
                    "\\'",
                    "\\\\'",
                    "'; DROP TABLE qs_user; --",
                    "\"; DROP TABLE \"qs_user\"; --",
                    "`; DROP TABLE `qs_user`; --",
                    "1' OR '1'='1",
                    "1 OR 1=1",
                    "' OR 1=1 --",
                    "admin'--",
                    "') OR ('1'='1",
                    "Robert'); DROP TABLE Students;--",
                    "%",
                    "_",
                    "%_%",
                    "\\%",
                    "\\_",
                    "[a-z]*?",
                    "*",
                    "?",
                    ":name",
                    ":1",
                    "$1",
                    "?1",
                    "${x}",
                    "#{x}",
                    "/* comment */",
                    "-- comment",
                    "#",
                    "\u2019 \u2018 \u201c \u201d",
                    "\u02bc\uff07\u2032",
                    "😀",
                    "𝕏𝔸",
                    "\r\n",
                    "\t",
                    " leading",
                    "trailing ",
                    "SELECT * FROM qs_user",
                    "' UNION SELECT 1,2,3 --",
                    "'; SELECT pg_sleep(10); --",
                    "\\x27",
                    "%27",
                    "&#39;",
                    "<script>alert(1)</script>",
                    "null",
                    "NULL",
                    "' || (SELECT 1) || '",
                    "e\u0301",
                    "1; UPDATE qs_user SET age = 0");

    Database db;

    InjectionSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(SessionTables.NAMES);
        this.db = Database.connect(dataSource(), SessionTables.metadata());
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(SessionTables.NAMES);
    }

    @Test
    void payloadsRoundTripThroughEqLikeAndRawParameters() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        int columnsBefore = this.database.columns("qs_user").size();
        try (Session s = this.db.session()) {
            for (int i = 0; i < PAYLOADS.size(); i++) {
                User u = new User();
                u.set(User.USERNAME, PAYLOADS.get(i));
                u.set(User.EMAIL, PAYLOADS.get(i));
                u.set(User.AGE, i);
                s.add(u);
            }
            s.commit();
        }
        try (Session s = this.db.session()) {
            for (int i = 0; i < PAYLOADS.size(); i++) {
                String p = PAYLOADS.get(i);
                List<User> byEq = s.select(User.class).where(User.EMAIL.eq(p)).all();
                assertThat(byEq).as("eq %s", p).hasSize(1);
                assertThat(byEq.get(0).get(User.EMAIL)).isEqualTo(p);
                assertThat(byEq.get(0).get(User.AGE)).isEqualTo(i);
                assertThat(s.select(User.class).where(User.USERNAME.eq(p)).count())
                        .as("username %s", p)
                        .isEqualTo(1);
                List<User> byLike =
                        s.select(User.class).where(User.EMAIL.like(Condition.escapeLike(p))).all();
                assertThat(byLike)
                        .as("like %s", p)
                        .extracting(u -> u.get(User.EMAIL))
                        .containsExactly(p);
                List<Map<String, Object>> raw =
                        s.fetch(
                                "SELECT "
                                        + quote("email")
                                        + " AS e FROM "
                                        + quote("qs_user")
                                        + " WHERE "
                                        + quote("email")
                                        + " = :p",
                                Map.of("p", p));
                assertThat(raw).as("raw %s", p).extracting(r -> r.get("e")).containsExactly(p);
            }
        }
        // the table is intact: every row, every column
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + quote("qs_user"), Long.class))
                .isEqualTo(PAYLOADS.size());
        assertThat(this.database.columns("qs_user")).hasSize(columnsBefore);
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("email")
                                                + " FROM "
                                                + quote("qs_user")
                                                + " ORDER BY "
                                                + quote("age"),
                                        String.class))
                .containsExactlyElementsOf(PAYLOADS);
    }

    @Test
    void nulCharacterIsStoredExactlyOrRefusedClearly() {
        String withNul = "a\u0000b";
        try (Session s = this.db.session()) {
            User u = new User();
            u.set(User.USERNAME, "nul");
            u.set(User.EMAIL, withNul);
            if (this.database == TestDatabase.POSTGRESQL) {
                assertThatThrownBy(() -> s.add(u))
                        .isInstanceOf(DataIntegrityViolationException.class)
                        .hasMessageContaining("U+0000")
                        .hasMessageContaining("qs_user.email");
                assertThatThrownBy(() -> s.select(User.class).where(User.EMAIL.eq(withNul)).all())
                        .isInstanceOf(DataIntegrityViolationException.class);
                s.commit();
            } else {
                s.add(u);
                s.commit();
                assertThat(
                                s.select(User.class)
                                        .where(User.EMAIL.eq(withNul))
                                        .first()
                                        .orElseThrow()
                                        .get(User.EMAIL))
                        .isEqualTo(withNul);
            }
        }
        List<String> stored =
                jdbc().queryForList(
                                "SELECT " + quote("email") + " FROM " + quote("qs_user"),
                                String.class);
        if (this.database == TestDatabase.POSTGRESQL) {
            assertThat(stored).isEmpty();
        } else {
            assertThat(stored).containsExactly(withNul);
        }
    }
}
