package org.cadreportal.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/** A cadre in the registry. Retired cadres stay, read-only, with their history. */
@Entity
@Table(name = "cadres")
@Audited
public class Cadre extends VersionedEntity {

    @Column(name = "cadre_code", nullable = false, length = 32)
    @Getter private String code;

    @Getter private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Gender gender;

    @Getter private LocalDate birthDate;

    @Getter private String ethnicity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Party party;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Education education;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @Getter private UnitView unit;

    @Getter private String postTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "cadre_rank", nullable = false, length = 20)
    @Getter private CadreRank rank;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private ManagementLevel managementLevel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private CadreCategory category;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private CadreStatus status = CadreStatus.ACTIVE;

    @Getter private LocalDate retiredOn;

    @Getter private String retireReason;

    /** 手机号码, for the SMS channel: personal data, so it is not kept in the cadre's history either. */
    @org.hibernate.envers.NotAudited
    @Getter private String mobile;

    @Embedded
    private PersonalProfile profile = new PersonalProfile();

    protected Cadre() {
    }

    public Cadre(String code) {
        this.code = code;
    }

    /** Whether a change of profile moves the cadre to another unit, post or rank (a career step). */
    public boolean isCareerChange(UnitView newUnit, String newPostTitle, CadreRank newRank) {
        return !newUnit.getId().equals(unit.getId()) || !newPostTitle.equals(postTitle) || newRank != rank;
    }

    public void describe(String name, Gender gender, LocalDate birthDate, String ethnicity, Party party,
                         Education education, ManagementLevel level, CadreCategory category) {
        requireActive();
        this.name = name;
        this.gender = gender;
        this.birthDate = birthDate;
        this.ethnicity = ethnicity;
        this.party = party;
        this.education = education;
        this.managementLevel = level;
        this.category = category;
    }

    public void appoint(UnitView unit, String postTitle, CadreRank rank) {
        requireActive();
        this.unit = unit;
        this.postTitle = postTitle;
        this.rank = rank;
    }

    public void retire(LocalDate on, String reason) {
        requireActive();
        this.status = CadreStatus.RETIRED;
        this.retiredOn = on;
        this.retireReason = reason;
    }

    /** Changes the 任免审批表 fields; every call counts as a save of the profile (the version moves). */
    public void reviseProfile(java.util.function.Consumer<PersonalProfile> change) {
        requireActive();
        change.accept(profile);
        profile.countEdit();
    }

    private void requireActive() {
        if (status == CadreStatus.RETIRED) {
            throw new PortalException("cadre.error.retired");
        }
    }

    /** The 任免审批表 fields (never null); change them through {@link #reviseProfile}. */
    public PersonalProfile getProfile() {
        if (profile == null) {
            profile = new PersonalProfile();
        }
        return profile;
    }

    /** A valid mainland mobile number ({@link org.cadreportal.cadre.MobileNumber}), or null to remove it. */
    public void changeMobile(String number) {
        if (number != null && !org.cadreportal.cadre.MobileNumber.valid(number)) {
            throw new PortalException("cadre.error.mobile");
        }
        this.mobile = number;
    }
}
