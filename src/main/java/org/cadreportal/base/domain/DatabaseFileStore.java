package org.cadreportal.base.domain;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FileStore;
import org.cadreportal.base.RecordNotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The default store: file contents in the {@code stored_files} table, written in the caller's transaction. */
@Component
@ConditionalOnExpression("'${portal.files.dir:}' == ''")
@RequiredArgsConstructor
class DatabaseFileStore implements FileStore {

    private final EntityManager em;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String put(byte[] content) {
        StoredContent stored = new StoredContent(content);
        em.persist(stored);
        em.flush();
        return "db:" + stored.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] get(String key) {
        StoredContent stored = em.find(StoredContent.class, id(key));
        if (stored == null) {
            throw new RecordNotFoundException();
        }
        return stored.getContent();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(String key) {
        StoredContent stored = em.find(StoredContent.class, id(key));
        if (stored != null) {
            em.remove(stored);
        }
    }

    private static long id(String key) {
        if (key == null || !key.startsWith("db:")) {
            throw new RecordNotFoundException();
        }
        return Long.parseLong(key.substring(3));
    }
}
