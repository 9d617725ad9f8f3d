package kz.kenes.meeting;

public enum Attendance {
	PRESENT, ABSENT
}
