package org.cadreportal.base.domain;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The repository of an administrator's list: its entries in his order, the withdrawn ones only on request. */
@NoRepositoryBean
public interface ReferenceRepository<T extends ReferenceItem> extends JpaRepository<T, Long> {

    List<T> findAllByOrderBySortOrderAscIdAsc();

    /** The list as rows, in the administrator's order; without the withdrawn entries when {@code offeredOnly}. */
    default <R> List<R> rows(boolean offeredOnly, Function<T, R> row) {
        return ReferenceItem.rows(findAllByOrderBySortOrderAscIdAsc(), offeredOnly, row);
    }
}
