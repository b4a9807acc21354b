-- M06 涉爆社区矫正再违法: probationers under supervision for an explosives offence with a police penalty or a criminal
-- measure during the correction term, or a custody during it with no notice recorded within 3 days; with their
-- correction records, and the warnings of those penalised after two of them.
WITH subject AS (
  SELECT s.* FROM judicial.cc_subject s
  WHERE NOT s.sealed AND s.status = '在矫' AND s.correction_start <= :'as_of'::date
    AND '非法制造、买卖、运输、邮寄、储存爆炸物罪' = ANY (string_to_array(s.original_charges, '|'))
), penalty AS (
  SELECT p.* FROM enforcement.admin_penalty p WHERE NOT p.sealed AND p.agency_kind = 'PSB' AND EXISTS (
    SELECT 1 FROM subject s WHERE s.person_id_number = p.person_id_number
      AND coalesce(p.violation_date, p.decision_date) BETWEEN s.correction_start AND s.correction_end)
), measure AS (
  SELECT m.* FROM enforcement.coercive_measure m WHERE NOT m.sealed AND EXISTS (
    SELECT 1 FROM subject s WHERE s.person_id_number = m.person_id_number AND m.start_date BETWEEN s.correction_start AND s.correction_end)
), custody AS (
  SELECT c.* FROM enforcement.custody_in_out c WHERE NOT c.sealed AND c.in_reason IN ('行政拘留', '刑事拘留', '强制隔离戒毒')
    AND c.in_date < :'as_of'::date - 3 AND EXISTS (
    SELECT 1 FROM subject s WHERE s.person_id_number = c.person_id_number AND c.in_date BETWEEN s.correction_start AND s.correction_end
      AND NOT EXISTS (SELECT 1 FROM judicial.cc_event e WHERE e.cc_id = s.cc_id AND e.event_type = '被拘留通知'
                      AND e.event_date BETWEEN c.in_date AND c.in_date + 3))
)
SELECT person_id_number AS subject_key, source_agency, source_record_id FROM penalty
UNION ALL SELECT person_id_number, source_agency, source_record_id FROM measure
UNION ALL SELECT person_id_number, source_agency, source_record_id FROM custody
UNION ALL SELECT DISTINCT s.person_id_number, w.source_agency, w.source_record_id FROM subject s
  JOIN judicial.cc_event w ON w.cc_id = s.cc_id AND w.event_type = '警告'
  JOIN penalty p ON p.person_id_number = s.person_id_number AND w.event_date < coalesce(p.violation_date, p.decision_date)
  WHERE (SELECT count(*) FROM judicial.cc_event e WHERE e.cc_id = s.cc_id AND e.event_type = '警告'
         AND e.event_date < coalesce(p.violation_date, p.decision_date)) >= 2
UNION ALL SELECT s.person_id_number, s.source_agency, s.source_record_id FROM subject s
  WHERE s.person_id_number IN (SELECT person_id_number FROM penalty UNION SELECT person_id_number FROM measure UNION SELECT person_id_number FROM custody);
