package dev.qlio.benchmarks.peers.sdj;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Spring Data JDBC's aggregate of an author with its books (the join-load benchmark). */
@Table("author")
public class SdjAuthorGraph {

    @Id public Long id;
    public String name;
    public String email;
    public LocalDate born;
    public double rating;
    public boolean active;
    public LocalDateTime createdAt;
    public int score;

    @MappedCollection(idColumn = "author_id")
    public Set<SdjGraphBook> books;
}
