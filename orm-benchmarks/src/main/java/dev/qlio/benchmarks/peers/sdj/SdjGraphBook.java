package dev.qlio.benchmarks.peers.sdj;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A book inside the {@link SdjAuthorGraph} aggregate (its author key is the back-reference). */
@Table("book")
public class SdjGraphBook {

    @Id public Long id;
    public String title;
    public int pages;
    public LocalDate published;
}
