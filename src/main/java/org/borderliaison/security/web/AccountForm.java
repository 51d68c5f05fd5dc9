package org.borderliaison.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.borderliaison.security.domain.AccountDetails;
import org.borderliaison.security.domain.UserAccount;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.web.Choices;

/** What an administrator edits on an existing account; {@code version} is the one the form was loaded with. */
class AccountForm {

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotNull
    private Long agencyId;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private Long version;

    static AccountForm of(UserAccount account) {
        AccountForm form = new AccountForm();
        form.displayName = account.getDisplayName();
        form.agencyId = account.getAgencyId();
        form.roles = account.getRoles();
        form.enabled = account.isEnabled();
        form.version = account.getVersion();
        return form;
    }

    AccountDetails toDetails() {
        return new AccountDetails(displayName, agencyId, roles == null ? EnumSet.noneOf(Role.class) : roles, enabled);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = Choices.of(roles, Role.class);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
