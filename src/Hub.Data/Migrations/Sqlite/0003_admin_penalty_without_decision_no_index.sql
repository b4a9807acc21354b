-- 0003: no model looks a penalty up by its decision number (M01-b joins transfer_record.admin_decision_no, which has
-- its own index), and maintaining this index row by row was a sixth of the cost of a bulk penalty import.
DROP INDEX "ix_admin_penalty_decision_no";
