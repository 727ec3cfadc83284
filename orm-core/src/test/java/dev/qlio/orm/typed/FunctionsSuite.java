package dev.qlio.orm.typed;

import static dev.qlio.orm.expression.Sql.coalesce;
import static dev.qlio.orm.expression.Sql.concat;
import static dev.qlio.orm.expression.Sql.currentTimestamp;
import static dev.qlio.orm.expression.Sql.length;
import static dev.qlio.orm.expression.Sql.lower;
import static dev.qlio.orm.expression.Sql.upper;
import static dev.qlio.orm.expression.Sql.value;
import static dev.qlio.orm.expression.Sql.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.query.Tuple;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import dev.qlio.orm.typed.ShopTables.Book;
import dev.qlio.orm.typed.ShopTables.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portable functions give what Java computes from the raw values read through JDBC. */
abstract class FunctionsSuite extends DatabaseSuite {

    Database db;

    FunctionsSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(ShopTables.NAMES);
        this.db = Database.builder(dataSource(), ShopTables.metadata()).build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            Shop.seed(s);
            Shop.writer(s, "Émile Zoë", "France");
            s.commit();
        }
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(ShopTables.NAMES);
    }

    @Test
    void textFunctionsMeanTheSameOnEveryDatabase() {
        List<Tuple> rows;
        try (Session s = this.db.session()) {
            rows =
                    s.select(
                                    Writer.NAME,
                                    lower(Writer.NAME),
                                    upper(Writer.NAME),
                                    length(Writer.NAME),
                                    concat(Writer.NAME, value(" / "), Writer.COUNTRY),
                                    coalesce(Writer.COUNTRY, "?"))
                            .from(Writer.class)
                            .orderBy(Writer.ID.asc())
                            .all();
        }
        List<List<Object>> expected = new ArrayList<>();
        for (var r :
                jdbc().queryForList(
                                "SELECT "
                                        + quote("name")
                                        + ", "
                                        + quote("country")
                                        + " FROM "
                                        + quote("ty_writer")
                                        + " ORDER BY "
                                        + quote("id"))) {
            String name = (String) r.get("name");
            String country = (String) r.get("country");
            List<Object> row = new ArrayList<>();
            row.add(name);
            row.add(fold(name, false));
            row.add(fold(name, true));
            row.add(name.length());
            row.add(country == null ? null : name + " / " + country);
            row.add(country == null ? "?" : country);
            expected.add(row);
        }
        assertThat(rows.stream().map(Tuple::values).toList()).isEqualTo(expected);
    }

    /** Case folding as the database does it: SQLite (without ICU) folds ASCII letters only. */
    String fold(String text, boolean upper) {
        if (this.database != TestDatabase.SQLITE) {
            return upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean ascii = c < 128;
            sb.append(ascii ? (upper ? Character.toUpperCase(c) : Character.toLowerCase(c)) : c);
        }
        return sb.toString();
    }

    @Test
    void arithmeticCaseAndTheCurrentInstant() {
        Expression<Integer> third = Book.PAGES.dividedBy(3);
        List<Tuple> rows;
        try (Session s = this.db.session()) {
            rows =
                    s.select(
                                    Book.PAGES.plus(1),
                                    third,
                                    Book.PRICE.times(new BigDecimal("2")),
                                    when(Book.PAGES.gt(200), "long")
                                            .when(Book.PAGES.isNull(), "unknown")
                                            .otherwise("short"),
                                    when(Book.PUBLISHED.lessThan(currentTimestamp()), true)
                                            .otherwise(false))
                            .from(Book.class)
                            .orderBy(Book.ID.asc())
                            .all();
        }
        List<List<Object>> expected = new ArrayList<>();
        for (var r :
                jdbc().queryForList(
                                "SELECT "
                                        + quote("pages")
                                        + ", "
                                        + quote("price")
                                        + ", "
                                        + quote("published")
                                        + " FROM "
                                        + quote("ty_book")
                                        + " ORDER BY "
                                        + quote("id"))) {
            Integer pages = r.get("pages") == null ? null : ((Number) r.get("pages")).intValue();
            BigDecimal price = new BigDecimal(r.get("price").toString());
            List<Object> row = new ArrayList<>();
            row.add(pages == null ? null : pages + 1);
            row.add(pages == null ? null : pages / 3);
            row.add(price.multiply(new BigDecimal("2")));
            row.add(pages == null ? "unknown" : pages > 200 ? "long" : "short");
            row.add(r.get("published") == null ? false : true);
            expected.add(row);
        }
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            Tuple t = rows.get(i);
            List<Object> e = expected.get(i);
            assertThat(t.get(0)).isEqualTo(e.get(0));
            assertThat(t.get(third)).isEqualTo(e.get(1));
            assertThat((BigDecimal) t.get(2)).isEqualByComparingTo((BigDecimal) e.get(2));
            assertThat(t.get(3)).isEqualTo(e.get(3));
            assertThat(t.get(4)).isEqualTo(e.get(4));
        }
    }
}
