-- M10 妇女权益: respondents of at least 2 家庭暴力/家庭纠纷 calls (or calls whose text names violence) in the 12
-- months to the as-of date (China's calendar) with no 告诫书 issued on or after the first of them: the calls; (b)
-- workplaces named by at least 2 M10 harassment hits (confidence 0.8 or more) in those 12 months: the hits; a call
-- about the respondent of a protection order received after its issue day and not after its last day: the call and
-- the order.
WITH call AS (
  SELECT d.*, (d.received_at AT TIME ZONE 'Asia/Shanghai')::date AS day FROM enforcement.police_dispatch d
  WHERE NOT d.sealed AND d.respondent_id_number IS NOT NULL AND (d.category IN ('家庭暴力', '家庭纠纷') OR d.text ~ '打|殴打|家暴|掐|扇耳光')
    AND (d.received_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN (:'as_of'::date - interval '12 months')::date AND :'as_of'::date
), harassment AS (
  SELECT h.* FROM lake.lake_hit h
  WHERE NOT h.sealed AND h.model_id = 'M10' AND h.resolved_uscc IS NOT NULL AND h.resolution_confidence >= 0.8
    AND h.hit_date BETWEEN (:'as_of'::date - interval '12 months')::date AND :'as_of'::date
    AND string_to_array(h.matched_terms, '|') && ARRAY['性骚扰', '猥亵', '骚扰短信']
), respondent AS (
  SELECT respondent_id_number, min(day) AS first_call FROM call GROUP BY respondent_id_number HAVING count(*) >= 2
)
SELECT c.respondent_id_number AS subject_key, c.source_agency, c.source_record_id
FROM call c JOIN respondent r USING (respondent_id_number)
WHERE NOT EXISTS (SELECT 1 FROM enforcement.dv_warning w WHERE NOT w.sealed AND w.abuser_id_number = r.respondent_id_number AND w.issued_date >= r.first_call)
UNION ALL
SELECT h.resolved_uscc, h.source_agency, h.source_record_id FROM harassment h
WHERE h.resolved_uscc IN (SELECT resolved_uscc FROM harassment GROUP BY resolved_uscc HAVING count(*) >= 2)
UNION ALL
SELECT o.respondent_id_number, x.agency, x.record
FROM call c JOIN judicial.protection_order o ON NOT o.sealed AND o.respondent_id_number = c.respondent_id_number
 AND c.day > o.issued_date AND c.day <= o.valid_to
CROSS JOIN LATERAL (VALUES (c.source_agency, c.source_record_id), (o.source_agency, o.source_record_id)) x(agency, record);
