package org.cadreportal.archive.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import org.cadreportal.archive.KeyFigure;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An entry's key figures as a small JSON array in one column, so the entry's history carries them too. */
@Converter
class KeyFiguresConverter implements AttributeConverter<List<KeyFigure>, String> {

    private static final TypeReference<List<KeyFigure>> LIST = new TypeReference<>() {
    };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(List<KeyFigure> figures) {
        return figures == null || figures.isEmpty() ? null : JSON.writeValueAsString(figures);
    }

    @Override
    public List<KeyFigure> convertToEntityAttribute(String text) {
        return text == null || text.isEmpty() ? List.of() : List.copyOf(JSON.readValue(text, LIST));
    }
}
