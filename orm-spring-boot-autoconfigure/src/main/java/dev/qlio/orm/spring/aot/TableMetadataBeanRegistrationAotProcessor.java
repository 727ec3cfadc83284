package dev.qlio.orm.spring.aot;

import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;

/**
 * Contributes reflection hints for the table classes of every {@link TableMetadata} bean, and
 * records them in a resource ({@link AotTableClasses}) read at run time instead of scanning. The
 * registry is created at build time (scanning and registering tables touch no database), the way
 * Spring's JPA support handles its managed types.
 */
final class TableMetadataBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

    @Override
    public @Nullable BeanRegistrationAotContribution processAheadOfTime(
            RegisteredBean registeredBean) {
        if (!TableMetadata.class.isAssignableFrom(registeredBean.getBeanClass())) {
            return null;
        }
        TableMetadata metadata =
                registeredBean
                        .getBeanFactory()
                        .getBean(registeredBean.getBeanName(), TableMetadata.class);
        List<Class<? extends Table>> tableClasses = new ArrayList<>();
        for (TableMeta<?> table : metadata.tables().values()) {
            tableClasses.add(table.tableClass());
        }
        String location = AotTableClasses.location(registeredBean.getBeanName());
        return (generationContext, code) -> {
            TableRuntimeHints.registerTableClasses(
                    generationContext.getRuntimeHints(), tableClasses);
            generationContext
                    .getGeneratedFiles()
                    .addResourceFile(location, AotTableClasses.content(tableClasses));
            generationContext.getRuntimeHints().resources().registerPattern(location);
        };
    }
}
