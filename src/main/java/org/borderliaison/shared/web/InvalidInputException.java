package org.borderliaison.shared.web;

import java.util.Arrays;

/**
 * Input no form or client should send (a control character, a page beyond the last possible one, a row index
 * past a form's limit): a 400 naming the field or parameter, with problem details for the API and the error page
 * for people. Business refusals of well-formed input stay {@link org.borderliaison.shared.BusinessRuleException}s.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey + " (" + field + ") " + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message arguments, the field's name first (every message of this kind names it as {0}). */
    public Object[] arguments() {
        Object[] all = new Object[arguments.length + 1];
        all[0] = field;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
