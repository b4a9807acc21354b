-- M13 司法网拍: short notice (15 days movables, 30 others), first round below 70 % of the appraisal, second round below
-- 80 % of the first, a futile sale without notice to the applicant, missing disclosures.
WITH auction AS (SELECT * FROM judicial.judicial_auction WHERE NOT sealed AND announce_date <= :'as_of'::date)
SELECT a.auction_id AS subject_key, a.source_agency, a.source_record_id FROM auction a
WHERE (a.asset_type = '动产' AND a.bid_start < a.announce_date + 15)
   OR (a.asset_type <> '动产' AND a.bid_start < a.announce_date + 30)
   OR (a.round = '一拍' AND a.start_price < a.appraisal_value * 0.70)
   OR (a.round = '二拍' AND EXISTS (SELECT 1 FROM auction f WHERE f.round = '一拍' AND f.enforcement_case_no = a.enforcement_case_no AND a.start_price < f.start_price * 0.80))
   OR (a.priority_claims_amount IS NOT NULL AND a.start_price <= a.priority_claims_amount + coalesce(a.enforcement_cost_estimate, 0)
       AND NOT string_to_array(coalesce(a.disclosures, ''), '|') @> ARRAY['无益拍卖通知'])
   OR NOT (string_to_array(coalesce(a.disclosures, ''), '|') @> ARRAY['执行依据', '评估报告', '瑕疵', '优先购买权人', '税费承担']);
