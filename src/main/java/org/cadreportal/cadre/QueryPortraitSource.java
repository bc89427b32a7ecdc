package org.cadreportal.cadre;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A {@link RecordPortraitSource} whose section is built from the rows of one JPQL query about the cadre
 * ({@code :cadre}), kept once here: a source names its query and turns the rows into its section.
 */
public abstract class QueryPortraitSource extends RecordPortraitSource {

    private final String jpql;

    protected QueryPortraitSource(String recordType, String jpql, EntityManager em, MessageSource messages) {
        super(recordType, em, messages);
        this.jpql = jpql;
    }

    @Override
    protected final PortraitSection read(long cadreId, Locale locale) {
        return section(rows(cadreId, jpql, this::bind), locale);
    }

    /** The query's parameters beside {@code :cadre}; none by default. */
    protected TypedQuery<Object[]> bind(TypedQuery<Object[]> query) {
        return query;
    }

    /** The section the query's rows make, in the reader's locale. */
    protected abstract PortraitSection section(List<Object[]> found, Locale locale);
}
