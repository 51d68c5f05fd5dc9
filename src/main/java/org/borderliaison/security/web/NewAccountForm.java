package org.borderliaison.security.web;

/**
 * A new account: the editable details plus the username and the initial password. Their rules (format,
 * uniqueness, length) belong to the service, which answers with field errors.
 */
class NewAccountForm extends AccountForm {

    private String username;

    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
