package org.borderliaison.shared.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * HTTP sessions in the database (several instances serve one user) through {@link ThriftySessionRepository}, which
 * the session filter uses in place of the plain JDBC store. Declaring a session store of our own turns Spring Boot's
 * JDBC session auto-configuration off, so this imports Spring Session's JDBC configuration itself and applies the
 * one setting of Boot's it relied on: the idle timeout from {@code server.servlet.session.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
class SessionStoreConfig {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return store -> store.setDefaultMaxInactiveInterval(timeout);
    }

    @Bean
    @Primary
    ThriftySessionRepository thriftySessionRepository(JdbcIndexedSessionRepository store) {
        return new ThriftySessionRepository(store);
    }

    /** Just outside the session filter, so that both of its commits find the session the request read. */
    @Bean
    FilterRegistrationBean<ThriftySessionRepository.ReadOnce> sessionReadOnce() {
        FilterRegistrationBean<ThriftySessionRepository.ReadOnce> registration =
                new FilterRegistrationBean<>(new ThriftySessionRepository.ReadOnce());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
