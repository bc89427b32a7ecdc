package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The schema is written once, in the Flyway migrations (docs/architecture.md, "Entities and beans"): an entity's
 * {@code @Column} says only what Spring's naming convention does not. One that restates the conventional name, a
 * length or a NOT NULL is a second copy of the migration that nothing checks, and on a table several entities map
 * it makes Hibernate refuse to start unless every mapping of that column restates it too.
 */
class ColumnsByConventionTest {

    private static final CamelCaseToUnderscoresNamingStrategy CONVENTION = new CamelCaseToUnderscoresNamingStrategy();

    @Test
    void noColumnAnnotationOnlyRestatesTheConventionOrTheMigration() throws ClassNotFoundException {
        List<String> restated = new ArrayList<>();
        for (Class<?> mapped : mappedClasses()) {
            for (Field field : mapped.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column == null) {
                    continue;
                }
                String conventional = CONVENTION.toPhysicalColumnName(Identifier.toIdentifier(field.getName()), null)
                        .getText();
                if (column.name().equals(conventional)) {
                    restated.add(mapped.getSimpleName() + "." + field.getName() + ": name \"" + conventional + "\"");
                } else if (column.name().isEmpty() && saysNothingButSchema(column)) {
                    restated.add(mapped.getSimpleName() + "." + field.getName() + ": length or nullable only");
                }
            }
        }
        assertThat(restated).as("@Column annotations that only restate the convention or the migration").isEmpty();
    }

    @Test
    void theConventionNamesColumnsAsTheMigrationsDo() {
        assertThat(CONVENTION.toPhysicalColumnName(Identifier.toIdentifier("lastActedAt"), null).getText())
                .isEqualTo("last_acted_at");
    }

    private static boolean saysNothingButSchema(Column column) {
        return column.unique() == false && column.insertable() && column.updatable()
                && column.columnDefinition().isEmpty() && column.table().isEmpty()
                && column.precision() == 0 && column.scale() == 0;
    }

    private static List<Class<?>> mappedClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(MappedSuperclass.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Embeddable.class));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.cadreportal")) {
            classes.add(ClassUtils.forName(definition.getBeanClassName(), ColumnsByConventionTest.class.getClassLoader()));
        }
        assertThat(classes).as("mapped classes found").hasSizeGreaterThan(50);
        return classes;
    }
}
