-- M02 应立不立: transfers received more than 3 days ago without a police decision or a decided intake, and criminal
-- intakes accepted more than 30 days ago without any decision.
SELECT r.transfer_id AS subject_key, r.source_agency, r.source_record_id FROM enforcement.transfer_record r
WHERE NOT r.sealed AND r.received_by_police_date < :'as_of'::date - 3 AND r.police_decision_date IS NULL
  AND NOT EXISTS (SELECT 1 FROM enforcement.case_intake c WHERE c.transfer_id = r.transfer_id
                  AND (c.filed_date IS NOT NULL OR c.not_filed_decision_date IS NOT NULL))
UNION ALL
SELECT c.psb_case_no, c.source_agency, c.source_record_id FROM enforcement.case_intake c
WHERE NOT c.sealed AND c.case_kind = '刑事' AND c.accepted_date < :'as_of'::date - 30
  AND c.filed_date IS NULL AND c.not_filed_decision_date IS NULL AND c.revoked_date IS NULL;
