package org.borderliaison.shared.web;

import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * Turns a service's refusal into errors on the form that caused it, so the page shows the same form,
 * with everything the user typed, and the reason next to the field concerned.
 */
public final class FormErrors {

    /** The message key of a refused stale edit. */
    public static final String STALE_VERSION = "error.staleVersion";

    private FormErrors() {
    }

    /** Runs {@code action}; on a business or stale-version refusal records it on {@code result} and answers false. */
    /**
     * The version a form sent back, for use inside {@link #attempt}: a form without one (tampered, or sent by a
     * script) cannot prove it saw the current record, so it is refused as a stale edit rather than failing.
     */
    public static long version(Long sent) {
        if (sent == null) {
            throw new StaleVersionException("form", "without a version");
        }
        return sent;
    }

    public static boolean attempt(BindingResult result, Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessRuleException refusal) {
            reject(result, refusal);
            return false;
        } catch (StaleVersionException | OptimisticLockingFailureException stale) {
            result.reject(STALE_VERSION);
            return false;
        }
    }

    public static void reject(BindingResult result, BusinessRuleException refusal) {
        if (refusal.field() != null && hasField(result, refusal.field())) {
            result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        } else {
            result.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getTarget() != null
                    && org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(field);
        } catch (RuntimeException ex) {
            return false;
        }
    }
}
