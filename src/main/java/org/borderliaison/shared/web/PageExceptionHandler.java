package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.StaleVersionException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * Error pages for people: a missing record is a 404 page and a stale edit that escaped the form a
 * 409 page, never a stack trace. Forms turn their own rejections into field errors before this; what no form
 * sends (a tampered row index, a control character, a post without its upload) gets the 400 page saying why.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    String stale(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalidInput(InvalidInputException ex, HttpServletResponse response, Model model, Locale locale) {
        return badRequest(messages.getMessage(ex.messageKey(), ex.arguments(), locale), response, model);
    }

    /** A row index no form button produces ({@code persons[5000].fullName}, {@code followUps[-1].what}). */
    @ExceptionHandler(InvalidPropertyException.class)
    String invalidProperty(InvalidPropertyException ex, HttpServletResponse response, Model model, Locale locale) {
        return badRequest(messages.getMessage("input.badField", new Object[] {ex.getPropertyName()}, locale), response, model);
    }

    @ExceptionHandler(MultipartException.class)
    String notMultipart(HttpServletResponse response, Model model, Locale locale) {
        return badRequest(messages.getMessage("input.multipart", null, locale), response, model);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    String outOfBounds(HttpServletResponse response, Model model, Locale locale) {
        return badRequest(messages.getMessage("error.4xx", null, locale), response, model);
    }

    /** What no form check caught: a value the database cannot store (400) or a clash with other data (409). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(DataIntegrityViolationException ex, HttpServletResponse response, Model model, Locale locale) {
        if (DataExceptions.isBadValue(ex)) {
            return badRequest(messages.getMessage("error.valueNotStorable", null, locale), response, model);
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }

    private static String badRequest(String message, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(RequestTextFilter.REFUSAL, message);
        return "error/4xx";
    }
}
