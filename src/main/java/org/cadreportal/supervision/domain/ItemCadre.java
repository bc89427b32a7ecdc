package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.annotations.Immutable;

/** The supervision view of a responsible cadre: the name and post, read-only. */
@Entity(name = "ItemCadre")
@Immutable
@Table(name = "cadres")
@Getter
public class ItemCadre {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String postTitle;

    protected ItemCadre() {
    }
}
