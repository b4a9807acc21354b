-- 0009: the courts' personal-safety protection orders (M10) and civil enforcement cases (M13 R6, R7); see the
-- PostgreSQL file. Instants as sortable UTC text (0008).

CREATE TABLE "protection_order" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_protection_order" PRIMARY KEY AUTOINCREMENT,
    "order_no" TEXT NOT NULL,
    "court_code" TEXT NOT NULL,
    "applicant_id_number" TEXT NULL,
    "applicant_id_number_quality" TEXT NOT NULL,
    "respondent_id_number" TEXT NOT NULL,
    "respondent_id_number_quality" TEXT NOT NULL,
    "issued_date" TEXT NOT NULL,
    "valid_to" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL DEFAULT '',
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE TABLE "enforcement_case" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_enforcement_case" PRIMARY KEY AUTOINCREMENT,
    "enforcement_case_no" TEXT NOT NULL,
    "court_code" TEXT NOT NULL,
    "respondent_id_number" TEXT NULL,
    "respondent_id_number_quality" TEXT NOT NULL,
    "respondent_uscc" TEXT NULL,
    "respondent_uscc_quality" TEXT NOT NULL,
    "respondent_id_hash" TEXT NULL,
    "amount_due" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "status_date" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL DEFAULT '',
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE INDEX "ix_protection_order_respondent_id_number_issued_date" ON "protection_order" ("respondent_id_number", "issued_date");
CREATE UNIQUE INDEX "ix_protection_order_source_agency_source_record_id" ON "protection_order" ("source_agency", "source_record_id");
CREATE INDEX "ix_enforcement_case_enforcement_case_no" ON "enforcement_case" ("enforcement_case_no");
CREATE UNIQUE INDEX "ix_enforcement_case_source_agency_source_record_id" ON "enforcement_case" ("source_agency", "source_record_id");
