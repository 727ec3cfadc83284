package dev.qlio.orm.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/** The packages named by every {@link TableScan @TableScan}, kept as a bean for the scanner. */
final class TableScanPackages {

    private static final String BEAN = TableScanPackages.class.getName();

    private static final TableScanPackages NONE = new TableScanPackages();

    private final List<String> packageNames;

    TableScanPackages(String... packageNames) {
        List<String> names = new ArrayList<>();
        for (String name : packageNames) {
            if (StringUtils.hasText(name)) {
                names.add(name);
            }
        }
        this.packageNames = Collections.unmodifiableList(names);
    }

    List<String> getPackageNames() {
        return this.packageNames;
    }

    static TableScanPackages get(BeanFactory beanFactory) {
        try {
            return beanFactory.getBean(BEAN, TableScanPackages.class);
        } catch (NoSuchBeanDefinitionException ex) {
            return NONE;
        }
    }

    static void register(BeanDefinitionRegistry registry, Collection<String> packageNames) {
        if (registry.containsBeanDefinition(BEAN)) {
            ((TableScanPackagesBeanDefinition) registry.getBeanDefinition(BEAN))
                    .addPackageNames(packageNames);
        } else {
            registry.registerBeanDefinition(
                    BEAN, new TableScanPackagesBeanDefinition(packageNames));
        }
    }

    /** Registers the packages of one {@code @TableScan}. */
    static final class Registrar implements ImportBeanDefinitionRegistrar {

        private final Environment environment;

        Registrar(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void registerBeanDefinitions(
                AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            register(registry, packagesToScan(metadata));
        }

        private Set<String> packagesToScan(AnnotationMetadata metadata) {
            AnnotationAttributes attributes =
                    AnnotationAttributes.fromMap(
                            metadata.getAnnotationAttributes(TableScan.class.getName()));
            Set<String> packages = new LinkedHashSet<>();
            if (attributes != null) {
                for (String basePackage : attributes.getStringArray("basePackages")) {
                    packages.addAll(
                            Arrays.asList(
                                    StringUtils.tokenizeToStringArray(
                                            this.environment.resolvePlaceholders(basePackage),
                                            ConfigurableApplicationContext
                                                    .CONFIG_LOCATION_DELIMITERS)));
                }
                for (Class<?> basePackageClass : attributes.getClassArray("basePackageClasses")) {
                    packages.add(ClassUtils.getPackageName(basePackageClass));
                }
            }
            if (packages.isEmpty()) {
                String packageName = ClassUtils.getPackageName(metadata.getClassName());
                if (!StringUtils.hasLength(packageName)) {
                    throw new IllegalStateException(
                            "@TableScan on "
                                    + metadata.getClassName()
                                    + " cannot scan the default package; name basePackages");
                }
                packages.add(packageName);
            }
            return packages;
        }
    }

    /** The bean definition, collecting packages from every {@code @TableScan}. */
    static final class TableScanPackagesBeanDefinition extends RootBeanDefinition {

        private final Set<String> packageNames = new LinkedHashSet<>();

        TableScanPackagesBeanDefinition(Collection<String> packageNames) {
            setBeanClass(TableScanPackages.class);
            setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            addPackageNames(packageNames);
        }

        private void addPackageNames(Collection<String> additional) {
            this.packageNames.addAll(additional);
            getConstructorArgumentValues()
                    .addIndexedArgumentValue(0, StringUtils.toStringArray(this.packageNames));
        }
    }
}
