-- M05 涉刑在编人员未处分: guilty (or exempted) judgments and discretionary non-prosecutions since 2014 of people on the
-- payroll with no sanction decided on or after them; with the payroll rows of those people.
WITH judgment AS (
  SELECT j.* FROM judicial.criminal_judgment j
  WHERE NOT j.sealed AND j.verdict IN ('有罪', '免予刑事处罚') AND j.effective_date BETWEEN DATE '2014-01-01' AND :'as_of'::date
    AND EXISTS (SELECT 1 FROM administrative.staffing_roster s WHERE NOT s.sealed AND s.id_number = j.defendant_id_number)
    AND NOT EXISTS (SELECT 1 FROM administrative.discipline_sanction d WHERE d.id_number = j.defendant_id_number AND d.decision_date >= j.effective_date)
), decision AS (
  SELECT n.* FROM judicial.non_prosecution n
  WHERE NOT n.sealed AND n.np_type = 'DISCRETIONARY' AND n.decision_date BETWEEN DATE '2014-01-01' AND :'as_of'::date
    AND EXISTS (SELECT 1 FROM administrative.staffing_roster s WHERE NOT s.sealed AND s.id_number = n.person_id_number)
    AND NOT EXISTS (SELECT 1 FROM administrative.discipline_sanction d WHERE d.id_number = n.person_id_number AND d.decision_date >= n.decision_date)
)
SELECT defendant_id_number AS subject_key, source_agency, source_record_id FROM judgment
UNION ALL SELECT person_id_number, source_agency, source_record_id FROM decision
UNION ALL SELECT s.id_number, s.source_agency, s.source_record_id FROM administrative.staffing_roster s
  WHERE NOT s.sealed AND s.id_number IN (SELECT defendant_id_number FROM judgment UNION ALL SELECT person_id_number FROM decision);
