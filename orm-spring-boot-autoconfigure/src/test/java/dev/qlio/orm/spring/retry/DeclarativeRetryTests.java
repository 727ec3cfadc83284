package dev.qlio.orm.spring.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.retry.RetryableErrors;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testsupport.Postgres;
import dev.qlio.orm.testsupport.RequiresPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code @Retryable(predicate = TransientTransactionFailure.class)} on a {@code @Transactional}
 * method, on PostgreSQL under SERIALIZABLE with a serialization failure injected (a concurrent
 * deposit commits after the method read the account): the whole transaction runs again from fresh
 * rows; called inside a caller's transaction the method is not retried alone.
 */
@RequiresPostgres
class DeclarativeRetryTests {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class,
                                    DataSourceTransactionManagerAutoConfiguration.class,
                                    TransactionAutoConfiguration.class,
                                    OrmAutoConfiguration.class))
                    .withPropertyValues(Postgres.dataSourceProperties())
                    .withPropertyValues(
                            "spring.datasource.hikari.maximum-pool-size=3", "qlio.orm.ddl=none")
                    .withUserConfiguration(Services.class);

    @BeforeEach
    void createAccount() throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS qlio_retry_account");
            st.execute(
                    "CREATE TABLE qlio_retry_account (id BIGINT PRIMARY KEY, balance BIGINT NOT"
                            + " NULL)");
            st.execute("INSERT INTO qlio_retry_account VALUES (1, 1000)");
        }
    }

    @Test
    void theWholeTransactionRunsAgainFromFreshRows() {
        this.runner.run(
                context -> {
                    Deposits deposits = context.getBean(Deposits.class);
                    deposits.conflicts().set(2);
                    deposits.deposit(1);
                    assertThat(deposits.attempts()).hasValue(3);
                    assertThat(deposits.seen()).hasToString("[1000, 1100, 1200]");
                    assertThat(balance()).isEqualTo(1_201);
                });
    }

    @Test
    void insideACallersTransactionTheMethodIsNotRetriedAlone() {
        this.runner.run(
                context -> {
                    Deposits deposits = context.getBean(Deposits.class);
                    Caller caller = context.getBean(Caller.class);
                    deposits.conflicts().set(1);
                    assertThatThrownBy(() -> caller.depositInside(1))
                            .satisfies(e -> assertThat(RetryableErrors.isTransient(e)).isTrue());
                    assertThat(deposits.attempts()).hasValue(1);
                    // only the concurrent deposit committed
                    assertThat(balance()).isEqualTo(1_100);
                });
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(Postgres.url(), Postgres.user(), Postgres.password());
    }

    static long balance() throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT balance FROM qlio_retry_account")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A service whose deposit runs into as many injected conflicts as {@link #conflicts} says. */
    public static class Deposits {

        final AtomicInteger conflicts = new AtomicInteger();

        final AtomicInteger attempts = new AtomicInteger();

        final java.util.List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        private final Session session;

        public Deposits(Session session) {
            this.session = session;
        }

        // reached through the proxy (its own fields are not the target's)
        public AtomicInteger conflicts() {
            return this.conflicts;
        }

        public AtomicInteger attempts() {
            return this.attempts;
        }

        public java.util.List<Long> seen() {
            return this.seen;
        }

        @Retryable(predicate = TransientTransactionFailure.class, maxRetries = 4, delay = 1)
        @Transactional(isolation = Isolation.SERIALIZABLE)
        public void deposit(long amount) throws SQLException {
            this.attempts.incrementAndGet();
            RetryAccount account =
                    this.session
                            .select(RetryAccount.class)
                            .where(RetryAccount.ID.eq(1L))
                            .first()
                            .orElseThrow();
            this.seen.add(account.get(RetryAccount.BALANCE));
            if (this.conflicts.getAndDecrement() > 0) {
                try (Connection c = connect();
                        PreparedStatement ps =
                                c.prepareStatement(
                                        "UPDATE qlio_retry_account SET balance = balance + 100")) {
                    ps.executeUpdate();
                }
            }
            account.set(RetryAccount.BALANCE, account.get(RetryAccount.BALANCE) + amount);
            this.session.add(account);
        }
    }

    /** Calls the deposit inside its own transaction. */
    public static class Caller {

        private final Deposits deposits;

        public Caller(Deposits deposits) {
            this.deposits = deposits;
        }

        @Transactional(isolation = Isolation.SERIALIZABLE)
        public void depositInside(long amount) throws SQLException {
            this.deposits.deposit(amount);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableResilientMethods
    @AutoConfigurationPackage
    static class Services {

        @Bean
        Deposits deposits(Session session) {
            return new Deposits(session);
        }

        @Bean
        Caller caller(Deposits deposits) {
            return new Caller(deposits);
        }
    }
}
