package kz.kenes.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface OrgUnits extends ListCrudRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

	List<OrgUnit> findByParentId(Long parentId);

	List<OrgUnit> findByKind(OrgUnitKind kind);

	List<OrgUnit> findByKindIn(java.util.Collection<OrgUnitKind> kinds);

	/** The unit and everything below it. */
	@Query("SELECT * FROM org_unit WHERE id = :id OR path LIKE (SELECT path || id || '/%' FROM org_unit WHERE id = :id)")
	List<OrgUnit> findSubtree(long id);
}
