package org.govsite;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(GovSite.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/** Not a test: writes the module diagrams to target/spring-modulith-docs when run by hand ({@code main}). */
	public static void main(String[] args) {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
