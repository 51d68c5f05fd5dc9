package org.borderliaison.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.borderliaison.agency.Agencies;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.security.SecurityProperties;
import org.borderliaison.shared.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first administrator on an empty database: a generated password must be changed at the first sign-in; a
 * configured one (LIAISON_ADMIN_PASSWORD) must pass the password rules or the start fails saying why. A unit test:
 * the shared test context already has its administrator.
 */
class FirstAdministratorTests {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final UserAccountService service = new UserAccountService(accounts, mock(Agencies.class), encoder,
            new PasswordPolicy(new SecurityProperties(12, null, null)), mock(SignInThrottles.class),
            Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC), mock(RecordHistory.class));

    @Test
    void aGeneratedPasswordFollowsTheRulesAndMustBeChanged() {
        when(accounts.count()).thenReturn(0L);

        Optional<String> generated = service.createFirstAdministrator(null, 1L);

        UserAccount admin = saved();
        assertThat(generated).hasValueSatisfying(password -> {
            assertThat(password).hasSize(16);
            assertThat(encoder.matches(password, admin.getPasswordHash())).isTrue();
        });
        assertThat(admin.getUsername()).isEqualTo("admin");
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isPasswordMustChange()).isTrue();
    }

    @Test
    void aConfiguredPasswordThatPassesTheRulesIsKeptAsChosen() {
        when(accounts.count()).thenReturn(0L);

        assertThat(service.createFirstAdministrator("Kiem-tra-quan-tri-2026", 1L)).contains("");

        assertThat(saved().isPasswordMustChange()).isFalse();
    }

    @Test
    void aConfiguredPasswordThatBreaksARuleStopsTheStartWithTheReason() {
        when(accounts.count()).thenReturn(0L);

        assertThatThrownBy(() -> service.createFirstAdministrator("test-admin-password-1", 1L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LIAISON_ADMIN_PASSWORD")
                .hasMessageContaining("password.rule.username");
        assertThatThrownBy(() -> service.createFirstAdministrator("short", 1L))
                .hasMessageContaining("password.rule.tooShort");
        verify(accounts, never()).saveAndFlush(any());
    }

    @Test
    void nothingIsCreatedOnceAnAccountExists() {
        when(accounts.count()).thenReturn(1L);

        assertThat(service.createFirstAdministrator("short", 1L)).isEmpty();
        verify(accounts, never()).saveAndFlush(any());
    }

    private UserAccount saved() {
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).saveAndFlush(saved.capture());
        return saved.getValue();
    }
}
