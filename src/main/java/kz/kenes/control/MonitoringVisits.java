package kz.kenes.control;

import org.springframework.data.repository.ListCrudRepository;

interface MonitoringVisits extends ListCrudRepository<MonitoringVisit, Long> {
}
