package org.cadreportal.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * The portal's form binders. A field the bean requires shows the required mark before anyone types, for
 * {@code @NotBlank} texts too: Vaadin's default marks only {@code @NotNull}, {@code @NotEmpty} and a minimum
 * {@code @Size}, so a required text looked optional until the save was refused.
 */
public final class Binders {

    private static final RequiredFieldConfigurator REQUIRED = RequiredFieldConfigurator.DEFAULT
            .chain((annotation, binding) -> annotation.annotationType().equals(NotBlank.class));

    private Binders() {
    }

    public static <T> BeanValidationBinder<T> of(Class<T> type) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
        binder.setRequiredConfigurator(REQUIRED);
        return binder;
    }
}
