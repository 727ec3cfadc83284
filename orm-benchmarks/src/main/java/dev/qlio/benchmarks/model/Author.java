package dev.qlio.benchmarks.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A plain mutable author, the target of hand-written JDBC, Spring {@code JdbcClient}, jOOQ and
 * MyBatis mapping (the same class for all, so they do the same work per row).
 */
public class Author {

    private long id;
    private String name;
    private String email;
    private LocalDate born;
    private double rating;
    private boolean active;
    private LocalDateTime createdAt;
    private int score;
    private List<Book> books;

    public Author() {}

    public Author(
            long id,
            String name,
            String email,
            LocalDate born,
            double rating,
            boolean active,
            LocalDateTime createdAt,
            int score) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.born = born;
        this.rating = rating;
        this.active = active;
        this.createdAt = createdAt;
        this.score = score;
    }

    public static Author of(AuthorRow r) {
        return new Author(
                r.id(),
                r.name(),
                r.email(),
                r.born(),
                r.rating(),
                r.active(),
                r.createdAt(),
                r.score());
    }

    public AuthorRow toRow() {
        return new AuthorRow(id, name, email, born, rating, active, createdAt, score);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate getBorn() {
        return born;
    }

    public void setBorn(LocalDate born) {
        this.born = born;
    }

    public double getRating() {
        return rating;
    }

    public void setRating(double rating) {
        this.rating = rating;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }

    public List<Book> getBooks() {
        return books;
    }

    public void setBooks(List<Book> books) {
        this.books = books;
    }
}
