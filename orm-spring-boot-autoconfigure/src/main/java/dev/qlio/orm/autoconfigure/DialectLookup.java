package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.util.ClassUtils;

/** Finds the {@link Dialect} named by {@code qlio.orm.dialect}, or the one of a data source. */
final class DialectLookup {

    private DialectLookup() {}

    /**
     * The dialect to use.
     *
     * @param name the value of {@code qlio.orm.dialect}: a built-in name or a class name
     * @param dataSource the data source to detect the dialect from when {@code name} is not set
     * @return the dialect
     * @throws UnknownDialectException if there is none
     */
    static Dialect getDialect(@Nullable String name, DataSource dataSource) {
        return (name != null && !name.isBlank()) ? forName(name.trim()) : detect(dataSource);
    }

    private static Dialect forName(String name) {
        if (name.indexOf('.') > 0) {
            return instantiate(name);
        }
        try {
            return Dialect.forName(name);
        } catch (IllegalArgumentException ex) {
            // our message says the same, and names the property
            throw UnknownDialectException.forName(name, null);
        }
    }

    private static Dialect instantiate(String className) {
        try {
            Class<?> type = ClassUtils.forName(className, DialectLookup.class.getClassLoader());
            if (!Dialect.class.isAssignableFrom(type)) {
                throw UnknownDialectException.forName(className, null);
            }
            return (Dialect) BeanUtils.instantiateClass(type);
        } catch (ClassNotFoundException | LinkageError ex) {
            throw UnknownDialectException.forName(className, ex);
        }
    }

    private static Dialect detect(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            String product = connection.getMetaData().getDatabaseProductName();
            try {
                return Dialect.detect(connection);
            } catch (IllegalArgumentException ex) {
                throw UnknownDialectException.forDatabase(product, ex);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Cannot read the database product name to detect the Qlio dialect; set"
                            + " qlio.orm.dialect",
                    ex);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
