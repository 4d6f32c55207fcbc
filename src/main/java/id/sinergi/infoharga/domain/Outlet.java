package id.sinergi.infoharga.domain;

/** A WULANDARI outlet (Warung Pengendali Inflasi dan Penggunaan Produk Dalam Negeri), usually at a market. */
public record Outlet(int id, String code, String name, Integer marketId, String address, boolean active) {
    public Outlet {
        Codes.requireCode(code);
    }
}
