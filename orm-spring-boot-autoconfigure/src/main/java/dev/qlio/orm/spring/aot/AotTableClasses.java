package dev.qlio.orm.spring.aot;

import dev.qlio.orm.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import org.springframework.util.StreamUtils;

/**
 * The table classes of a {@code TableMetadata} bean as found at build time by Spring AOT
 * processing, kept in a class-path resource: in a native image classpath scanning finds nothing, so
 * the scanned list is read from there instead.
 */
public final class AotTableClasses {

    private AotTableClasses() {}

    /**
     * The resource holding the table classes of a bean, one class name a line.
     *
     * @param beanName the name of the {@code TableMetadata} bean
     * @return the resource path
     */
    public static String location(String beanName) {
        return "META-INF/qlio/aot/" + beanName + ".tables";
    }

    /**
     * The content of the resource for some table classes.
     *
     * @param tableClasses the classes
     * @return one class name a line
     */
    static String content(List<Class<? extends Table>> tableClasses) {
        StringBuilder content = new StringBuilder();
        for (Class<? extends Table> tableClass : tableClasses) {
            content.append(tableClass.getName()).append('\n');
        }
        return content.toString();
    }

    /**
     * Reads the table classes recorded at build time for a bean.
     *
     * @param beanName the name of the {@code TableMetadata} bean
     * @param classLoader the class loader of the application
     * @return the classes, or {@code null} when nothing was recorded
     * @throws IllegalStateException if a recorded class cannot be loaded
     */
    public static @Nullable List<Class<? extends Table>> read(
            String beanName, @Nullable ClassLoader classLoader) {
        ClassLoader loader =
                (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
        InputStream in =
                (loader != null)
                        ? loader.getResourceAsStream(location(beanName))
                        : ClassLoader.getSystemResourceAsStream(location(beanName));
        if (in == null) {
            return null;
        }
        List<Class<? extends Table>> classes = new ArrayList<>();
        try (in) {
            for (String line : StreamUtils.copyToString(in, StandardCharsets.UTF_8).split("\n")) {
                String name = line.trim();
                if (!name.isEmpty()) {
                    classes.add(ClassUtils.forName(name, loader).asSubclass(Table.class));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (ClassNotFoundException | LinkageError ex) {
            throw new IllegalStateException(
                    "Cannot load a table class recorded at build time in " + location(beanName),
                    ex);
        }
        return classes;
    }
}
