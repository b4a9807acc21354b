-- M04 环境保护税: environmental penalties for taxable violations (a), permits in force with status 有效 during one of
-- the 4 latest due quarters (b), and M04 lake hits resolved with confidence 0.8 or more (c), whose quarter's
-- declaration was due by the as-of date (15 days after the quarter) and is missing.
WITH penalty AS (
  SELECT p.*, coalesce(p.violation_period_from, p.decision_date) AS day FROM enforcement.admin_penalty p
  WHERE NOT p.sealed AND p.agency_kind = 'ECO' AND p.entity_uscc IS NOT NULL
    AND p.violation_type IN ('超标排放', '无组织排放', '扬尘', '未验收投产', '暗管')
), due AS (
  SELECT q::date AS first_day, (q + interval '3 months' - interval '1 day')::date AS last_day,
         extract(year FROM q)::int || 'Q' || extract(quarter FROM q)::int AS period
  FROM generate_series(date_trunc('quarter', :'as_of'::date - 15) - interval '12 months',
                       date_trunc('quarter', :'as_of'::date - 15) - interval '3 months', interval '3 months') q
), hit AS (
  SELECT h.*, extract(year FROM h.hit_date)::int || 'Q' || extract(quarter FROM h.hit_date)::int AS period FROM lake.lake_hit h
  WHERE NOT h.sealed AND h.model_id = 'M04' AND h.resolved_uscc IS NOT NULL AND h.resolution_confidence >= 0.8
    AND date_trunc('quarter', h.hit_date) + interval '3 months' + interval '14 days' < :'as_of'::date
)
SELECT p.entity_uscc AS subject_key, p.source_agency, p.source_record_id FROM penalty p
WHERE date_trunc('quarter', p.day) + interval '3 months' + interval '14 days' < :'as_of'::date
  AND NOT EXISTS (SELECT 1 FROM administrative.env_tax_declaration d WHERE d.entity_uscc = p.entity_uscc
                  AND d.tax_period = extract(year FROM p.day)::int || 'Q' || extract(quarter FROM p.day)::int)
UNION
SELECT p.entity_uscc, p.source_agency, p.source_record_id FROM administrative.discharge_permit p JOIN due ON p.valid_from <= due.last_day
  AND (p.valid_to IS NULL OR p.valid_to >= due.first_day)
WHERE NOT p.sealed AND p.status = '有效'
  AND NOT EXISTS (SELECT 1 FROM administrative.env_tax_declaration d WHERE d.entity_uscc = p.entity_uscc AND d.tax_period = due.period)
UNION
SELECT h.resolved_uscc, h.source_agency, h.source_record_id FROM hit h
WHERE NOT EXISTS (SELECT 1 FROM administrative.env_tax_declaration d WHERE d.entity_uscc = h.resolved_uscc AND d.tax_period = h.period);
