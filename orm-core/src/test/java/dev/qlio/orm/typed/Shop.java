package dev.qlio.orm.typed;

import dev.qlio.orm.session.Session;
import dev.qlio.orm.typed.ShopTables.Book;
import dev.qlio.orm.typed.ShopTables.BookTag;
import dev.qlio.orm.typed.ShopTables.Review;
import dev.qlio.orm.typed.ShopTables.Tag;
import dev.qlio.orm.typed.ShopTables.Writer;
import java.math.BigDecimal;
import java.time.Instant;

/** The seed data: four writers (one without books, one without a country), books, reviews, tags. */
final class Shop {

    private Shop() {}

    static Writer writer(Session s, String name, String country) {
        Writer w = new Writer();
        w.set(Writer.NAME, name);
        w.set(Writer.COUNTRY, country);
        s.add(w);
        return w;
    }

    static Book book(
            Session s, Writer w, String title, Integer pages, String price, Instant published) {
        Book b = new Book();
        b.set(Book.WRITER_ID, w.get(Writer.ID));
        b.set(Book.TITLE, title);
        b.set(Book.PAGES, pages);
        b.set(Book.PRICE, new BigDecimal(price));
        b.set(Book.PUBLISHED, published);
        s.add(b);
        return b;
    }

    static void review(Session s, Book b, int... ratings) {
        for (int r : ratings) {
            Review review = new Review();
            review.set(Review.BOOK_ID, b.get(Book.ID));
            review.set(Review.RATING, r);
            s.add(review);
        }
    }

    static void tag(Session s, Tag t, Book... books) {
        for (Book b : books) {
            BookTag bt = new BookTag();
            bt.set(BookTag.BOOK_ID, b.get(Book.ID));
            bt.set(BookTag.TAG_ID, t.get(Tag.ID));
            s.add(bt);
        }
    }

    static void seed(Session s) {
        Writer ada = writer(s, "Ada", "UK");
        Writer bo = writer(s, "Bo", "Sweden");
        Writer cy = writer(s, "Cy", null);
        writer(s, "Dora", "UK");
        Instant t0 = Instant.parse("2020-01-01T10:00:00Z");
        Book a1 = book(s, ada, "Engines", 320, "25.50", t0);
        Book a2 = book(s, ada, "Notes", 90, "9.99", t0.plusSeconds(86_400));
        Book a3 = book(s, ada, "Tables", null, "12.00", null);
        Book b1 = book(s, bo, "Frost", 410, "31.00", t0.plusSeconds(3_600));
        Book b2 = book(s, bo, "Lakes", 150, "19.90", t0.plusSeconds(7_200));
        Book c1 = book(s, cy, "Cycles", 120, "15.25", t0.plusSeconds(60));
        review(s, a1, 5, 4, 4);
        review(s, a2, 2);
        review(s, b1, 5, 3);
        review(s, b2, 1);
        Tag classic = new Tag();
        classic.set(Tag.NAME, "classic");
        s.add(classic);
        Tag modern = new Tag();
        modern.set(Tag.NAME, "modern");
        s.add(modern);
        tag(s, classic, a1, b1, c1);
        tag(s, modern, a2, b2);
        assert a3 != null && c1 != null;
    }
}
