package org.borderliaison.shared;

import java.util.Arrays;

/**
 * A request that is well-formed but breaks a rule of the domain (a move that would make a cycle,
 * an agency out of scope). Carries a message key so pages and API can say it in the user's language,
 * and the field it concerns, if any.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")") + " " + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static BusinessRuleException global(String messageKey, Object... arguments) {
        return new BusinessRuleException(null, messageKey, arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
