-- Case numbers (下〔2026〕012) come from their own sequence: unique even when two clerks open cases at once.
CREATE SEQUENCE adjustment_case_numbers_seq START WITH 1 INCREMENT BY 1;
