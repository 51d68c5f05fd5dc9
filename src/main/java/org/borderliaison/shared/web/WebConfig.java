package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default, English on request ({@code ?lang=en}); the choice lives in a cookie so it
 * survives sign-out and needs no server state. The API also honours {@code Accept-Language} when there is no
 * cookie. Any other language falls back to Vietnamese.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver();
        resolver.setDefaultLocaleFunction(WebConfig::defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new DateFormatter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /**
     * Without a cookie: the API honours the client's Accept-Language (a script asks for English problem details
     * with {@code Accept-Language: en}); pages stay Vietnamese whatever the browser's language, as the users expect.
     */
    static Locale defaultLocale(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        return api && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null ? supported(request.getLocale()) : VIETNAMESE;
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    private static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super("liaison-lang");
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        /** Lazy like the parent's, so that a {@code ?lang=} switch earlier in the same request is seen. */
        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext context = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return supported(context.getLocale());
                }

                @Override
                public TimeZone getTimeZone() {
                    return context instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
                }
            };
        }
    }
}
