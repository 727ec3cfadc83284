package dev.qlio.benchmarks.peers.sdj;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Spring Data JDBC's aggregate root for {@code book} alone. */
@Table("book")
public class SdjBook {

    @Id public Long id;
    public long authorId;
    public String title;
    public int pages;
    public LocalDate published;
}
