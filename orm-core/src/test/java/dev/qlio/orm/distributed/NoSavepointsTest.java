package dev.qlio.orm.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.dialect.Statements;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * On a database whose dialect says it has no savepoints (Aurora DSQL, say), {@code
 * Session.savepoint()} is refused with a message saying what to do instead, before anything is
 * sent: the connection is never asked for a savepoint.
 */
class NoSavepointsTest {

    /** H2's roles, but statements without savepoints. */
    static final class NoSavepointDialect extends Dialect {
        NoSavepointDialect() {
            super(
                    "nosavepoints",
                    Dialect.H2.identifiers(),
                    Dialect.H2.types(),
                    new Statements() {
                        @Override
                        public boolean supportsSavepoints() {
                            return false;
                        }
                    },
                    Dialect.H2.like(),
                    Dialect.H2.largeIn(),
                    Dialect.H2.ddl(),
                    Dialect.H2.errors());
        }
    }

    @Test
    void savepointIsRefusedUpFrontWithWhatToDoInstead() {
        AtomicInteger savepoints = new AtomicInteger();
        DelegatingDataSource counting =
                new DelegatingDataSource(
                        new DriverManagerDataSource(
                                "jdbc:h2:mem:qlio_nosavepoints;DB_CLOSE_DELAY=-1")) {
                    @Override
                    public Connection getConnection() throws SQLException {
                        Connection c = super.getConnection();
                        return (Connection)
                                java.lang.reflect.Proxy.newProxyInstance(
                                        getClass().getClassLoader(),
                                        new Class<?>[] {Connection.class},
                                        (proxy, method, args) -> {
                                            if (method.getName().equals("setSavepoint")) {
                                                savepoints.incrementAndGet();
                                            }
                                            try {
                                                return method.invoke(c, args);
                                            } catch (
                                                    java.lang.reflect.InvocationTargetException
                                                            ex) {
                                                throw ex.getTargetException();
                                            }
                                        });
                    }
                };
        Database db =
                Database.builder(counting, new TableMetadata())
                        .dialect(new NoSavepointDialect())
                        .build();
        try (Session s = db.session()) {
            assertThatThrownBy(s::savepoint)
                    .isInstanceOf(InvalidDataAccessApiUsageException.class)
                    .hasMessageContaining("nosavepoints database has no savepoints")
                    .hasMessageContaining("Propagation.NESTED")
                    .hasMessageContaining("TransactionRetry")
                    .hasMessageContaining("REQUIRES_NEW");
        }
        assertThat(savepoints).hasValue(0);
        // the built-in databases all have savepoints
        assertThat(Dialect.POSTGRESQL.statements().supportsSavepoints()).isTrue();
    }
}
