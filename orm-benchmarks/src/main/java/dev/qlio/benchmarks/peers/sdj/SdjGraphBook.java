package dev.qlio.benchmarks.peers.sdj;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A book inside the {@link SdjAuthorGraph} aggregate (its author key is the back-reference). */
@Table("book")
public class SdjGraphBook {

    @Id
    @Column("id")
    public Long id;

    @Column("title")
    public String title;

    @Column("pages")
    public int pages;

    @Column("published")
    public LocalDate published;
}
