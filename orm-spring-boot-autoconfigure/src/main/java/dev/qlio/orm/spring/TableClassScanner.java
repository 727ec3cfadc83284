package dev.qlio.orm.spring;

import dev.qlio.orm.schema.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Finds table classes (concrete, top-level or static nested subclasses of {@link Table}) in
 * packages and their sub-packages, the way Spring Boot's {@code EntityScanner} finds JPA entities.
 */
public final class TableClassScanner {

    private final Environment environment;

    private final ResourceLoader resourceLoader;

    /**
     * A scanner reading classes through a resource loader.
     *
     * @param environment the environment, for placeholders in package names
     * @param resourceLoader the resource loader, whose class loader loads the classes found
     */
    public TableClassScanner(Environment environment, ResourceLoader resourceLoader) {
        this.environment = environment;
        this.resourceLoader = resourceLoader;
    }

    /**
     * Scans packages for table classes.
     *
     * @param packages the base packages
     * @return the table classes, ordered by class name
     * @throws IllegalStateException if a class found cannot be loaded
     */
    public Set<Class<? extends Table>> scan(Collection<String> packages) {
        ClassPathScanningCandidateComponentProvider provider = createProvider();
        Set<Class<? extends Table>> tables = new TreeSet<>(Comparator.comparing(Class::getName));
        for (String basePackage : new LinkedHashSet<>(packages)) {
            if (!StringUtils.hasText(basePackage)) {
                continue;
            }
            for (BeanDefinition candidate : provider.findCandidateComponents(basePackage.trim())) {
                tables.add(load(candidate.getBeanClassName()));
            }
        }
        return tables;
    }

    private ClassPathScanningCandidateComponentProvider createProvider() {
        ClassPathScanningCandidateComponentProvider provider =
                new ClassPathScanningCandidateComponentProvider(false, this.environment) {
                    @Override
                    protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                        return definition.getMetadata().isIndependent()
                                && definition.getMetadata().isConcrete();
                    }
                };
        provider.setResourceLoader(this.resourceLoader);
        provider.addIncludeFilter(new AssignableTypeFilter(Table.class));
        return provider;
    }

    private Class<? extends Table> load(@org.jspecify.annotations.Nullable String className) {
        if (className == null) {
            throw new IllegalStateException("A scanned table class has no name");
        }
        try {
            return ClassUtils.forName(className, this.resourceLoader.getClassLoader())
                    .asSubclass(Table.class);
        } catch (ClassNotFoundException | LinkageError ex) {
            throw new IllegalStateException("Cannot load table class " + className, ex);
        }
    }
}
