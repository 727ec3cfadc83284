package dev.qlio.orm.jackson;

import dev.qlio.orm.schema.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.Serializers;

/**
 * Rows in JSON (Jackson 3): a row serializes as its columns — every column, in column order, named
 * by {@link PropertyNaming} — followed by the relationships loaded with it, nested; a relationship
 * that was not loaded is left out, so writing a row never runs a query. A JSON object deserializes
 * into a new row of the target table class: each property sets its column (type- and length-checked
 * as {@link Table#set} does), relationships in the body are skipped, and an unknown property or a
 * value of the wrong type fails naming the property — Spring MVC answers such a body with {@code
 * 400 Bad Request}.
 *
 * <p>The starter registers it as a bean, which Spring Boot adds to its {@code JsonMapper} ({@code
 * qlio.orm.jackson.property-naming}); elsewhere add it to a {@code JsonMapper.builder()}.
 */
public final class QlioJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** How columns are named in JSON. */
    private final PropertyNaming naming;

    /** A module naming columns by their field names in camelCase. */
    public QlioJacksonModule() {
        this(PropertyNaming.FIELD);
    }

    /**
     * A module naming columns as asked.
     *
     * @param naming how columns are named in JSON
     */
    public QlioJacksonModule(PropertyNaming naming) {
        super("qlio", Version.unknownVersion());
        this.naming = Objects.requireNonNull(naming, "naming must not be null");
    }

    /**
     * How this module names columns.
     *
     * @return the naming
     */
    public PropertyNaming naming() {
        return this.naming;
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        PropertyNaming naming = this.naming;
        context.addSerializers(
                new Serializers.Base() {
                    @Override
                    public @Nullable ValueSerializer<?> findSerializer(
                            SerializationConfig config,
                            JavaType type,
                            BeanDescription.Supplier beanDescRef,
                            com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
                        return Table.class.isAssignableFrom(type.getRawClass())
                                ? new RowSerializer(naming)
                                : null;
                    }
                });
        context.addDeserializers(
                new Deserializers.Base() {
                    @Override
                    public @Nullable ValueDeserializer<?> findBeanDeserializer(
                            JavaType type,
                            DeserializationConfig config,
                            BeanDescription.Supplier beanDescRef) {
                        return hasDeserializerFor(config, type.getRawClass())
                                ? new RowDeserializer(
                                        type.getRawClass().asSubclass(Table.class), naming)
                                : null;
                    }

                    @Override
                    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
                        return Table.class.isAssignableFrom(type)
                                && !java.lang.reflect.Modifier.isAbstract(type.getModifiers());
                    }
                });
    }
}
