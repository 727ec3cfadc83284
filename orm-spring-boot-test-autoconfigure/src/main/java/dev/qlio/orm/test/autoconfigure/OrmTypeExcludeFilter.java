package dev.qlio.orm.test.autoconfigure;

import dev.qlio.orm.autoconfigure.DatabaseCustomizer;
import dev.qlio.orm.repository.TableRepository;
import java.util.Set;
import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * The component filter of {@link OrmTest @OrmTest}: of the application's components only {@link
 * DatabaseCustomizer}s and {@link TableRepository} components are kept. Table classes and
 * repositories without annotation are not components: the Qlio auto-configuration finds them by
 * scanning.
 */
final class OrmTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<OrmTest> {

    private static final Set<Class<?>> KNOWN_INCLUDES =
            Set.of(DatabaseCustomizer.class, TableRepository.class);

    OrmTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }

    @Override
    protected Set<Class<?>> getKnownIncludes() {
        return KNOWN_INCLUDES;
    }
}
