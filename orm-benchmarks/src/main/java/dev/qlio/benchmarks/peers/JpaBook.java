package dev.qlio.benchmarks.peers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Hibernate's entity for {@code book}; the author key is a plain column (no proxy per row). */
@Entity
@Table(name = "book")
public class JpaBook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "author_id")
    long authorId;

    String title;

    int pages;

    LocalDate published;

    public JpaBook() {}
}
