-- The full cadre profile a 干部任免审批表 needs (issue 18): identity number, origin, party and work dates,
-- health, titles, the full-time and in-service education blocks, 职级 (civil-service rank, beside the
-- 职务层次 in cadre_rank), the edited 简历 (null: generated from the career records), and the tables
-- for the photo, the family members and the recorded annual grades. Every column is nullable, so the
-- cadres already registered stay valid until a clerk completes their profile.

ALTER TABLE cadres ADD COLUMN id_number VARCHAR(18) NULL;
ALTER TABLE cadres ADD COLUMN native_place VARCHAR(50) NULL;
ALTER TABLE cadres ADD COLUMN birth_place VARCHAR(50) NULL;
ALTER TABLE cadres ADD COLUMN party_joined DATE NULL;
ALTER TABLE cadres ADD COLUMN work_started DATE NULL;
ALTER TABLE cadres ADD COLUMN health VARCHAR(50) NULL;
ALTER TABLE cadres ADD COLUMN professional_title VARCHAR(100) NULL;
ALTER TABLE cadres ADD COLUMN expertise VARCHAR(200) NULL;
ALTER TABLE cadres ADD COLUMN ft_education VARCHAR(50) NULL;
ALTER TABLE cadres ADD COLUMN ft_degree VARCHAR(50) NULL;
ALTER TABLE cadres ADD COLUMN ft_education_school VARCHAR(200) NULL;
ALTER TABLE cadres ADD COLUMN ft_degree_school VARCHAR(200) NULL;
ALTER TABLE cadres ADD COLUMN pt_education VARCHAR(50) NULL;
ALTER TABLE cadres ADD COLUMN pt_degree VARCHAR(50) NULL;
ALTER TABLE cadres ADD COLUMN pt_education_school VARCHAR(200) NULL;
ALTER TABLE cadres ADD COLUMN pt_degree_school VARCHAR(200) NULL;
ALTER TABLE cadres ADD COLUMN civil_rank VARCHAR(30) NULL;
ALTER TABLE cadres ADD COLUMN resume_text VARCHAR(4000) NULL;
ALTER TABLE cadres ADD COLUMN profile_edits INT NOT NULL DEFAULT 0;

ALTER TABLE cadres_aud ADD COLUMN id_number VARCHAR(18) NULL;
ALTER TABLE cadres_aud ADD COLUMN native_place VARCHAR(50) NULL;
ALTER TABLE cadres_aud ADD COLUMN birth_place VARCHAR(50) NULL;
ALTER TABLE cadres_aud ADD COLUMN party_joined DATE NULL;
ALTER TABLE cadres_aud ADD COLUMN work_started DATE NULL;
ALTER TABLE cadres_aud ADD COLUMN health VARCHAR(50) NULL;
ALTER TABLE cadres_aud ADD COLUMN professional_title VARCHAR(100) NULL;
ALTER TABLE cadres_aud ADD COLUMN expertise VARCHAR(200) NULL;
ALTER TABLE cadres_aud ADD COLUMN ft_education VARCHAR(50) NULL;
ALTER TABLE cadres_aud ADD COLUMN ft_degree VARCHAR(50) NULL;
ALTER TABLE cadres_aud ADD COLUMN ft_education_school VARCHAR(200) NULL;
ALTER TABLE cadres_aud ADD COLUMN ft_degree_school VARCHAR(200) NULL;
ALTER TABLE cadres_aud ADD COLUMN pt_education VARCHAR(50) NULL;
ALTER TABLE cadres_aud ADD COLUMN pt_degree VARCHAR(50) NULL;
ALTER TABLE cadres_aud ADD COLUMN pt_education_school VARCHAR(200) NULL;
ALTER TABLE cadres_aud ADD COLUMN pt_degree_school VARCHAR(200) NULL;
ALTER TABLE cadres_aud ADD COLUMN civil_rank VARCHAR(30) NULL;
ALTER TABLE cadres_aud ADD COLUMN resume_text VARCHAR(4000) NULL;
ALTER TABLE cadres_aud ADD COLUMN profile_edits INT NULL;

CREATE UNIQUE INDEX uk_cadres_id_number ON cadres (id_number);

-- One photo per cadre (JPEG or PNG, checked by content). Not audited: a new photo replaces the old one,
-- and keeping every image in the history tables would only grow them.
CREATE TABLE cadre_photos (
    cadre_id      BIGINT        NOT NULL PRIMARY KEY,
    media_type    VARCHAR(20)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT fk_cadre_photos_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);

CREATE SEQUENCE cadre_family_members_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE cadre_family_members (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           INT           NOT NULL,
    cadre_id          BIGINT        NOT NULL,
    row_no            INT           NOT NULL,
    relation          VARCHAR(20)   NOT NULL,
    name              VARCHAR(50)   NOT NULL,
    birth_month       DATE          NULL,
    political_status  VARCHAR(30)   NULL,
    work_and_post     VARCHAR(200)  NULL,
    CONSTRAINT fk_cadre_family_members_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
CREATE INDEX ix_cadre_family_members_cadre ON cadre_family_members (cadre_id, row_no);

CREATE TABLE cadre_family_members_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT       NULL,
    cadre_id          BIGINT        NULL,
    row_no            INT           NULL,
    relation          VARCHAR(20)   NULL,
    name              VARCHAR(50)   NULL,
    birth_month       DATE          NULL,
    political_status  VARCHAR(30)   NULL,
    work_and_post     VARCHAR(200)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_cadre_family_members_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- 年度考核 grades as recorded by a clerk; the assessment feature (issue 17) will feed the same table.
CREATE SEQUENCE cadre_annual_grades_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE cadre_annual_grades (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           INT           NOT NULL,
    cadre_id          BIGINT        NOT NULL,
    grade_year        INT           NOT NULL,
    grade             VARCHAR(20)   NOT NULL,
    CONSTRAINT uk_cadre_annual_grades UNIQUE (cadre_id, grade_year),
    CONSTRAINT fk_cadre_annual_grades_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);

CREATE TABLE cadre_annual_grades_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT       NULL,
    cadre_id          BIGINT        NULL,
    grade_year        INT           NULL,
    grade             VARCHAR(20)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_cadre_annual_grades_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
