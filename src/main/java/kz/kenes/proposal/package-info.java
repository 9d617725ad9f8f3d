/**
 * Proposals from council members (raised at a meeting) and from citizens (sent through the portal), reviewed by the
 * council's secretary, answered by the responsible executor, and followed until implemented. Public API:
 * {@link kz.kenes.proposal.ProposalWorkflow} (commands, including {@code submitFromCitizen} for the portal),
 * {@link kz.kenes.proposal.ProposalQueries} (read models), {@link kz.kenes.proposal.ProposalView},
 * {@link kz.kenes.proposal.ProposalStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package kz.kenes.proposal;
