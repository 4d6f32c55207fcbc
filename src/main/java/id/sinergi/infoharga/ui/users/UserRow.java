package id.sinergi.infoharga.ui.users;

import id.sinergi.infoharga.domain.UserAccount;

/**
 * One account as the list shows it, every cell already in words: name, role, active or not, its markets and outlets,
 * and its failed log-ins or how long it still waits.
 */
public record UserRow(UserAccount account, String username, String role, String status, String markets,
                      String outlets, String logins) {
}
