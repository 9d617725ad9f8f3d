package kz.kenes.platform.backup;

import java.sql.Connection;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Runs JdbcClient statements on the connection that holds the backup's or restore's transaction. */
final class SingleConnectionDataSourceAdapter extends SingleConnectionDataSource {

	SingleConnectionDataSourceAdapter(Connection connection) {
		super(connection, true);
	}
}
