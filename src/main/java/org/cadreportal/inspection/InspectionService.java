package org.cadreportal.inspection;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** 一线考察识别: inspections recorded at the front line, read within the user's scope by the inspected unit. */
public interface InspectionService {

    List<InspectionRow> page(InspectionFilter filter, Pageable pageable);

    long count(InspectionFilter filter);

    InspectionRow get(long id);

    InspectionRow save(Long id, Integer version, @Valid InspectionForm form);
}
