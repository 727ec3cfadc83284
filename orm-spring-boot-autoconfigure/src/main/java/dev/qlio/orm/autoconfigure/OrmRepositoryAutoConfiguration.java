package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.repository.TableRepository;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.spring.TableRepositorySessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of
 * repositories: every concrete {@link TableRepository} subclass in the packages scanned for table
 * classes becomes a bean (named after its class, e.g. {@code ownerRepository}) with no annotation,
 * and every {@code TableRepository} bean gets the application's transaction-aware {@link Session}.
 */
@AutoConfiguration(after = OrmAutoConfiguration.class)
@ConditionalOnClass(TableRepository.class)
@ConditionalOnBean(Session.class)
@Import(TableRepositoryRegistrar.class)
public final class OrmRepositoryAutoConfiguration {

    @Bean
    static TableRepositorySessions qlioTableRepositorySessions(ObjectProvider<Session> session) {
        return new TableRepositorySessions(session);
    }
}
