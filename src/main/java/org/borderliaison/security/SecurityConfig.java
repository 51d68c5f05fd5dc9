package org.borderliaison.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.borderliaison.security.domain.ApiTokens;
import org.borderliaison.security.domain.SignInThrottles;
import org.borderliaison.security.domain.UserAccountService;
import org.borderliaison.shared.web.DatabaseUnavailable;
import org.borderliaison.shared.web.ProblemWriter;
import org.borderliaison.shared.web.SecurityHeaders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API ({@code /api/v1/**}) answers 401/403 as problem details and accepts HTTP
 * Basic or a personal token ({@link BearerTokenFilter}; both stateless, for scripts) or the browser's session (with its
 * CSRF token); pages use form login.
 * Both sign in through one {@link AuthenticationManager}, which checks the sign-in throttles first, and both
 * hold back a user who must change a password they were given ({@link PasswordChangeRequiredFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String PASSWORD_PAGE = "/account/password";
    private static final String[] PUBLIC = {"/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html"};

    /**
     * No observation of every security filter, authentication and authorization: nothing here traces requests, and
     * wrapping each of the chain's filters in an observation cost a few percent of every page (JFR). The request as a
     * whole is still observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Failure events for the throttle's refusals too, so that {@link SignInEvents} logs them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
        return events;
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottles throttles, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        // Whether an account is disabled is told only after its password was right: a stranger learns nothing.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        });
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttles));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication,
            UserAccountService accounts, ApiTokens tokens) throws Exception {
        // A script sending Basic credentials or a token has no session to forge requests with; a browser does.
        RequestMatcher scriptCredentials = request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) || BearerTokenFilter.presentsToken(request);
        };
        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, problems::invalidToken), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(accounts, request -> false, problems::passwordMustChange),
                        AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.ignoringRequestMatchers(scriptCredentials))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(SecurityConfig::browserProtections);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication,
            UserAccountService accounts, Clock clock) throws Exception {
        // What a user who must change their password may still reach: the password form, signing out, public files.
        RequestMatcher passwordChangeAllowed = new OrRequestMatcher(
                Stream.concat(Arrays.stream(PUBLIC), Stream.of(PASSWORD_PAGE, "/logout"))
                        .map(PathPatternRequestMatcher::pathPattern).toArray(RequestMatcher[]::new));
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**", "/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(signInFailure())
                        .successHandler(ExpiredSessions.resumingTheForm(new SavedRequestAwareAuthenticationSuccessHandler()))
                        .permitAll())
                // A form sent after the session ended is kept and sent again once the user has signed in.
                .exceptionHandling(errors -> errors.accessDeniedHandler(ExpiredSessions.keepingTheForm(new AccessDeniedHandlerImpl(), clock)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Administrators' monitoring scripts reach the actuator with Basic credentials.
                .httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge(problems)))
                .addFilterBefore(new PasswordChangeRequiredFilter(accounts, passwordChangeAllowed,
                        (request, response) -> response.sendRedirect(request.getContextPath() + PASSWORD_PAGE)),
                        AuthorizationFilter.class)
                .headers(SecurityConfig::browserProtections);
        return http.build();
    }

    /**
     * A sign-in that failed because the account could not be read is no wrong password: with the database out of
     * reach the failure goes on to the outage filter (503 page); otherwise back to the form with the error.
     */
    static AuthenticationFailureHandler signInFailure() {
        AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, failure) -> {
            DatabaseUnavailable.propagate(failure);
            wrongCredentials.onAuthenticationFailure(request, response, failure);
        };
    }

    /**
     * Basic on the page chain (the actuator): 401 asks for credentials, but not when the database is out of reach,
     * and a throttled sign-in is told to wait (429), as on the API.
     */
    static AuthenticationEntryPoint basicChallenge(ProblemResponses problems) {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("border-liaison");
        return (request, response, failure) -> {
            DatabaseUnavailable.propagate(failure);
            if (failure instanceof SignInThrottledException throttled) {
                problems.throttled(request, response, throttled);
            } else {
                challenge.commence(request, response, failure);
            }
        };
    }

    /** Both chains, so that responses written by Spring Security itself (401, 403, redirects) carry them too. */
    private static void browserProtections(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY)))
                .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY));
    }

    /** Writes 401 and 403 as problem details in the user's language. */
    @org.springframework.stereotype.Component
    static class ProblemResponses {

        private final MessageSource messages;
        private final LocaleResolver locales;
        private final JsonMapper json;

        ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
            this.messages = messages;
            this.locales = locales;
            this.json = json;
        }

        /** Not when the account could not be read for want of a database: a script must not think its password wrong. */
        void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
            DatabaseUnavailable.propagate(cause);
            if (cause instanceof SignInThrottledException throttled) {
                throttled(request, response, throttled);
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"border-liaison\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.unauthorized");
        }

        /**
         * 429 with Retry-After, the same for every username (unknown ones included): a script learns to wait,
         * and nothing about the account. The password was not checked.
         */
        void throttled(HttpServletRequest request, HttpServletResponse response, SignInThrottledException throttled)
                throws IOException {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", "login.throttled",
                    throttled.retryAfterMinutes());
        }

        /** RFC 6750: the token presented is not (or no longer) good; the same answer whatever the reason. */
        void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "invalid-token", "error.invalidToken");
        }

        void passwordMustChange(HttpServletRequest request, HttpServletResponse response) throws IOException {
            write(request, response, HttpStatus.FORBIDDEN, "password-change-required", "error.passwordMustChange");
        }

        void forbidden(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
            write(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
        }

        private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String key,
                Object... arguments) throws IOException {
            Locale locale = locales.resolveLocale(request);
            ProblemWriter.write(request, response, json, status, type, messages.getMessage(key + ".title", null, key, locale),
                    messages.getMessage(key, arguments, key, locale));
        }
    }
}
