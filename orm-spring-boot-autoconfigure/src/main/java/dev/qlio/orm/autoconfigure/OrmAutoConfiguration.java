package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.Database;
import dev.qlio.orm.TransactionAwareSession;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.session.TenantResolver;
import dev.qlio.orm.spring.TableClassScanner;
import dev.qlio.orm.spring.aot.AotTableClasses;
import dev.qlio.orm.spring.schema.SchemaAction;
import dev.qlio.orm.spring.schema.SchemaInitializer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * Qlio: a {@link TableMetadata} of the scanned table classes, a {@link Database} bound to the
 * single {@link DataSource}, a shared transaction-aware {@link Session}, and the {@code
 * qlio.orm.ddl} schema action.
 */
@AutoConfiguration(
        after = {
            DataSourceAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class,
            TransactionAutoConfiguration.class
        })
@ConditionalOnClass({Database.class, DataSource.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(OrmProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class OrmAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TableMetadata qlioTableMetadata(
            BeanFactory beanFactory,
            OrmProperties properties,
            Environment environment,
            ResourceLoader resourceLoader) {
        TableMetadata metadata = new TableMetadata();
        Collection<Class<? extends Table>> tableClasses =
                AotDetector.useGeneratedArtifacts()
                        ? AotTableClasses.read("qlioTableMetadata", resourceLoader.getClassLoader())
                        : null;
        if (tableClasses == null) {
            tableClasses =
                    new TableClassScanner(environment, resourceLoader)
                            .scan(packagesToScan(beanFactory, properties));
        }
        for (Class<? extends Table> tableClass : tableClasses) {
            metadata.registerTable(tableClass);
        }
        metadata.setupTables();
        return metadata;
    }

    @Bean
    @ConditionalOnMissingBean
    Database qlioDatabase(
            DataSource dataSource,
            TableMetadata metadata,
            OrmProperties properties,
            ObjectProvider<DatabaseCustomizer> customizers,
            ObjectProvider<TenantResolver> tenantResolver) {
        Database.Builder builder =
                Database.builder(dataSource, metadata)
                        .dialect(DialectLookup.getDialect(properties.getDialect(), dataSource))
                        .fetchSize(properties.getFetchSize())
                        .batchSize(properties.getBatchSize())
                        .showSql(properties.isShowSql())
                        .slowQueryThreshold(properties.getSlowQueryThreshold())
                        .queryTimeout(properties.getQueryTimeout())
                        .exactIdentifierCase(properties.isExactIdentifierCase())
                        .tenantResolver(tenantResolver.getIfUnique());
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean(Session.class)
    @ConditionalOnSingleCandidate(Database.class)
    @DependsOnDatabaseInitialization
    TransactionAwareSession qlioSession(Database database) {
        return database.transactionAwareSession();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(Database.class)
    SchemaInitializer qlioSchemaInitializer(Database database, OrmProperties properties) {
        SchemaAction action = properties.getDdl();
        if (action == null) {
            action =
                    EmbeddedDatabaseConnection.isEmbedded(database.dataSource())
                            ? SchemaAction.CREATE
                            : SchemaAction.NONE;
        }
        return new SchemaInitializer(database, action, properties.isDdlStrict());
    }

    /**
     * The packages of every {@code @TableScan} and of {@code qlio.orm.scan-packages}; when there
     * are none, the auto-configuration packages.
     */
    static Set<String> packagesToScan(BeanFactory beanFactory, OrmProperties properties) {
        return packagesToScan(beanFactory, properties.getScanPackages());
    }

    /** The same, with {@code qlio.orm.scan-packages} given (repositories are registered early). */
    static Set<String> packagesToScan(BeanFactory beanFactory, Collection<String> scanPackages) {
        Set<String> packages =
                new LinkedHashSet<>(TableScanPackages.get(beanFactory).getPackageNames());
        packages.addAll(scanPackages);
        if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            packages.addAll(AutoConfigurationPackages.get(beanFactory));
        }
        return packages;
    }
}
