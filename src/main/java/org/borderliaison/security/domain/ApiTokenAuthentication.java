package org.borderliaison.security.domain;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in with a personal API token: the account's authorities and scope, no credentials kept. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal account;

    public ApiTokenAuthentication(AccountPrincipal account) {
        super(account.getAuthorities());
        this.account = account;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return account;
    }
}
