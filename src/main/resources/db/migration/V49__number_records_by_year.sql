-- Official numbers start again at 1 each year (上〔2026〕001, 查诬〔2026〕001, DB-2026-0001): one counter per
-- prefix, its year included, taken under a row lock in the transaction that saves the record, so two clerks
-- never share a number and a rolled-back record gives its number back. A prefix's first number continues after
-- the highest that year's records already carry. The sequences that numbered across years are gone.
CREATE TABLE yearly_numbers (
    prefix     VARCHAR(40) NOT NULL,
    last_no    INT         NOT NULL,
    CONSTRAINT pk_yearly_numbers PRIMARY KEY (prefix)
);

DROP SEQUENCE adjustment_down_numbers_seq;
DROP SEQUENCE adjustment_up_numbers_seq;
DROP SEQUENCE accusation_numbers_seq;
DROP SEQUENCE tolerance_numbers_seq;
DROP SEQUENCE supervision_item_numbers_seq;
