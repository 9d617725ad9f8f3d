package kz.kenes.platform;

/**
 * A module's demo data. The loaders run once the application has started, in {@link DemoDataOrder}, unless
 * {@code kenes.demo-data=false}; each loads nothing when its data is already there.
 */
public interface DemoDataLoader {

	void loadDemoData();
}
