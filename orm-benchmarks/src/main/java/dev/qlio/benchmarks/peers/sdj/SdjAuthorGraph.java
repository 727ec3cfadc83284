package dev.qlio.benchmarks.peers.sdj;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Spring Data JDBC's aggregate of an author with its books (the join-load benchmark). */
@Table("author")
public class SdjAuthorGraph {

    @Id
    @Column("id")
    public Long id;

    @Column("name")
    public String name;

    @Column("email")
    public String email;

    @Column("born")
    public LocalDate born;

    @Column("rating")
    public double rating;

    @Column("active")
    public boolean active;

    @Column("created_at")
    public LocalDateTime createdAt;

    @Column("score")
    public int score;

    @MappedCollection(idColumn = "author_id")
    public Set<SdjGraphBook> books;
}
