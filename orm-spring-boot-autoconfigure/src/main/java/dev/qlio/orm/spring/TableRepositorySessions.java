package dev.qlio.orm.spring;

import dev.qlio.orm.repository.TableRepository;
import dev.qlio.orm.session.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Sets the application's {@link Session} on every {@link TableRepository} bean that has none yet,
 * whether the starter registered it or the application declared it ({@code @Repository},
 * {@code @Bean}).
 */
public final class TableRepositorySessions implements BeanPostProcessor {

    private final ObjectProvider<Session> session;

    /**
     * A post-processor taking the session from the context when the first repository needs it.
     *
     * @param session the session
     */
    public TableRepositorySessions(ObjectProvider<Session> session) {
        this.session = session;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof TableRepository<?, ?> repository && !repository.hasSession()) {
            repository.setSession(this.session.getObject());
        }
        return bean;
    }
}
