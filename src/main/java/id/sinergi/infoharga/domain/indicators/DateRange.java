package id.sinergi.infoharga.domain.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A closed range of days, {@code from} to {@code to} inclusive. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts");
        }
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The ranges merged where they overlap or touch, in order: fewer, larger reads. */
    public static List<DateRange> merged(List<DateRange> ranges) {
        List<DateRange> sorted = ranges.stream().sorted(Comparator.comparing(DateRange::from)).toList();
        List<DateRange> out = new ArrayList<>();
        for (DateRange r : sorted) {
            if (!out.isEmpty() && !r.from().isAfter(out.get(out.size() - 1).to().plusDays(1))) {
                DateRange last = out.remove(out.size() - 1);
                out.add(new DateRange(last.from(), r.to().isAfter(last.to()) ? r.to() : last.to()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
