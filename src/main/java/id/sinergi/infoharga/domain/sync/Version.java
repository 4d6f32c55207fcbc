package id.sinergi.infoharga.domain.sync;

/**
 * The version of a natural key: the change that last won it and that change's Lamport counter. Of two versions the
 * one with the higher counter wins, then the one with the greater device id (DESIGN §10): the same on every device,
 * whatever the order things arrive in; the wall clock never decides.
 */
public record Version(ChangeId id, long lamport) {
    public boolean beats(Version other) {
        if (other == null) {
            return true;
        }
        if (lamport != other.lamport) {
            return lamport > other.lamport;
        }
        int byDevice = Devices.ORDER.compare(id.device(), other.id.device());
        return byDevice != 0 ? byDevice > 0 : id.seq() > other.id.seq();
    }
}
