package dev.qlio.orm.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * {@code spring-data-commons} is optional: on a class path without it, tables, sessions, selects
 * and repositories (but for their paging methods) work, and only paging fails.
 */
class WithoutSpringDataTest {

    /** The test class path without spring-data-commons, in a loader of its own. */
    private static ClassLoader withoutSpringData() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("spring-data-commons")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @SuppressWarnings("unchecked")
    private static <T> T run(String scenario) throws Exception {
        ClassLoader loader = withoutSpringData();
        assertThatThrownBy(() -> loader.loadClass("org.springframework.data.domain.Pageable"))
                .isInstanceOf(ClassNotFoundException.class);
        Class<?> type = loader.loadClass(WithoutSpringDataTest.class.getName() + "$" + scenario);
        return ((Callable<T>) type.getDeclaredConstructor().newInstance()).call();
    }

    @Test
    void coreAndRepositoriesWorkWithoutSpringData() throws Exception {
        List<String> names = run("CrudScenario");

        assertThat(names).containsExactly("Ada", "Grace");
    }

    @Test
    void onlyPagingNeedsSpringData() throws Exception {
        String failure = run("PagingScenario");

        assertThat(failure).contains("org/springframework/data/domain");
    }

    /** Runs inside the loader without Spring Data: saves and reads back through a repository. */
    public static final class CrudScenario implements Callable<List<String>> {
        @Override
        public List<String> call() {
            var dataSource = new org.h2.jdbcx.JdbcDataSource();
            // the driver of this loader, not the one DriverManager registered from the outer one
            dataSource.setURL("jdbc:h2:mem:no_spring_data_crud;DB_CLOSE_DELAY=-1");
            var db = dev.qlio.orm.Database.connect(dataSource, ClinicTables.metadata());
            db.ddl().createAll();
            var owners = new ClinicTables.OwnerRepository();
            owners.setSession(db.transactionAwareSession());
            owners.save(ClinicTables.owner("Ada", "Lovelace"));
            owners.save(ClinicTables.owner("Grace", "Hopper"));
            List<String> names = new ArrayList<>();
            for (ClinicTables.Owner o :
                    owners.select().orderBy(ClinicTables.Owner.FIRST_NAME.asc()).all()) {
                names.add(o.get(ClinicTables.Owner.FIRST_NAME));
            }
            if (owners.count() != 2 || !owners.existsById(1L)) {
                throw new AssertionError("count or existsById wrong");
            }
            db.ddl().dropAll();
            return names;
        }
    }

    /** Runs inside the loader without Spring Data: paging is the one thing that fails. */
    public static final class PagingScenario implements Callable<String> {
        @Override
        public String call() {
            var dataSource = new org.h2.jdbcx.JdbcDataSource();
            // the driver of this loader, not the one DriverManager registered from the outer one
            dataSource.setURL("jdbc:h2:mem:no_spring_data_paging;DB_CLOSE_DELAY=-1");
            var db = dev.qlio.orm.Database.connect(dataSource, ClinicTables.metadata());
            try {
                db.session().select(ClinicTables.Owner.class).page(null);
                return "paged";
            } catch (NoClassDefFoundError expected) {
                return String.valueOf(expected.getMessage());
            }
        }
    }
}
