package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.Database;

/**
 * Callback to customize the auto-configured {@link Database} before it is built, e.g. to set an
 * {@code ObservationRegistry} or another dialect. Every {@code DatabaseCustomizer} bean is applied,
 * in {@link org.springframework.core.annotation.Order @Order} / {@link
 * org.springframework.core.Ordered} order, after the {@code qlio.orm.*} properties.
 */
@FunctionalInterface
public interface DatabaseCustomizer {

    /**
     * Customizes the builder of the {@link Database} bean.
     *
     * @param builder the builder
     */
    void customize(Database.Builder builder);
}
