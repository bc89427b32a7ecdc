-- Case numbers (下〔2026〕012, 上〔2026〕003) come from a sequence per direction: unique even when two
-- clerks open cases at once.
CREATE SEQUENCE adjustment_down_numbers_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE adjustment_up_numbers_seq START WITH 1 INCREMENT BY 1;
