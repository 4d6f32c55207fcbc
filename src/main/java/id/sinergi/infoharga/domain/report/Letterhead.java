package id.sinergi.infoharga.domain.report;

/**
 * What makes the weekly report a letter the TPID can sign: the office under the regency's name, the logo (PNG or
 * JPEG bytes already checked, or null), and the signature block (place, position, name, NIP). Blank fields are
 * left out of the document, never printed as placeholders.
 */
public record Letterhead(String office, byte[] logo, String place, String position, String signerName,
                         String nip) {
    public static final Letterhead NONE = new Letterhead("", null, "", "", "", "");

    public Letterhead {
        office = clean(office);
        place = clean(place);
        position = clean(position);
        signerName = clean(signerName);
        nip = clean(nip);
    }

    public boolean hasSigner() {
        return !signerName.isEmpty() || !position.isEmpty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
