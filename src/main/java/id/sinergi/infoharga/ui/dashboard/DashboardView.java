package id.sinergi.infoharga.ui.dashboard;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import id.sinergi.infoharga.app.Dashboard;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.Change;
import id.sinergi.infoharga.domain.indicators.CommodityDay;
import id.sinergi.infoharga.domain.indicators.Horizon;
import id.sinergi.infoharga.domain.indicators.ReferenceGap;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.domain.indicators.WeightedChange.GroupContribution;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.LevelBadgeCell;
import id.sinergi.infoharga.ui.common.LevelStyles;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.Notifications;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The dashboard: six TilesFX tiles over the commodity table, a day picker. The tiles are built here with
 * TileBuilder and fed from the view model's dashboard; there is no timer and no figure computed here.
 */
public final class DashboardView {
    private static final double TILE_HEIGHT = 178;
    private static final javafx.scene.paint.Color TILE_BACKGROUND = javafx.scene.paint.Color.WHITE;
    /** -ih-accent, -ih-muted and the table border of app.css. */
    private static final javafx.scene.paint.Color TILE_TITLE = javafx.scene.paint.Color.web("#0b6e4f");
    private static final javafx.scene.paint.Color TILE_TEXT = javafx.scene.paint.Color.web("#1f2a2c");
    private static final javafx.scene.paint.Color TILE_MUTED = javafx.scene.paint.Color.web("#5f6b6d");
    private static final javafx.scene.paint.Color TILE_BORDER = javafx.scene.paint.Color.web("#d0d7de");

    private final DashboardViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<CommodityDay> openTrend;
    private final BiConsumer<CommodityDay, Market> openMarketTrend;
    private final ReferenceTexts texts;
    private final TableView<DashboardRow> marketTable = new TableView<>();
    private final Label coverValue = new Label();
    private final Label coverText = new Label();
    private final VBox cover = new VBox(2);
    private TabPane tabs;
    private final BorderPane root = new BorderPane();
    private final DatePicker dayPicker = new DatePicker();
    private final Label dayText = new Label();
    private final Label message = new Label();
    private final TableView<DashboardRow> table = new TableView<>();
    private final Tile weightedTile;
    private final Tile levelsTile;
    private final Tile reportingTile;
    private final Tile moversTile;
    private final Tile coverTile;
    private final Tile sparkTile;
    private final VBox contributors = new VBox(2);
    private final javafx.scene.layout.GridPane levelBadges = new javafx.scene.layout.GridPane();
    private final VBox movers = new VBox(1);
    private final XYChart.Series<String, Number> sparkSeries = new XYChart.Series<>();

    public DashboardView(DashboardViewModel model, Messages messages, Formats formats,
                         Consumer<CommodityDay> openTrend, BiConsumer<CommodityDay, Market> openMarketTrend) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.openTrend = openTrend;
        this.openMarketTrend = openMarketTrend;
        this.texts = new ReferenceTexts(messages, formats);
        root.getStyleClass().addAll(Styles.PAGE, "dashboard");
        root.setId("dashboard-screen");

        weightedTile = tile(Tile.SkinType.CUSTOM, "dashboard.tile.weighted").graphic(contributors).build();
        levelsTile = tile(Tile.SkinType.CUSTOM, "dashboard.tile.levels").graphic(levelBadges).build();
        reportingTile = tile(Tile.SkinType.NUMBER, "dashboard.tile.reporting").decimals(0).build();
        moversTile = tile(Tile.SkinType.CUSTOM, "dashboard.tile.movers").graphic(movers).build();
        coverTile = tile(Tile.SkinType.CUSTOM, "dashboard.tile.cover").graphic(cover).build();
        sparkSeries.setName(messages.get("dashboard.tile.spark"));
        sparkTile = tile(Tile.SkinType.SMOOTHED_CHART, "dashboard.tile.spark").smoothing(false)
                .series(sparkSeries).build();
        sparkTile.setAnimated(false);
        HBox tiles = new HBox(8, weightedTile, levelsTile, reportingTile, moversTile, coverTile, sparkTile);
        tiles.setId("dashboard-tiles");
        for (Node t : tiles.getChildren()) {
            HBox.setHgrow(t, Priority.ALWAYS);
            ((Region) t).setMaxWidth(Double.MAX_VALUE);
            // TilesFX sizes a title at a share of the tile's smaller side: below 165 px it drops under 12 px.
            ((Region) t).setMinWidth(165);
            ((Region) t).setPrefWidth(165);
        }
        // The tiles that list names get the room: a contribution or a mover is read by its name.
        for (Region wide : List.of(weightedTile, moversTile)) {
            wide.setMinWidth(205);
            wide.setPrefWidth(205);
        }
        // TilesFX shrinks a title to its tile's width: "Stok WULANDARI terendah" needs 200 px to stay at 12 px.
        coverTile.setMinWidth(200);
        coverTile.setPrefWidth(200);
        contributors.getStyleClass().add("tile-body");
        levelBadges.getStyleClass().add("tile-body");
        levelBadges.setHgap(10);
        levelBadges.setVgap(6);
        levelBadges.setAlignment(Pos.CENTER);
        movers.getStyleClass().add("tile-body");
        cover.getStyleClass().add("tile-body");
        coverValue.getStyleClass().add("tile-big");
        coverValue.setId("tile-cover-value");
        coverText.getStyleClass().add("tile-small");
        coverText.setWrapText(true);
        cover.getChildren().setAll(coverValue, coverText);

        root.setTop(new VBox(8, buildToolbar(), tiles));
        buildTable();
        buildMarketTable();
        Tab commodities = new Tab(messages.get("dashboard.tab.commodities"), table);
        commodities.setId("dashboard-tab-commodities");
        Tab byMarket = new Tab(messages.get("dashboard.tab.markets"), marketTable);
        byMarket.setId("dashboard-tab-markets");
        tabs = new TabPane(commodities, byMarket);
        tabs.setId("dashboard-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) ->
                javafx.application.Platform.runLater(() -> (t == byMarket ? marketTable : table).requestFocus()));
        VBox center = new VBox(6, buildFilters(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        center.getStyleClass().add("dashboard-center");
        root.setCenter(center);
        message.getStyleClass().add("trend-message");
        message.setId("dashboard-message");
        root.setBottom(message);

        model.dashboardProperty().addListener((o, a, d) -> show(d));
        model.messageProperty().addListener((o, a, t) -> message.setText(t));
        model.dayProperty().addListener((o, a, d) -> {
            dayPicker.setValue(d);
            dayText.setText(d == null ? "" : formats.date(d));
        });
        model.notices().addListener((ListChangeListener<Alert>) c -> javafx.application.Platform.runLater(this::announce));
        SortedList<DashboardRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        marketTable.setItems(model.rows());
    }

    /**
     * A tile in the app's light theme. TilesFX takes its colours as properties, not from CSS: the palette's
     * colours are repeated here, and the title is one size up from TilesFX's 6 % of the tile (10 px here).
     */
    private TileBuilder<?> tile(Tile.SkinType skin, String titleKey) {
        return TileBuilder.create().skinType(skin).prefSize(180, TILE_HEIGHT).title(messages.get(titleKey))
                .textSize(Tile.TextSize.BIGGER).backgroundColor(TILE_BACKGROUND).foregroundColor(TILE_TEXT)
                .titleColor(TILE_TITLE).textColor(TILE_TEXT).valueColor(TILE_TEXT).unitColor(TILE_MUTED)
                .descriptionColor(TILE_MUTED).borderColor(TILE_BORDER).borderWidth(1)
                .chartGridColor(TILE_BORDER).tickLabelColor(TILE_MUTED).barColor(TILE_TITLE)
                .strokeWithGradient(false);
    }

    /** Focuses the table of the tab shown (back from a trend: where the user was). */
    public void focusTable() {
        (tabs.getSelectionModel().getSelectedIndex() == 1 ? marketTable : table).requestFocus();
    }

    public TableView<DashboardRow> marketTable() {
        return marketTable;
    }

    /** Markets across, commodities down: each market's price of the day (PIHPS and SISKAPERBAPO show one). */
    private void buildMarketTable() {
        marketTable.setId("dashboard-market-table");
        marketTable.getSelectionModel().setCellSelectionEnabled(true);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then(messages.get("dashboard.loading")).otherwise(messages.get("dashboard.table.empty")));
        marketTable.setPlaceholder(placeholder);
        TableColumn<DashboardRow, String> name = column("dashboard.col.commodity",
                r -> r.commodity().name(), s -> s, 200);
        name.setId("market-table-commodity");
        name.setCellFactory(col -> new NameCell());
        TableColumn<DashboardRow, Double> regency = column("dashboard.col.regencyPrice",
                r -> r.commodity().regency().price(), v -> formats.grouped(Math.round(v)), 82);
        regency.getStyleClass().addAll(Styles.NUMBER, "market-regency");
        List<TableColumn<DashboardRow, ?>> columns = new java.util.ArrayList<>(List.of(name, regency));
        for (Market m : model.markets()) {
            TableColumn<DashboardRow, MarketPrice> c = new TableColumn<>();
            // Two lines ("Raya / Mojosari") so that a narrow price column still names its market whole.
            Label header = new Label(shortMarketName(m.name()).replace(' ', '\n'));
            header.setTooltip(new Tooltip(m.name()));
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            header.getStyleClass().add("market-header");
            header.setMinHeight(Region.USE_PREF_SIZE);
            c.setGraphic(header);
            c.setUserData(m);
            c.setId("market-col-" + m.id());
            c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(model.marketPrice(cell.getValue(), m.id())));
            c.setCellFactory(col -> new MarketPriceCell());
            c.setPrefWidth(64);
            c.setSortable(false);
            columns.add(c);
        }
        marketTable.getColumns().setAll(columns);
        marketTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openFocusedMarketCell();
            }
        });
        marketTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openFocusedMarketCell();
            }
        });
    }

    private void openFocusedMarketCell() {
        var pos = marketTable.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getRow() >= marketTable.getItems().size()) {
            return;
        }
        DashboardRow row = marketTable.getItems().get(pos.getRow());
        if (pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof Market m) {
            openMarketTrend.accept(row.commodity(), m);
        } else {
            openTrend.accept(row.commodity());
        }
    }

    /** "Pasar Raya Mojosari" → "Raya Mojosari": every header would start with the same word. */
    static String shortMarketName(String name) {
        return name.startsWith("Pasar ") && name.length() > 6 ? name.substring(6) : name;
    }

    /** A market's price: red ground above the HET/HAP, red or green figure above or below the regency price. */
    private final class MarketPriceCell extends TableCell<DashboardRow, MarketPrice> {
        @Override
        protected void updateItem(MarketPrice p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll("market-above-ref", Styles.CHANGE_UP, Styles.CHANGE_DOWN, Styles.NUMBER);
            getStyleClass().add(Styles.NUMBER);
            if (empty) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (p == null) {
                setText("\u2013");
                setTooltip(null);
                return;
            }
            setText(formats.grouped(Math.round(p.price())));
            if (p.aboveReference()) {
                getStyleClass().add("market-above-ref");
            }
            if (p.side() != MarketPrice.Side.NEAR) {
                getStyleClass().add(p.side() == MarketPrice.Side.ABOVE ? Styles.CHANGE_UP : Styles.CHANGE_DOWN);
            }
            setTooltip(new Tooltip(messages.get("dashboard.market.tip", formats.rupiah(Math.round(p.price())),
                    formats.percent(p.vsRegencyPct()))
                    + (p.aboveReference() ? "\n" + messages.get("dashboard.market.aboveRef") : "")));
        }
    }

    public Node node() {
        return root;
    }

    public TableView<DashboardRow> table() {
        return table;
    }

    private Node buildToolbar() {
        Label title = new Label(messages.get("dashboard.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label dayLabel = new Label(messages.get("dashboard.day"));
        dayPicker.setId("dashboard-day");
        dayPicker.setPrefWidth(130);
        dayPicker.setConverter(formats.dayConverter(() -> model.dayProperty().get()));
        dayLabel.setLabelFor(dayPicker);
        dayPicker.setOnAction(e -> {
            if (dayPicker.getValue() != null && !dayPicker.getValue().equals(model.dayProperty().get())) {
                model.showDay(dayPicker.getValue());
            }
        });
        dayText.getStyleClass().add(Styles.SUBTITLE);
        Button today = new Button(messages.get("dashboard.today"));
        today.setId("dashboard-today");
        today.setOnAction(e -> model.showDay(null));
        Button refresh = new Button(messages.get("dashboard.refresh"));
        refresh.setId("dashboard-refresh");
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, dayLabel, dayPicker, dayText, today, refresh);
        bar.getStyleClass().add("dashboard-toolbar");
        return bar;
    }

    private Node buildFilters() {
        ComboBox<CommodityGroup> group = new ComboBox<>();
        group.setId("dashboard-group");
        group.getItems().add(null);
        group.getItems().addAll(model.groups());
        group.setConverter(new StringConverter<>() {
            @Override
            public String toString(CommodityGroup g) {
                return g == null ? messages.get("dashboard.filter.allGroups") : g.name();
            }

            @Override
            public CommodityGroup fromString(String s) {
                return null;
            }
        });
        group.setValue(null);
        group.setOnAction(e -> model.filterGroup(group.getValue()));
        ComboBox<AlertLevel> level = new ComboBox<>();
        level.setId("dashboard-level");
        level.getItems().add(null);
        level.getItems().addAll(AlertLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(AlertLevel l) {
                return l == null ? messages.get("dashboard.filter.allLevels") : l.label();
            }

            @Override
            public AlertLevel fromString(String s) {
                return null;
            }
        });
        level.setValue(null);
        level.setOnAction(e -> model.filterLevel(level.getValue()));
        Label hint = new Label(messages.get("dashboard.table.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        Label groupLabel = new Label(messages.get("dashboard.filter.group"));
        groupLabel.setLabelFor(group);
        Label levelLabel = new Label(messages.get("dashboard.filter.level"));
        levelLabel.setLabelFor(level);
        HBox box = new HBox(8, groupLabel, group, levelLabel, level, hint);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void buildTable() {
        table.setId("dashboard-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then(messages.get("dashboard.loading")).otherwise(messages.get("dashboard.table.empty")));
        table.setPlaceholder(placeholder);
        TableColumn<DashboardRow, String> name = column("dashboard.col.commodity",
                r -> r.commodity().name() + " (" + r.commodity().unit() + ")", s -> s, 190);
        name.setCellFactory(col -> new NameCell());
        name.setComparator(Comparator.naturalOrder());
        TableColumn<DashboardRow, Double> price = column("dashboard.col.price", r -> r.commodity().regency().price(),
                v -> formats.rupiah(Math.round(v)), 84);
        TableColumn<DashboardRow, Double> day = changeColumn("dashboard.col.day", Horizon.DAY);
        TableColumn<DashboardRow, Double> week = changeColumn("dashboard.col.week", Horizon.WEEK);
        TableColumn<DashboardRow, Double> month = changeColumn("dashboard.col.month", Horizon.MONTH);
        TableColumn<DashboardRow, Double> year = changeColumn("dashboard.col.year", Horizon.YEAR);
        TableColumn<DashboardRow, ReferenceGap> ref = column("dashboard.col.reference",
                r -> r.commodity().regency().reference(), texts::reference, 178);
        ref.setComparator(Comparator.nullsLast(Comparator.comparingLong(ReferenceGap::highRp)));
        TableColumn<DashboardRow, DashboardRow> gap = new TableColumn<>(messages.get("dashboard.col.gap"));
        gap.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        gap.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DashboardRow r, boolean empty) {
                super.updateItem(r, empty);
                ReferenceGap g = empty || r == null ? null : r.commodity().regency().reference();
                setText(empty ? null : g == null ? "\u2013" : texts.gap(g, r.commodity().regency().price()));
            }
        });
        gap.setComparator(Comparator.comparing((DashboardRow r) -> r.commodity().regency().reference() == null
                ? null : r.commodity().regency().reference().gapPct(), Comparator.nullsLast(Comparator.naturalOrder())));
        gap.getStyleClass().add(Styles.NUMBER);
        gap.setPrefWidth(100);
        TableColumn<DashboardRow, AlertLevel> level = new TableColumn<>(messages.get("dashboard.col.level"));
        level.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().level()));
        level.setCellFactory(c -> new LevelBadgeCell<>());
        level.setPrefWidth(88);
        level.setMinWidth(88);
        TableColumn<DashboardRow, Double> cv = column("dashboard.col.cv",
                r -> r.commodity().regency().disparity() == null ? null
                        : r.commodity().regency().disparity().cvPct(),
                v -> formats.decimal1(v) + "%", 56);
        TableColumn<DashboardRow, AlpsResult> alps = new TableColumn<>(messages.get("dashboard.col.alps"));
        alps.setId("dashboard-col-alps");
        alps.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().alps()));
        alps.setCellFactory(col -> new AlpsCell());
        alps.setComparator(Comparator.nullsFirst(Comparator.comparing(
                (AlpsResult a) -> a.eligible() ? a.value() : null, Comparator.nullsFirst(Comparator.naturalOrder()))));
        alps.setPrefWidth(140);
        for (TableColumn<DashboardRow, Double> c : List.of(price, day, week, month, year, cv)) {
            c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
            c.getStyleClass().add(Styles.NUMBER);
        }
        table.getColumns().setAll(List.of(name, price, day, week, month, year, ref, gap, level, cv, alps));
        table.setRowFactory(t -> {
            TableRow<DashboardRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openTrend.accept(row.getItem().commodity());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DashboardRow r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                e.consume();
                openTrend.accept(r.commodity());
            }
        });
    }

    private TableColumn<DashboardRow, Double> changeColumn(String key, Horizon h) {
        TableColumn<DashboardRow, Double> c = column(key, r -> {
            Change ch = r.commodity().regency().change(h);
            return ch == null ? null : ch.pct();
        }, formats::percent, 63);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll(Styles.CHANGE_UP, Styles.CHANGE_DOWN);
                setText(empty ? null : v == null ? "\u2013" : formats.percent(v));
                if (!empty && v != null && v != 0) {
                    getStyleClass().add(v > 0 ? Styles.CHANGE_UP : Styles.CHANGE_DOWN);
                }
            }
        });
        return c;
    }

    private <T> TableColumn<DashboardRow, T> column(String key, Function<DashboardRow, T> value,
                                                    Function<T, String> text, double width) {
        TableColumn<DashboardRow, T> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "\u2013" : text.apply(v));
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    private void show(Dashboard d) {
        if (d == null) {
            return;
        }
        WeekIndicators week = d.week();
        contributors.getChildren().clear();
        Double pct = week.weighted().pct();
        Label big = new Label(pct == null ? "\u2013" : formats.percent(pct));
        big.getStyleClass().addAll("tile-big", pct == null || pct == 0 ? "tile-flat"
                : pct > 0 ? "tile-up" : "tile-down");
        big.setId("tile-weighted-value");
        contributors.getChildren().add(big);
        Label sub = new Label(messages.get("dashboard.tile.weightedSub", week.week().toString()));
        sub.getStyleClass().add("tile-small");
        sub.setWrapText(true);
        contributors.getChildren().add(sub);
        for (GroupContribution g : d.topContributors()) {
            Label l = new Label(messages.get("dashboard.tile.contribution", g.name(),
                    formats.signedDecimal2(g.contribution())));
            l.getStyleClass().add("tile-line");
            l.setTooltip(new Tooltip(l.getText()));
            contributors.getChildren().add(l);
        }

        levelBadges.getChildren().clear();
        int cell = 0;
        for (AlertLevel l : List.of(AlertLevel.AWAS, AlertLevel.SIAGA, AlertLevel.WASPADA, AlertLevel.NORMAL)) {
            Label count = new Label(String.valueOf(d.commoditiesAtLevel().getOrDefault(l, 0)));
            count.getStyleClass().addAll("tile-count", LevelStyles.BADGE, LevelStyles.of(l));
            count.setId("tile-level-" + l.name().toLowerCase());
            Label name = new Label(l.label());
            name.getStyleClass().add("tile-small");
            VBox box = new VBox(2, count, name);
            box.setAlignment(Pos.CENTER);
            levelBadges.add(box, cell % 2, cell / 2);
            cell++;
        }

        reportingTile.setValue(d.completeness().reported());
        reportingTile.setUnit(messages.get("dashboard.tile.reportingUnit", d.completeness().expected()));
        List<Alert> missing = d.missingReports();
        reportingTile.setDescription(missing.isEmpty()
                ? (d.completeness().notReported().isEmpty() ? messages.get("dashboard.tile.reportingAll")
                : messages.get("dashboard.tile.reportingBeforeCutoff", d.completeness().notReported().size()))
                : messages.get("dashboard.tile.reportingMissing", missing.size(),
                String.join(", ", missing.stream().limit(3).map(Alert::placeName).toList())
                        + (missing.size() > 3 ? ", \u2026" : "")));

        movers.getChildren().clear();
        for (CommodityDay c : d.movers().risers().stream().limit(3).toList()) {
            movers.getChildren().add(moverLine("\u25b2", c, "tile-up"));
        }
        for (CommodityDay c : d.movers().fallers().stream().limit(3).toList()) {
            movers.getChildren().add(moverLine("\u25bc", c, "tile-down"));
        }
        if (movers.getChildren().isEmpty()) {
            Label none = new Label(messages.get("dashboard.tile.moversNone"));
            none.getStyleClass().add("tile-small");
            movers.getChildren().add(none);
        }

        StockCover low = d.lowestCover();
        if (low == null) {
            coverValue.setText("\u2013");
            coverText.setText(messages.get("dashboard.tile.coverNone"));
        } else {
            Outlet o = model.outletOf(low.outletId());
            String commodity = model.commodityName(low.commodityId());
            coverValue.setText(messages.get("dashboard.tile.coverDays", low.empty() || low.daysOfCover() == null
                    ? formats.decimal1(0) : formats.decimal1(low.daysOfCover())));
            coverText.setText(messages.get(low.empty() ? "dashboard.tile.coverEmpty" : "dashboard.tile.coverText",
                    commodity, o == null ? "" : o.name(), low.level().label()));
        }
        coverText.setTooltip(new Tooltip(coverText.getText()));

        sparkSeries.getData().clear();
        for (WeekIndicators w : d.weeks()) {
            if (w.weighted().pct() != null) {
                sparkSeries.getData().add(new XYChart.Data<>("W" + w.week().week(), w.weighted().pct()));
            }
        }
    }

    private Label moverLine(String arrow, CommodityDay c, String style) {
        // The figure first, so that a long name is what gets cut.
        Label l = new Label(arrow + " " + formats.percent(c.regency().day().pct()) + "  " + c.name());
        l.getStyleClass().addAll("tile-line", style);
        l.setTooltip(new Tooltip(l.getText() + " (" + c.unit() + ")"));
        return l;
    }

    /** A name that may be cut at the column's width: whole in a tooltip. */
    private static final class NameCell extends TableCell<DashboardRow, String> {
        @Override
        protected void updateItem(String v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty ? null : v);
            setTooltip(empty || v == null ? null : new Tooltip(v));
        }
    }

    /** An ALPS level as a badge with its z-score, or the reason there is none, muted, whole in the tooltip. */
    private final class AlpsCell extends TableCell<DashboardRow, AlpsResult> {
        @Override
        protected void updateItem(AlpsResult a, boolean empty) {
            super.updateItem(a, empty);
            getStyleClass().removeAll(Styles.MUTED);
            setGraphic(null);
            if (empty || a == null) {
                setText(empty ? null : "\u2013");
                setTooltip(null);
                return;
            }
            if (!a.eligible()) {
                setText(texts.alpsShort(a));
                getStyleClass().add(Styles.MUTED);
                setTooltip(new Tooltip(messages.get("dashboard.alps.none", a.reason())));
                return;
            }
            Label badge = new Label(texts.alpsLevel(a));
            badge.getStyleClass().addAll(LevelStyles.BADGE, LevelStyles.of(a.level()));
            setGraphic(badge);
            // The z-score beside the badge; "Siaga (z = +1,35)" whole in the tooltip.
            setText(formats.signedDecimal2(a.value()));
            setTooltip(new Tooltip(texts.alps(a)));
        }
    }

    /** New Siaga/Awas alerts of today: one notification, then they are not announced again. */
    private void announce() {
        List<Alert> notices = List.copyOf(model.notices());
        if (notices.isEmpty() || root.getScene() == null || root.getScene().getWindow() == null
                || !root.getScene().getWindow().isShowing()) {
            return;
        }
        long awas = notices.stream().filter(a -> a.level() == AlertLevel.AWAS).count();
        String text = String.join("\n", notices.stream().limit(4).map(Alert::reason).toList())
                + (notices.size() > 4 ? "\n" + messages.get("dashboard.notice.more", notices.size() - 4) : "");
        Notifications n = Notifications.create().owner(root.getScene().getWindow())
                .title(messages.get("dashboard.notice.title", notices.size())).text(text)
                .hideAfter(javafx.util.Duration.seconds(12));
        if (awas > 0) {
            n.showError();
        } else {
            n.showWarning();
        }
        model.noticesShown();
    }
}
