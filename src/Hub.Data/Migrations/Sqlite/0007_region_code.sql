-- 0007: the region a row belongs to (GB/T 2260), which region-bound scopes compare with the caller's agency
-- region by prefix (DOMAIN.md §6.2-1). Rows stored before it have none, and no region-bound scope sees them until
-- they are imported again.

ALTER TABLE "admin_penalty" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "arrest_prosecution_review" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "assistance_roster" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "benefit_payment" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "case_intake" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "case_party" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "cc_event" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "cc_subject" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "charge_to_admin_violation" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "coercive_measure" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "criminal_judgment" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "custody_in_out" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "death_registry" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "disability_registry" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "discharge_permit" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "discipline_sanction" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "drug_rehab_decision" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "dv_warning" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "edu_school" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "env_tax_declaration" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "grid_event" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "hotline_ticket" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "hr_pay_order" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "hr_wage_complaint" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "judicial_auction" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "lake_hit" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "legal_threshold" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "market_entity" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "non_prosecution" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "police_dispatch" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "poverty_registry" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "prosecutorial_opinion" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "spp_case" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "staffing_roster" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
ALTER TABLE "transfer_record" ADD COLUMN "region_code" TEXT NOT NULL DEFAULT '';
