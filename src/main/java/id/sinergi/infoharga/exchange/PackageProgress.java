package id.sinergi.infoharga.exchange;

/** Hears how far writing or reading a package has come; answering false stops it (nothing is kept then). */
@FunctionalInterface
public interface PackageProgress {
    boolean carryOn(long done, long total);

    PackageProgress NONE = (done, total) -> true;
}
