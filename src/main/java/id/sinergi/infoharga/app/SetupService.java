package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.app.sync.SyncService;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.indicators.ReportingRules;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first run of a data folder (issue 15): what the set-up wizard proposes, and its choices applied by the new
 * administrator: the regency's name, which markets are watched (and their names), the reporting cut-off and working
 * days, and this device's name. Every change goes through the services that own it: the markets and the shared
 * settings (region, cut-off, working days) are changes of the journal that travel to the other devices (DESIGN
 * §10); the device's name goes with its next package.
 */
public final class SetupService {
    /** The regency's name as the reports and the wizard show it. */
    public static final String REGION_SETTING = "region.name";
    static final String DEFAULT_REGION = "Kabupaten Mojokerto";

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final MasterDataService masterData;
    private final ReferenceDataService referenceData;
    private final SyncService sync;
    private final ChangeJournal journal;

    public SetupService(Store store, Clock clock, Messages messages, Authorizer authorizer,
                        MasterDataService masterData, ReferenceDataService referenceData, SyncService sync) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = authorizer;
        this.masterData = masterData;
        this.referenceData = referenceData;
        this.sync = sync;
        this.journal = new ChangeJournal(store, clock);
    }

    /** One market as the wizard lists it: an existing one ({@code id} set) or a new one ({@code id} null). */
    public record MarketChoice(Integer id, String name, String kecamatan, boolean watched) {
    }

    /** What the wizard starts from, and what it hands back. */
    public record Choices(String region, List<MarketChoice> markets, ReportingRules rules, String deviceName) {
        public Choices {
            markets = List.copyOf(markets);
        }
    }

    /** The folder's present state: the seeded Mojokerto markets (all watched), 12:00 Monday–Saturday, this device. */
    public Choices proposal() {
        return store.read(tx -> {
            String region = tx.settings().get(REGION_SETTING).orElse(DEFAULT_REGION);
            List<MarketChoice> markets = new ArrayList<>();
            for (Market m : tx.markets().all()) {
                markets.add(new MarketChoice(m.id(), m.name(), m.kecamatan(), m.active()));
            }
            ReportingRules rules = ReportingRules.parse(tx.settings().get(AlertService.CUTOFF_SETTING).orElse(null),
                    tx.settings().get(AlertService.WORKING_DAYS_SETTING).orElse(null));
            return new Choices(region, markets, rules, sync.self().name());
        });
    }

    /** Checks the choices without changing anything; the refusal says what to correct, in the user's language. */
    public void check(Choices choices) {
        if (choices.region() == null || choices.region().isBlank()) {
            throw new UserInputException(messages.get("setup.markets.regionMissing"));
        }
        if (choices.markets().stream().noneMatch(MarketChoice::watched)) {
            throw new UserInputException(messages.get("setup.markets.noneWatched"));
        }
        for (MarketChoice m : choices.markets()) {
            if (m.name() == null || m.name().isBlank()) {
                throw new UserInputException(messages.get("setup.markets.nameMissing"));
            }
        }
        if (choices.rules().workingDays().isEmpty()) {
            throw new UserInputException(messages.get("setup.reporting.noDays"));
        }
        String device = choices.deviceName() == null ? "" : choices.deviceName().strip();
        if (device.isEmpty() || device.length() > 64) {
            throw new UserInputException(messages.get("setup.device.badName"));
        }
    }

    /** Applies the choices as {@code admin}: only what differs from the folder's present state is changed. */
    public void apply(Actor admin, Choices choices) {
        check(choices);
        String reason = messages.get("setup.reason");
        List<Market> present = referenceData.catalog().markets();
        for (MarketChoice choice : choices.markets()) {
            Optional<Market> old = choice.id() == null ? Optional.empty()
                    : present.stream().filter(m -> m.id() == choice.id()).findFirst();
            String kecamatan = choice.kecamatan() == null || choice.kecamatan().isBlank() ? null
                    : choice.kecamatan().strip();
            if (old.isEmpty()) {
                if (choice.watched()) {
                    List<String> codes = referenceData.catalog().markets().stream().map(Market::code).toList();
                    masterData.saveMarket(admin, new MasterDataService.MarketDraft(null,
                            Codes.suggest(choice.name(), codes), choice.name().strip(), kecamatan, null), reason);
                }
                continue;
            }
            Market m = old.get();
            if (!m.name().equals(choice.name().strip()) || !java.util.Objects.equals(m.kecamatan(), kecamatan)) {
                masterData.saveMarket(admin, new MasterDataService.MarketDraft(m.id(), m.code(), choice.name().strip(),
                        kecamatan, m.marketType()), reason);
            }
            if (m.active() != choice.watched()) {
                masterData.setMarketActive(admin, m.id(), choice.watched(), reason);
            }
        }
        store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, admin);
            put(tx, admin, REGION_SETTING, choices.region().strip(), reason);
            put(tx, admin, AlertService.CUTOFF_SETTING, choices.rules().cutoffText(), reason);
            put(tx, admin, AlertService.WORKING_DAYS_SETTING, choices.rules().workingDaysText(), reason);
            return null;
        });
        store.syncToDisk();
        String device = choices.deviceName().strip();
        if (!device.equals(sync.self().name())) {
            sync.rename(admin, device);
        }
    }

    /** A shared setting as a change of the journal (unchanged: no change). */
    private void put(Store.Tx tx, Actor actor, String key, String value, String reason) {
        journal.write(tx, actor, Codecs.SETTING, key, value, reason);
    }
}
