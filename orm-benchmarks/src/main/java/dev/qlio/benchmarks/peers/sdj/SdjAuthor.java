package dev.qlio.benchmarks.peers.sdj;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Spring Data JDBC's aggregate root for {@code author} alone. */
@Table("author")
public class SdjAuthor {

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
}
