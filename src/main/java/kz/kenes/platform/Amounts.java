package kz.kenes.platform;

import java.math.BigDecimal;

/** Planned values, actuals and costs are stored as NUMERIC(18, 2): what fits there, and nothing negative. */
public final class Amounts {

	private Amounts() {
	}

	/**
	 * Whether the value is at least zero with at most 16 digits before the point and 2 after (trailing zeros
	 * aside), so that PostgreSQL neither refuses it nor rounds it silently.
	 */
	public static boolean fit(BigDecimal value) {
		// the scale as typed is bounded too: the value goes to PostgreSQL as written ("5.000…0", "0E-999")
		if (value == null || value.signum() < 0 || Math.abs(value.scale()) > 100) {
			return false;
		}
		BigDecimal v = value.stripTrailingZeros();
		return v.scale() <= 2 && v.precision() - v.scale() <= 16;
	}
}
