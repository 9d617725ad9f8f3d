package kz.kenes.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface PeriodReports extends ListCrudRepository<PeriodReport, Long> {

	List<PeriodReport> findByRoadmapItemOrderByYearDescLastMonthDescFirstMonthAsc(long roadmapItem);

	Optional<PeriodReport> findByRoadmapItemAndYearAndFirstMonthAndLastMonth(long roadmapItem, int year,
			int firstMonth, int lastMonth);
}
