package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The inputs of issue 10 that ended in a 500: each is now a 400 naming the field, or (list pages) the last page. */
class InputHardeningTests extends IntegrationTest {

    @LocalServerPort
    int port;

    SignedInUser admin;
    long langSon;

    @BeforeEach
    void setUp() {
        admin = fixtures.account("hardening-admin", "VN-BCA", Role.ADMIN);
        langSon = fixtures.agency("VN-LS-CA").id();
    }

    private ResultActions api(String uri) throws Exception {
        return mvc.perform(get(uri).with(user(admin)));
    }

    private static void refused(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.fieldErrors[0].field").value(field));
    }

    @Test
    void pageSizesAndLimitsOutOfBoundsAreRefusedNamingTheParameter() throws Exception {
        refused(api("/api/v1/handovers?size=1000"), "size");
        refused(api("/api/v1/meetings/follow-ups/due?max=-1"), "max");
        refused(api("/api/v1/agreements/expiring?limit=1001"), "limit");
        refused(api("/api/v1/patrols?page=-1"), "page");
        refused(api("/api/v1/agencies?page=-1"), "page");
        for (String list : new String[] {"handovers", "meetings", "agreements", "patrols", "cases", "agencies"}) {
            refused(api("/api/v1/" + list + "?page=2147483647&size=200"), "page");
        }
        api("/api/v1/meetings?page=10737417&size=200").andExpect(status().isOk());
    }

    @Test
    void aListPageBeyondTheLastShowsTheLastPageWithAWarning() throws Exception {
        for (String page : new String[] {"/meetings", "/agreements", "/handovers", "/patrols", "/cases", "/admin/accounts", "/admin/access-log"}) {
            mvc.perform(get(page).param("page", "2147483647").with(user(admin)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"paging-warning\"")));
        }
        mvc.perform(get("/meetings").param("page", "-1").with(user(admin)).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void controlCharactersAndUndecodableTextInParametersAreRefused() throws Exception {
        refused(mvc.perform(get("/api/v1/meetings").param("text", "a\u0000b").with(user(admin))), "text");
        refused(mvc.perform(get("/api/v1/patrols").param("q", "\uD800").with(user(admin))), "q");
        mvc.perform(get("/api/v1/patrols").param("q", "Lạng Sơn\tx").with(user(admin))).andExpect(status().isOk());
        // an empty choice binds as a null element: no form sends it, and it is ignored, not a 500
        for (String form : new String[] {"/agreements/new?fields=,", "/meetings/new?topics=,", "/admin/accounts/new?roles=%20"}) {
            mvc.perform(post(form).with(user(admin)).with(csrf()).accept(MediaType.TEXT_HTML))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(form).isLessThan(500));
        }
        // an edit form without its version cannot prove it saw the current record: refused as stale, not a 500
        mvc.perform(post("/agencies/20/edit").param("version", "").param("code", "VN-LC-BDBP").with(user(admin)).with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(500));
        // a tab is fine in a value, not in a name (the security firewall would refuse it later, as a 500)
        refused(mvc.perform(get("/api/v1/meetings").param("a\tb", "x").with(user(admin))), "a?b");
        mvc.perform(get("/meetings").param("text", "a\u0000b").with(user(admin)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/meetings/new").param("title", "a\u0000b").with(user(admin)).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theRealServerRefusesInvalidUtf8AndNulInTheQueryString() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("hardening-admin:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String query : new String[] {"q=%ED%A0%80", "q=a%00b", "q=%FF"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/patrols?" + query))
                    .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(response.body()).as(query).contains("\"field\":\"q\"");
        }
    }

    @Test
    void aNulInAJsonStringIsRefusedNamingTheFieldNotAConflict() throws Exception {
        mvc.perform(post("/api/v1/meetings").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"a\\u0000b\",\"kind\":\"TALKS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("title"))
                .andExpect(jsonPath("$.fieldErrors[0].code").value(InputRules.BAD_TEXT));
    }

    @Test
    void nullListElementsAndDatesOutsideTheRangeInJsonAreRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/agreements").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleVi\":\"x\",\"kind\":\"OTHER\",\"parties\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("parties[0]"));
        mvc.perform(post("/api/v1/agreements").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleVi\":\"x\",\"kind\":\"OTHER\",\"signedOn\":\"0001-01-01\",\"parties\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("signedOn"))
                .andExpect(jsonPath("$.fieldErrors[0].code").value(InputRules.BAD_DATE));
    }

    @Test
    void aBlankSortIsTheDefaultSort() throws Exception {
        api("/api/v1/cases?sort=,").andExpect(status().isOk());
    }

    @Test
    void extremePeriodsAreRefusedAndTheWidestAllowedOnePrints() throws Exception {
        refused(api("/api/v1/reports/summary?agencyId=" + langSon + "&from=0001-01-01&to=9999-12-31"), "from");
        refused(api("/api/v1/reports/summary?agencyId=" + langSon + "&from=-999999999-01-01&to=2020-01-01"), "from");
        mvc.perform(get("/cases").param("openedTo", "-999999999-01-01").with(user(admin)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1900")));
        mvc.perform(get("/reports/summary.pdf?agencyId=" + langSon + "&from=1900-01-01&to=2099-12-31").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void tamperedRowIndexesInAFormAreA400NamingTheField() throws Exception {
        for (String field : new String[] {"persons[5000].fullName", "persons[-1].fullName"}) {
            mvc.perform(post("/handovers/new").param(field, "x").with(user(admin)).with(csrf()).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString(field.substring(0, field.indexOf(']') + 1))));
        }
    }

    @Test
    void anUploadWithoutItsMultipartBodyIsA400() throws Exception {
        mvc.perform(post("/agreements/1/attachments").with(user(admin)).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusalsBeforeAnyControllerIsChosenAreProblemDetailsInTheApi() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(user(admin)).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/no-such-thing").with(user(admin)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/agencies//partnerships").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
