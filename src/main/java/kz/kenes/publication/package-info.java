/**
 * The public portal: home page, news items drafted from meeting records, feeds and open data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package kz.kenes.publication;
