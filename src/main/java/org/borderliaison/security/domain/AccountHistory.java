package org.borderliaison.security.domain;

import static org.borderliaison.audit.HistoryField.label;
import static org.borderliaison.audit.HistoryField.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderliaison.agency.Agencies;
import org.borderliaison.audit.HistoryAuthors;
import org.borderliaison.audit.HistoryField;
import org.borderliaison.audit.HistoryVocabulary;
import org.borderliaison.audit.Reference;
import org.springframework.stereotype.Component;

/**
 * How an account's history reads, and who the author of any record's revision is (display name and agency). The
 * password itself is not kept in history: a revision that changed nothing else is a password set by the
 * account's owner (changed) or by an administrator (reset).
 */
@Component
class AccountHistory implements HistoryVocabulary, HistoryAuthors {

    private static final Map<String, HistoryField> FIELDS = Map.of(
            "username", label("account.username"),
            "displayName", label("account.displayName"),
            "agencyId", reference("account.agency", Reference.AGENCY),
            "roles", label("account.roles"),
            "enabled", label("account.enabled"));

    private final UserAccountRepository accounts;
    private final Agencies agencies;

    AccountHistory(UserAccountRepository accounts, Agencies agencies) {
        this.accounts = accounts;
        this.agencies = agencies;
    }

    @Override
    public Class<?> recordType() {
        return UserAccount.class;
    }

    @Override
    public Map<String, HistoryField> fields() {
        return FIELDS;
    }

    @Override
    public String action(Object before, Object after, String author) {
        UserAccount was = (UserAccount) before;
        UserAccount is = (UserAccount) after;
        if (was.isEnabled() != is.isEnabled()) {
            return is.isEnabled() ? "enabled" : "disabled";
        }
        boolean nothingElse = Objects.equals(was.getDisplayName(), is.getDisplayName()) && was.getAgencyId() == is.getAgencyId()
                && was.getRoles().equals(is.getRoles());
        if (nothingElse) {
            return is.getUsername().equalsIgnoreCase(author) ? "passwordChanged" : "passwordReset";
        }
        return null;
    }

    @Override
    public Optional<Author> find(String username, Locale locale) {
        return accounts.findByUsernameIgnoreCase(username).map(account -> new Author(account.getDisplayName(),
                agencies.find(account.getAgencyId()).map(agency -> agency.name(locale.getLanguage())).orElse(null)));
    }
}
