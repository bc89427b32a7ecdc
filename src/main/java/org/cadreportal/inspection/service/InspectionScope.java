package org.cadreportal.inspection.service;

import java.util.Optional;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.domain.readonly.CadreScope;
import org.cadreportal.security.DataScope.Reach;
import org.cadreportal.security.DataScope;
import org.springframework.stereotype.Component;

/**
 * Which inspections a user reaches: staff those of the units of their subtree; someone who is only a
 * cadre none. Every inspection query takes its limits from here ({@link DataScope}, as the archive does).
 */
@Component
class InspectionScope extends CadreScope {

    InspectionScope(DataScope scope) {
        super(scope);
    }

    UnitView unitInScope(Reach reach, Long unitId, String field) {
        return (reach.ownOnly() ? Optional.<UnitView>empty() : scope().unitInScope(unitId))
                .orElseThrow(() -> new FieldException(field, "cadre.error.unitOutOfScope"));
    }
}
