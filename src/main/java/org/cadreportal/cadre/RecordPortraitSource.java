package org.cadreportal.cadre;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every {@link PortraitSource} shares, kept once with the rule every source keeps: its section is read
 * only when the signed-in user may open records of the source's type ({@link RecordAccess}), and is none at
 * all otherwise; it is read in one transaction with the roles of {@code CadreService.portrait}, its one caller;
 * its rows come from a JPQL text about the cadre ({@code :cadre}) and its texts in the reader's locale.
 */
public abstract class RecordPortraitSource implements PortraitSource {

    private final String recordType;
    private final EntityManager em;
    private final MessageSource messages;

    /** A source that reads its rows with {@link #rows}. */
    protected RecordPortraitSource(String recordType, EntityManager em, MessageSource messages) {
        this.recordType = recordType;
        this.em = em;
        this.messages = messages;
    }

    /** A source that reads its records its own way. */
    protected RecordPortraitSource(String recordType, MessageSource messages) {
        this(recordType, null, messages);
    }

    @Override
    @Transactional(readOnly = true)
    // The roles of CadreService.portrait, its one caller.
    @PortalStaff
    public Optional<PortraitSection> sectionFor(long cadreId, Locale locale) {
        if (!RecordAccess.mayOpen(recordType)) {
            return Optional.empty();
        }
        return Optional.of(read(cadreId, locale));
    }

    /** The cadre's section, for a user who may open the source's records. */
    protected abstract PortraitSection read(long cadreId, Locale locale);

    /** The rows of a JPQL text about the cadre ({@code :cadre}). */
    protected final List<Object[]> rows(long cadreId, String jpql) {
        return rows(cadreId, jpql, query -> query);
    }

    /** As {@link #rows(long, String)}, with the query's other parameters bound by {@code bind}. */
    protected final List<Object[]> rows(long cadreId, String jpql, UnaryOperator<TypedQuery<Object[]>> bind) {
        return bind.apply(em.createQuery(jpql, Object[].class).setParameter("cadre", cadreId)).getResultList();
    }

    /** The message {@code key} in the reader's locale. */
    protected final String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
