package dev.qlio.orm.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.dao.DataAccessException;

/**
 * Row locks: a row locked by one session's {@code forUpdate()} is refused at once to another's
 * {@code noWait()}, left out of its {@code skipLocked()}, and free again when the first commits.
 */
abstract class RowLockSuite extends DatabaseSuite {

    @TableName("lk_queue")
    public static class Queue extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.varchar(30)).notNull();
        public static final Relationship<Job> JOBS = Relationship.oneToMany(Job.class);
    }

    @TableName("lk_job")
    public static class Job extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> QUEUE_ID =
                column(SqlType.BIGINT).references("lk_queue.id");
        public static final Column<String> STATE = column(SqlType.varchar(20)).notNull();
        public static final Relationship<Queue> QUEUE = Relationship.manyToOne(Queue.class);
    }

    Database db;

    RowLockSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables("lk_job", "lk_queue");
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Queue.class);
        metadata.registerTable(Job.class);
        metadata.setupTables();
        this.db = Database.builder(dataSource(), metadata).build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            Queue q = new Queue();
            q.set(Queue.ID, 1L);
            q.set(Queue.NAME, "mail");
            s.add(q);
            List<Job> jobs = new ArrayList<>();
            for (long id = 1; id <= 5; id++) {
                Job job = new Job();
                job.set(Job.ID, id);
                job.set(Job.QUEUE_ID, 1L);
                job.set(Job.STATE, "new");
                jobs.add(job);
            }
            s.addAll(jobs);
            s.commit();
        }
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables("lk_job", "lk_queue");
    }

    /** Runs work in a session of another thread (as another request would), and waits for it. */
    <R> R other(java.util.function.Function<Session, R> work) {
        java.util.concurrent.ExecutorService thread =
                java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return thread.submit(
                            () -> {
                                try (Session b = this.db.session()) {
                                    R result = work.apply(b);
                                    b.commit();
                                    return result;
                                }
                            })
                    .get();
        } catch (java.util.concurrent.ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException(ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } finally {
            thread.shutdown();
        }
    }

    /** Another thread's {@code forUpdate().noWait()} of the row fails at once. */
    void refusedToOthers(long id) {
        assertThatThrownBy(
                        () ->
                                other(
                                        b ->
                                                b.select(Job.class)
                                                        .where(Job.ID.eq(id))
                                                        .forUpdate()
                                                        .noWait()
                                                        .all()))
                .isInstanceOf(DataAccessException.class);
    }

    void aLockedRowIsRefusedToNoWaitUntilCommit() {
        try (Session a = this.db.session()) {
            Job first = a.select(Job.class).where(Job.ID.eq(1L)).forUpdate().first().orElseThrow();
            refusedToOthers(1L);
            first.set(Job.STATE, "taken");
            a.add(first);
            a.commit();
        }
        // the lock went with a's transaction
        Job again =
                other(
                        b ->
                                b.select(Job.class)
                                        .where(Job.ID.eq(1L))
                                        .forUpdate()
                                        .noWait()
                                        .first()
                                        .orElseThrow());
        assertThat(again.get(Job.STATE)).isEqualTo("taken");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + quote("lk_job")
                                                + " WHERE "
                                                + quote("state")
                                                + " = 'taken'",
                                        Long.class))
                .isEqualTo(1);
    }

    void skipLockedLeavesOutRowsOthersLocked() {
        try (Session a = this.db.session()) {
            List<Job> mine =
                    a.select(Job.class)
                            .orderBy(Job.ID.asc())
                            .limit(2)
                            .forUpdate()
                            .skipLocked()
                            .all();
            assertThat(mine).extracting(j -> j.get(Job.ID)).containsExactly(1L, 2L);
            List<Job> theirs =
                    other(
                            b ->
                                    b.select(Job.class)
                                            .orderBy(Job.ID.asc())
                                            .limit(2)
                                            .forUpdate()
                                            .skipLocked()
                                            .all());
            assertThat(theirs).extracting(j -> j.get(Job.ID)).containsExactly(3L, 4L);
            a.commit();
        }
    }

    void aConditionThroughARelationshipLocksTheSelectedRows() {
        try (Session a = this.db.session()) {
            List<Job> jobs = a.select(Job.class).where(Queue.NAME.eq("mail")).forUpdate().all();
            assertThat(jobs).hasSize(5);
            refusedToOthers(3L);
            a.commit();
        }
    }

    void sharedLocksShareButExcludeUpdates() {
        try (Session a = this.db.session()) {
            assertThat(a.select(Job.class).where(Job.ID.eq(2L)).forShare().all()).hasSize(1);
            List<Job> shared =
                    other(b -> b.select(Job.class).where(Job.ID.eq(2L)).forShare().noWait().all());
            assertThat(shared).hasSize(1);
            refusedToOthers(2L);
            a.commit();
        }
    }

    void mistakesAreRefusedWithTheFix() {
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.select(Job.class).noWait())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("call forUpdate() or forShare() first");
            assertThatThrownBy(
                            () ->
                                    s.select(Queue.class)
                                            .load(
                                                    Queue.JOBS.using(
                                                            dev.qlio.orm.schema.LoadStrategy
                                                                    .JOINED))
                                            .forUpdate()
                                            .all())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LoadStrategy.SELECT");
            assertThatThrownBy(() -> s.select(Job.class).forUpdate().stream())
                    .isInstanceOf(IllegalStateException.class);
            // loads with SELECT are fine: the lock is on the selected rows
            List<Queue> queues = s.select(Queue.class).load(Queue.JOBS).forUpdate().all();
            assertThat(queues.get(0).relatedList(Queue.JOBS)).hasSize(5);
            s.commit();
        }
    }
}
