-- M11 刑事拘留下行: criminal detentions started more than 37 days ago that ended downward with no arrest or
-- prosecution review received within 37 days; (R1) detentions held over 14 days, or 37 with the extension; (R3) bail
-- over 12 months or surveillance over 6, not closed, with no review since it began; (R2) detentions revoked or
-- converted whose theft penalty reaches Hunan's 2,000: the measure and the penalty; (R4) detentions converted into
-- 行政拘留 whose days served plus days detained exceed the days decided: the measure, the penalty and the custody.
WITH converted AS (
  SELECT m.person_id_number, m.source_agency AS m_agency, m.source_record_id AS m_record, p.source_agency AS p_agency, p.source_record_id AS p_record
  FROM enforcement.coercive_measure m
  JOIN enforcement.admin_penalty p ON NOT p.sealed AND p.person_id_number = m.person_id_number AND p.violation_type = '盗窃'
   AND p.involved_value >= 2000 AND p.decision_date >= m.start_date AND coalesce(p.violation_date, p.decision_date) <= m.start_date
  WHERE NOT m.sealed AND m.measure_type = '刑事拘留' AND m.outcome IN ('撤案', '转行政处罚')
), uncredited AS (
  SELECT m.person_id_number, x.agency, x.record
  FROM enforcement.coercive_measure m
  JOIN enforcement.admin_penalty p ON NOT p.sealed AND p.person_id_number = m.person_id_number AND p.detention_days IS NOT NULL
   AND p.decision_date >= m.start_date AND coalesce(p.violation_date, p.decision_date) <= m.start_date
  JOIN enforcement.custody_in_out c ON NOT c.sealed AND c.person_id_number = m.person_id_number AND c.in_reason = '行政拘留'
   AND c.in_date >= p.decision_date AND c.in_date <= :'as_of'::date
  CROSS JOIN LATERAL (VALUES (m.source_agency, m.source_record_id), (p.source_agency, p.source_record_id), (c.source_agency, c.source_record_id)) x(agency, record)
  WHERE NOT m.sealed AND m.measure_type = '刑事拘留' AND m.outcome IN ('转行政处罚') AND m.end_date IS NOT NULL
    AND (coalesce(c.out_date, :'as_of'::date) - c.in_date) + (m.end_date - m.start_date) > p.detention_days
)
SELECT person_id_number, m_agency, m_record FROM converted
UNION SELECT person_id_number, p_agency, p_record FROM converted
UNION SELECT person_id_number, agency, record FROM uncredited
UNION
SELECT m.person_id_number AS subject_key, m.source_agency, m.source_record_id FROM enforcement.coercive_measure m
WHERE NOT m.sealed AND (
     (m.measure_type = '刑事拘留' AND m.start_date < :'as_of'::date - 37
      AND m.outcome IN ('释放', '取保候审', '监视居住', '撤案', '转行政处罚')
      AND NOT EXISTS (SELECT 1 FROM judicial.arrest_prosecution_review r WHERE r.person_id_number = m.person_id_number
                      AND r.received_date BETWEEN m.start_date AND m.start_date + 37))
  OR (m.measure_type = '刑事拘留' AND coalesce(m.end_date, :'as_of'::date) > m.start_date + CASE WHEN m.extension_flag THEN 37 ELSE 14 END)
  OR (((m.measure_type = '取保候审' AND m.start_date < :'as_of'::date - interval '12 months')
       OR (m.measure_type = '监视居住' AND m.start_date < :'as_of'::date - interval '6 months'))
      AND (m.outcome IS NULL OR m.outcome NOT IN ('撤案', '转行政处罚'))
      AND NOT EXISTS (SELECT 1 FROM judicial.arrest_prosecution_review r WHERE r.person_id_number = m.person_id_number
                      AND r.received_date >= m.start_date)));
