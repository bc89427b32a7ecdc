-- 讨论决定 presided: each seat may carry the member's duty at the meeting (CHAIR 主持人, RECORDER 记录人), and an
-- absent member the reason for the absence (LEAVE 请假, OFFICIAL_TRIP 公出). A user account may carry the chair
-- flag: the member a new meeting names as its chair by default.
ALTER TABLE meeting_seats ADD COLUMN duty VARCHAR(20) NULL;
ALTER TABLE meeting_seats ADD COLUMN absence VARCHAR(20) NULL;
ALTER TABLE meeting_seats_aud ADD COLUMN duty VARCHAR(20) NULL;
ALTER TABLE meeting_seats_aud ADD COLUMN absence VARCHAR(20) NULL;

ALTER TABLE user_accounts ADD COLUMN meeting_chair BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_accounts_aud ADD COLUMN meeting_chair BOOLEAN NULL;
