package org.borderliaison.agreement;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.unbescape.html.HtmlEscape;

/**
 * Matches a page by the text a reader sees: Thymeleaf writes some Vietnamese letters of attribute values
 * as named references ({@code Bi&ecirc;n}), so the page is unescaped before looking for {@code text}.
 */
final class PageText extends TypeSafeMatcher<String> {

    private final String text;

    private PageText(String text) {
        this.text = text;
    }

    static Matcher<String> shows(String text) {
        return new PageText(text);
    }

    @Override
    protected boolean matchesSafely(String page) {
        return HtmlEscape.unescapeHtml(page).contains(text);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a page showing ").appendValue(text);
    }
}
