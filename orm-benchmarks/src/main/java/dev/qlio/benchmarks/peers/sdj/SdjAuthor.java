package dev.qlio.benchmarks.peers.sdj;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Spring Data JDBC's aggregate root for {@code author} alone. */
@Table("author")
public class SdjAuthor {

    @Id public Long id;
    public String name;
    public String email;
    public LocalDate born;
    public double rating;
    public boolean active;
    public LocalDateTime createdAt;
    public int score;
}
