-- M13 司法网拍: short notice (15 days movables, 30 others), first round below 70 % of the appraisal, second round below
-- 80 % of the first, a futile sale without notice to the applicant, missing disclosures; (R6) a sale won by the
-- enforcement case's respondent (the court's hashes equal): the auction and the case; (R7) a 终本 case one of whose
-- sales reached the amount due, by case number: the case and the auction.
WITH auction AS (SELECT * FROM judicial.judicial_auction WHERE NOT sealed AND announce_date <= :'as_of'::date),
enforcement AS (SELECT * FROM judicial.enforcement_case WHERE NOT sealed)
SELECT a.auction_id AS subject_key, a.source_agency, a.source_record_id FROM auction a
WHERE (a.asset_type = '动产' AND a.bid_start < a.announce_date + 15)
   OR (a.asset_type <> '动产' AND a.bid_start < a.announce_date + 30)
   OR (a.round = '一拍' AND a.start_price < a.appraisal_value * 0.70)
   OR (a.round = '二拍' AND EXISTS (SELECT 1 FROM auction f WHERE f.round = '一拍' AND f.enforcement_case_no = a.enforcement_case_no AND a.start_price < f.start_price * 0.80))
   OR (a.priority_claims_amount IS NOT NULL AND a.start_price <= a.priority_claims_amount + coalesce(a.enforcement_cost_estimate, 0)
       AND NOT string_to_array(coalesce(a.disclosures, ''), '|') @> ARRAY['无益拍卖通知'])
   OR NOT (string_to_array(coalesce(a.disclosures, ''), '|') @> ARRAY['执行依据', '评估报告', '瑕疵', '优先购买权人', '税费承担'])
UNION ALL
SELECT a.auction_id, x.agency, x.record FROM auction a
JOIN enforcement e ON e.enforcement_case_no = a.enforcement_case_no AND e.respondent_id_hash = a.winner_id_hash
CROSS JOIN LATERAL (VALUES (a.source_agency, a.source_record_id), (e.source_agency, e.source_record_id)) x(agency, record)
WHERE a.status = '成交'
UNION ALL
SELECT e.enforcement_case_no, x.agency, x.record FROM enforcement e
JOIN auction a ON a.enforcement_case_no = e.enforcement_case_no AND a.status = '成交' AND a.deal_price >= e.amount_due * 1.00
CROSS JOIN LATERAL (VALUES (e.source_agency, e.source_record_id), (a.source_agency, a.source_record_id)) x(agency, record)
WHERE e.status IN ('终本');
