-- 0006: the data sets of M08, M10, M12, M14 and M15 (DOMAIN.md §2.4): schools, 110 calls, domestic-violence
-- warnings, drug-rehab decisions, wage complaints and pay orders, benefit payments, deaths.

CREATE TABLE "edu_school" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_edu_school" PRIMARY KEY AUTOINCREMENT,
    "school_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "school_type" TEXT NOT NULL,
    "address" TEXT NULL,
    "geo" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE TABLE "police_dispatch" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_police_dispatch" PRIMARY KEY AUTOINCREMENT,
    "incident_id" TEXT NOT NULL,
    "received_at" TEXT NOT NULL,
    "address" TEXT NULL,
    "category" TEXT NOT NULL,
    "caller_id_number" TEXT NULL,
    "caller_id_number_quality" TEXT NOT NULL,
    "caller_name" TEXT NULL,
    "respondent_id_number" TEXT NULL,
    "respondent_id_number_quality" TEXT NOT NULL,
    "respondent_name" TEXT NULL,
    "disposal" TEXT NULL,
    "text" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE TABLE "dv_warning" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_dv_warning" PRIMARY KEY AUTOINCREMENT,
    "warning_no" TEXT NOT NULL,
    "abuser_id_number" TEXT NOT NULL,
    "abuser_id_number_quality" TEXT NOT NULL,
    "victim_id_number" TEXT NULL,
    "victim_id_number_quality" TEXT NOT NULL,
    "issued_date" TEXT NOT NULL,
    "issuing_unit" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE TABLE "drug_rehab_decision" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_drug_rehab_decision" PRIMARY KEY AUTOINCREMENT,
    "decision_no" TEXT NOT NULL,
    "person_id_number" TEXT NOT NULL,
    "person_id_number_quality" TEXT NOT NULL,
    "decision_date" TEXT NOT NULL,
    "period_months" INTEGER NOT NULL,
    "executing_facility" TEXT NULL,
    "handover_date" TEXT NULL,
    "status" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE TABLE "hr_wage_complaint" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hr_wage_complaint" PRIMARY KEY AUTOINCREMENT,
    "complaint_id" TEXT NOT NULL,
    "complainant_id_number" TEXT NULL,
    "complainant_id_number_quality" TEXT NOT NULL,
    "employer_uscc" TEXT NOT NULL,
    "employer_uscc_quality" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "months_unpaid" INTEGER NOT NULL,
    "workers_count" INTEGER NOT NULL,
    "received_date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE TABLE "hr_pay_order" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hr_pay_order" PRIMARY KEY AUTOINCREMENT,
    "order_no" TEXT NOT NULL,
    "employer_uscc" TEXT NOT NULL,
    "employer_uscc_quality" TEXT NOT NULL,
    "complaint_id" TEXT NULL,
    "amount" TEXT NOT NULL,
    "workers_count" INTEGER NOT NULL,
    "issued_date" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "complied" INTEGER NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE TABLE "benefit_payment" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_benefit_payment" PRIMARY KEY AUTOINCREMENT,
    "id_number" TEXT NOT NULL,
    "id_number_quality" TEXT NOT NULL,
    "benefit_type" TEXT NOT NULL,
    "paying_agency" TEXT NOT NULL,
    "pay_month" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "paid_date" TEXT NOT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE TABLE "death_registry" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_death_registry" PRIMARY KEY AUTOINCREMENT,
    "id_number" TEXT NOT NULL,
    "id_number_quality" TEXT NOT NULL,
    "death_date" TEXT NOT NULL,
    "record_kind" TEXT NOT NULL,
    "registered_date" TEXT NULL,
    "source_agency" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "ingested_at" TEXT NOT NULL,
    "sensitivity_level" TEXT NOT NULL,
    "sealed" INTEGER NOT NULL
);

CREATE INDEX "ix_edu_school_school_id" ON "edu_school" ("school_id");
CREATE UNIQUE INDEX "ix_edu_school_source_agency_source_record_id" ON "edu_school" ("source_agency", "source_record_id");
CREATE INDEX "ix_police_dispatch_caller_id_number" ON "police_dispatch" ("caller_id_number");
CREATE INDEX "ix_police_dispatch_received_at" ON "police_dispatch" ("received_at");
CREATE INDEX "ix_police_dispatch_respondent_id_number_received_at" ON "police_dispatch" ("respondent_id_number", "received_at");
CREATE UNIQUE INDEX "ix_police_dispatch_source_agency_source_record_id" ON "police_dispatch" ("source_agency", "source_record_id");
CREATE INDEX "ix_dv_warning_abuser_id_number_issued_date" ON "dv_warning" ("abuser_id_number", "issued_date");
CREATE UNIQUE INDEX "ix_dv_warning_source_agency_source_record_id" ON "dv_warning" ("source_agency", "source_record_id");
CREATE INDEX "ix_drug_rehab_decision_person_id_number_decision_date" ON "drug_rehab_decision" ("person_id_number", "decision_date");
CREATE UNIQUE INDEX "ix_drug_rehab_decision_source_agency_source_record_id" ON "drug_rehab_decision" ("source_agency", "source_record_id");
CREATE INDEX "ix_hr_wage_complaint_complainant_id_number" ON "hr_wage_complaint" ("complainant_id_number");
CREATE INDEX "ix_hr_wage_complaint_employer_uscc_received_date" ON "hr_wage_complaint" ("employer_uscc", "received_date");
CREATE UNIQUE INDEX "ix_hr_wage_complaint_source_agency_source_record_id" ON "hr_wage_complaint" ("source_agency", "source_record_id");
CREATE INDEX "ix_hr_pay_order_employer_uscc_issued_date" ON "hr_pay_order" ("employer_uscc", "issued_date");
CREATE UNIQUE INDEX "ix_hr_pay_order_source_agency_source_record_id" ON "hr_pay_order" ("source_agency", "source_record_id");
CREATE INDEX "ix_benefit_payment_id_number_pay_month" ON "benefit_payment" ("id_number", "pay_month");
CREATE UNIQUE INDEX "ix_benefit_payment_source_agency_source_record_id" ON "benefit_payment" ("source_agency", "source_record_id");
CREATE INDEX "ix_death_registry_id_number" ON "death_registry" ("id_number");
CREATE UNIQUE INDEX "ix_death_registry_source_agency_source_record_id" ON "death_registry" ("source_agency", "source_record_id");
