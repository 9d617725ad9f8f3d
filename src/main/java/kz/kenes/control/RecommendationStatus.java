package kz.kenes.control;

/** берілді / выдана → орындаушы есеп берді / исполнитель отчитался → орындалды / исполнена. */
public enum RecommendationStatus {
	ISSUED, REPORTED, FULFILLED
}
