package org.borderliaison.shared.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The API's one error shape: RFC 9457 problem details with a stable {@code type}, a translated
 * {@code title} and {@code detail}, and {@code fieldErrors} for bad input. Nothing a client sends
 * ends in a stack trace or a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://borderliaison.org/problems/";
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "error.notFound", List.of());
    }

    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    ResponseEntity<Object> stale(RuntimeException ex) {
        return problem(HttpStatus.CONFLICT, "stale-version", "error.staleVersion", List.of());
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<Object> businessRule(BusinessRuleException ex) {
        String message = text(ex.messageKey(), ex.arguments());
        List<FieldMessage> fields = ex.field() == null ? List.of() : List.of(new FieldMessage(ex.field(), message, ex.messageKey()));
        ProblemDetail body = body(HttpStatus.UNPROCESSABLE_CONTENT, "business-rule", text("error.businessRule"), message, fields);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
        log.info("Refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
        if (DataExceptions.isBadValue(ex)) {
            return problem(HttpStatus.BAD_REQUEST, "validation", "error.valueNotStorable", List.of());
        }
        return problem(HttpStatus.CONFLICT, "conflict", "error.conflict", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation",
                List.of(new FieldMessage(ex.field(), text(ex.messageKey(), ex.arguments()), ex.messageKey())));
    }

    /** A parameter outside its declared bounds ({@code @Min}, {@code @Max} on a validated controller). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldMessage> fields = ex.getConstraintViolations().stream()
                .map(violation -> new FieldMessage(lastNode(violation.getPropertyPath()), violation.getMessage(),
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation", fields);
    }

    /** A tampered property path ({@code persons[5000].fullName}, {@code followUps[-1].what}) in bound parameters. */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<Object> invalidProperty(InvalidPropertyException ex) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation",
                List.of(new FieldMessage(ex.getPropertyName(), text("input.badField", ex.getPropertyName()), "input.badField")));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> notMultipart(MultipartException ex) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation",
                List.of(new FieldMessage("file", text("input.multipart"), "input.multipart")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String message = text(ex.getRequiredType() == LocalDate.class ? InputRules.BAD_DATE : "error.badValue", ex.getName());
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation",
                List.of(new FieldMessage(ex.getName(), message, "typeMismatch")));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Object> bind(BindException ex) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation", fieldMessages(ex.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation", fieldMessages(ex.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> fields = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldMessage(result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, locale()), error.getCodes() == null ? null : error.getCodes()[0])))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation", fields);
    }

    /** Malformed JSON, or a value of the wrong type or refused by {@link InputRules}: then the field is named. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        DatabindException databind = cause(ex, DatabindException.class);
        String field = databind == null ? "" : jsonPath(databind);
        if (field.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "unreadable", "error.unreadable", List.of());
        }
        String key = databind instanceof JsonInputRules.RefusedValueException refused ? refused.messageKey() : "error.badValue";
        return problem(HttpStatus.BAD_REQUEST, "unreadable", "error.unreadable", List.of(new FieldMessage(field, text(key, field), key)));
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** {@code persons[2].fullName} from Jackson's path of references. */
    private static String jsonPath(DatabindException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        // Framework-raised errors (405, 415, missing parameter...) get the same translated, typed shape.
        // Framework 7 leaves the type unset (null) where 6 said about:blank; either way the problem gets its stable type.
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(TYPE_BASE + "http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** The database out of reach is a 503 "try again", with Retry-After; any other data access failure stays a 500. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Object> dataAccess(Exception ex) throws Exception {
        if (!DatabaseUnavailable.isCauseOf(ex)) {
            return unexpected(ex);
        }
        log.warn("Database unreachable in the API: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, DatabaseOutageFilter.RETRY_AFTER_SECONDS)
                .body(body(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", text("error.unavailable.title"), text("error.unavailable"), List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) throws Exception {
        if (ex instanceof org.springframework.security.core.AuthenticationException) {
            throw ex;
        }
        log.error("Unexpected error in the API", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal", List.of());
    }

    private List<FieldMessage> fieldMessages(BindingResult result) {
        List<FieldMessage> fields = new java.util.ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            fields.add(new FieldMessage(error.getField(), messages.getMessage(error, locale()), error.getCode()));
        }
        result.getGlobalErrors().forEach(error ->
                fields.add(new FieldMessage(error.getObjectName(), messages.getMessage(error, locale()), error.getCode())));
        return fields;
    }

    private ResponseEntity<Object> problem(HttpStatus status, String type, String key, List<FieldMessage> fields) {
        return ResponseEntity.status(status).body(body(status, type, text(key + ".title"), text(key), fields));
    }

    private ProblemDetail body(HttpStatus status, String type, String title, String detail, List<FieldMessage> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        if (!fields.isEmpty()) {
            problem.setProperty("fieldErrors", fields);
        }
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** One rejected field: its name, the message in the user's language, and a stable code. */
    record FieldMessage(String field, String message, String code) {
    }
}
