/**
 * Council meetings: agenda tied to directions and a reporting period, invitations and attendance, reports heard with
 * the progress figures frozen as they stood that day, proposals raised (kept by the proposal module), decisions
 * (protocol points) with executors, due dates and follow-up, the protocol as DOCX and PDF, and calendars (.ics).
 * Public API: {@link kz.kenes.meeting.MeetingWorkflow}, {@link kz.kenes.meeting.DecisionWorkflow},
 * {@link kz.kenes.meeting.MeetingQueries} and its read models ({@link kz.kenes.meeting.MeetingRecord} — everything a
 * news item drafted from a meeting needs), {@link kz.kenes.meeting.ProtocolDocuments},
 * {@link kz.kenes.meeting.MeetingCalendar}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package kz.kenes.meeting;
