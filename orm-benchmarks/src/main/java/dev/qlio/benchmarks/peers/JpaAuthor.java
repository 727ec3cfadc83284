package dev.qlio.benchmarks.peers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/** Hibernate's entity for {@code author}; updates write only changed columns. */
@Entity
@Table(name = "author")
@DynamicUpdate
public class JpaAuthor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;

    String email;

    LocalDate born;

    double rating;

    boolean active;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    int score;

    @OneToMany
    @JoinColumn(name = "author_id", insertable = false, updatable = false)
    @OrderBy("id")
    List<JpaBook> books = new ArrayList<>();

    public JpaAuthor() {}
}
