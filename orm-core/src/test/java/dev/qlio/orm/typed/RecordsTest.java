package dev.qlio.orm.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.typed.ShopTables.Book;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rows copied into records and records into new rows, errors naming the component. */
class RecordsTest {

    record BookView(long id, String title, Integer pages, BigDecimal price) {}

    record BookForm(long writerId, String title, int pages, BigDecimal price) {}

    record Wrong(String title, String color) {}

    record Narrow(String title, short id) {}

    static Book book() {
        ShopTables.metadata();
        Book b = new Book();
        b.set(Book.ID, 7L);
        b.set(Book.WRITER_ID, 3L);
        b.set(Book.TITLE, "Dune");
        b.set(Book.PAGES, 412);
        b.set(Book.PRICE, new BigDecimal("9.50"));
        return b;
    }

    @Test
    void copiesARowIntoARecordByPropertyName() {
        assertThat(book().into(BookView.class))
                .isEqualTo(new BookView(7L, "Dune", 412, new BigDecimal("9.50")));
    }

    @Test
    void aComponentWithoutAColumnIsNamed() {
        assertThatThrownBy(() -> book().into(Wrong.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component 'color'")
                .hasMessageContaining("writerId");
    }

    @Test
    void numbersConvertOnlyWhenTheyFit() {
        assertThat(book().into(Narrow.class)).isEqualTo(new Narrow("Dune", (short) 7));
        Book big = book();
        big.set(Book.ID, 100_000L);
        assertThatThrownBy(() -> big.into(Narrow.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component 'id'");
    }

    @Test
    void aRecordBecomesANewRowWithEveryComponentSet() {
        Book row =
                TableMeta.of(Book.class)
                        .newRow(new BookForm(3L, "Emma", 320, new BigDecimal("4.20")));
        assertThat(row.get(Book.WRITER_ID)).isEqualTo(3L);
        assertThat(row.get(Book.TITLE)).isEqualTo("Emma");
        assertThat(row.get(Book.PAGES)).isEqualTo(320);
        assertThat(row.isChanged(Book.PRICE)).isTrue();
        assertThat(row.hasValue(Book.ID)).isFalse();
        assertThatThrownBy(() -> TableMeta.of(Book.class).newRow(new Wrong("x", "red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component 'color'")
                .hasMessageContaining("names no column of ty_book");
        String tooLong = "x".repeat(201);
        assertThatThrownBy(
                        () ->
                                TableMeta.of(Book.class)
                                        .newRow(new BookForm(3L, tooLong, 1, BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component 'title'");
    }
}
