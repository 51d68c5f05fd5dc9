package org.borderliaison.shared;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills created-by / updated-by from the signed-in user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor")
class PersistenceConfig {

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> Optional.of(CurrentUser.username());
    }
}
