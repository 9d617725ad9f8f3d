package kz.kenes.organization;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Positions extends ListCrudRepository<PositionHeld, Long> {

	List<PositionHeld> findByOrgUnitId(long orgUnitId);

	List<PositionHeld> findByPersonId(long personId);
}
