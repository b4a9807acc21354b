-- M14 支持起诉: (a) employers with at least 3 distinct complainants among the M14 hotline hits of the last 365 days:
-- the tickets; (b) uncomplied pay orders past their deadline whose complaint reaches Hunan's 6,000 (3 months, one
-- worker) or 40,000 (10 workers): the complaint and the order; (c) complaints of workers aged 60 or more (birth date
-- in the id) or disabled whose order to pay was ignored past its deadline: the worker and the complaint.
WITH ticket AS (
  SELECT h.resolved_uscc, t.* FROM lake.lake_hit h
  JOIN lake.hotline_ticket t ON NOT t.sealed AND t.complainant_phone_hash IS NOT NULL AND t.source_agency = h.text_agency AND t.source_record_id = h.text_record_id
  WHERE NOT h.sealed AND h.model_id = 'M14' AND h.text_data_set = 'hotline_ticket' AND h.resolved_uscc IS NOT NULL
    AND h.hit_date BETWEEN :'as_of'::date - 365 AND :'as_of'::date
), unpaid AS (
  SELECT o.employer_uscc, o.source_agency AS o_agency, o.source_record_id AS o_record, c.source_agency AS c_agency, c.source_record_id AS c_record
  FROM administrative.hr_pay_order o JOIN administrative.hr_wage_complaint c ON NOT c.sealed AND c.complaint_id = o.complaint_id
  WHERE NOT o.sealed AND NOT o.complied AND o.deadline < :'as_of'::date
    AND ((c.months_unpaid >= 3 AND c.amount >= 6000) OR (c.workers_count >= 10 AND c.amount >= 40000))
)
SELECT resolved_uscc AS subject_key, source_agency, source_record_id FROM ticket
WHERE resolved_uscc IN (SELECT resolved_uscc FROM ticket GROUP BY resolved_uscc HAVING count(DISTINCT complainant_phone_hash) >= 3)
UNION ALL SELECT employer_uscc, c_agency, c_record FROM unpaid
UNION ALL SELECT employer_uscc, o_agency, o_record FROM unpaid
UNION ALL SELECT c.complainant_id_number, c.source_agency, c.source_record_id FROM administrative.hr_wage_complaint c
WHERE NOT c.sealed AND length(c.complainant_id_number) = 18
  AND c.complaint_id IN (SELECT complaint_id FROM administrative.hr_pay_order WHERE NOT sealed AND NOT complied AND deadline < :'as_of'::date)
  AND (substr(c.complainant_id_number, 7, 8) <= to_char(:'as_of'::date - interval '60 years', 'YYYYMMDD')
       OR c.complainant_id_number IN (SELECT id_number FROM administrative.disability_registry WHERE NOT sealed));
