package dev.qlio.orm.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL name of a table class; without it the name is the class name in snake_case ({@code
 * BookTag} -> {@code book_tag}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TableName {

    /**
     * The table's SQL name (quoted in every statement, so reserved words are fine).
     *
     * @return the name
     */
    String value();
}
