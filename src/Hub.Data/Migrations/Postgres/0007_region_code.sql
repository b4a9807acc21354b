-- 0007: the region a row belongs to (GB/T 2260), which region-bound scopes compare with the caller's agency
-- region by prefix (DOMAIN.md §6.2-1). Rows stored before it have none, and no region-bound scope sees them until
-- they are imported again.

ALTER TABLE enforcement.admin_penalty ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.arrest_prosecution_review ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.assistance_roster ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.benefit_payment ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE enforcement.case_intake ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.case_party ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.cc_event ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.cc_subject ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE shared.charge_to_admin_violation ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE enforcement.coercive_measure ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.criminal_judgment ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE enforcement.custody_in_out ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.death_registry ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.disability_registry ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.discharge_permit ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.discipline_sanction ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE enforcement.drug_rehab_decision ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE enforcement.dv_warning ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.edu_school ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.env_tax_declaration ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE lake.grid_event ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE lake.hotline_ticket ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.hr_pay_order ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.hr_wage_complaint ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.judicial_auction ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE lake.lake_hit ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE shared.legal_threshold ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.market_entity ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.non_prosecution ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE enforcement.police_dispatch ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.poverty_registry ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.prosecutorial_opinion ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE judicial.spp_case ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE administrative.staffing_roster ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
ALTER TABLE enforcement.transfer_record ADD COLUMN region_code character varying(12) NOT NULL DEFAULT '';
