package kz.kenes.organization;

/** The post a person holds in an org unit. */
public enum Post {
	/** төраға / председатель */
	CHAIR,
	DEPUTY_CHAIR,
	/** атқарушы хатшы / исполнительный секретарь (of a party branch) */
	EXECUTIVE_SECRETARY,
	/** хатшы / секретарь (of a council) */
	SECRETARY,
	MEMBER,
	/** басқарма басшысы / руководитель управления */
	HEAD_OF_DEPARTMENT,
	DEPUTY_HEAD,
	SPECIALIST,
	LEADER
}
