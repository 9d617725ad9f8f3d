package kz.kenes.proposal;

import org.springframework.data.repository.ListCrudRepository;

interface Proposals extends ListCrudRepository<Proposal, Long> {
}
