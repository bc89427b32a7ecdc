package org.cadreportal.award.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.award.AwardProposalService;
import org.cadreportal.base.ui.TaskSection;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;

/** Puts the 记功 proposals of 优秀 年度考核 grades on a clerk's 我的待办; other roles do not act on them. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class AwardProposalSection implements TaskSection {

    private final AwardProposalService proposals;
    private final CadreService cadres;
    private final CurrentUsers users;

    @Override
    public Optional<Component> section() {
        if (!users.has(Role.CLERK)) {
            return Optional.empty();
        }
        return Optional.of(new AwardProposalPanel(proposals, cadres));
    }
}
