package org.cadreportal.workflow;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Where a case type keeps its cases, as the kernel needs it: the names it records them under, the
 * repository (the locking and the save), the plain lookup, and how a notice names a case and where it links.
 *
 * @param caseType   the step records' case type
 * @param recordType the access log's record type
 * @param staleKey   the message for a stale move, reading {0} as who moved the case and {1} when
 * @param cases      the case type's repository
 * @param withUnit   the case with its unit and whatever else its page reads
 * @param route      the case page's route; a notice links to {@code route/id}
 * @param label      how a notice names the case (its number and the cadre), the same in every language
 */
public record CaseStore<C extends WorkflowCase>(String caseType, String recordType, String staleKey,
                                                CaseRepository<C> cases,
                                                LongFunction<Optional<C>> withUnit,
                                                String route, Function<C, String> label) {
}
