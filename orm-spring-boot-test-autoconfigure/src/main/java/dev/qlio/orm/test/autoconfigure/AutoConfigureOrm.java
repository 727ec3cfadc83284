package dev.qlio.orm.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;

/**
 * {@link ImportAutoConfiguration Auto-configuration imports} for typical Qlio tests: the JDBC ones
 * ({@code DataSource}, transaction manager, {@code JdbcTemplate}) and Qlio's. Most tests should use
 * {@link OrmTest @OrmTest} rather than this annotation directly.
 *
 * @see OrmTest
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureJdbc
@ImportAutoConfiguration
public @interface AutoConfigureOrm {}
