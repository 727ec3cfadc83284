package dev.qlio.orm.query;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A sort property (from Spring Data's {@code Sort} or a {@code Pageable}, typically a request's
 * {@code ?sort=} parameter) that names no column of the table. It is an {@link
 * IllegalArgumentException} naming the property and the known ones; Spring MVC answers it with
 * {@code 400 Bad Request} (the annotation is ignored where Spring MVC is absent), and an
 * application's own {@code @ExceptionHandler} may shape the body.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnknownSortPropertyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The property asked for. */
    private final String property;

    /** The table's SQL name. */
    private final String table;

    /** The properties the table offers. */
    private final List<String> knownProperties;

    /**
     * An unknown sort property.
     *
     * @param property the property asked for
     * @param table the table's SQL name
     * @param knownProperties the properties the table offers (field names in camelCase)
     */
    public UnknownSortPropertyException(
            String property, String table, List<String> knownProperties) {
        super(
                "Cannot sort "
                        + table
                        + " by '"
                        + property
                        + "': no such property (known: "
                        + String.join(", ", knownProperties)
                        + ")");
        this.property = property;
        this.table = table;
        this.knownProperties = List.copyOf(knownProperties);
    }

    /** {@return the property asked for} */
    public String getProperty() {
        return this.property;
    }

    /** {@return the SQL name of the table sorted} */
    public String getTable() {
        return this.table;
    }

    /** {@return the properties the table offers, field names in camelCase} */
    public List<String> getKnownProperties() {
        return this.knownProperties;
    }
}
