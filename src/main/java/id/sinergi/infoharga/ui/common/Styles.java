package id.sinergi.infoharga.ui.common;

/** Style class names used by code; their look is in {@code ui/app.css}, colours from its -ih-* variables. */
public final class Styles {
    public static final String PAGE = "page";
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String MUTED = "muted";
    public static final String STATUS_BAR = "status-bar";
    public static final String SIDEBAR = "sidebar";
    public static final String NAV_ITEM = "nav-item";
    public static final String TOOLBAR = "entry-toolbar";
    public static final String CORRECTION = "correction";
    public static final String GROUP_HEADER = "group-header";
    /** The first row of a commodity group on the entry grid: a thin line above it instead of a header row. */
    /** A form field whose value has a problem (outlined; the message sits next to it). */
    public static final String FIELD_ERROR = "field-error";
    public static final String GROUP_START = "entry-row-group-start";
    public static final String GRID = "entry-grid";
    public static final String ROW = "entry-row";
    public static final String ROW_CURRENT = "entry-row-current";
    public static final String PRICE_FIELD = "price-field";
    public static final String NUMBER = "number";
    public static final String CHANGE_UP = "change-up";
    public static final String CHANGE_DOWN = "change-down";
    public static final String STATUS_ICON = "status-icon";
    public static final String STATUS_OK = "status-ok";
    public static final String STATUS_WARN = "status-warn";
    public static final String STATUS_ERROR = "status-error";
    public static final String STATUS_EMPTY = "status-empty";
    public static final String MESSAGE = "entry-message";
    public static final String MESSAGE_ERROR = "entry-message-error";
    public static final String SAVED = "saved";
    public static final String PRIMARY = "primary";
    public static final String DEMO_BANNER = "demo-banner";
    /** A retired market, commodity or outlet in a master-data table. */
    public static final String RETIRED = "retired";

    private Styles() {
    }
}
