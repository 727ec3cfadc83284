package dev.qlio.benchmarks.model;

import java.time.LocalDate;

/** A plain mutable book, shared by the hand-written and mapper-based peers. */
public class Book {

    private long id;
    private long authorId;
    private String title;
    private int pages;
    private LocalDate published;

    public Book() {}

    public Book(long id, long authorId, String title, int pages, LocalDate published) {
        this.id = id;
        this.authorId = authorId;
        this.title = title;
        this.pages = pages;
        this.published = published;
    }

    public BookRow toRow() {
        return new BookRow(id, authorId, title, pages, published);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getAuthorId() {
        return authorId;
    }

    public void setAuthorId(long authorId) {
        this.authorId = authorId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getPages() {
        return pages;
    }

    public void setPages(int pages) {
        this.pages = pages;
    }

    public LocalDate getPublished() {
        return published;
    }

    public void setPublished(LocalDate published) {
        this.published = published;
    }
}
