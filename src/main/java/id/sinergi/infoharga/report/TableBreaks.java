package id.sinergi.infoharga.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long table breaks across pages so that no page holds a few leftover rows: a table that a fresh page holds
 * whole starts on a fresh page rather than break; a longer one that would start with
 * fewer than {@code minRows} rows at the foot of a page starts on the next one, and when the last page would hold
 * fewer than {@code minRows} rows, the last two pages share their rows evenly. The heading row is repeated on every page, so
 * each page's room is its height less the heading's.
 */
final class TableBreaks {
    /** Whether the table starts on a fresh page, and how many body rows each page holds, in order. */
    record Plan(boolean newPageFirst, List<Integer> rowsPerPage) {
        Plan {
            rowsPerPage = List.copyOf(rowsPerPage);
        }
    }

    private TableBreaks() {
    }

    /**
     * @param rowHeights the body rows' heights, in order
     * @param header     the heading row's height (repeated on every page)
     * @param firstRoom  the room left on the current page
     * @param pageRoom   the room on an empty page
     * @param minRows    the fewest rows a page of this table may hold (unless the table has fewer)
     */
    static Plan plan(List<Float> rowHeights, float header, float firstRoom, float pageRoom, int minRows) {
        int total = rowHeights.size();
        if (total == 0) {
            return new Plan(firstRoom < header, List.of(0));
        }
        float whole = header + (float) rowHeights.stream().mapToDouble(Float::doubleValue).sum();
        if (whole > firstRoom && whole <= pageRoom) {
            // A table that a fresh page holds whole is not broken at all.
            return new Plan(true, List.of(total));
        }
        List<Integer> pages = fill(rowHeights, header, firstRoom, pageRoom);
        boolean fresh = false;
        if (pages.get(0) < Math.min(minRows, total)) {
            fresh = true;
            pages = fill(rowHeights, header, pageRoom, pageRoom);
        }
        int last = pages.size() - 1;
        if (last > 0 && pages.get(last) < minRows) {
            // The last two pages share their rows evenly (the earlier one takes the odd row): 28 + 5 becomes 17 + 16.
            int together = pages.get(last - 1) + pages.get(last);
            pages.set(last - 1, together - together / 2);
            pages.set(last, together / 2);
        }
        return new Plan(fresh, pages);
    }

    /** Greedy: as many rows as fit on each page (at least one, so that a too tall row still moves on). */
    private static List<Integer> fill(List<Float> heights, float header, float firstRoom, float pageRoom) {
        List<Integer> pages = new ArrayList<>();
        float room = firstRoom - header;
        int count = 0;
        for (float h : heights) {
            if (h > room && (count > 0 || pages.isEmpty() && room < pageRoom - header)) {
                pages.add(count);
                count = 0;
                room = pageRoom - header;
            }
            room -= h;
            count++;
        }
        pages.add(count);
        return pages;
    }
}
