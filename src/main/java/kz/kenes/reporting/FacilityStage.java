package kz.kenes.reporting;

/** Where the building of a facility stands: жобалау / проектирование → құрылыс / строительство → пайдалануға беру / ввод в эксплуатацию. */
public enum FacilityStage {
	DESIGN, CONSTRUCTION, COMMISSIONED
}
