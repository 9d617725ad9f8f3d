/**
 * Languages of Kenes (Kazakh first, then Russian and English): the supported locales, official Kazakh and
 * Russian date prose, Kazakh collation. Every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.kenes.i18n;
