package dev.qlio.orm.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annotation for a Qlio test that focuses <strong>only</strong> on Qlio: it loads the {@code
 * DataSource}, the transaction manager, {@code JdbcTemplate}, the Qlio beans ({@code
 * TableMetadata}, {@code Database}, {@code Session}), the table classes and repositories ({@code
 * TableRepository} subclasses) of the application, but none of its other components (add them with
 * {@code @Import}).
 *
 * <p>It counts statements out of the box: the slice has an {@code ObservationRegistry} that Qlio
 * reports to and a {@link dev.qlio.orm.observation.StatementCounter} bean listening to it. A failed
 * {@code expect} lists the SQL that ran.
 *
 * <pre>{@code
 * @OrmTest
 * class OwnerTests {
 *     @Autowired OwnerRepository owners;
 *     @Autowired StatementCounter statements;
 *
 *     @Test
 *     void pageCostsTwoStatements() {   // rolled back at the end
 *         statements.expect(2, () -> owners.findAll(PageRequest.of(0, 5)));
 *     }
 * }
 * }</pre>
 *
 * <p>Each test runs in a transaction that is rolled back at its end. The application's {@code
 * DataSource} is replaced by an embedded in-memory database, whose tables Qlio creates ({@code
 * qlio.orm.ddl} defaults to {@code create} there); use {@link
 * AutoConfigureTestDatabase @AutoConfigureTestDatabase(replace = NONE)} to test against the
 * configured one.
 *
 * @see AutoConfigureOrm
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(OrmTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(OrmTypeExcludeFilter.class)
@Transactional
@AutoConfigureOrm
@AutoConfigureTestDatabase
@ImportAutoConfiguration
public @interface OrmTest {

    /**
     * Properties in form {@literal key=value} added to the Spring {@code Environment} before the
     * test runs.
     *
     * @return the properties to add
     */
    String[] properties() default {};

    /**
     * Whether default filtering is used with {@code @SpringBootApplication}. By default, only
     * {@code DatabaseCustomizer} beans are included among the application's components.
     *
     * @return whether default filters are used
     */
    boolean useDefaultFilters() default true;

    /**
     * Include filters adding otherwise filtered beans to the application context.
     *
     * @return include filters to apply
     */
    Filter[] includeFilters() default {};

    /**
     * Exclude filters removing beans that would otherwise be added to the application context.
     *
     * @return exclude filters to apply
     */
    Filter[] excludeFilters() default {};

    /**
     * Auto-configuration exclusions for this test.
     *
     * @return auto-configuration exclusions to apply
     */
    @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
    Class<?>[] excludeAutoConfiguration() default {};
}
