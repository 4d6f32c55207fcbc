package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.UserDao;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The markets and outlets an officer may write: key the user name, value {@code {"markets":[codes],
 * "outlets":[codes]}} (sorted; empty lists left out). Kept apart from the account so that an officer changing
 * their password on the laptop and the office changing their markets never overwrite each other.
 */
public final class AssignmentCodec extends SmallEntityCodec<String, AssignmentCodec.Value> {
    public record Value(List<String> markets, List<String> outlets) {
        public Value {
            markets = List.copyOf(new TreeSet<>(markets));
            outlets = List.copyOf(new TreeSet<>(outlets));
            markets.forEach(Codes::requireCode);
            outlets.forEach(Codes::requireCode);
        }
    }

    @Override
    public Entity entity() {
        return Entity.ASSIGNMENT;
    }

    @Override
    public List<String> tables() {
        return List.of("user_market", "user_outlet");
    }

    @Override
    public String keyText(String key) {
        return key;
    }

    @Override
    public String key(String text) {
        return new AccountCodec().key(text);
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        Json.putTexts(o, "markets", v.markets());
        Json.putTexts(o, "outlets", v.outlets());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        Value v = new Value(f.texts("markets", 500, 32), f.texts("outlets", 500, 32));
        f.done();
        return v;
    }

    @Override
    Optional<Value> read(Rows rows, String key) {
        Optional<Integer> id = rows.users.idOf(key);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<String> markets = rows.users.marketsOf(id.get()).stream().map(m -> rows.market(m).code()).toList();
        List<String> outlets = rows.users.outletsOf(id.get()).stream().map(o -> rows.outlet(o).code()).toList();
        return Optional.of(new Value(markets, outlets));
    }

    @Override
    void write(Rows rows, String key, Optional<Value> before, Value v, Stamp stamp) {
        int id = rows.users.idOf(key).orElseThrow(() -> new IllegalArgumentException("unknown account " + key));
        rows.users.clearMarkets(id);
        rows.users.clearOutlets(id);
        for (String m : v.markets()) {
            rows.users.addMarket(id, rows.market(m).id());
        }
        for (String o : v.outlets()) {
            rows.users.addOutlet(id, rows.outlet(o).id());
        }
    }

    @Override
    public AuditLine audit(Rows rows, String key, Optional<Value> before, Value after, Stamp stamp) {
        UserDao.Credentials account = rows.users.credentials(key).orElseThrow();
        Role role = Role.valueOf(account.role());
        return new AuditLine(AccountCodec.TABLE, key,
                before.map(b -> AccountCodec.describe(role, account.active(), ids(b.markets(), rows::marketId),
                        ids(b.outlets(), rows::outletId))).orElse(null),
                AccountCodec.describe(role, account.active(), ids(after.markets(), rows::marketId),
                        ids(after.outlets(), rows::outletId)));
    }

    private static java.util.Set<Integer> ids(List<String> codes, java.util.function.ToIntFunction<String> id) {
        TreeSet<Integer> out = new TreeSet<>();
        codes.forEach(c -> out.add(id.applyAsInt(c)));
        return out;
    }

    @Override
    public Rule rule(Rows rows, String key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
