package kz.kenes.platform;

/**
 * Demo data loads module by module, in dependency order ({@code @Order} of each module's demo-data runner).
 * Every loader ({@link DemoDataLoader}) is idempotent and switched off by {@code kenes.demo-data=false}.
 */
public final class DemoDataOrder {

	public static final int ORGANIZATION = 100;
	public static final int ROADMAP = 200;
	public static final int REPORTING = 300;
	public static final int MEETING = 400;
	public static final int CONTROL = 450;
	public static final int PROPOSAL = 500;
	public static final int PUBLICATION = 600;

	private DemoDataOrder() {
	}
}
