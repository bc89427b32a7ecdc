package org.cadreportal.base.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * A row whose id the database hands out from the sequence named after its table ({@code cadres} →
 * {@code cadres_seq}, fifty ids per fetch): {@link TableSequenceNaming} derives the name, so an entity
 * states its table once and writes no id mapping of its own.
 */
@MappedSuperclass
public abstract class SequencedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @Getter private Long id;
}
