package kz.kenes.control;

import java.util.Arrays;

/**
 * Kind of a monitoring visit: объектіні тексеру / проверка объекта, нысан мониторингі / мониторинг объекта, түнгі
 * рейд / ночной рейд, азаматтарды қабылдау / приём граждан. Names are in {@code i18n/control*.properties} as
 * {@code control.type.<NAME>}.
 */
public enum VisitType {
	SITE_INSPECTION, FACILITY_MONITORING, NIGHT_RAID, RECEPTION;

	/**
	 * The type named by a form or API value, or null for a missing or unknown one: the workflow refuses that with
	 * {@code control.error.type} after it has checked the caller's authority (so strangers learn nothing of the rules).
	 */
	public static VisitType parse(String name) {
		return Arrays.stream(values()).filter(t -> t.name().equals(name == null ? null : name.strip())).findFirst()
			.orElse(null);
	}
}
