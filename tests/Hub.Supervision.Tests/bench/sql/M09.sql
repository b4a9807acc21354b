-- M09 电动车违规充电: compounds with at least 5 distinct e-bike charging tickets among the lake hits of the last 90 days.
WITH hit AS (
  SELECT * FROM lake.lake_hit WHERE NOT sealed AND model_id = 'M09' AND text_data_set = 'hotline_ticket'
    AND resolved_address IS NOT NULL AND hit_date BETWEEN :'as_of'::date - 90 AND :'as_of'::date
)
SELECT h.resolved_address AS subject_key, t.source_agency, t.source_record_id
FROM hit h JOIN lake.hotline_ticket t ON NOT t.sealed AND t.source_agency = h.text_agency AND t.source_record_id = h.text_record_id
WHERE h.resolved_address IN (SELECT resolved_address FROM hit GROUP BY resolved_address HAVING count(DISTINCT text_record_id) >= 5);
