package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The supervision view of a responsible cadre: the name and post, read-only. */
@Entity(name = "ItemCadre")
@Immutable
@Table(name = "cadres")
public class ItemCadre {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(name = "post_title", insertable = false, updatable = false)
    private String postTitle;

    protected ItemCadre() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPostTitle() {
        return postTitle;
    }
}
