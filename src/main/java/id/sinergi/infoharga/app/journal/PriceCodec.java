package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.AuditedPrice;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.PriceDao;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A price observation: key {@code MARKET|COMMODITY|yyyy-mm-dd}, value {@code {"p":12500,"q":[…],"r":"…"}} (quotes
 * and reason left out when there are none). The rows: price_observation with its version, and the monthly sums
 * kept in step (DESIGN §3).
 */
public final class PriceCodec implements Codec<PriceCodec.Key, PriceCodec.Value> {
    /** The audit trail's table name of prices (the history screen reads it). */
    public static final String TABLE = "price_observation";
    public static final int MAX_REASON = 400;

    public record Key(String market, String commodity, LocalDate date) {
        public Key {
            Codes.requireCode(market);
            Codes.requireCode(commodity);
            java.util.Objects.requireNonNull(date, "date");
        }
    }

    public record Value(long priceRp, List<Long> quotes, String reason) {
        public Value {
            if (priceRp <= 0) {
                throw new IllegalArgumentException("price must be positive");
            }
            quotes = List.copyOf(quotes);
            if (quotes.size() > 3) {
                throw new IllegalArgumentException("at most three trader quotes");
            }
            reason = reason == null || reason.isBlank() ? null : reason;
            if (reason != null && reason.length() > MAX_REASON) {
                throw new IllegalArgumentException("reason must be short text");
            }
        }

        /** The value of a stored observation. */
        public static Value of(PriceObservation o) {
            return new Value(o.priceRp(), o.quotes(), o.reason());
        }

        Long quote(int i) {
            return i < quotes.size() ? quotes.get(i) : null;
        }
    }

    @Override
    public Entity entity() {
        return Entity.PRICE;
    }

    @Override
    public List<String> tables() {
        return List.of("price_observation", "price_month", "price_day", "price_month_regency", "price_week_market");
    }

    @Override
    public String keyText(Key key) {
        return key.market() + "|" + key.commodity() + "|" + key.date();
    }

    @Override
    public Key key(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a price key is MARKET|COMMODITY|DATE");
        }
        try {
            return new Key(parts[0], parts[1], LocalDate.parse(parts[2]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the price key's date is not a date");
        }
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("p", v.priceRp());
        if (!v.quotes().isEmpty()) {
            ArrayNode q = o.putArray("q");
            v.quotes().forEach(q::add);
        }
        if (v.reason() != null) {
            o.put("r", v.reason());
        }
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        Value v = new Value(f.positive("p"), f.positives("q", 3), f.optText("r", MAX_REASON));
        f.done();
        return v;
    }

    @Override
    public State<Value> state(Rows rows, Key key) {
        int market = rows.market(key.market()).id();
        int commodity = rows.commodity(key.commodity()).id();
        PriceDao.Write pending = rows.pendingPrice(market, commodity, key.date());
        if (pending != null) {
            List<Long> quotes = new java.util.ArrayList<>();
            for (Long q : new Long[] {pending.quote1(), pending.quote2(), pending.quote3()}) {
                if (q != null) {
                    quotes.add(q);
                }
            }
            return new State<>(Optional.of(new Value(pending.priceRp(), quotes, pending.reason())), Optional.of(
                    new id.sinergi.infoharga.store.ChangeLogDao.Head(pending.vOrigin(), pending.vSeq(),
                            pending.vLamport())));
        }
        return rows.prices.findVersioned(market, commodity, key.date())
                .map(p -> new State<>(Optional.of(Value.of(p.observation())), Optional.ofNullable(p.version())))
                .orElseGet(State::none);
    }

    @Override
    public void store(Rows rows, Key key, State<Value> before, Value value, Stamp stamp) {
        int market = rows.market(key.market()).id();
        int commodity = rows.commodity(key.commodity()).id();
        PriceDao.Write write = new PriceDao.Write(market, commodity, key.date(), value.priceRp(), value.quote(0),
                value.quote(1), value.quote(2), stamp.user(), stamp.deviceName(), value.reason(), stamp.atUtc(),
                stamp.originLocal(), stamp.id().seq(), stamp.lamport());
        if (before.value().isEmpty()) {
            rows.insertPrice(write);
            rows.priceWritten(market, commodity, key.date(), value.priceRp(), 1);
        } else {
            // The row may still be waiting in the batch of new ones.
            rows.flushPrices();
            rows.prices.updateWrite(write);
            rows.priceWritten(market, commodity, key.date(), value.priceRp() - before.value().get().priceRp(), 0);
        }
    }

    @Override
    public AuditLine audit(Rows rows, Key key, Optional<Value> before, Value after, Stamp stamp) {
        return new AuditLine(TABLE, rowKey(rows.market(key.market()).id(), rows.commodity(key.commodity()).id(),
                key.date()), before.map(PriceCodec::describe).orElse(null), describe(after));
    }

    @Override
    public String reason(Value value) {
        return value.reason();
    }

    @Override
    public Rule rule(Rows rows, Key key, State<Value> before, Value value) {
        return new Rule.Market(key.market());
    }

    /** The audit key of one observation: "market:commodity:day" by internal id (this folder's audit trail). */
    public static String rowKey(int marketId, int commodityId, LocalDate day) {
        return marketId + ":" + commodityId + ":" + day;
    }

    static String describe(Value v) {
        return new AuditedPrice(v.priceRp(), v.quotes()).text();
    }
}
