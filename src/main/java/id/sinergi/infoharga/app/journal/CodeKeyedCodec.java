package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.sync.Entity;

import java.util.List;

/**
 * A small entity of one table keyed by its stable text code (market, outlet, commodity, group, threshold): the code
 * travels as it is, and a package's key must be a valid code before anything is looked up by it.
 */
abstract class CodeKeyedCodec<V> extends SmallEntityCodec<String, V> {
    private final Entity entity;
    private final String table;

    CodeKeyedCodec(Entity entity, String table) {
        this.entity = entity;
        this.table = table;
    }

    @Override
    public final Entity entity() {
        return entity;
    }

    @Override
    public final List<String> tables() {
        return List.of(table);
    }

    @Override
    public final String keyText(String key) {
        return key;
    }

    @Override
    public final String key(String text) {
        Codes.requireCode(text);
        return text;
    }
}
