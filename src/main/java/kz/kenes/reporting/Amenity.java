package kz.kenes.reporting;

/** Rooms and amenities of a facility, as the seed lists them for the clubs (library, reading room, gym, ...). */
public enum Amenity {
	LIBRARY, READING_ROOM, GYM, ACCESSIBLE_SANITARY_UNIT, ASSEMBLY_HALL, CLASSROOMS, COMPUTER_ROOM, MUSEUM_ROOM
}
