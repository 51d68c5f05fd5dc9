package org.borderliaison.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;
import org.borderliaison.shared.SignedInUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Save and add another" seen from the user: a valid create form posted with the button lands on a new empty form that
 * says which record was saved and links to it, the button is there again, and Enter still means the plain save.
 */
public final class AddAnotherCheck {

    private AddAnotherCheck() {
    }

    /** The record saved and the new form shown after it. */
    public record Saved(long id, String newForm) {
    }

    /** Posts {@code create} with the button pressed and follows to the new form. */
    public static Saved saveAndAddAnother(MockMvc mvc, MockHttpServletRequestBuilder create, String recordsPath, SignedInUser who)
            throws Exception {
        MvcResult saved = mvc.perform(create.param("_addAnother", "1").with(user(who)))
                .andExpect(redirectedUrl(recordsPath + "/new")).andReturn();
        Map<String, Object> flash = saved.getFlashMap();
        String link = (String) flash.get("flashLink");
        assertThat(link).matches(recordsPath.replace("/", "\\/") + "/\\d+");
        long id = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        assertThat((String) flash.get("flashMessage")).contains("số " + id);

        // The redirect is followed as a browser would, with the session cookie under which the flash attributes wait.
        String page = mvc.perform(get(recordsPath + "/new").cookie(saved.getResponse().getCookies()).with(user(who)))
                .andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.select("#flash").text()).contains("số " + id);
        assertThat(form.select("#flash-link").attr("href")).isEqualTo(link);
        assertThat(form.select("#save-another")).hasSize(1);
        assertThat(ImplicitSubmission.rowActionsAsDefault(page)).isEmpty();
        return new Saved(id, page);
    }

    /** The edit form of an existing record offers no "add another": it would leave the record's page for a new form. */
    public static void notOnTheEditForm(MockMvc mvc, String editPath, SignedInUser who) throws Exception {
        String page = mvc.perform(get(editPath).with(user(who))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#save")).hasSize(1);
        assertThat(Jsoup.parse(page).select("#save-another")).isEmpty();
    }
}
