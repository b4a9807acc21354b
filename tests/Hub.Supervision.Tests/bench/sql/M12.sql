-- M12 以刑代戒: (a) rehab decision, judgment effective within 24 months, 刑满释放 before the period ends, no rehab
-- custody since: the decision, judgment and release; (b) decisions more than 30 days old never handed over; (c) a
-- criminal intake within 30 days of the decision and a custodial term of at most 12 months: decision, intake, judgment.
WITH hit AS (
  SELECT d.person_id_number, d.source_agency AS d_agency, d.source_record_id AS d_record,
         j.source_agency AS j_agency, j.source_record_id AS j_record, r.source_agency AS r_agency, r.source_record_id AS r_record
  FROM enforcement.drug_rehab_decision d
  JOIN judicial.criminal_judgment j ON NOT j.sealed AND j.defendant_id_number = d.person_id_number
   AND j.effective_date BETWEEN d.decision_date AND d.decision_date + interval '24 months'
  JOIN enforcement.custody_in_out r ON NOT r.sealed AND r.person_id_number = d.person_id_number AND r.out_reason = '刑满释放'
   AND r.out_date > j.effective_date AND r.out_date < d.decision_date + interval '24 months' AND r.out_date <= :'as_of'::date
  WHERE NOT d.sealed AND d.decision_date <= :'as_of'::date
    AND NOT EXISTS (SELECT 1 FROM enforcement.custody_in_out io WHERE NOT io.sealed AND io.person_id_number = d.person_id_number
                    AND io.facility_type = '强制隔离戒毒所' AND io.in_date >= r.out_date)
), sought AS (
  SELECT d.person_id_number, d.source_agency AS d_agency, d.source_record_id AS d_record,
         c.source_agency AS c_agency, c.source_record_id AS c_record, j.source_agency AS j_agency, j.source_record_id AS j_record
  FROM enforcement.drug_rehab_decision d
  JOIN enforcement.case_intake c ON NOT c.sealed AND c.case_kind = '刑事' AND c.suspect_id_number = d.person_id_number
   AND c.accepted_date BETWEEN d.decision_date AND d.decision_date + 30
  JOIN judicial.criminal_judgment j ON NOT j.sealed AND j.defendant_id_number = d.person_id_number AND j.verdict = '有罪'
   AND NOT j.suspended AND j.term_months <= 12 AND j.effective_date >= c.accepted_date AND j.effective_date <= :'as_of'::date
  WHERE NOT d.sealed AND d.decision_date <= :'as_of'::date
)
SELECT person_id_number AS subject_key, d_agency AS source_agency, d_record AS source_record_id FROM hit
UNION SELECT person_id_number, j_agency, j_record FROM hit
UNION SELECT person_id_number, r_agency, r_record FROM hit
UNION SELECT person_id_number, source_agency, source_record_id FROM enforcement.drug_rehab_decision
  WHERE NOT sealed AND handover_date IS NULL AND decision_date < :'as_of'::date - 30
UNION SELECT person_id_number, d_agency, d_record FROM sought
UNION SELECT person_id_number, c_agency, c_record FROM sought
UNION SELECT person_id_number, j_agency, j_record FROM sought;
