package org.cadreportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.ui.HeaderWidget;
import org.cadreportal.security.CurrentUsers;

/** 修改密码 in the header, for every signed-in user. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class PasswordLinkWidget implements HeaderWidget {

    private final CurrentUsers users;

    @Override
    public Optional<com.vaadin.flow.component.Component> widget() {
        if (users.current().isEmpty()) {
            return Optional.empty();
        }
        Button link = new Button(new Icon(VaadinIcon.KEY));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        link.setId("change-password");
        link.setTooltipText(link.getTranslation("password.title"));
        link.setAriaLabel(link.getTranslation("password.title"));
        link.addClickListener(e -> link.getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        return Optional.of(link);
    }

    @Override
    public int order() {
        return 10;
    }
}
