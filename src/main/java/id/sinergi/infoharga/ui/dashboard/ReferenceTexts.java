package id.sinergi.infoharga.ui.dashboard;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.indicators.Alps;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.ReferenceGap;
import id.sinergi.infoharga.ui.common.Formats;

/**
 * How the dashboard writes a reference price, the gap to it and an ALPS figure. A price inside a HAP range is
 * "dalam rentang": its gap to the top of the range (−30 % for chilli at the bottom of a wide range) read as a
 * price far under its ceiling, which is not what the range means.
 */
public final class ReferenceTexts {
    private final Messages messages;
    private final Formats formats;

    public ReferenceTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** "HET Rp12.500", "HAP Rp37.000–Rp55.000". */
    public String reference(ReferenceGap g) {
        return g.lowRp() == null ? g.kind().name() + " " + formats.rupiah(g.highRp())
                : g.kind().name() + " " + formats.rupiah(g.lowRp()) + "\u2013" + formats.rupiah(g.highRp());
    }

    /** "+8,6%" above the HET or the range; "dalam rentang" inside a range; "di bawah rentang" below it. */
    public String gap(ReferenceGap g, double price) {
        if (g.lowRp() != null && g.gapPct() <= 0) {
            return messages.get(price < g.lowRp() ? "dashboard.gap.belowRange" : "dashboard.gap.inRange");
        }
        return formats.percent(g.gapPct());
    }

    /** "Siaga (z = 1,35)" for an eligible series; otherwise the reason it has no ALPS. */
    public String alps(AlpsResult a) {
        if (!a.eligible()) {
            return a.reason();
        }
        return messages.get("dashboard.alps.value", alpsLevel(a), formats.signedDecimal2(a.value()));
    }

    /**
     * What the ALPS column shows when a series has no ALPS: "riwayat 24/36 bln" when it is too short (the usual
     * case of a young data folder), "belum ada harga bulanan" without any; otherwise the reason itself.
     */
    public String alpsShort(AlpsResult a) {
        if (a.eligible()) {
            return alps(a);
        }
        if (a.observedMonths() == 0) {
            return a.reason();
        }
        if (a.spanMonths() < Alps.MIN_SPAN_MONTHS) {
            return messages.get("dashboard.alps.shortSpan", a.spanMonths(), Alps.MIN_SPAN_MONTHS);
        }
        return a.reason();
    }

    /** Normal / Waspada / Siaga / Awas in Indonesian; Normal / Stress / Alert / Crisis (WFP's words) in English. */
    public String alpsLevel(AlpsResult a) {
        return messages.get(Alps.levelKey(a.level()));
    }
}
