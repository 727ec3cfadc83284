package dev.qlio.orm.schema;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

/**
 * Makes new rows of a table class through its no-argument constructor, found once per class: a
 * generated {@link Supplier}, so that no row is created by reflection.
 */
final class RowFactory {

    private RowFactory() {}

    /**
     * The constructor of a table class as a supplier.
     *
     * @throws SchemaDefinitionException if the class has no no-argument constructor
     */
    @SuppressWarnings("unchecked")
    static <T> Supplier<T> of(Class<T> tableClass) {
        if (Modifier.isAbstract(tableClass.getModifiers())) {
            return () -> {
                throw new IllegalStateException(
                        "Table class " + tableClass.getName() + " is abstract");
            };
        }
        Constructor<T> ctor;
        try {
            ctor = tableClass.getDeclaredConstructor();
        } catch (NoSuchMethodException ex) {
            throw new SchemaDefinitionException(
                    tableClass, null, "needs a no-argument constructor");
        }
        try {
            // a generated Supplier: no reflection per row
            MethodHandles.Lookup lookup =
                    MethodHandles.privateLookupIn(tableClass, MethodHandles.lookup());
            MethodHandle handle = lookup.unreflectConstructor(ctor);
            return (Supplier<T>)
                    LambdaMetafactory.metafactory(
                                    lookup,
                                    "get",
                                    MethodType.methodType(Supplier.class),
                                    MethodType.methodType(Object.class),
                                    handle,
                                    MethodType.methodType(tableClass))
                            .getTarget()
                            .invokeExact();
        } catch (Throwable ex) {
            // e.g. a class loader the lookup cannot see into: fall back to the constructor
            ctor.setAccessible(true);
            return () -> {
                try {
                    return ctor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(
                            "Cannot instantiate " + tableClass.getName(), e);
                }
            };
        }
    }
}
