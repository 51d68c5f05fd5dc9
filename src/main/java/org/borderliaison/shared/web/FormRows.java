package org.borderliaison.shared.web;

import java.util.List;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Adds or removes a row of a list field of a form object (parties, signatories, heads of delegation,
 * follow-up actions...). The buttons of {@code fragments/forms :: addRow / removeRow} submit the whole
 * form with {@value #ADD}{@code =<list>} or {@value #REMOVE}{@code =<list>:<index>}; without JavaScript the
 * page comes back with the row changed and everything typed kept, with htmx only the rows are swapped.
 * A controller maps those submissions apart from the save ({@code @PostMapping(params = FormRows.ADD)}), so a
 * half-filled form is neither validated nor saved while rows are being edited.
 */
public final class FormRows {

    public static final String ADD = "_addRow";
    public static final String REMOVE = "_removeRow";

    /** More rows than any real record has; guards against a form growing without end. */
    static final int MAX_ROWS = 100;

    private FormRows() {
    }

    /** Appends an empty row to the list property {@code list} of {@code form}. */
    public static void add(Object form, String list) {
        List<Object> rows = rows(form, list);
        if (rows.size() < MAX_ROWS) {
            rows.add(BeanUtils.instantiateClass(elementType(form, list)));
        }
    }

    /** Removes the row named by {@code listAndIndex} ({@code "heads:2"}); an index out of range changes nothing. */
    public static void remove(Object form, String listAndIndex) {
        int colon = listAndIndex.lastIndexOf(':');
        if (colon < 0) {
            throw badRequest("row to remove must be <list>:<index>, was " + listAndIndex);
        }
        List<Object> rows = rows(form, listAndIndex.substring(0, colon));
        int index;
        try {
            index = Integer.parseInt(listAndIndex.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw badRequest("row index is not a number: " + listAndIndex);
        }
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** A tampered request (the buttons only ever send valid names): 400, not a 500. */
    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> rows(Object form, String list) {
        BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
        if (!bean.isReadableProperty(list) || !List.class.isAssignableFrom(bean.getPropertyType(list))) {
            throw badRequest(form.getClass().getSimpleName() + " has no list of rows named " + list);
        }
        Object rows = bean.getPropertyValue(list);
        if (rows == null) {
            throw new IllegalStateException(form.getClass().getSimpleName() + "." + list + " is not initialised");
        }
        return (List<Object>) rows;
    }

    private static Class<?> elementType(Object form, String list) {
        TypeDescriptor type = PropertyAccessorFactory.forBeanPropertyAccess(form).getPropertyTypeDescriptor(list);
        TypeDescriptor element = type == null ? null : type.getElementTypeDescriptor();
        if (element == null) {
            throw new IllegalStateException(form.getClass().getSimpleName() + "." + list + " has no declared row type");
        }
        return element.getType();
    }
}
