package dev.qlio.orm.schema.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lets {@code Database} record itself on the {@code TableMetadata} it connects, without the
 * registry offering applications a public setter. Not for applications; may change without notice.
 *
 * <p>Both sides are passed as {@code Object}: this package sits below the schema and the root
 * package and names neither. {@code TableMetadata} installs the binder when it initialises.
 */
public final class Bindings {

    private static volatile @Nullable Binder binder;

    private Bindings() {}

    /**
     * Installed once by {@code TableMetadata}'s static initialiser.
     *
     * @param registryBinder records a database on a registry
     */
    public static void install(Binder registryBinder) {
        binder = Objects.requireNonNull(registryBinder, "registryBinder must not be null");
    }

    /**
     * Records the database a registry is connected with; {@code TableMetadata.bind()} returns it.
     *
     * @param registry a {@code TableMetadata}
     * @param database the {@code Database} connected with it
     */
    public static void bind(Object registry, Object database) {
        Binder b = binder;
        if (b == null) {
            // a registry exists, so its class is initialised; this thread may not have seen it yet
            Class<?> registryClass = registry.getClass();
            try {
                Class.forName(registryClass.getName(), true, registryClass.getClassLoader());
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
            b = Objects.requireNonNull(binder, "TableMetadata did not install its binder");
        }
        b.bind(registry, database);
    }

    /** Records a database on a registry. */
    @FunctionalInterface
    public interface Binder {

        /**
         * Records the database.
         *
         * @param registry a {@code TableMetadata}
         * @param database the {@code Database}
         */
        void bind(Object registry, Object database);
    }
}
