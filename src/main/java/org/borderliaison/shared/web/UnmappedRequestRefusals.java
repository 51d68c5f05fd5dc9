package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals raised before any controller is chosen (no such address, a method or content type the address does not
 * take), which the handlers bound to controllers never see: the API answers them with the same problem details as
 * everything else; pages get the container's error page as before.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedRequestRefusals {

    private final MessageSource messages;

    UnmappedRequestRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<Object> refuse(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        ErrorResponse error = (ErrorResponse) ex;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") || ex instanceof HttpMediaTypeNotAcceptableException) {
            response.sendError(error.getStatusCode().value());
            return null;
        }
        ProblemDetail problem = error.updateAndGetBody(messages, locale);
        problem.setType(URI.create(ApiExceptionHandler.TYPE_BASE + "http-" + error.getStatusCode().value()));
        return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(problem);
    }
}
