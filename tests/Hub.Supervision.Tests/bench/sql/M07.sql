-- M07 司法救助 两库四比对: seriously harmed, uncompensated victims of the listed charges who are in the poverty,
-- assistance or disability registry, or were minors at the incident (sealed rows included: the model declares why);
-- household expansion: such a victim who died, another member of whose household (the household_id of the victim's
-- poverty or assistance entries, any validity) meets one of the four comparisons: the victim's row and both entries.
WITH victim AS (
  SELECT p.* FROM judicial.case_party p
  WHERE p.id_number IS NOT NULL AND p.role IN ('被害人', '被害人近亲属')
    AND (p.injury IN ('重伤', '死亡', '严重残疾') OR p.loss_amount >= 50000)
    AND coalesce(p.compensation_received, 0) < 10000
    AND EXISTS (SELECT 1 FROM judicial.spp_case c WHERE c.spp_case_id = p.spp_case_id
                AND string_to_array(c.charges, '|') && ARRAY['故意伤害罪', '故意杀人罪', '交通肇事罪', '强奸罪', '抢劫罪', '诈骗罪', '拒不支付劳动报酬罪'])
), household AS (
  SELECT 'poverty_registry' AS registry, id_number, household_id, source_agency, source_record_id FROM administrative.poverty_registry WHERE household_id IS NOT NULL
  UNION ALL
  SELECT 'assistance_roster', id_number, household_id, source_agency, source_record_id FROM administrative.assistance_roster WHERE household_id IS NOT NULL
), dependant AS (
  SELECT DISTINCT v.id_number AS victim, own.household_id, member.id_number AS member
  FROM victim v
  JOIN household own ON own.id_number = v.id_number
  JOIN household member ON member.household_id = own.household_id AND member.id_number <> v.id_number
  WHERE v.injury IN ('死亡')
    AND (EXISTS (SELECT 1 FROM administrative.poverty_registry r WHERE r.id_number = member.id_number)
      OR EXISTS (SELECT 1 FROM administrative.assistance_roster r WHERE r.id_number = member.id_number
                 AND r.valid_from <= :'as_of'::date AND (r.valid_to IS NULL OR r.valid_to >= :'as_of'::date))
      OR EXISTS (SELECT 1 FROM administrative.disability_registry r WHERE r.id_number = member.id_number)
      OR EXISTS (SELECT 1 FROM judicial.spp_case c JOIN shared.person s ON s.id_number = member.id_number
                 WHERE c.spp_case_id = v.spp_case_id AND c.incident_date IS NOT NULL AND s.birth_date + interval '18 years' > c.incident_date))
)
SELECT p.id_number AS subject_key, p.source_agency, p.source_record_id FROM victim p
WHERE EXISTS (SELECT 1 FROM administrative.poverty_registry r WHERE r.id_number = p.id_number)
   OR EXISTS (SELECT 1 FROM administrative.assistance_roster r WHERE r.id_number = p.id_number
              AND r.valid_from <= :'as_of'::date AND (r.valid_to IS NULL OR r.valid_to >= :'as_of'::date))
   OR EXISTS (SELECT 1 FROM administrative.disability_registry r WHERE r.id_number = p.id_number)
   OR EXISTS (SELECT 1 FROM judicial.spp_case c JOIN shared.person s ON s.id_number = p.id_number
              WHERE c.spp_case_id = p.spp_case_id AND c.incident_date IS NOT NULL AND s.birth_date + interval '18 years' > c.incident_date)
UNION
SELECT p.id_number, p.source_agency, p.source_record_id FROM victim p JOIN dependant d ON d.victim = p.id_number
UNION
SELECT d.victim, h.source_agency, h.source_record_id FROM dependant d
JOIN household h ON h.household_id = d.household_id AND h.id_number IN (d.victim, d.member);
