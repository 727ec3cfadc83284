package dev.qlio.benchmarks.peers;

/** The hand-written SQL shared by the JDBC-level peers (JDBC, JdbcClient, MyBatis). */
final class Sql {

    static final String AUTHOR_COLUMNS = "id, name, email, born, rating, active, created_at, score";

    static final String BOOK_COLUMNS = "id, author_id, title, pages, published";

    static final String FIND_AUTHOR = "SELECT " + AUTHOR_COLUMNS + " FROM author WHERE id = ?";

    static final String LIST_AUTHORS =
            "SELECT " + AUTHOR_COLUMNS + " FROM author WHERE id <= ? ORDER BY id";

    static final String INSERT_AUTHOR =
            "INSERT INTO author (name, email, born, rating, active, created_at, score)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    static final String UPDATE_NAME = "UPDATE author SET name = ? WHERE id = ?";

    static final String DELETE_BOOK = "DELETE FROM book WHERE id = ?";

    static final String ALL_BOOKS = "SELECT " + BOOK_COLUMNS + " FROM book";

    /** One statement: authors left-joined with their books, grouped by the reading loop. */
    static final String JOIN =
            "SELECT a.id, a.name, a.email, a.born, a.rating, a.active, a.created_at, a.score,"
                    + " b.id, b.title, b.pages, b.published"
                    + " FROM author a LEFT JOIN book b ON b.author_id = a.id"
                    + " WHERE a.id BETWEEN ? AND ? ORDER BY a.id, b.id";

    /** The same with distinct column labels, for reading by name. */
    static final String JOIN_LABELLED =
            "SELECT a.id AS a_id, a.name AS a_name, a.email AS a_email, a.born AS a_born,"
                    + " a.rating AS a_rating, a.active AS a_active, a.created_at AS a_created_at,"
                    + " a.score AS a_score, b.id AS b_id, b.title AS b_title, b.pages AS b_pages,"
                    + " b.published AS b_published"
                    + " FROM author a LEFT JOIN book b ON b.author_id = a.id"
                    + " WHERE a.id BETWEEN ? AND ? ORDER BY a.id, b.id";

    private Sql() {}
}
