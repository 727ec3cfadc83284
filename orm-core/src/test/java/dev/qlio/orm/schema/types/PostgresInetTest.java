package dev.qlio.orm.schema.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A PostgreSQL {@code inet} column as {@link InetAddress}, through {@link SqlType#custom}. */
class PostgresInetTest extends DatabaseSuite {

    /** {@code inet} on PostgreSQL: sent as an untyped literal, read back from its text form. */
    static final CustomType<InetAddress> INET =
            SqlType.custom(
                    InetAddress.class,
                    "INET",
                    (ps, i, v) -> ps.setObject(i, v.getHostAddress(), Types.OTHER),
                    (rs, i) -> parse(rs.getString(i)));

    @TableName("qt_hosts")
    public static class Hosts extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<InetAddress> ADDRESS = column(INET);
    }

    Database db;

    PostgresInetTest() {
        super(TestDatabase.POSTGRESQL);
    }

    static InetAddress parse(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        try {
            // a literal address (no host name): no lookup happens
            return InetAddress.getByName(text);
        } catch (UnknownHostException ex) {
            throw new SQLException("Not an inet literal: " + text, ex);
        }
    }

    @BeforeEach
    void createTable() {
        this.database.dropTables("qt_hosts");
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Hosts.class);
        this.db = Database.builder(dataSource(), metadata).dialect(dialect()).build();
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTable() {
        this.database.dropTables("qt_hosts");
    }

    @Test
    void inetRoundTripsAsInetAddress() throws Exception {
        InetAddress v4 = InetAddress.getByName("192.168.10.1");
        InetAddress v6 = InetAddress.getByName("2001:db8::1");
        try (Session s = this.db.session()) {
            for (Object[] r : new Object[][] {{1L, v4}, {2L, v6}, {3L, null}}) {
                Hosts row = new Hosts();
                row.set(Hosts.ID, (Long) r[0]);
                row.set(Hosts.ADDRESS, (InetAddress) r[1]);
                s.add(row);
            }
            s.commit();
        }
        // the column is a real inet: PostgreSQL itself understands the values
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                                                + " WHERE attrelid = 'qt_hosts'::regclass"
                                                + " AND attname = 'address'",
                                        String.class))
                .isEqualTo("inet");
        assertThat(
                        jdbc().queryForList(
                                        "SELECT id FROM qt_hosts"
                                                + " WHERE address << inet '192.168.0.0/16' ORDER BY id",
                                        Long.class))
                .containsExactly(1L);
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT host(address) FROM qt_hosts WHERE id = 2",
                                        String.class))
                .isEqualTo("2001:db8::1");
        try (Session s = this.db.session()) {
            assertThat(s.select(Hosts.class).orderBy(Hosts.ID.asc()).all())
                    .extracting(h -> h.get(Hosts.ADDRESS))
                    .containsExactly(v4, v6, null);
            assertThat(
                            s.select(Hosts.class)
                                    .where(Hosts.ADDRESS.eq(v6))
                                    .first()
                                    .orElseThrow()
                                    .get(Hosts.ID))
                    .isEqualTo(2L);
        }
        assertThat(this.db.ddl().validate()).isEmpty();
    }
}
