package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.repository.TableRepository;
import java.beans.Introspector;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Registers a bean for every concrete {@link TableRepository} subclass in the packages scanned for
 * table classes, so repositories need no annotation. Classes that are components already
 * ({@code @Repository}, {@code @Component}) are left to component scanning.
 */
final class TableRepositoryRegistrar
        implements ImportBeanDefinitionRegistrar,
                BeanFactoryAware,
                EnvironmentAware,
                ResourceLoaderAware {

    private @Nullable BeanFactory beanFactory;

    private @Nullable Environment environment;

    private @Nullable ResourceLoader resourceLoader;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void registerBeanDefinitions(
            AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
        BeanFactory factory = this.beanFactory;
        Environment env = this.environment;
        ResourceLoader loader = this.resourceLoader;
        if (factory == null || env == null || loader == null) {
            return;
        }
        ClassPathScanningCandidateComponentProvider provider =
                new ClassPathScanningCandidateComponentProvider(false, env) {
                    @Override
                    protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                        AnnotationMetadata metadata = definition.getMetadata();
                        return metadata.isIndependent()
                                && metadata.isConcrete()
                                && !metadata.hasMetaAnnotation(Component.class.getName())
                                && !metadata.hasAnnotation(Component.class.getName());
                    }
                };
        provider.setResourceLoader(loader);
        provider.addIncludeFilter(new AssignableTypeFilter(TableRepository.class));
        List<String> scanPackages =
                Binder.get(env)
                        .bind("qlio.orm.scan-packages", Bindable.listOf(String.class))
                        .orElseGet(List::of);
        for (String basePackage : OrmAutoConfiguration.packagesToScan(factory, scanPackages)) {
            if (basePackage.isBlank()) {
                continue;
            }
            for (BeanDefinition candidate : provider.findCandidateComponents(basePackage.trim())) {
                String className = candidate.getBeanClassName();
                if (className == null) {
                    continue;
                }
                String name = Introspector.decapitalize(ClassUtils.getShortName(className));
                if (!registry.containsBeanDefinition(name)) {
                    RootBeanDefinition definition = new RootBeanDefinition();
                    definition.setBeanClassName(className);
                    registry.registerBeanDefinition(name, definition);
                }
            }
        }
    }
}
