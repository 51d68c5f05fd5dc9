package org.borderliaison.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its security: HTTP Basic for scripts (the browser session works too). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI liaisonOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Border Liaison API").version("v1")
                        .description("Records of cross-border police cooperation. Creates answer 201 with the new record and "
                                + "its Location. Errors are RFC 9457 problem details (application/problem+json: type, title, "
                                + "status, detail, fieldErrors). Updates carry the record's version and a stale one is refused "
                                + "with 409. A PUT replaces the record's editable fields: an optional link left out (or null, "
                                + "or an empty list) is removed. An agency outside the caller's scope is refused with 422. "
                                + "Messages are Vietnamese unless Accept-Language: en or ?lang=en asks for English."))
                .components(new Components().addSecuritySchemes("basicAuth",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
    }
}
