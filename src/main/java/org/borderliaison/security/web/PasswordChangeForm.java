package org.borderliaison.security.web;

import java.util.Objects;

/** A user changing their own password: the current one, and the new one typed twice. */
class PasswordChangeForm {

    private String currentPassword;

    private String newPassword;

    private String confirmPassword;

    /** Whether the new password was typed the same twice; the service never sees the repetition. */
    boolean isConfirmed() {
        return Objects.equals(newPassword, confirmPassword);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
