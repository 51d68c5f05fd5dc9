package org.borderliaison.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Row lists of forms grow only as far as {@link FormRows} lets a user add rows: a tampered index beyond that
 * ({@code persons[5000].fullName}) is refused by the binder instead of filling memory with empty rows; the
 * exception handlers answer it with a 400 naming the field.
 */
@ControllerAdvice
class BindingLimits {

    @InitBinder
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(FormRows.MAX_ROWS);
    }
}
