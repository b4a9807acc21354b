-- M01 以罚代刑: untransferred thefts (a1 amount, a2 half with a theft penalty in the year before, a3 three in two
-- years, a4 circumstances) and untransferred pollution (b1 waste, b2 heavy metals, b3 evasive methods, b4 a toxic
-- discharge after two such penalties within two years). Hunan's 数额较大 is 2,000.
WITH theft AS (
  SELECT *, coalesce(violation_date, decision_date) AS day FROM enforcement.admin_penalty
  WHERE NOT sealed AND violation_type = '盗窃' AND person_id_number IS NOT NULL
), untransferred_theft AS (
  SELECT t.* FROM theft t WHERE NOT EXISTS (
    SELECT 1 FROM enforcement.case_intake c WHERE c.case_kind = '刑事' AND c.suspect_id_number = t.person_id_number
      AND c.accepted_date >= t.day AND c.accepted_date <= t.decision_date + 30)
), pollution AS (
  SELECT p.* FROM enforcement.admin_penalty p WHERE NOT p.sealed AND p.agency_kind = 'ECO' AND p.entity_uscc IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM enforcement.transfer_record r WHERE r.admin_decision_no = p.decision_no)
)
SELECT person_id_number AS subject_key, source_agency, source_record_id FROM untransferred_theft WHERE involved_value >= 2000
UNION
SELECT t.person_id_number, t.source_agency, t.source_record_id FROM untransferred_theft t
WHERE t.involved_value >= 1000 AND EXISTS (SELECT 1 FROM theft p WHERE p.person_id_number = t.person_id_number
  AND p.decision_date >= t.day - interval '1 year' AND p.decision_date < t.day)
UNION
SELECT t.person_id_number, t.source_agency, t.source_record_id FROM untransferred_theft t
JOIN theft p ON p.person_id_number = t.person_id_number AND p.day BETWEEN t.day - interval '2 years' AND t.day
GROUP BY t.person_id_number, t.source_agency, t.source_record_id HAVING count(*) >= 3
UNION
SELECT person_id_number, source_agency, source_record_id FROM untransferred_theft
WHERE string_to_array(circumstance_flags, '|') && ARRAY['入户', '携带凶器', '扒窃']
UNION
SELECT entity_uscc, source_agency, source_record_id FROM pollution
WHERE hazardous_waste_tonnes >= 3
   OR (pollutant IN ('铅', '汞', '镉', '铬', '砷', '铊', '锑') AND exceed_multiple >= 3)
   OR (pollutant IN ('镍', '铜', '锌', '银', '钒', '锰', '钴') AND exceed_multiple >= 10)
   OR method IN ('暗管', '渗井', '渗坑', '裂隙', '溶洞', '灌注', '非紧急开启大气应急排放通道')
   OR (violation_type IN ('放射性废物', '传染病病原体废物', '有毒物质') AND (
        SELECT count(*) FROM enforcement.admin_penalty p WHERE NOT p.sealed AND p.agency_kind = 'ECO' AND p.entity_uscc = pollution.entity_uscc
           AND p.violation_type IN ('放射性废物', '传染病病原体废物', '有毒物质')
           AND p.decision_date >= coalesce(pollution.violation_period_from, pollution.decision_date) - interval '2 years'
           AND p.decision_date < coalesce(pollution.violation_period_from, pollution.decision_date)) >= 2);
