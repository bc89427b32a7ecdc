package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * No lost update, by construction: every entity the portal writes is either versioned itself, a part
 * held in a collection of a versioned aggregate (changed only through the root, whose version the
 * service checks), insert-only ({@code @Immutable}), or one of the few exceptions listed here with the
 * reason no two users can overwrite each other. A new entity that is none of these fails this test.
 */
class AggregateLockingTest {

    /** Entities without a version of their own, and why concurrent writes cannot lose anything. */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "EntryAttachment", "added and removed one file at a time under the entry's edit check; never updated",
            "Notice", "only its addressee flips its read flag; a second flip changes nothing",
            "OutboxMessage", "the job (ShedLock, one node) sends PENDING rows; an administrator retries FAILED ones only",
            "NoticeDigest", "one row per user and day, its key refuses a second insert",
            "FilingReminder", "one row per period and cadre, its key refuses a second insert",
            "RevisionInfo", "Envers writes it once per transaction",
            "StoredContent", "file bytes are written once under a new id and never changed",
            "CadrePhoto", "replaced whole by one upload, never edited: the last upload is the photo, with who and when");

    @Test
    void every_entity_is_versioned_owned_by_a_versioned_aggregate_insert_only_or_a_listed_exception() {
        Set<Class<?>> entities = entities();
        Set<Class<?>> safe = new HashSet<>();
        for (Class<?> e : entities) {
            if (versioned(e) || e.isAnnotationPresent(Immutable.class)) {
                safe.add(e);
            }
        }
        // Parts of parts (a clarification under a case) count once their holder does.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Class<?> holder : Set.copyOf(safe)) {
                if (holder.isAnnotationPresent(Immutable.class)) {
                    continue;
                }
                for (Class<?> part : parts(holder)) {
                    if (entities.contains(part) && safe.add(part)) {
                        grew = true;
                    }
                }
            }
        }

        Map<String, String> unguarded = new TreeMap<>();
        for (Class<?> e : entities) {
            if (!safe.contains(e) && !EXCEPTIONS.containsKey(e.getSimpleName())) {
                unguarded.put(e.getName(), "no @Version, not part of a versioned aggregate, not @Immutable");
            }
        }
        assertThat(unguarded).as("entities that could lose a concurrent update").isEmpty();
        assertThat(EXCEPTIONS.keySet()).as("every listed exception is still an unversioned entity")
                .allSatisfy(name -> assertThat(entities).anySatisfy(e -> {
                    assertThat(e.getSimpleName()).isEqualTo(name);
                    assertThat(safe).doesNotContain(e);
                }));
        assertThat(entities).as("the scan found the portal's entities").hasSizeGreaterThan(40);
    }

    private static Set<Class<?>> entities() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        Set<Class<?>> found = new HashSet<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.cadreportal")) {
            try {
                found.add(Class.forName(d.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static boolean versioned(Class<?> type) {
        return fields(type).stream().anyMatch(f -> f.isAnnotationPresent(Version.class));
    }

    private static List<Class<?>> parts(Class<?> holder) {
        return fields(holder).stream()
                .filter(f -> f.isAnnotationPresent(OneToMany.class) || f.isAnnotationPresent(ElementCollection.class))
                .filter(f -> f.getGenericType() instanceof ParameterizedType)
                .map(f -> ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0])
                .filter(Class.class::isInstance)
                .<Class<?>>map(Class.class::cast)
                .toList();
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> all = new java.util.ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.addAll(List.of(c.getDeclaredFields()));
        }
        return all;
    }
}
