package kz.kenes.roadmap;

/** Аяқтау нысаны / Форма завершения: the document or result that closes an item. */
public enum CompletionForm {
	/** хаттама / протокол */
	PROTOCOL,
	/** есеп / отчёт */
	REPORT,
	/** талдамалық жазба / аналитическая записка */
	ANALYTICAL_NOTE,
	/** ақпарат / информация */
	INFORMATION,
	/** акт (e.g. of commissioning a building) */
	ACT,
	/** іс-шара / мероприятие */
	EVENT,
	/** нысан / объект (a facility put into service) */
	FACILITY,
	/** шешім / решение */
	DECISION,
	OTHER
}
