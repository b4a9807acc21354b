-- M04 环境保护税: environmental penalties for taxable violations whose quarter's declaration was due by the as-of date
-- (15 days after the quarter) and is missing.
WITH penalty AS (
  SELECT p.*, coalesce(p.violation_period_from, p.decision_date) AS day FROM enforcement.admin_penalty p
  WHERE NOT p.sealed AND p.agency_kind = 'ECO' AND p.entity_uscc IS NOT NULL
    AND p.violation_type IN ('超标排放', '无组织排放', '扬尘', '未验收投产', '暗管')
)
SELECT p.entity_uscc AS subject_key, p.source_agency, p.source_record_id FROM penalty p
WHERE date_trunc('quarter', p.day) + interval '3 months' + interval '14 days' < :'as_of'::date
  AND NOT EXISTS (SELECT 1 FROM administrative.env_tax_declaration d WHERE d.entity_uscc = p.entity_uscc
                  AND d.tax_period = extract(year FROM p.day)::int || 'Q' || extract(quarter FROM p.day)::int);
