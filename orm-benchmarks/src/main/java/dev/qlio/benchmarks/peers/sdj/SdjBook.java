package dev.qlio.benchmarks.peers.sdj;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Spring Data JDBC's aggregate root for {@code book} alone. */
@Table("book")
public class SdjBook {

    @Id
    @Column("id")
    public Long id;

    @Column("author_id")
    public long authorId;

    @Column("title")
    public String title;

    @Column("pages")
    public int pages;

    @Column("published")
    public LocalDate published;
}
