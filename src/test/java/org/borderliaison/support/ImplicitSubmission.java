package org.borderliaison.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What Enter does in a form. Pressing Enter in a text field submits the form through its first submit button (HTML's
 * implicit submission); when that button is a row's "add" or "×" (forms/addRow, forms/removeRow), Enter in any box of
 * the form silently adds or deletes a row instead of saving; when it is "save and add another", Enter leaves the page.
 */
public final class ImplicitSubmission {

    private static final Set<String> ROW_ACTIONS = Set.of("_addRow", "_removeRow", "_addAnother");
    private static final String TYPED_FIELDS = "input:not([type]), input[type=text], input[type=search], input[type=number], "
            + "input[type=date], input[type=email], input[type=password], input[type=tel], input[type=url]";
    private static final String SUBMIT_BUTTONS = "button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]";

    private ImplicitSubmission() {
    }

    /** The forms of the page whose first submit button is a row action, described for an assertion message. */
    public static List<String> rowActionsAsDefault(String html) {
        List<String> problems = new ArrayList<>();
        for (Element form : Jsoup.parse(html).select("form")) {
            Element first = form.selectFirst(SUBMIT_BUTTONS);
            if (first != null && ROW_ACTIONS.contains(first.attr("name")) && !form.select(TYPED_FIELDS).isEmpty()) {
                problems.add("form " + (form.id().isEmpty() ? form.attr("action") : "#" + form.id())
                        + ": Enter in a field presses " + first.attr("name") + "=" + first.attr("value"));
            }
        }
        return problems;
    }
}
