package dev.qlio.sample.web;

import dev.qlio.orm.query.UnknownSortPropertyException;
import dev.qlio.sample.service.ConflictException;
import dev.qlio.sample.service.InvalidFieldException;
import dev.qlio.sample.service.NotFoundException;
import dev.qlio.sample.service.StaleVersionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer: 400 with an {@code
 * errors} list of {@code {field, message}} for invalid input, 404 for unknown ids, 409 for
 * duplicate values, stale versions and rows still in use, and a 500 without any internals for the
 * rest. Spring MVC's own exceptions (405, 415, unknown paths, ...) are answered by the base class.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /**
     * The unique constraints, by the names Qlio gives them ({@code uq_<table>_<column>}, also in
     * the Flyway migration), and what a duplicate means to a client.
     */
    private static final Map<String, FieldMessage> UNIQUE_CONSTRAINTS =
            Map.of(
                    "uq_book_isbn",
                    new FieldMessage("isbn", "a book with this ISBN already exists"),
                    "uq_author_name",
                    new FieldMessage("name", "an author with this name already exists"),
                    "uq_tag_name",
                    new FieldMessage("tags", "a tag with this name already exists"));

    /** One field-level message of a 400 or 409 answer. */
    record FieldMessage(String field, String message) {}

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage(), null);
    }

    @ExceptionHandler
    ProblemDetail invalidField(InvalidFieldException ex) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Invalid value for " + ex.field() + ".",
                List.of(new FieldMessage(ex.field(), ex.getMessage())));
    }

    /** {@code ?sort=} named no column: Qlio lists the ones there are. */
    @ExceptionHandler
    ProblemDetail unknownSort(UnknownSortPropertyException ex) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Invalid value for sort.",
                List.of(
                        new FieldMessage(
                                "sort",
                                "unknown property '"
                                        + ex.getProperty()
                                        + "'; use one of "
                                        + String.join(", ", ex.getKnownProperties()))));
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException ex) {
        String message = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, FieldMessage> constraint : UNIQUE_CONSTRAINTS.entrySet()) {
            if (message.contains(constraint.getKey())) {
                FieldMessage field = constraint.getValue();
                return problem(
                        HttpStatus.CONFLICT,
                        "Duplicate value: " + field.message() + ".",
                        List.of(field));
            }
        }
        return problem(HttpStatus.CONFLICT, "Duplicate value: the row already exists.", null);
    }

    @ExceptionHandler
    ProblemDetail staleVersion(OptimisticLockingFailureException ex) {
        ProblemDetail problem =
                problem(
                        HttpStatus.CONFLICT,
                        ex instanceof StaleVersionException
                                ? ex.getMessage()
                                : "The row was changed by someone else; reload it and try again.",
                        null);
        problem.setTitle("Stale version");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, ex.getMessage(), null);
    }

    @ExceptionHandler
    ProblemDetail integrity(DataIntegrityViolationException ex) {
        log.debug("Integrity violation", ex);
        return problem(
                HttpStatus.CONFLICT,
                "The change conflicts with other data (a reference or a constraint).",
                null);
    }

    @ExceptionHandler
    ProblemDetail dataAccess(DataAccessException ex) {
        log.error("Database error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "A database error occurred.", null);
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.", null);
    }

    /** {@code @Valid @RequestBody} failed: one entry per field. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail body = ex.getBody();
        body.setDetail("Invalid request content.");
        body.setProperty("errors", errors(ex.getBindingResult().getAllErrors()));
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    /** Constraints on {@code @RequestParam}s (or on a body, next to such constraints) failed. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                errors.addAll(errors(parameterErrors.getAllErrors()));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldMessage(name, String.valueOf(error.getDefaultMessage())));
            }
        }
        ProblemDetail body = ex.getBody();
        body.setDetail("Invalid request parameters.");
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    /** A parameter that does not convert, e.g. {@code ?page=abc} or {@code /api/books/x}. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String name =
                ex
                                instanceof
                                org.springframework.web.method.annotation
                                                .MethodArgumentTypeMismatchException
                                        mismatch
                        ? mismatch.getName()
                        : String.valueOf(ex.getPropertyName());
        ProblemDetail body =
                problem(
                        HttpStatus.BAD_REQUEST,
                        "Invalid request parameters.",
                        List.of(
                                new FieldMessage(
                                        name, "must be " + describe(ex.getRequiredType()))));
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    /** Unparseable JSON, or a JSON value of the wrong type for its field. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail body;
        Throwable cause = ex.getCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            body =
                    problem(
                            HttpStatus.BAD_REQUEST,
                            "Invalid request content.",
                            List.of(
                                    new FieldMessage(
                                            path(mismatch),
                                            "must be " + describe(mismatch.getTargetType()))));
        } else if (cause instanceof JacksonException json) {
            String where =
                    json.getLocation() != null
                            ? " at line "
                                    + json.getLocation().getLineNr()
                                    + ", column "
                                    + json.getLocation().getColumnNr()
                            : "";
            body =
                    problem(
                            HttpStatus.BAD_REQUEST,
                            "Malformed JSON request body" + where + ".",
                            null);
        } else {
            body =
                    problem(
                            HttpStatus.BAD_REQUEST,
                            "Required request body is missing or unreadable.",
                            null);
        }
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    private static ProblemDetail problem(
            HttpStatus status, @Nullable String detail, @Nullable List<FieldMessage> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static List<FieldMessage> errors(Collection<? extends ObjectError> errors) {
        return errors.stream()
                .map(
                        e ->
                                new FieldMessage(
                                        e instanceof FieldError f
                                                ? f.getField()
                                                : e.getObjectName(),
                                        String.valueOf(e.getDefaultMessage())))
                .sorted(
                        java.util.Comparator.comparing(FieldMessage::field)
                                .thenComparing(FieldMessage::message))
                .toList();
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    /** {@code tags[2]}, {@code price}. */
    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(@Nullable Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a valid " + type.getSimpleName();
    }
}
