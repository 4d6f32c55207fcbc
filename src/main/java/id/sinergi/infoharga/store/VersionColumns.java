package id.sinergi.infoharga.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The version a price or stock row carries in its own columns (v_origin, v_seq, v_lamport); null when none. */
final class VersionColumns {
    private VersionColumns() {
    }

    static ChangeLogDao.Head read(ResultSet rs) throws SQLException {
        int origin = rs.getInt("v_origin");
        if (rs.wasNull()) {
            return null;
        }
        return new ChangeLogDao.Head(origin, rs.getLong("v_seq"), rs.getLong("v_lamport"));
    }
}
