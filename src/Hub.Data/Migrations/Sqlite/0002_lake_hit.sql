-- 0002: lake_hit, the keyword-rule hits on free-text records (DOMAIN.md §2.4, §5).

CREATE TABLE "lake_hit" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_lake_hit" PRIMARY KEY AUTOINCREMENT,
    "hit_id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "rule_version" INTEGER NOT NULL,
    "text_data_set" TEXT NOT NULL,
    "text_agency" TEXT NOT NULL,
    "text_record_id" TEXT NOT NULL,
    "text_field" TEXT NULL,
    "matched_terms" TEXT NOT NULL,
    "offsets" TEXT NULL,
    "hit_date" TEXT NOT NULL,
    "resolved_uscc" TEXT NULL,
    "resolved_uscc_quality" TEXT NOT NULL,
    "resolved_address" TEXT NULL,
    "geo" TEXT NULL,
    "resolution_confidence" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE INDEX "ix_lake_hit_model_id_hit_date" ON "lake_hit" ("model_id", "hit_date");
CREATE INDEX "ix_lake_hit_resolved_uscc" ON "lake_hit" ("resolved_uscc");
CREATE UNIQUE INDEX "ix_lake_hit_source_agency_source_record_id" ON "lake_hit" ("source_agency", "source_record_id");
CREATE INDEX "ix_lake_hit_text_data_set_text_agency_text_record_id" ON "lake_hit" ("text_data_set", "text_agency", "text_record_id");
