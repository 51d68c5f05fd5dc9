package org.borderliaison.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Base of the history tests of each record module: the history of a record from the API and its page, in a language. */
public abstract class HistoryTest extends IntegrationTest {

    protected static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected MessageSource messages;

    /** The history from {@code GET <apiPath>/history} in {@code locale}. */
    protected JsonNode history(String apiPath, SignedInUser who, Locale locale) throws Exception {
        String body = mvc.perform(get(apiPath + "/history").param("lang", locale.getLanguage()).with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    /** The detail page at {@code path} in {@code locale}. */
    protected String page(String path, SignedInUser who, Locale locale) throws Exception {
        return mvc.perform(get(path).param("lang", locale.getLanguage()).with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The actions of the entries, newest first. */
    protected static List<String> actions(JsonNode history) {
        List<String> actions = new ArrayList<>();
        history.forEach(entry -> actions.add(entry.get("action").asString()));
        return actions;
    }
}
