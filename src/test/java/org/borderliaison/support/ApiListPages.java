package org.borderliaison.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderliaison.shared.SignedInUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API record list read the three ways a client pages it, each giving the ids in the list's order: forwards by each
 * page's "next" cursor, by page number, and backwards from the last page by the "previous" cursors.
 */
public final class ApiListPages {

    private final MockMvc mvc;
    private final JsonMapper json;
    private final String path;
    private final int size;

    public ApiListPages(MockMvc mvc, JsonMapper json, String path, int size) {
        this.mvc = mvc;
        this.json = json;
        this.path = path;
        this.size = size;
    }

    /** The ids of the list followed by its "next" cursors to the end. */
    public List<Long> forwards(SignedInUser who, Map<String, String> filter) throws Exception {
        List<Long> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 100; page++) {
            MockHttpServletRequestBuilder request = page(who, filter, page);
            if (after != null) {
                request.param("after", after);
            }
            JsonNode body = read(request);
            body.get("content").forEach(row -> seen.add(row.get("id").asLong()));
            if (body.get("content").size() < size) {
                return seen;
            }
            after = body.get("nextCursor").asString();
        }
        throw new AssertionError("more than 100 pages");
    }

    /** The ids of the list by page number. */
    public List<Long> byNumber(SignedInUser who, Map<String, String> filter) throws Exception {
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonNode body = read(page(who, filter, page));
            body.get("content").forEach(row -> seen.add(row.get("id").asLong()));
            if (body.get("content").size() < size) {
                return seen;
            }
        }
        throw new AssertionError("more than 100 pages");
    }

    /** The ids of the list of {@code total} rows from its last page back to its first by the "previous" cursors. */
    public List<Long> backwards(SignedInUser who, Map<String, String> filter, int total) throws Exception {
        int last = (total - 1) / size;
        JsonNode body = read(page(who, filter, last));
        List<Long> seen = new ArrayList<>();
        body.get("content").forEach(row -> seen.add(row.get("id").asLong()));
        for (int page = last - 1; page >= 0; page--) {
            String before = body.get("previousCursor").asString();
            body = read(page(who, filter, page).param("before", before));
            List<Long> rows = new ArrayList<>();
            body.get("content").forEach(row -> rows.add(row.get("id").asLong()));
            assertThat(rows).as("page %d read backwards", page).hasSize(size);
            seen.addAll(0, rows);
        }
        return seen;
    }

    /** The request of page {@code page} (by number) of the list filtered by {@code filter}. */
    public MockHttpServletRequestBuilder page(SignedInUser who, Map<String, String> filter, int page) {
        MockHttpServletRequestBuilder request = get(path).with(user(who)).param("size", String.valueOf(size))
                .param("page", String.valueOf(page));
        filter.forEach(request::param);
        return request;
    }

    /** The JSON answer of a request that must succeed. */
    public JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
