package org.borderliaison.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Texts of pages and API errors: {@code messages/messages_vi.properties} (the default) and
 * {@code messages_en.properties}. Declared here because there is deliberately no language-less
 * {@code messages.properties}, which Boot's auto-configuration would look for.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(WebConfig.VIETNAMESE);
        return messages;
    }
}
