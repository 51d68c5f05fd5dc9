package org.borderliaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Health, actuator, API documentation and error pages: what is public and what is not. */
class PlatformTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsPublicAndTheOtherActuatorEndpointsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(user(fixtures.account("platform-officer", "VN-LC-CA", Role.OFFICER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(fixtures.account("platform-admin", "VN-BCA", Role.ADMIN))))
                .andExpect(status().isOk());
    }

    @Autowired
    ApplicationContext context;

    /** A load balancer polling health must not send users to an instance that has not finished starting. */
    @Test
    void healthIsOutOfServiceUntilTheApplicationIsReady() throws Exception {
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void publishesTheOpenApiDocumentAndSwaggerUi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Border Liaison API"))
                .andExpect(jsonPath("$.paths['/api/v1/agencies'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{id}/move'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void pagesAskBrowsersToSignInFirst() throws Exception {
        mvc.perform(get("/agencies").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    /** Error pages are rendered by the servlet container's error dispatch, so this goes through the real server. */
    @Test
    void aMissingPageIsAFriendly404InTheUsersLanguage() throws Exception {
        fixtures.account("platform-viewer", "VN-LS-CA", Role.VIEWER);
        String credentials = Base64.getEncoder().encodeToString(("platform-viewer:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
                .header("Authorization", "Basic " + credentials).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy bản ghi").doesNotContain("Exception");
    }
}
