package org.cadreportal.report;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Map;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.AssessmentReaders;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@link TableFigureSource} whose every counted figure is a query of its own, so that {@code counts} and
 * {@code records} are kept once, each in one read-only transaction over the unit subtree {@link #path} gives: a
 * source passes its {@link FigureQuery}, or overrides {@link #page} (and, where a one-row page's total is not its
 * count, {@link #count}).
 * <p>
 * Who may call {@code counts} and {@code records} is the feature's rule: a source extends the kind for its
 * readers ({@link ForCaseReaders}, {@link ForPortalStaff}, {@link ForAssessmentReaders}), which declares the two
 * methods with that role set; method security reads a rule where a method is declared, never on a subclass.
 */
public abstract class QueryFigureSource<F> extends TableFigureSource<F> {

    private static final Pageable ONE = PageRequest.of(0, 1);

    private final FigureQuery<F> query;

    private QueryFigureSource(FigureTable<F> figures, FigureQuery<F> query, DataScope scope,
                              Class<? extends Annotation> readers, String... recordTypes) {
        super(figures, scope, readers, recordTypes);
        this.query = query;
    }

    /** Every counted figure by key, in order, in the period and the chosen unit's subtree. */
    final Map<String, Long> countAll(LocalDate from, LocalDate to, Long unitId) {
        String path = path(unitId);
        return table().counts(figure -> count(figure, from, to, path));
    }

    /** The drill-down of the key's figure (a key not counted is not found). */
    final Page<FigureRecord> recordsOf(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
        F figure = table().figure(key);
        return page(figure, from, to, path(unitId), pageable);
    }

    /** The records one figure counts in the period and the subtree, the drill-down's page of them. */
    protected Page<FigureRecord> page(F figure, LocalDate from, LocalDate to, String path, Pageable pageable) {
        if (query == null) {
            throw new IllegalStateException(getClass().getName() + " passes no query and does not override page");
        }
        return query.page(figure, from, to, path, pageable);
    }

    /** How many records one figure counts: the query's count, or the total of a one-row page. */
    protected long count(F figure, LocalDate from, LocalDate to, String path) {
        return query != null ? query.count(figure, from, to, path)
                : page(figure, from, to, path, ONE).getTotalElements();
    }

    /** The subtree the figures count in: the chosen unit narrowed to the user's scope. */
    protected String path(Long unitId) {
        return scope().narrow(unitId);
    }

    /** Figures the case readers ({@link CaseReaders}) count and open. */
    public abstract static class ForCaseReaders<F> extends QueryFigureSource<F> {

        protected ForCaseReaders(FigureTable<F> figures, DataScope scope, String... recordTypes) {
            super(figures, null, scope, null, recordTypes);
        }

        protected ForCaseReaders(FigureTable<F> figures, FigureQuery<F> query, DataScope scope,
                                 String... recordTypes) {
            super(figures, query, scope, null, recordTypes);
        }

        @Override
        @CaseReaders
        @Transactional(readOnly = true)
        public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
            return countAll(from, to, unitId);
        }

        @Override
        @CaseReaders
        @Transactional(readOnly = true)
        public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
            return recordsOf(key, from, to, unitId, pageable);
        }
    }

    /** Figures the portal's staff ({@link PortalStaff}) count and open. */
    public abstract static class ForPortalStaff<F> extends QueryFigureSource<F> {

        protected ForPortalStaff(FigureTable<F> figures, DataScope scope, String... recordTypes) {
            super(figures, null, scope, null, recordTypes);
        }

        /** Shown, beside that, only to the holders of the named role set {@code readers}. */
        protected ForPortalStaff(FigureTable<F> figures, DataScope scope, Class<? extends Annotation> readers,
                                 String... recordTypes) {
            super(figures, null, scope, readers, recordTypes);
        }

        @Override
        @PortalStaff
        @Transactional(readOnly = true)
        public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
            return countAll(from, to, unitId);
        }

        @Override
        @PortalStaff
        @Transactional(readOnly = true)
        public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
            return recordsOf(key, from, to, unitId, pageable);
        }
    }

    /** Figures shown to, counted and opened by the readers of assessment results ({@link AssessmentReaders}). */
    public abstract static class ForAssessmentReaders<F> extends QueryFigureSource<F> {

        protected ForAssessmentReaders(FigureTable<F> figures, DataScope scope) {
            super(figures, null, scope, AssessmentReaders.class);
        }

        @Override
        @AssessmentReaders
        @Transactional(readOnly = true)
        public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
            return countAll(from, to, unitId);
        }

        @Override
        @AssessmentReaders
        @Transactional(readOnly = true)
        public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
            return recordsOf(key, from, to, unitId, pageable);
        }
    }
}
