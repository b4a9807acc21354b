-- M03 反向移送: discretionary non-prosecutions of the last 730 days, no 检察意见, a charge with an administrative
-- counterpart whose agency imposed no penalty from 180 days before the decision on and could still punish: the
-- conduct (spp_case.incident_date, when known) within 6 months (police), 60 (health) or 24 (others) before the decision.
SELECT n.person_id_number AS subject_key, n.source_agency, n.source_record_id FROM judicial.non_prosecution n
WHERE NOT n.sealed AND n.np_type = 'DISCRETIONARY' AND n.decision_date BETWEEN :'as_of'::date - 730 AND :'as_of'::date
  AND NOT EXISTS (SELECT 1 FROM judicial.prosecutorial_opinion o WHERE o.instrument_type = '检察意见' AND o.related_spp_case_id = n.spp_case_id)
  AND EXISTS (SELECT 1 FROM shared.charge_to_admin_violation m
              WHERE m.charge_name = ANY (string_to_array(n.charges, '|'))
                AND NOT EXISTS (SELECT 1 FROM enforcement.admin_penalty p WHERE p.person_id_number = n.person_id_number
                                AND p.agency_kind = m.agency AND p.decision_date >= n.decision_date - 180)
                AND NOT EXISTS (SELECT 1 FROM judicial.spp_case c WHERE c.spp_case_id = n.spp_case_id
                                AND c.incident_date < n.decision_date - CASE m.agency WHEN 'PSB' THEN interval '6 months'
                                                                                      WHEN 'HEALTH' THEN interval '60 months'
                                                                                      ELSE interval '24 months' END));
