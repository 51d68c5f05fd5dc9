package org.borderliaison.report;

import java.math.BigDecimal;
import org.borderliaison.casefile.Quantities;

/** One figure of the summary beside the same figure of the previous period, and the change (current − previous). */
public record Compared(BigDecimal current, BigDecimal previous, BigDecimal change) {

    public static final Compared ZERO = of(BigDecimal.ZERO, BigDecimal.ZERO);

    static Compared of(long current, long previous) {
        return of(BigDecimal.valueOf(current), BigDecimal.valueOf(previous));
    }

    static Compared of(BigDecimal current, BigDecimal previous) {
        return new Compared(Quantities.plain(current), Quantities.plain(previous), Quantities.plain(current.subtract(previous)));
    }

    /** Whether there is nothing to report in either period. */
    public boolean empty() {
        return current.signum() == 0 && previous.signum() == 0;
    }

    public boolean present() {
        return current.signum() != 0;
    }
}
