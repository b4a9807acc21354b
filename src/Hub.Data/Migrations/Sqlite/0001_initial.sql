-- 0001: the shared-data schema for the embedded SQLite default (no schemas: table names are unique).
-- Started from the EF model's create script, reviewed by hand; MigrationSchemaTests proves it matches the model.
CREATE TABLE "admin_penalty" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_admin_penalty" PRIMARY KEY AUTOINCREMENT,
    "agency_kind" TEXT NOT NULL,
    "decision_no" TEXT NOT NULL,
    "person_id_number" TEXT NULL,
    "person_id_number_quality" TEXT NOT NULL,
    "person_name" TEXT NULL,
    "entity_uscc" TEXT NULL,
    "entity_uscc_quality" TEXT NOT NULL,
    "violation_type" TEXT NOT NULL,
    "legal_basis" TEXT NULL,
    "penalty_types" TEXT NOT NULL,
    "fine_amount" TEXT NULL,
    "detention_days" INTEGER NULL,
    "involved_value" TEXT NULL,
    "circumstance_flags" TEXT NULL,
    "violation_date" TEXT NULL,
    "decision_date" TEXT NOT NULL,
    "decision_unit_code" TEXT NULL,
    "facts_text" TEXT NULL,
    "pollutant" TEXT NULL,
    "exceed_multiple" TEXT NULL,
    "hazardous_waste_tonnes" TEXT NULL,
    "method" TEXT NULL,
    "violation_period_from" TEXT NULL,
    "violation_period_to" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "arrest_prosecution_review" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_arrest_prosecution_review" PRIMARY KEY AUTOINCREMENT,
    "spp_case_id" TEXT NOT NULL,
    "person_id_number" TEXT NOT NULL,
    "person_id_number_quality" TEXT NOT NULL,
    "review_type" TEXT NOT NULL,
    "received_date" TEXT NOT NULL,
    "decision" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "assistance_roster" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assistance_roster" PRIMARY KEY AUTOINCREMENT,
    "id_number" TEXT NOT NULL,
    "id_number_quality" TEXT NOT NULL,
    "household_id" TEXT NULL,
    "assistance_type" TEXT NOT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_to" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "case_intake" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_case_intake" PRIMARY KEY AUTOINCREMENT,
    "psb_case_no" TEXT NOT NULL,
    "transfer_id" TEXT NULL,
    "case_kind" TEXT NOT NULL,
    "suspected_charge" TEXT NULL,
    "suspect_id_number" TEXT NULL,
    "suspect_id_number_quality" TEXT NOT NULL,
    "accepted_date" TEXT NOT NULL,
    "filed_date" TEXT NULL,
    "not_filed_decision_date" TEXT NULL,
    "revoked_date" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "case_party" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_case_party" PRIMARY KEY AUTOINCREMENT,
    "spp_case_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "id_number" TEXT NULL,
    "id_number_quality" TEXT NOT NULL,
    "name" TEXT NULL,
    "injury" TEXT NULL,
    "loss_amount" TEXT NULL,
    "compensation_received" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "cc_event" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cc_event" PRIMARY KEY AUTOINCREMENT,
    "cc_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "event_date" TEXT NOT NULL,
    "text" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "cc_subject" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cc_subject" PRIMARY KEY AUTOINCREMENT,
    "cc_id" TEXT NOT NULL,
    "person_id_number" TEXT NOT NULL,
    "person_id_number_quality" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "original_charges" TEXT NOT NULL,
    "judgment_case_no" TEXT NULL,
    "correction_start" TEXT NOT NULL,
    "correction_end" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "execution_unit" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "charge_to_admin_violation" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_charge_to_admin_violation" PRIMARY KEY AUTOINCREMENT,
    "charge_name" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "law" TEXT NOT NULL,
    "article" TEXT NULL,
    "notes" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "coercive_measure" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_coercive_measure" PRIMARY KEY AUTOINCREMENT,
    "measure_id" TEXT NOT NULL,
    "person_id_number" TEXT NOT NULL,
    "person_id_number_quality" TEXT NOT NULL,
    "measure_type" TEXT NOT NULL,
    "start_date" TEXT NOT NULL,
    "extension_flag" INTEGER NOT NULL,
    "end_date" TEXT NULL,
    "outcome" TEXT NULL,
    "psb_case_no" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "criminal_judgment" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_criminal_judgment" PRIMARY KEY AUTOINCREMENT,
    "court_case_no" TEXT NOT NULL,
    "defendant_id_number" TEXT NOT NULL,
    "defendant_id_number_quality" TEXT NOT NULL,
    "defendant_name" TEXT NULL,
    "charges" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "principal_penalty" TEXT NULL,
    "term_months" INTEGER NULL,
    "suspended" INTEGER NOT NULL,
    "probation_months" INTEGER NULL,
    "fine_amount" TEXT NULL,
    "judgment_date" TEXT NOT NULL,
    "effective_date" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "custody_in_out" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_custody_in_out" PRIMARY KEY AUTOINCREMENT,
    "facility_type" TEXT NOT NULL,
    "facility_code" TEXT NOT NULL,
    "person_id_number" TEXT NOT NULL,
    "person_id_number_quality" TEXT NOT NULL,
    "in_date" TEXT NOT NULL,
    "out_date" TEXT NULL,
    "in_reason" TEXT NOT NULL,
    "out_reason" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "disability_registry" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_disability_registry" PRIMARY KEY AUTOINCREMENT,
    "id_number" TEXT NOT NULL,
    "id_number_quality" TEXT NOT NULL,
    "certificate_no" TEXT NULL,
    "disability_category" INTEGER NOT NULL,
    "disability_grade" INTEGER NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "discharge_permit" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_discharge_permit" PRIMARY KEY AUTOINCREMENT,
    "permit_no" TEXT NOT NULL,
    "entity_uscc" TEXT NOT NULL,
    "entity_uscc_quality" TEXT NOT NULL,
    "industry_code" TEXT NULL,
    "pollutants" TEXT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_to" TEXT NULL,
    "status" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "discipline_sanction" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_discipline_sanction" PRIMARY KEY AUTOINCREMENT,
    "id_number" TEXT NOT NULL,
    "id_number_quality" TEXT NOT NULL,
    "sanction_kind" TEXT NOT NULL,
    "sanction" TEXT NOT NULL,
    "decision_date" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "env_tax_declaration" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_env_tax_declaration" PRIMARY KEY AUTOINCREMENT,
    "entity_uscc" TEXT NOT NULL,
    "entity_uscc_quality" TEXT NOT NULL,
    "tax_period" TEXT NOT NULL,
    "pollutant_category" TEXT NOT NULL,
    "taxable_units" TEXT NULL,
    "tax_due" TEXT NOT NULL,
    "tax_paid" TEXT NOT NULL,
    "declared_date" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "grid_event" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_grid_event" PRIMARY KEY AUTOINCREMENT,
    "event_id" TEXT NOT NULL,
    "grid_code" TEXT NOT NULL,
    "reported_at" TEXT NOT NULL,
    "event_type" TEXT NULL,
    "description" TEXT NOT NULL,
    "address" TEXT NULL,
    "status" TEXT NULL,
    "handler" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "hotline_ticket" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hotline_ticket" PRIMARY KEY AUTOINCREMENT,
    "ticket_id" TEXT NOT NULL,
    "received_at" TEXT NOT NULL,
    "channel" TEXT NULL,
    "complainant_phone_hash" TEXT NULL,
    "address" TEXT NULL,
    "category" TEXT NULL,
    "content" TEXT NOT NULL,
    "handling_dept" TEXT NULL,
    "reply" TEXT NULL,
    "status" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "judicial_auction" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_judicial_auction" PRIMARY KEY AUTOINCREMENT,
    "auction_id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "court_code" TEXT NOT NULL,
    "enforcement_case_no" TEXT NOT NULL,
    "asset_type" TEXT NOT NULL,
    "appraisal_value" TEXT NOT NULL,
    "start_price" TEXT NOT NULL,
    "round" TEXT NOT NULL,
    "announce_date" TEXT NOT NULL,
    "bid_start" TEXT NOT NULL,
    "bid_end" TEXT NULL,
    "deal_price" TEXT NULL,
    "status" TEXT NOT NULL,
    "priority_claims_amount" TEXT NULL,
    "enforcement_cost_estimate" TEXT NULL,
    "disclosures" TEXT NOT NULL,
    "winner_id_hash" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "legal_threshold" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_legal_threshold" PRIMARY KEY AUTOINCREMENT,
    "topic" TEXT NOT NULL,
    "region_prefix" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_to" TEXT NULL,
    "legal_source" TEXT NOT NULL,
    "source_url" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "market_entity" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_market_entity" PRIMARY KEY AUTOINCREMENT,
    "uscc" TEXT NOT NULL,
    "uscc_quality" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legal_rep_id_number" TEXT NULL,
    "legal_rep_id_number_quality" TEXT NOT NULL,
    "address" TEXT NULL,
    "status" TEXT NOT NULL,
    "registered_date" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "non_prosecution" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_non_prosecution" PRIMARY KEY AUTOINCREMENT,
    "spp_doc_no" TEXT NOT NULL,
    "spp_case_id" TEXT NOT NULL,
    "person_id_number" TEXT NOT NULL,
    "person_id_number_quality" TEXT NOT NULL,
    "charges" TEXT NOT NULL,
    "np_type" TEXT NOT NULL,
    "decision_date" TEXT NOT NULL,
    "referring_psb_case_no" TEXT NULL,
    "facts_text" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "organization" (
    "uscc" TEXT NOT NULL CONSTRAINT "pk_organization" PRIMARY KEY,
    "entity_type_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL
);


CREATE TABLE "person" (
    "id_number" TEXT NOT NULL CONSTRAINT "pk_person" PRIMARY KEY,
    "birth_date" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "region_code" TEXT NOT NULL
);


CREATE TABLE "poverty_registry" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_poverty_registry" PRIMARY KEY AUTOINCREMENT,
    "id_number" TEXT NOT NULL,
    "id_number_quality" TEXT NOT NULL,
    "household_id" TEXT NULL,
    "status" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "prosecutorial_opinion" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_prosecutorial_opinion" PRIMARY KEY AUTOINCREMENT,
    "instrument_no" TEXT NOT NULL,
    "instrument_type" TEXT NOT NULL,
    "addressee_agency" TEXT NOT NULL,
    "related_spp_case_id" TEXT NULL,
    "issued_date" TEXT NOT NULL,
    "reply_due_date" TEXT NULL,
    "reply_date" TEXT NULL,
    "result" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "spp_case" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_spp_case" PRIMARY KEY AUTOINCREMENT,
    "spp_case_id" TEXT NOT NULL,
    "charges" TEXT NOT NULL,
    "incident_date" TEXT NULL,
    "stage" TEXT NULL,
    "handling_dept" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "staffing_roster" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_staffing_roster" PRIMARY KEY AUTOINCREMENT,
    "id_number" TEXT NOT NULL,
    "id_number_quality" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "employer_uscc" TEXT NULL,
    "employer_uscc_quality" TEXT NOT NULL,
    "employer_name" TEXT NULL,
    "establishment_type" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "entry_date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE TABLE "transfer_record" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_transfer_record" PRIMARY KEY AUTOINCREMENT,
    "transfer_id" TEXT NOT NULL,
    "admin_agency" TEXT NOT NULL,
    "admin_decision_no" TEXT NULL,
    "suspect_id_number" TEXT NULL,
    "suspect_id_number_quality" TEXT NOT NULL,
    "entity_uscc" TEXT NULL,
    "entity_uscc_quality" TEXT NOT NULL,
    "suspected_charge" TEXT NOT NULL,
    "report_date" TEXT NULL,
    "approved_date" TEXT NULL,
    "sent_date" TEXT NULL,
    "received_by_police_date" TEXT NULL,
    "police_decision" TEXT NULL,
    "police_decision_date" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);


CREATE INDEX "ix_admin_penalty_agency_kind_violation_type_decision_date" ON "admin_penalty" ("agency_kind", "violation_type", "decision_date");


CREATE INDEX "ix_admin_penalty_decision_no" ON "admin_penalty" ("decision_no");


CREATE INDEX "ix_admin_penalty_entity_uscc_decision_date" ON "admin_penalty" ("entity_uscc", "decision_date");


CREATE INDEX "ix_admin_penalty_person_id_number_decision_date" ON "admin_penalty" ("person_id_number", "decision_date");


CREATE UNIQUE INDEX "ix_admin_penalty_source_agency_source_record_id" ON "admin_penalty" ("source_agency", "source_record_id");


CREATE INDEX "ix_arrest_prosecution_review_person_id_number_received_date" ON "arrest_prosecution_review" ("person_id_number", "received_date");


CREATE UNIQUE INDEX "ix_arrest_prosecution_review_source_agency_source_record_id" ON "arrest_prosecution_review" ("source_agency", "source_record_id");


CREATE INDEX "ix_assistance_roster_id_number" ON "assistance_roster" ("id_number");


CREATE UNIQUE INDEX "ix_assistance_roster_source_agency_source_record_id" ON "assistance_roster" ("source_agency", "source_record_id");


CREATE INDEX "ix_case_intake_psb_case_no" ON "case_intake" ("psb_case_no");


CREATE UNIQUE INDEX "ix_case_intake_source_agency_source_record_id" ON "case_intake" ("source_agency", "source_record_id");


CREATE INDEX "ix_case_intake_suspect_id_number_accepted_date" ON "case_intake" ("suspect_id_number", "accepted_date");


CREATE INDEX "ix_case_intake_transfer_id" ON "case_intake" ("transfer_id");


CREATE INDEX "ix_case_party_id_number" ON "case_party" ("id_number");


CREATE UNIQUE INDEX "ix_case_party_source_agency_source_record_id" ON "case_party" ("source_agency", "source_record_id");


CREATE INDEX "ix_case_party_spp_case_id" ON "case_party" ("spp_case_id");


CREATE INDEX "ix_cc_event_cc_id_event_date" ON "cc_event" ("cc_id", "event_date");


CREATE UNIQUE INDEX "ix_cc_event_source_agency_source_record_id" ON "cc_event" ("source_agency", "source_record_id");


CREATE INDEX "ix_cc_subject_cc_id" ON "cc_subject" ("cc_id");


CREATE INDEX "ix_cc_subject_person_id_number" ON "cc_subject" ("person_id_number");


CREATE UNIQUE INDEX "ix_cc_subject_source_agency_source_record_id" ON "cc_subject" ("source_agency", "source_record_id");


CREATE INDEX "ix_charge_to_admin_violation_charge_name" ON "charge_to_admin_violation" ("charge_name");


CREATE UNIQUE INDEX "ix_charge_to_admin_violation_source_agency_source_record_id" ON "charge_to_admin_violation" ("source_agency", "source_record_id");


CREATE INDEX "ix_coercive_measure_measure_type_start_date" ON "coercive_measure" ("measure_type", "start_date");


CREATE INDEX "ix_coercive_measure_person_id_number_start_date" ON "coercive_measure" ("person_id_number", "start_date");


CREATE UNIQUE INDEX "ix_coercive_measure_source_agency_source_record_id" ON "coercive_measure" ("source_agency", "source_record_id");


CREATE INDEX "ix_criminal_judgment_court_case_no" ON "criminal_judgment" ("court_case_no");


CREATE INDEX "ix_criminal_judgment_defendant_id_number_effective_date" ON "criminal_judgment" ("defendant_id_number", "effective_date");


CREATE UNIQUE INDEX "ix_criminal_judgment_source_agency_source_record_id" ON "criminal_judgment" ("source_agency", "source_record_id");


CREATE INDEX "ix_custody_in_out_person_id_number_in_date" ON "custody_in_out" ("person_id_number", "in_date");


CREATE UNIQUE INDEX "ix_custody_in_out_source_agency_source_record_id" ON "custody_in_out" ("source_agency", "source_record_id");


CREATE INDEX "ix_disability_registry_id_number" ON "disability_registry" ("id_number");


CREATE UNIQUE INDEX "ix_disability_registry_source_agency_source_record_id" ON "disability_registry" ("source_agency", "source_record_id");


CREATE INDEX "ix_discharge_permit_entity_uscc" ON "discharge_permit" ("entity_uscc");


CREATE UNIQUE INDEX "ix_discharge_permit_source_agency_source_record_id" ON "discharge_permit" ("source_agency", "source_record_id");


CREATE INDEX "ix_discipline_sanction_id_number_decision_date" ON "discipline_sanction" ("id_number", "decision_date");


CREATE UNIQUE INDEX "ix_discipline_sanction_source_agency_source_record_id" ON "discipline_sanction" ("source_agency", "source_record_id");


CREATE INDEX "ix_env_tax_declaration_entity_uscc_tax_period" ON "env_tax_declaration" ("entity_uscc", "tax_period");


CREATE UNIQUE INDEX "ix_env_tax_declaration_source_agency_source_record_id" ON "env_tax_declaration" ("source_agency", "source_record_id");


CREATE INDEX "ix_grid_event_reported_at" ON "grid_event" ("reported_at");


CREATE UNIQUE INDEX "ix_grid_event_source_agency_source_record_id" ON "grid_event" ("source_agency", "source_record_id");


CREATE INDEX "ix_hotline_ticket_received_at" ON "hotline_ticket" ("received_at");


CREATE UNIQUE INDEX "ix_hotline_ticket_source_agency_source_record_id" ON "hotline_ticket" ("source_agency", "source_record_id");


CREATE INDEX "ix_judicial_auction_enforcement_case_no_round" ON "judicial_auction" ("enforcement_case_no", "round");


CREATE UNIQUE INDEX "ix_judicial_auction_source_agency_source_record_id" ON "judicial_auction" ("source_agency", "source_record_id");


CREATE UNIQUE INDEX "ix_legal_threshold_source_agency_source_record_id" ON "legal_threshold" ("source_agency", "source_record_id");


CREATE INDEX "ix_legal_threshold_topic_region_prefix_valid_from" ON "legal_threshold" ("topic", "region_prefix", "valid_from");


CREATE INDEX "ix_market_entity_name" ON "market_entity" ("name");


CREATE UNIQUE INDEX "ix_market_entity_source_agency_source_record_id" ON "market_entity" ("source_agency", "source_record_id");


CREATE INDEX "ix_market_entity_uscc" ON "market_entity" ("uscc");


CREATE INDEX "ix_non_prosecution_np_type_decision_date" ON "non_prosecution" ("np_type", "decision_date");


CREATE INDEX "ix_non_prosecution_person_id_number_decision_date" ON "non_prosecution" ("person_id_number", "decision_date");


CREATE UNIQUE INDEX "ix_non_prosecution_source_agency_source_record_id" ON "non_prosecution" ("source_agency", "source_record_id");


CREATE INDEX "ix_non_prosecution_spp_case_id" ON "non_prosecution" ("spp_case_id");


CREATE INDEX "ix_poverty_registry_id_number" ON "poverty_registry" ("id_number");


CREATE UNIQUE INDEX "ix_poverty_registry_source_agency_source_record_id" ON "poverty_registry" ("source_agency", "source_record_id");


CREATE INDEX "ix_prosecutorial_opinion_instrument_no" ON "prosecutorial_opinion" ("instrument_no");


CREATE INDEX "ix_prosecutorial_opinion_related_spp_case_id" ON "prosecutorial_opinion" ("related_spp_case_id");


CREATE UNIQUE INDEX "ix_prosecutorial_opinion_source_agency_source_record_id" ON "prosecutorial_opinion" ("source_agency", "source_record_id");


CREATE UNIQUE INDEX "ix_spp_case_source_agency_source_record_id" ON "spp_case" ("source_agency", "source_record_id");


CREATE INDEX "ix_spp_case_spp_case_id" ON "spp_case" ("spp_case_id");


CREATE INDEX "ix_staffing_roster_id_number" ON "staffing_roster" ("id_number");


CREATE UNIQUE INDEX "ix_staffing_roster_source_agency_source_record_id" ON "staffing_roster" ("source_agency", "source_record_id");


CREATE INDEX "ix_transfer_record_admin_decision_no" ON "transfer_record" ("admin_decision_no");


CREATE UNIQUE INDEX "ix_transfer_record_source_agency_source_record_id" ON "transfer_record" ("source_agency", "source_record_id");


CREATE INDEX "ix_transfer_record_suspect_id_number" ON "transfer_record" ("suspect_id_number");


CREATE INDEX "ix_transfer_record_transfer_id" ON "transfer_record" ("transfer_id");



