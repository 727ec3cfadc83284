package dev.qlio.orm.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.qlio.orm.Database;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.query.DefaultSelectQuery;
import dev.qlio.orm.internal.query.QueryTarget;
import dev.qlio.orm.render.GoldenTables.Author;
import dev.qlio.orm.render.GoldenTables.Book;
import io.micrometer.observation.ObservationRegistry;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

/** {@code SelectQuery.toSql()} renders what {@code all()} runs, without touching a connection. */
class ToSqlTest {

    /** A data source no database stands behind: it counts the attempts to connect. */
    private static final class Unreachable extends AbstractDataSource {
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public Connection getConnection() {
            this.attempts.incrementAndGet();
            throw new IllegalStateException("no database here");
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }
    }

    /** A query target on which nothing may run. */
    private record NothingRuns(Engine engine) implements QueryTarget {
        @Override
        public <R> R call(Function<StatementExecutor, R> work) {
            throw new AssertionError("a statement ran");
        }

        @Override
        public <T> Stream<T> stream(Function<StatementExecutor, Stream<T>> work) {
            throw new AssertionError("a stream opened");
        }

        @Override
        public void checkWritable(String operation) {
            throw new AssertionError("a write was checked");
        }
    }

    /**
     * Building succeeds without a database. (Spring's error-code translator, created with the
     * engine, tries once to read the database's product name and tolerates the failure; it tries
     * again when a first error is translated.)
     */
    @Test
    void buildingADatabaseWithAGivenDialectNeedsNoDatabase() {
        Unreachable dataSource = new Unreachable();
        Database db =
                Database.builder(dataSource, GoldenTables.METADATA).dialect(Dialect.H2).build();

        assertThat(db.dialect()).isSameAs(Dialect.H2);
        assertThat(dataSource.attempts.get()).isLessThanOrEqualTo(1);
    }

    @Test
    void rendersTheStatementOfAllWithoutRunningAnything() {
        Unreachable dataSource = new Unreachable();
        Engine engine =
                new Engine(
                        dataSource,
                        Dialect.MARIADB,
                        GoldenTables.METADATA,
                        ObservationRegistry.NOOP,
                        100,
                        100);
        NothingRuns target = new NothingRuns(engine);
        int attemptsBefore = dataSource.attempts.get();

        String sql =
                new DefaultSelectQuery<>(target, engine.mapping(Book.class), null)
                        .where(Author.NAME.eq("secret"))
                        .orderBy(Book.TITLE.asc())
                        .limit(3)
                        .toSql();

        assertThat(sql)
                .isEqualTo(
                        "SELECT `g_book`.`id`, `g_book`.`title`, `g_book`.`author_id`,"
                                + " `g_book`.`pages` FROM `g_book` `g_book` LEFT JOIN `g_author`"
                                + " `g_author` ON `g_book`.`author_id` = `g_author`.`id` WHERE"
                                + " (`g_author`.`name` = ?) ORDER BY `g_book`.`title` LIMIT 3")
                .doesNotContain("secret");
        assertThat(dataSource.attempts).hasValue(attemptsBefore);
    }

    @Test
    void renderingUsesNoConnectionNorTheLayersThatRunStatements() {
        noClasses()
                .that()
                .resideInAPackage("dev.qlio.orm.internal.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.qlio.orm.internal.engine..",
                        "dev.qlio.orm.internal.exec..",
                        "dev.qlio.orm.internal.session..",
                        "dev.qlio.orm.internal.query..")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(Connection.class, DataSource.class)
                .check(new ClassFileImporter().importPackages("dev.qlio.orm.internal.render"));
    }
}
