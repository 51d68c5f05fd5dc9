package org.borderliaison.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Save and add another" on the create forms ({@code fragments/forms :: saveAndAddAnother}): the button submits
 * {@value #PARAM} with the ordinary save, so every create handler takes the same validation path and only the page
 * after a successful save differs. Someone entering a pile of paper records stays on an empty form, told what was
 * saved and given a link to it, instead of going back through the record's page each time.
 */
public final class AddAnother {

    public static final String PARAM = "_addAnother";

    private AddAnother() {
    }

    /**
     * The redirect after a record was created under {@code recordsPath} ("/meetings"): to the record's page, or to
     * a new form when {@code another} was submitted. Messages are {@code <prefix>.created} and, for the second
     * case, {@code <prefix>.savedNext} with the record's number.
     */
    public static String redirect(String another, String recordsPath, Object id, String prefix, MessageSource messages,
            RedirectAttributes redirect) {
        if (another == null) {
            redirect.addFlashAttribute("flashMessage", text(messages, prefix + ".created", null));
            return "redirect:" + recordsPath + "/" + id;
        }
        redirect.addFlashAttribute("flashMessage", text(messages, prefix + ".savedNext", new Object[] {String.valueOf(id)}));
        redirect.addFlashAttribute("flashLink", recordsPath + "/" + id);
        return "redirect:" + recordsPath + "/new";
    }

    private static String text(MessageSource messages, String key, Object[] arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
