-- 0005: keys and indexed codes compare byte by byte: the C collation spares joins, sorts and index builds the locale's
-- rules, and orders them the same on every cluster (HubDataContext). Each table is rewritten once, with its indexes.
ALTER TABLE administrative.assistance_roster
    ALTER COLUMN id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE administrative.disability_registry
    ALTER COLUMN id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE administrative.discharge_permit
    ALTER COLUMN entity_uscc TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE administrative.discipline_sanction
    ALTER COLUMN id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE administrative.env_tax_declaration
    ALTER COLUMN entity_uscc TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN tax_period TYPE character varying(6) COLLATE "C";

ALTER TABLE administrative.market_entity
    ALTER COLUMN legal_rep_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN name TYPE character varying(128) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN uscc TYPE character varying(32) COLLATE "C";

ALTER TABLE administrative.poverty_registry
    ALTER COLUMN id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE administrative.staffing_roster
    ALTER COLUMN employer_uscc TYPE character varying(32) COLLATE "C",
    ALTER COLUMN id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE enforcement.admin_penalty
    ALTER COLUMN agency_kind TYPE character varying(16) COLLATE "C",
    ALTER COLUMN entity_uscc TYPE character varying(32) COLLATE "C",
    ALTER COLUMN person_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN violation_type TYPE character varying(64) COLLATE "C";

ALTER TABLE enforcement.case_intake
    ALTER COLUMN psb_case_no TYPE character varying(64) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN suspect_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN transfer_id TYPE character varying(64) COLLATE "C";

ALTER TABLE enforcement.coercive_measure
    ALTER COLUMN measure_type TYPE character varying(16) COLLATE "C",
    ALTER COLUMN person_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE enforcement.custody_in_out
    ALTER COLUMN person_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE enforcement.transfer_record
    ALTER COLUMN admin_decision_no TYPE character varying(64) COLLATE "C",
    ALTER COLUMN entity_uscc TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN suspect_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN transfer_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.arrest_prosecution_review
    ALTER COLUMN person_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.case_party
    ALTER COLUMN id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN spp_case_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.cc_event
    ALTER COLUMN cc_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.cc_subject
    ALTER COLUMN cc_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN person_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.criminal_judgment
    ALTER COLUMN court_case_no TYPE character varying(64) COLLATE "C",
    ALTER COLUMN defendant_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.judicial_auction
    ALTER COLUMN enforcement_case_no TYPE character varying(64) COLLATE "C",
    ALTER COLUMN round TYPE character varying(8) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.non_prosecution
    ALTER COLUMN np_type TYPE character varying(16) COLLATE "C",
    ALTER COLUMN person_id_number TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN spp_case_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.prosecutorial_opinion
    ALTER COLUMN instrument_no TYPE character varying(64) COLLATE "C",
    ALTER COLUMN related_spp_case_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE judicial.spp_case
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN spp_case_id TYPE character varying(64) COLLATE "C";

ALTER TABLE lake.grid_event
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE lake.hotline_ticket
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE lake.lake_hit
    ALTER COLUMN model_id TYPE character varying(32) COLLATE "C",
    ALTER COLUMN resolved_uscc TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN text_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN text_data_set TYPE character varying(64) COLLATE "C",
    ALTER COLUMN text_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE shared.charge_to_admin_violation
    ALTER COLUMN charge_name TYPE character varying(64) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C";

ALTER TABLE shared.legal_threshold
    ALTER COLUMN region_prefix TYPE character varying(6) COLLATE "C",
    ALTER COLUMN source_agency TYPE character varying(32) COLLATE "C",
    ALTER COLUMN source_record_id TYPE character varying(64) COLLATE "C",
    ALTER COLUMN topic TYPE character varying(64) COLLATE "C";

ALTER TABLE shared.organization
    ALTER COLUMN uscc TYPE character(18) COLLATE "C";

ALTER TABLE shared.person
    ALTER COLUMN id_number TYPE character(18) COLLATE "C";
