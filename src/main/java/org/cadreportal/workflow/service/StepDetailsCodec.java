package org.cadreportal.workflow.service;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.workflow.StepDetail;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step details travel as a small JSON array, so any case type can record its own fields. A value written
 * as a stored text is read in the reader's language.
 */
@Component
@RequiredArgsConstructor
class StepDetailsCodec {

    private static final TypeReference<List<StepDetail>> LIST = new TypeReference<>() {
    };

    private final JsonMapper json = JsonMapper.builder().build();
    private final StoredTexts texts;

    String write(List<StepDetail> details) {
        return details.isEmpty() ? null : json.writeValueAsString(details);
    }

    List<StepDetail> read(String text) {
        return text == null || text.isEmpty() ? List.<StepDetail>of() : json.readValue(text, LIST).stream()
                .map(d -> d.translate() ? d : StepDetail.text(d.labelKey(), texts.show(d.value()))).toList();
    }
}
