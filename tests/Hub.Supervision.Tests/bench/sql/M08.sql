-- M08 学校周边食品安全: M08 hits of the last 90 days within 200 m of a school (planar distance); a school with at least
-- 2 such hits or one naming a harm, and no MARKET penalty on a resolved organisation on or after its first hit.
WITH near AS (
  SELECT s.school_id, h.* FROM administrative.edu_school s
  JOIN lake.lake_hit h ON NOT h.sealed AND h.model_id = 'M08' AND h.geo IS NOT NULL AND h.hit_date BETWEEN :'as_of'::date - 90 AND :'as_of'::date
  CROSS JOIN LATERAL (SELECT split_part(s.geo, ',', 1)::float8 AS slat, split_part(s.geo, ',', 2)::float8 AS slon,
                             split_part(h.geo, ',', 1)::float8 AS hlat, split_part(h.geo, ',', 2)::float8 AS hlon) g
  WHERE NOT s.sealed AND s.geo IS NOT NULL
    AND ((g.hlat - g.slat) * 111320) ^ 2 + ((g.hlon - g.slon) * 111320 * cos(radians(g.slat))) ^ 2 <= 200 ^ 2
), school AS (
  SELECT school_id, min(hit_date) AS first_hit FROM near GROUP BY school_id
  HAVING count(*) >= 2 OR bool_or(string_to_array(matched_terms, '|') && ARRAY['拉肚子', '腹泻', '呕吐', '食物中毒', '变质'])
)
SELECT n.school_id AS subject_key, t.source_agency, t.source_record_id
FROM near n JOIN school c ON c.school_id = n.school_id
JOIN (SELECT source_agency, source_record_id FROM lake.hotline_ticket WHERE NOT sealed
      UNION ALL SELECT source_agency, source_record_id FROM lake.grid_event WHERE NOT sealed) t
  ON t.source_agency = n.text_agency AND t.source_record_id = n.text_record_id
WHERE NOT EXISTS (SELECT 1 FROM near x JOIN enforcement.admin_penalty p ON NOT p.sealed AND p.agency_kind = 'MARKET' AND p.entity_uscc = x.resolved_uscc
                  WHERE x.school_id = c.school_id AND p.decision_date >= c.first_hit);
