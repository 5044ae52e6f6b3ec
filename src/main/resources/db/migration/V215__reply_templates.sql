-- 常用语 (issue 14, responder): reply templates per site, inserted into an answer and edited there.
CREATE TABLE interaction_reply_template (
    id         UUID PRIMARY KEY,
    site_id    UUID NOT NULL REFERENCES site (id),
    title      VARCHAR(100) NOT NULL,
    body       TEXT NOT NULL,
    created_by VARCHAR(50) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX interaction_reply_template_site ON interaction_reply_template (site_id, title);
