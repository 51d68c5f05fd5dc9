package org.borderliaison.support;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What app.js needs to make a type-ahead box a keyboard-usable WAI-ARIA combobox: a plain text box (a search box adds
 * the browser's own clear button beside ours), announced as a combobox with a list it controls, and a clear button out
 * of the Tab order (Tab from the box must reach the next field, and Enter must never land on "clear").
 */
public final class ComboboxMarkup {

    private ComboboxMarkup() {
    }

    /** The pickers of the page that break one of those rules, described for an assertion message. */
    public static List<String> problems(String html) {
        Document page = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element input : page.select(".picker-input")) {
            String name = "#" + input.id();
            if (!"text".equals(input.attr("type"))) {
                problems.add(name + ": type=\"" + input.attr("type") + "\" instead of text");
            }
            if (!"combobox".equals(input.attr("role")) || !"list".equals(input.attr("aria-autocomplete"))
                    || !input.hasAttr("aria-expanded")) {
                problems.add(name + ": not announced as a combobox with a list (role, aria-autocomplete, aria-expanded)");
            }
            Element list = page.getElementById(input.attr("aria-controls"));
            if (list == null || !"listbox".equals(list.attr("role")) || !list.hasClass("picker-options")) {
                problems.add(name + ": aria-controls does not name the picker's listbox");
            }
            Element picker = input.closest(".agency-picker");
            if (picker == null || picker.selectFirst(".picker-value") == null || picker.selectFirst(".picker-status") == null) {
                problems.add(name + ": not inside an .agency-picker with its hidden value and status line");
            }
            for (Element clear : picker == null ? List.<Element>of() : picker.select(".picker-clear")) {
                if (!"-1".equals(clear.attr("tabindex"))) {
                    problems.add(name + ": its clear button is in the Tab order");
                }
            }
        }
        return problems;
    }
}
