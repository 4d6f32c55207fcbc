package id.sinergi.infoharga.domain;

/** A traditional market that the regency monitors. {@code kecamatan} may be null where it is not known. */
public record Market(int id, String code, String name, String kecamatan, String marketType, boolean active) {
    public Market {
        Codes.requireCode(code);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("market name is empty");
        }
    }
}
