-- M15 违规领取补助: payments for a month that began after the death, or spent wholly serving a sentence; with the
-- death and custody records.
WITH after_death AS (
  SELECT p.id_number, p.source_agency AS p_agency, p.source_record_id AS p_record, d.source_agency AS x_agency, d.source_record_id AS x_record
  FROM administrative.benefit_payment p JOIN administrative.death_registry d ON NOT d.sealed AND d.id_number = p.id_number
   AND d.death_date < p.pay_month AND d.death_date <= :'as_of'::date
  WHERE NOT p.sealed AND p.pay_month <= :'as_of'::date
), in_prison AS (
  SELECT p.id_number, p.source_agency AS p_agency, p.source_record_id AS p_record, c.source_agency AS x_agency, c.source_record_id AS x_record
  FROM administrative.benefit_payment p JOIN enforcement.custody_in_out c ON NOT c.sealed AND c.person_id_number = p.id_number
   AND c.in_reason = '执行刑罚' AND c.in_date < p.pay_month AND (c.out_date IS NULL OR c.out_date >= p.pay_month + interval '1 month')
  WHERE NOT p.sealed AND p.pay_month <= :'as_of'::date
), hit AS (SELECT * FROM after_death UNION ALL SELECT * FROM in_prison)
SELECT id_number AS subject_key, p_agency AS source_agency, p_record AS source_record_id FROM hit
UNION SELECT id_number, x_agency, x_record FROM hit;
