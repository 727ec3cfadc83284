package dev.qlio.orm.locks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link RowLockSuite} where the database has row locks; SQLite's refusal. */
class RowLockTest {

    /** The suite where every lock exists. */
    abstract static class AllLocks extends RowLockSuite {
        AllLocks(TestDatabase database) {
            super(database);
        }

        @Test
        void noWait() {
            aLockedRowIsRefusedToNoWaitUntilCommit();
        }

        @Test
        void skipLocked() {
            skipLockedLeavesOutRowsOthersLocked();
        }

        @Test
        void throughARelationship() {
            aConditionThroughARelationshipLocksTheSelectedRows();
        }

        @Test
        void shared() {
            sharedLocksShareButExcludeUpdates();
        }

        @Test
        void mistakes() {
            mistakesAreRefusedWithTheFix();
        }
    }

    @Nested
    class PostgreSQL extends AllLocks {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends AllLocks {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    /** H2: exclusive locks only. */
    @Nested
    class H2 extends RowLockSuite {
        H2() {
            super(TestDatabase.H2);
        }

        @Test
        void noWait() {
            aLockedRowIsRefusedToNoWaitUntilCommit();
        }

        @Test
        void skipLocked() {
            skipLockedLeavesOutRowsOthersLocked();
        }

        @Test
        void throughARelationship() {
            aConditionThroughARelationshipLocksTheSelectedRows();
        }

        @Test
        void sharedLocksAreRefused() {
            try (Session s = this.db.session()) {
                assertThatThrownBy(() -> s.select(Job.class).forShare().all())
                        .isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageContaining("use forUpdate()");
            }
        }

        @Test
        void mistakes() {
            mistakesAreRefusedWithTheFix();
        }
    }

    /** SQLite: no row locks at all. */
    @Nested
    class SQLite extends RowLockSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }

        @Test
        void rowLocksAreRefusedWithWhatToDo() {
            try (Session s = this.db.session()) {
                assertThatThrownBy(() -> s.select(Job.class).forUpdate().all())
                        .isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageContaining("SQLite has no row locks");
                assertThatThrownBy(() -> s.select(Job.class).forShare().all())
                        .isInstanceOf(UnsupportedOperationException.class);
            }
        }
    }
}
