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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user type that binds and reads itself ({@link CustomType}) round-trips on every database. */
abstract class CustomTypeSuite extends DatabaseSuite {

    @TableName("qt_prices")
    public static class Prices extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Money> PRICE = column(Money.Type.INSTANCE);
    }

    Database db;

    CustomTypeSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTable() {
        this.database.dropTables("qt_prices");
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Prices.class);
        this.db = Database.builder(dataSource(), metadata).dialect(dialect()).build();
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTable() {
        this.database.dropTables("qt_prices");
    }

    private static Prices price(long id, Money price) {
        Prices row = new Prices();
        row.set(Prices.ID, id);
        row.set(Prices.PRICE, price);
        return row;
    }

    @Test
    void moneyRoundTripsThroughItsOwnBinderAndReader() {
        try (Session s = this.db.session()) {
            s.add(price(1, Money.of("12.50")));
            s.add(price(2, Money.of("-99999.99")));
            Prices none = new Prices();
            none.set(Prices.ID, 3L);
            none.set(Prices.PRICE, null);
            s.add(none);
            s.commit();
        }
        // stored as the exact decimal the type bound, read back independently of Qlio
        BigDecimal stored =
                jdbc().queryForObject(
                                "SELECT "
                                        + quote("price")
                                        + " FROM "
                                        + quote("qt_prices")
                                        + " WHERE "
                                        + quote("id")
                                        + " = 1",
                                BigDecimal.class);
        assertThat(stored).isEqualByComparingTo("12.50");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + quote("qt_prices")
                                                + " WHERE "
                                                + quote("price")
                                                + " IS NULL",
                                        Long.class))
                .isEqualTo(1);
        try (Session s = this.db.session()) {
            assertThat(s.select(Prices.class).orderBy(Prices.ID.asc()).all())
                    .extracting(p -> p.get(Prices.PRICE))
                    .containsExactly(Money.of("12.50"), Money.of("-99999.99"), null);
            assertThat(
                            s.select(Prices.class)
                                    .where(Prices.PRICE.eq(Money.of("12.50")))
                                    .first()
                                    .orElseThrow()
                                    .get(Prices.ID))
                    .isEqualTo(1L);
        }
    }

    @Test
    void longInListOfCustomValuesIsBoundValueByValue() {
        List<Money> wanted = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            wanted.add(Money.of(i + ".01"));
        }
        try (Session s = this.db.session()) {
            s.add(price(1, Money.of("7.01")));
            s.add(price(2, Money.of("1499.01")));
            s.add(price(3, Money.of("1500.01")));
            s.commit();
        }
        try (Session s = this.db.session()) {
            assertThat(
                            s.select(Prices.class)
                                    .where(Prices.PRICE.in(wanted))
                                    .orderBy(Prices.ID.asc())
                                    .all())
                    .extracting(p -> p.get(Prices.ID))
                    .containsExactly(1L, 2L);
        }
    }

    @Test
    void schemaValidatesAgainstTheCustomTypeName() {
        assertThat(this.db.ddl().validate()).isEmpty();
    }
}
