-- 0004: three decimal columns take the precision their model declares. Until now the model's 18,2 default outranked
-- their [Precision] attributes, so 2.125 tonnes of hazardous waste were stored as 2.13 and taxable units lost their
-- third and fourth decimals without a word.
ALTER TABLE enforcement.admin_penalty
    ALTER COLUMN exceed_multiple TYPE numeric(8,2),
    ALTER COLUMN hazardous_waste_tonnes TYPE numeric(12,3);
ALTER TABLE administrative.env_tax_declaration
    ALTER COLUMN taxable_units TYPE numeric(18,4);
