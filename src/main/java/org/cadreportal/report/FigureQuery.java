package org.cadreportal.report;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * What a {@link QueryFigureSource} queries for one figure ({@code F}: what its {@link FigureTable} ties to the
 * key) in a period and a unit subtree ({@code path}): the records, a page at a time, and how many there are (by
 * default the total of a one-row page), so a tile and its drill-down come from one query.
 */
@FunctionalInterface
public interface FigureQuery<F> {

    Page<FigureRecord> page(F figure, LocalDate from, LocalDate to, String path, Pageable pageable);

    default long count(F figure, LocalDate from, LocalDate to, String path) {
        return page(figure, from, to, path, PageRequest.of(0, 1)).getTotalElements();
    }

    /** What a JPA specification selects ({@code E}s in the period and subtree) for a figure. */
    @FunctionalInterface
    interface Selection<F, E> {
        Specification<E> of(F figure, LocalDate from, LocalDate to, String path);
    }

    /**
     * Figures that are JPA specifications over one entity: the count is the specification's, the drill-down its
     * entities newest first by the figure's {@code day} property (the id breaking ties), each read by {@code record}.
     */
    static <F, E> FigureQuery<F> bySpecification(JpaSpecificationExecutor<E> entities, Selection<F, E> selection,
                                                 Function<F, String> day, BiFunction<F, E, FigureRecord> record) {
        return new FigureQuery<>() {
            @Override
            public Page<FigureRecord> page(F figure, LocalDate from, LocalDate to, String path, Pageable pageable) {
                Pageable page = FigurePaging.page(pageable, Sort.by(Sort.Direction.DESC, day.apply(figure))
                        .and(Sort.by("id")));
                return entities.findAll(selection.of(figure, from, to, path), page).map(e -> record.apply(figure, e));
            }

            @Override
            public long count(F figure, LocalDate from, LocalDate to, String path) {
                return entities.count(selection.of(figure, from, to, path));
            }
        };
    }
}
