package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** The control method a new item of a type starts with (a setting; each item may choose another). */
@Entity
@Table(name = "supervision_type_methods")
@Audited
public class TypeMethod {

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_type", length = 20)
    @Getter private ItemType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "control_method", nullable = false, length = 20)
    @Getter private ControlMethod method;

    @Getter private int sortOrder;

    @Version
    private int version;

    protected TypeMethod() {
    }

    public void change(ControlMethod newMethod) {
        method = newMethod;
    }
}
