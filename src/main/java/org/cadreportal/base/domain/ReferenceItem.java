package org.cadreportal.base.domain;

import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import lombok.Getter;
import org.hibernate.envers.Audited;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * An entry of an administrator's list (a situation, a method, a section, an aspect): names in both
 * languages, an order, and whether it is still offered.
 */
@MappedSuperclass
@Audited
@Getter
public abstract class ReferenceItem extends VersionedEntity {

    private String nameZh;

    private String nameEn;

    private int sortOrder;

    private boolean active;

    /**
     * An administrator's save of an entry from its form: a new entry when there is no id, else the one he opened,
     * edited at the version he saw, so a stale save is refused and nothing is lost.
     */
    public static <T extends ReferenceItem> T save(JpaRepository<T, Long> repository, Long id, Integer version,
                                                   Supplier<T> created, Consumer<T> edited) {
        T entry;
        if (id == null) {
            entry = created.get();
        } else {
            entry = atVersion(repository.findById(id), version);
            edited.accept(entry);
        }
        return saveAndFlush(repository, entry);
    }

    /** Entries in their order as rows; without the withdrawn ones when {@code offeredOnly} (a picker's list). */
    public static <T extends ReferenceItem, R> List<R> rows(List<T> ordered, boolean offeredOnly, Function<T, R> row) {
        return ordered.stream().filter(e -> !offeredOnly || e.isActive()).map(row).toList();
    }

    protected void rename(String zh, String en, int order, boolean offered) {
        nameZh = zh.strip();
        nameEn = en.strip();
        sortOrder = order;
        active = offered;
    }
}
