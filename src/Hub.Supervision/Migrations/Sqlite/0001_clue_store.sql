-- supervision 0001: the clue store (DOMAIN.md §4.3): model runs, clues, and the evidence records behind each clue.
CREATE TABLE "model_run" (
    "id" TEXT NOT NULL CONSTRAINT "pk_model_run" PRIMARY KEY,
    "model_id" TEXT NOT NULL,
    "model_version" INTEGER NOT NULL,
    "parameters" TEXT NOT NULL,
    "as_of" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "started_by" TEXT NOT NULL,
    "started_at" TEXT NOT NULL,
    "ended_at" TEXT NULL,
    "rows_read" INTEGER NOT NULL,
    "clues_created" INTEGER NOT NULL,
    "clues_already_known" INTEGER NOT NULL,
    "clues_unchanged" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "failure_reason" TEXT NULL
);
CREATE INDEX "ix_model_run_model_id_started_at" ON "model_run" ("model_id", "started_at");

CREATE TABLE "clue" (
    "id" TEXT NOT NULL CONSTRAINT "pk_clue" PRIMARY KEY,
    "clue_no" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "model_version" INTEGER NOT NULL,
    "rule_ids" TEXT NOT NULL,
    "parameters" TEXT NOT NULL,
    "run_id" TEXT NOT NULL CONSTRAINT "fk_clue_model_run" REFERENCES "model_run" ("id"),
    "generated_at" TEXT NOT NULL,
    "special_campaign" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "supervision_point" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_key" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "priority" TEXT NOT NULL,
    "jurisdiction_region_code" TEXT NOT NULL,
    "responsible_department" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "sealed_minor_data" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "ix_clue_dedupe_key" ON "clue" ("dedupe_key");
CREATE UNIQUE INDEX "ix_clue_clue_no" ON "clue" ("clue_no");
CREATE INDEX "ix_clue_model_id_status" ON "clue" ("model_id", "status");
CREATE INDEX "ix_clue_subject_key" ON "clue" ("subject_key");

CREATE TABLE "clue_evidence" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_clue_evidence" PRIMARY KEY AUTOINCREMENT,
    "clue_id" TEXT NOT NULL CONSTRAINT "fk_clue_evidence_clue" REFERENCES "clue" ("id") ON DELETE CASCADE,
    "data_set" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "snapshot_hash" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,
    "matched_fields" TEXT NOT NULL,
    "run_id" TEXT NOT NULL CONSTRAINT "fk_clue_evidence_model_run" REFERENCES "model_run" ("id")
);
CREATE UNIQUE INDEX "ix_clue_evidence_clue_id_record" ON "clue_evidence" ("clue_id", "data_set", "source_agency", "source_record_id");
