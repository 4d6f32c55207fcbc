package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.app.journal.PriceCodec;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.Entity;

import java.time.format.DateTimeFormatter;

/** A change in people's words: what it is about ("Beras Medium · Pasar Kemlagi · 3 Des 2026") and its value. */
final class ChangeText {
    private final Catalog catalog;
    private final Messages messages;
    private final DateTimeFormatter dates;

    ChangeText(Catalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale());
    }

    String what(Change c) {
        if (c.entity() == Entity.PRICE) {
            PriceCodec.Key k = Codecs.PRICE.key(c.key());
            String commodity = catalog.findCommodity(k.commodity()).map(x -> x.displayName()).orElse(k.commodity());
            String market = catalog.findMarket(k.market()).map(x -> x.name()).orElse(k.market());
            return commodity + " · " + market + " · " + dates.format(k.date());
        }
        return messages.get("sync.entity." + c.entity().wireName()) + " " + c.key();
    }

    String value(Change c) {
        if (c.entity() == Entity.PRICE) {
            PriceCodec.Value v = Codecs.PRICE.decode(c.value());
            return PriceText.rupiah(v.priceRp());
        }
        return c.value();
    }
}
