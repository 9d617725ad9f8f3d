package kz.kenes.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kenes.i18n.RussianGrammar.Case;

/** Names of real bodies, declined as official Russian prose writes them. */
class RussianGrammarTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Министерство культуры и информации | Министерства культуры и информации
			Министерство культуры и информации Республики Казахстан | Министерства культуры и информации Республики Казахстан
			Государственное учреждение «Аппарат акима города Шымкент» | Государственного учреждения «Аппарат акима города Шымкент»
			Агентство по делам государственной службы | Агентства по делам государственной службы
			Управление внутренней политики | Управления внутренней политики
			Аппарат акима Туркестанской области | Аппарата акима Туркестанской области
			Маслихат города Шымкент | Маслихата города Шымкент
			Шымкентский городской маслихат | Шымкентского городского маслихата
			Высшее учебное заведение | Высшего учебного заведения
			Казахстанское общество | Казахстанского общества
			Коммунальное государственное учреждение | Коммунального государственного учреждения
			Региональный совет «Miras» | Регионального совета «Miras»
			Фракция партии «AMANAT» | Фракции партии «AMANAT»
			Палата | Палаты
			Училище | Училища
			Бюро филиала | Бюро филиала
			ТОО «Береке» | ТОО «Береке»
			Управление культуры, развития языков и архивов | Управления культуры, развития языков и архивов
			""")
	void genitive(String nominative, String genitive) {
		assertThat(RussianGrammar.decline(nominative, Case.GENITIVE)).isEqualTo(genitive);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Министерство культуры | Министерству культуры | Министерстве культуры
			Государственное учреждение | Государственному учреждению | Государственном учреждении
			Агентство | Агентству | Агентстве
			Шымкентский городской филиал партии | Шымкентскому городскому филиалу партии | Шымкентском городском филиале партии
			Аппарат акима | Аппарату акима | Аппарате акима
			""")
	void dativeAndPrepositional(String nominative, String dative, String prepositional) {
		assertThat(RussianGrammar.decline(nominative, Case.DATIVE)).isEqualTo(dative);
		assertThat(RussianGrammar.decline(nominative, Case.PREPOSITIONAL)).isEqualTo(prepositional);
	}
}
