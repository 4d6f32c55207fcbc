package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.AcknowledgementService;
import id.sinergi.infoharga.app.AlertService;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.DashboardService;
import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The use cases over {@link SmallDataset} in a fresh database, with the clock at 15:00 on 2 Sep 2025 (after the
 * noon cut-off of that Tuesday), wired as AppContext wires them.
 */
public final class SmallServices implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    public final Database db;
    public final Store store;
    public final SmallDataset data;
    public final Clock clock;
    public final Messages messages = new Messages(Messages.INDONESIAN);
    public final IndicatorService indicators;
    public final AlertService alerts;
    public final DashboardService dashboard;
    public final AcknowledgementService acknowledgements;

    public SmallServices(Path folder) {
        db = Database.open(folder);
        store = new Store(db);
        data = SmallDataset.load(store);
        clock = Clock.fixed(SmallDataset.D2.atTime(15, 0).atZone(ZONE).toInstant(), ZONE);
        ReferenceDataService reference = new ReferenceDataService(store);
        indicators = new IndicatorService(store, reference, messages);
        alerts = new AlertService(store, reference, indicators, clock, messages);
        dashboard = new DashboardService(store, reference, indicators, alerts);
        acknowledgements = new AcknowledgementService(store, clock, messages, new Authorizer(messages));
    }

    @Override
    public void close() {
        db.close();
    }
}
