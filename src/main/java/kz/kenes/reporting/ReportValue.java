package kz.kenes.reporting;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The year-to-date actual of one indicator in a report. {@code derived} is what the logged activities gave; when the
 * executor enters something else, {@code reason} says why.
 */
@Table("report_value")
public record ReportValue(Long indicator, Long regionId, BigDecimal actual, BigDecimal derived, String reason) {

	public boolean differsFromDerived() {
		return derived != null && actual.compareTo(derived) != 0;
	}
}
