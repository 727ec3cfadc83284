package dev.qlio.orm.reliability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Wraps a {@link DataSource} so that every SQL string handed to the driver ({@code
 * prepareStatement}, {@code prepareCall}, {@code Statement.execute*}) is recorded.
 */
final class SqlRecorder {

    final List<String> statements = new CopyOnWriteArrayList<>();

    DataSource wrap(DataSource target) {
        return proxy(
                DataSource.class,
                target,
                (method, args, result) -> {
                    if (result instanceof Connection c) {
                        return wrapConnection(c);
                    }
                    return result;
                });
    }

    private Connection wrapConnection(Connection target) {
        return proxy(
                Connection.class,
                target,
                (method, args, result) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("prepareCall"))
                            && args != null
                            && args[0] instanceof String sql) {
                        this.statements.add(sql);
                    }
                    if (name.equals("createStatement") && result instanceof Statement s) {
                        return wrapStatement(s);
                    }
                    return result;
                });
    }

    private Statement wrapStatement(Statement target) {
        return proxy(
                Statement.class,
                target,
                (method, args, result) -> result,
                (method, args) -> {
                    if (method.getName().startsWith("execute")
                            && args != null
                            && args.length > 0
                            && args[0] instanceof String sql) {
                        this.statements.add(sql);
                    }
                });
    }

    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    @FunctionalInterface
    private interface Before {
        void accept(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        return proxy(type, target, after, (m, a) -> {});
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after, Before before) {
        InvocationHandler handler =
                (p, method, args) -> {
                    if (method.getName().equals("unwrap")
                            && args != null
                            && args[0] instanceof Class<?> c
                            && c.isInstance(p)) {
                        return p;
                    }
                    before.accept(method, args);
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                    return after.apply(method, args, result);
                };
        return (T)
                Proxy.newProxyInstance(
                        SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
