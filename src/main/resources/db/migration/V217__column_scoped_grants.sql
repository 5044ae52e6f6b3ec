-- An editor's or reviewer's grant may be scoped to a column subtree of its site (Art. 6: a township publishes through
-- its channel on the county portal; a department's reviewer reviews only the department's columns).
ALTER TABLE role_grant ADD COLUMN column_id UUID REFERENCES content_column (id);
ALTER TABLE role_grant DROP CONSTRAINT role_grant_unique;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_unique UNIQUE NULLS NOT DISTINCT (app_user, role, site_id, column_id);
