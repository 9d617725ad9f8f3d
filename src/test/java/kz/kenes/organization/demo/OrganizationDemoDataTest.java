package kz.kenes.organization.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.kenes.support.KenesTest;

@KenesTest
class OrganizationDemoDataTest {

	@Autowired
	OrganizationDemoData demoData;

	@Autowired
	JdbcClient jdbc;

	List<Integer> counts() {
		return List.of("org_unit", "person", "position_held", "app_user", "user_role", "audit_event").stream()
			.map(t -> jdbc.sql("SELECT count(*) FROM " + t).query(Integer.class).single()).toList();
	}

	@Test
	void runningTheLoaderAgainAddsNothing() throws Exception {
		List<Integer> before = counts();
		demoData.loadDemoData();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void theSeedIsThereWithItsPeopleAndTheirPosts() {
		assertThat(jdbc.sql("""
				SELECT p.full_name_kk FROM position_held h JOIN person p ON p.id = h.person_id
				JOIN org_unit u ON u.id = h.org_unit_id WHERE u.code = 'miras-council' AND h.post = 'CHAIR'""")
			.query(String.class).single()).isEqualTo("Момбек Әбдіәкімұлы");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'demo-data'").query(Integer.class)
			.single()).isGreaterThan(10);
	}
}
