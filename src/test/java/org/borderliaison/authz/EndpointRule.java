package org.borderliaison.authz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.borderliaison.authz.AuthorizationMatrixTests.Caller;
import org.borderliaison.shared.Role;
import org.springframework.core.io.ClassPathResource;

/**
 * One line of the expected table: {@code METHOD /pattern[param]  ACCESS  SCOPE  [options]}, where ACCESS says who may
 * call it and SCOPE whether a Lào Cai record (path variable) or agency (agencyId parameter) is involved. Options:
 * {@code fresh} (the call consumes its record), {@code accept=...}, {@code consumes=multipart|csv},
 * {@code query=...} (the query string), {@code params=a=1&b=2} (form fields of a page write), {@code refusal=404} (the
 * answer to every caller the rule refuses, anonymous included, when it is not 401/403), {@code body=...} (the rest
 * of the line: the JSON body of an API write), {@code errorStatus=400} (the error page: rendered as for a request that
 * failed with that status, which every caller gets).
 */
record EndpointRule(String method, String path, Optional<String> parameter, Access access, Scope scope, boolean fresh,
        String accept, String consumes, String query, String params, Integer refusal, Integer errorStatus, String body) {

    /** Who may call an endpoint. */
    enum Access {
        PUBLIC, SIGNED_IN, WRITER, ADMIN;

        boolean allows(Role role) {
            return switch (this) {
                case PUBLIC, SIGNED_IN -> true;
                case WRITER -> role == Role.ADMIN || role == Role.OFFICER;
                case ADMIN -> role == Role.ADMIN;
            };
        }
    }

    /** Whether the endpoint reaches into a province: a Lào Cai record in the path, or a Lào Cai agency as agencyId. */
    enum Scope {
        NONE, LAO_CAI, LAO_CAI_PARAMETER
    }

    String key() {
        return method + " " + path + parameter.map(name -> "[" + name + "]").orElse("");
    }

    boolean reads() {
        return method.equals("GET") || method.equals("ANY");
    }

    boolean api() {
        return path.startsWith("/api/");
    }

    Expected expectedFor(Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return access == Access.PUBLIC ? Expected.ALLOWED : refusal != null ? Expected.NOT_FOUND : Expected.SIGN_IN;
        }
        boolean roleAllowed = access.allows(caller.role());
        if (!roleAllowed && refusal != null) {
            return Expected.NOT_FOUND;
        }
        boolean inScope = scope == Scope.NONE || caller.seesLaoCai();
        if (roleAllowed && inScope) {
            return Expected.ALLOWED;
        }
        if (inScope) {
            return Expected.FORBIDDEN;
        }
        if (scope == Scope.LAO_CAI_PARAMETER) {
            return roleAllowed ? Expected.OUT_OF_SCOPE : Expected.FORBIDDEN;
        }
        return roleAllowed && reads() ? Expected.NOT_FOUND : Expected.FORBIDDEN_OR_NOT_FOUND;
    }

    static Map<String, EndpointRule> read(String resource) {
        Map<String, EndpointRule> rules = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                EndpointRule rule = parse(text, resource + ":" + number);
                if (rules.put(rule.key(), rule) != null) {
                    throw new IllegalStateException(resource + ":" + number + ": a second rule for " + rule.key());
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return rules;
    }

    private static EndpointRule parse(String text, String where) {
        String body = null;
        int bodyAt = text.indexOf(" body=");
        if (bodyAt >= 0) {
            body = text.substring(bodyAt + " body=".length()).strip();
            text = text.substring(0, bodyAt);
        }
        String[] parts = text.split("\\s+");
        if (parts.length < 4) {
            throw new IllegalStateException(where + ": expected METHOD /pattern ACCESS SCOPE [options]: " + text);
        }
        String path = parts[1];
        Optional<String> parameter = Optional.empty();
        int bracket = path.indexOf('[');
        if (bracket >= 0) {
            parameter = Optional.of(path.substring(bracket + 1, path.length() - 1));
            path = path.substring(0, bracket);
        }
        boolean fresh = false;
        String accept = null;
        String consumes = null;
        String query = null;
        String params = null;
        Integer refusal = null;
        Integer errorStatus = null;
        for (int i = 4; i < parts.length; i++) {
            String option = parts[i];
            if (option.equals("fresh")) {
                fresh = true;
            } else if (option.startsWith("accept=")) {
                accept = option.substring("accept=".length());
            } else if (option.startsWith("consumes=")) {
                consumes = option.substring("consumes=".length());
            } else if (option.startsWith("query=")) {
                query = option.substring("query=".length());
            } else if (option.startsWith("params=")) {
                params = option.substring("params=".length());
            } else if (option.startsWith("errorStatus=")) {
                errorStatus = Integer.valueOf(option.substring("errorStatus=".length()));
            } else if (option.equals("refusal=404")) {
                refusal = 404;
            } else {
                throw new IllegalStateException(where + ": unknown option " + option);
            }
        }
        if (accept == null) {
            accept = path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/") ? "application/json" : "text/html";
        }
        return new EndpointRule(parts[0], path, parameter, Access.valueOf(parts[2]), Scope.valueOf(parts[3]), fresh, accept,
                consumes, query, params, refusal, errorStatus, body);
    }
}
