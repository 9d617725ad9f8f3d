/**
 * Technical ground every module stands on: the embedded PostgreSQL, start-up failure messages,
 * RFC 9457 problem details and the shared page layout model.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.kenes.platform;
