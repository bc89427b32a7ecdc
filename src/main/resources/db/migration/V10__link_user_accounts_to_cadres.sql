-- A cadre's own sign-in account points at the cadre it belongs to (for "my items", "my entries").
ALTER TABLE user_accounts ADD COLUMN cadre_id BIGINT NULL;
ALTER TABLE user_accounts ADD CONSTRAINT fk_user_accounts_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id);
ALTER TABLE user_accounts_aud ADD COLUMN cadre_id BIGINT NULL;
