package dev.qlio.orm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.tables.a.AbstractNotATable;
import dev.qlio.orm.autoconfigure.tables.a.Author;
import dev.qlio.orm.autoconfigure.tables.b.Book;
import dev.qlio.orm.autoconfigure.tables.drift.Drift;
import dev.qlio.orm.autoconfigure.tables.drift.Missing;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

class TableClassScannerTests {

    private final TableClassScanner scanner =
            new TableClassScanner(new StandardEnvironment(), new DefaultResourceLoader());

    @Test
    void findsConcreteTableClassesInPackagesAndSubPackages() {
        assertThat(this.scanner.scan(List.of("dev.qlio.orm.autoconfigure.tables")))
                .contains(Author.class, Book.class, Drift.class, Missing.class)
                .doesNotContain(AbstractNotATable.class);
    }

    @Test
    void findsNothingOutsideThePackages() {
        assertThat(this.scanner.scan(List.of(Book.class.getPackageName())))
                .containsExactly(Book.class);
    }

    @Test
    void ordersClassesByName() {
        assertThat(
                        this.scanner.scan(
                                List.of(Drift.class.getPackageName(), Book.class.getPackageName())))
                .containsExactly(Book.class, Drift.class, Missing.class);
    }

    @Test
    void ignoresBlankPackageNames() {
        assertThat(this.scanner.scan(List.of(" ", ""))).isEmpty();
    }
}
