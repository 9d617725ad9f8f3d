package kz.kenes;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(KenesApplication.class).verify();
	}
}
