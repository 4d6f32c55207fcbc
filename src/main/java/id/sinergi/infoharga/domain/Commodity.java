package id.sinergi.infoharga.domain;

/** A monitored item with its variant and unit, e.g. Beras Medium (kg) or Minyakita (liter). */
public record Commodity(int id, String code, String name, String variant, String unit, int groupId,
                        boolean active, int sortOrder) {
    public Commodity {
        Codes.requireCode(code);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("commodity name is empty");
        }
    }

    /** Name as shown to users: "Beras Medium". */
    public String displayName() {
        return variant == null || variant.isBlank() ? name : name + " " + variant;
    }
}
