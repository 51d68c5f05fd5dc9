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
                        .description("Records of cross-border police cooperation. Errors are RFC 9457 problem details "
                                + "(type, title, status, detail, fieldErrors); updates carry the record's version and a "
                                + "stale one is refused with 409. Add ?lang=en for English messages."))
                .components(new Components().addSecuritySchemes("basicAuth",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
    }
}
