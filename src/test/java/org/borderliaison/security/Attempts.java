package org.borderliaison.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in attempts from a given client address. MockMvc sends every request from 127.0.0.1; throttle tests use
 * addresses of their own so that no test's failures throttle another's.
 */
final class Attempts {

    static final String API = "/api/v1/agencies";

    private Attempts() {
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The sign-in form posted as a browser does. */
    static MockHttpServletRequestBuilder form(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    /** An API call with HTTP Basic credentials. */
    static MockHttpServletRequestBuilder basic(String username, String password, String address) {
        return get(API).with(httpBasic(username, password)).with(from(address));
    }
}
