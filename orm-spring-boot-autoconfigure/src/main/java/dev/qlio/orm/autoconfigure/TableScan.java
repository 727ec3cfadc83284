package dev.qlio.orm.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * Configures the packages scanned for table classes (subclasses of {@link
 * dev.qlio.orm.schema.Table}), in place of the auto-configuration packages, the way
 * {@code @EntityScan} does for JPA entities.
 *
 * <pre>{@code
 * @SpringBootApplication
 * @TableScan(basePackageClasses = User.class)
 * public class Application { ... }
 * }</pre>
 *
 * <p>Packages from several {@code @TableScan} annotations and from the {@code
 * qlio.orm.scan-packages} property are all scanned. Without any, the packages of the
 * {@code @SpringBootApplication} class (the auto-configuration packages) are scanned.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(TableScanPackages.Registrar.class)
public @interface TableScan {

    /**
     * Alias for {@link #basePackages()}.
     *
     * @return the base packages to scan
     */
    @AliasFor("basePackages")
    String[] value() default {};

    /**
     * Base packages to scan for table classes, sub-packages included. Placeholders are resolved.
     *
     * @return the base packages to scan
     */
    @AliasFor("value")
    String[] basePackages() default {};

    /**
     * Type-safe alternative to {@link #basePackages()}: the package of each class is scanned.
     *
     * @return classes whose packages are scanned
     */
    Class<?>[] basePackageClasses() default {};
}
