-- M02 应立不立: transfers received more than 3 days ago without a police decision or a decided intake, and criminal
-- intakes accepted more than 30 days ago without any decision; (b) transferred cases refused or revoked whose
-- environmental penalty has 3 t of hazardous waste or a heavy metal 3 times over: the intake and the penalty.
SELECT r.transfer_id AS subject_key, r.source_agency, r.source_record_id FROM enforcement.transfer_record r
WHERE NOT r.sealed AND r.received_by_police_date < :'as_of'::date - 3 AND r.police_decision_date IS NULL
  AND NOT EXISTS (SELECT 1 FROM enforcement.case_intake c WHERE c.transfer_id = r.transfer_id
                  AND (c.filed_date IS NOT NULL OR c.not_filed_decision_date IS NOT NULL))
UNION ALL
SELECT c.psb_case_no, c.source_agency, c.source_record_id FROM enforcement.case_intake c
WHERE NOT c.sealed AND c.case_kind = '刑事' AND c.accepted_date < :'as_of'::date - 30
  AND c.filed_date IS NULL AND c.not_filed_decision_date IS NULL AND c.revoked_date IS NULL
UNION ALL
SELECT r.transfer_id, x.source_agency, x.source_record_id
FROM enforcement.case_intake c
JOIN enforcement.transfer_record r ON NOT r.sealed AND r.transfer_id = c.transfer_id
JOIN enforcement.admin_penalty p ON NOT p.sealed AND p.agency_kind = 'ECO' AND p.decision_no = r.admin_decision_no
CROSS JOIN LATERAL (VALUES (c.source_agency, c.source_record_id), (p.source_agency, p.source_record_id)) x (source_agency, source_record_id)
WHERE NOT c.sealed AND (c.not_filed_decision_date IS NOT NULL OR c.revoked_date IS NOT NULL)
  AND (p.hazardous_waste_tonnes >= 3 OR (p.pollutant IN ('铅', '汞', '镉', '铬', '砷', '铊', '锑') AND p.exceed_multiple >= 3));
