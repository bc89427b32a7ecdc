package org.cadreportal.archive.ui;

import com.vaadin.flow.component.Component;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.CadreTab;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;

/** 实绩档案 on a cadre's page: the archive's panel, with filing on their behalf for a clerk while they are in office. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class ArchiveTab implements CadreTab {

    private final ArchiveService archive;
    private final CurrentUsers users;

    @Override
    public String labelKey() {
        return "cadre.tab.archive";
    }

    @Override
    public Component content(CadreDetails cadre) {
        return new ArchivePanel(archive, cadre.id(),
                users.require().has(Role.CLERK) && cadre.status() == CadreStatus.ACTIVE);
    }
}
