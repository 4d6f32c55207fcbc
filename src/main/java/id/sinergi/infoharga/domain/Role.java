package id.sinergi.infoharga.domain;

/**
 * What an account may do. OFFICER enters prices and stock for the markets and outlets assigned to it; ANALYST reads
 * everything, makes reports and acknowledges alerts; ADMIN keeps master data, users, assignments and backups.
 */
public enum Role { OFFICER, ANALYST, ADMIN }
