package org.cadreportal.workflow;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/**
 * Where a case type keeps its cases, as the kernel needs it: the names it records them under, the
 * locking and the plain lookup, and the save.
 *
 * @param caseType   the step records' case type
 * @param recordType the access log's record type
 * @param staleKey   the message for a stale move, reading {0} as who moved the case and {1} when
 */
public record CaseStore<C extends WorkflowCase>(String caseType, String recordType, String staleKey,
                                                LongFunction<Optional<C>> forUpdate,
                                                LongFunction<Optional<C>> withUnit,
                                                UnaryOperator<C> saveAndFlush) {
}
