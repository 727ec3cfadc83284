package dev.qlio.sample.seed;

import dev.qlio.orm.session.Session;
import dev.qlio.sample.model.Author;
import dev.qlio.sample.model.Book;
import dev.qlio.sample.model.Review;
import dev.qlio.sample.model.Tag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with a bookshop at startup, through the ORM: 40 authors, 16 tags, 240
 * books with one to three tags each and about 600 reviews. The data is the same on every run (a
 * fixed random seed), so paging and the report give the same answers everywhere. Turn it off with
 * {@code sample.seed.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "sample.seed.enabled", matchIfMissing = true)
class BookshopSeeder implements ApplicationRunner {

    static final int AUTHORS = 40;

    static final int BOOKS = 240;

    private static final Logger log = LoggerFactory.getLogger(BookshopSeeder.class);

    private static final String[] FIRST_NAMES = {
        "Ada", "Boris", "Chiara", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ivo", "Jun"
    };

    private static final String[] LAST_NAMES = {
        "Adeyemi",
        "Bergström",
        "Castellanos",
        "Dubois",
        "Eriksen",
        "Fujita",
        "Grünwald",
        "Haddad",
        "Ivanova",
        "Jankowski"
    };

    private static final String[] COUNTRIES = {
        "Nigeria",
        "Sweden",
        "Mexico",
        "France",
        "Norway",
        "Japan",
        "Austria",
        "Lebanon",
        "Bulgaria",
        "Poland"
    };

    private static final String[] TAGS = {
        "sci-fi",
        "fantasy",
        "mystery",
        "romance",
        "history",
        "biography",
        "poetry",
        "classic",
        "thriller",
        "horror",
        "humor",
        "travel",
        "science",
        "philosophy",
        "young-adult",
        "graphic-novel"
    };

    private static final String[] ADJECTIVES = {
        "Silent",
        "Crimson",
        "Hidden",
        "Last",
        "Broken",
        "Golden",
        "Distant",
        "Secret",
        "Forgotten",
        "Endless",
        "Burning",
        "Quiet"
    };

    private static final String[] NOUNS = {
        "River", "Garden", "Empire", "Lighthouse", "Orchard", "Machine", "Winter", "Harbor",
        "Library", "Mountain", "Station", "Archive", "Island", "Forest", "Comet", "Cartographer"
    };

    private static final String[] REVIEWERS = {
        "reader42",
        "bookworm",
        "night_owl",
        "margins",
        "dog-eared",
        "page_turner",
        "inkblot",
        "quietcorner"
    };

    private static final String[] COMMENTS = {
        "Could not put it down.",
        "Slow start, strong ending.",
        "Not for me.",
        "Beautifully written.",
        "The middle drags.",
        "An instant favourite.",
        null,
        null
    };

    private static final Instant EPOCH = Instant.parse("2024-01-01T09:00:00Z");

    private final Session session;

    BookshopSeeder(Session session) {
        this.session = session;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (this.session.select(Author.class).count() > 0) {
            log.info("The bookshop already has data: not seeding");
            return;
        }
        Random random = new Random(20240101L);

        List<Author> authors = new ArrayList<>();
        int[] quality = new int[AUTHORS];
        for (int i = 0; i < AUTHORS; i++) {
            Author author = new Author();
            // (i % 10, (3i + i / 10) % 10) is a different pair for each of the 40 authors
            author.set(Author.NAME, FIRST_NAMES[i % 10] + " " + LAST_NAMES[(3 * i + i / 10) % 10]);
            author.set(Author.COUNTRY, COUNTRIES[random.nextInt(COUNTRIES.length)]);
            author.set(Author.BIO, "Writes about " + NOUNS[i % NOUNS.length].toLowerCase() + "s.");
            authors.add(author);
            quality[i] = 1 + random.nextInt(5);
        }
        this.session.addAll(authors); // one batch; generated keys set on each row

        List<Tag> tags = new ArrayList<>();
        for (String name : TAGS) {
            Tag tag = new Tag();
            tag.set(Tag.NAME, name);
            tags.add(tag);
        }
        this.session.addAll(tags);

        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < BOOKS; i++) {
            int a = random.nextInt(AUTHORS);
            Book book = new Book();
            book.set(Book.ISBN, isbn(i));
            book.set(
                    Book.TITLE,
                    "The "
                            + ADJECTIVES[random.nextInt(ADJECTIVES.length)]
                            + " "
                            + NOUNS[random.nextInt(NOUNS.length)]
                            + (i % 3 == 0 ? "" : " " + romanVolume(1 + i % 3)));
            book.set(Book.AUTHOR_ID, authors.get(a).get(Author.ID));
            book.set(Book.PUBLISHED_YEAR, 1950 + random.nextInt(75));
            book.set(Book.PRICE, BigDecimal.valueOf(499 + random.nextInt(4500), 2));
            book.set(Book.DESCRIPTION, "Book " + (i + 1) + " of the sample bookshop.");
            book.set(Book.CREATED_AT, EPOCH.plus(Duration.ofHours(i)));
            Set<Tag> bookTags = new LinkedHashSet<>();
            int tagCount = 1 + random.nextInt(3);
            while (bookTags.size() < tagCount) {
                bookTags.add(tags.get(random.nextInt(tags.size())));
            }
            book.relatedList(Book.TAGS).addAll(bookTags);
            this.session.add(book); // the book, then its link rows

            int reviewCount = random.nextInt(6);
            for (int r = 0; r < reviewCount; r++) {
                Review review = new Review();
                review.set(Review.BOOK_ID, book.get(Book.ID));
                review.set(Review.REVIEWER, REVIEWERS[random.nextInt(REVIEWERS.length)]);
                int rating = quality[a] + random.nextInt(3) - 1;
                review.set(Review.RATING, Math.max(1, Math.min(5, rating)));
                review.set(Review.COMMENT, COMMENTS[random.nextInt(COMMENTS.length)]);
                review.set(Review.CREATED_AT, EPOCH.plus(Duration.ofHours(i).plusMinutes(r + 1)));
                reviews.add(review);
            }
        }
        this.session.addAll(reviews);
        log.info(
                "Seeded the bookshop: {} authors, {} tags, {} books, {} reviews",
                authors.size(),
                tags.size(),
                BOOKS,
                reviews.size());
    }

    /** A valid ISBN-13 in the 979-8 range, different for each book. */
    static String isbn(int i) {
        String digits = "9798" + String.format("%08d", 10_000_000 + i * 7919);
        int sum = 0;
        for (int d = 0; d < 12; d++) {
            sum += (digits.charAt(d) - '0') * (d % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static String romanVolume(int n) {
        return n == 2 ? "II" : "III";
    }
}
