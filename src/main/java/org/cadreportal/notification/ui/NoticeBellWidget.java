package org.cadreportal.notification.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.ui.HeaderWidget;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.security.CurrentUsers;

/** Every signed-in user has the notices bell in the header. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class NoticeBellWidget implements HeaderWidget {

    private final NoticeService notices;
    private final CurrentUsers users;

    @Override
    public Optional<Component> widget() {
        return users.current().map(u -> new NoticeBell(notices));
    }
}
