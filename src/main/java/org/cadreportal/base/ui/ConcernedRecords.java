package org.cadreportal.base.ui;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Records that concern the signed-in user, listed on his home page or under 我的待办: shown only to a user who deals
 * with such records at all, and only when there are some, under a title that says how many.
 */
abstract class ConcernedRecords<T> {

    private final String id;
    private final String titleKey;
    private final BooleanSupplier concerned;
    private final Function<Pageable, Page<T>> records;

    /**
     * @param titleKey  the title's text, given how many there are in all
     * @param concerned whether the signed-in user deals with such records at all
     * @param records   a page of the records, with how many there are in all
     */
    ConcernedRecords(String id, String titleKey, BooleanSupplier concerned, Function<Pageable, Page<T>> records) {
        this.id = id;
        this.titleKey = titleKey;
        this.concerned = concerned;
        this.records = records;
    }

    /** The first {@code size} records, or nothing to show: the user is not concerned, or there are none. */
    final Optional<Page<T>> first(int size) {
        if (!concerned.getAsBoolean()) {
            return Optional.empty();
        }
        Page<T> first = records.apply(PageRequest.of(0, size));
        return first.getTotalElements() == 0 ? Optional.empty() : Optional.of(first);
    }

    final Page<T> page(Pageable pageable) {
        return records.apply(pageable);
    }

    final String id() {
        return id;
    }

    final String titleKey() {
        return titleKey;
    }
}
