package dev.qlio.orm.autoconfigure.replica;

import dev.qlio.orm.observation.ReplicaConnection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import org.jspecify.annotations.Nullable;

/**
 * The two wrappers replica routing puts around pooled connections: a replica's connection answers
 * {@code isWrapperFor(ReplicaConnection.class)} (so its statements are tagged {@code
 * side=replica}), and a primary connection used for writing tells, when it is closed, that its
 * thread just wrote (read-your-writes).
 */
final class RoutedConnections {

    private static final ClassLoader LOADER = RoutedConnections.class.getClassLoader();

    private RoutedConnections() {}

    /**
     * A replica's connection, marked as such.
     *
     * @param target the pooled connection
     * @return the marked connection
     */
    static Connection replica(Connection target) {
        return wrap(target, new Class<?>[] {Connection.class, ReplicaConnection.class}, null);
    }

    /**
     * A primary connection that runs {@code onClose} once it is closed (given back to the pool), if
     * statements were created on it (a check of its settings alone is no write).
     *
     * @param target the pooled connection
     * @param onClose what to run after closing
     * @return the wrapped connection
     */
    static Connection primary(Connection target, Runnable onClose) {
        return wrap(target, new Class<?>[] {Connection.class}, onClose);
    }

    private static Connection wrap(
            Connection target, Class<?>[] types, @Nullable Runnable onClose) {
        boolean replica = types.length > 1;
        boolean[] used = {false};
        return (Connection)
                Proxy.newProxyInstance(
                        LOADER,
                        types,
                        (proxy, method, args) -> {
                            switch (method.getName()) {
                                case "equals":
                                    return proxy == args[0];
                                case "hashCode":
                                    return System.identityHashCode(proxy);
                                case "isWrapperFor":
                                    if (((Class<?>) args[0]).isInstance(proxy)) {
                                        return true;
                                    }
                                    break;
                                case "unwrap":
                                    if (((Class<?>) args[0]).isInstance(proxy)) {
                                        return proxy;
                                    }
                                    break;
                                case "toString":
                                    return (replica ? "replica " : "primary ") + target;
                                case "createStatement", "prepareStatement", "prepareCall":
                                    used[0] = true;
                                    break;
                                default:
                                    break;
                            }
                            try {
                                return method.invoke(target, args);
                            } catch (InvocationTargetException ex) {
                                throw ex.getTargetException();
                            } finally {
                                if (onClose != null
                                        && used[0]
                                        && method.getName().equals("close")) {
                                    onClose.run();
                                }
                            }
                        });
    }
}
