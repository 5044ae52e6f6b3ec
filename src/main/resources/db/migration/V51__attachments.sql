-- Article attachments: stored outside any web root under random names; the original name is kept for download.
CREATE TABLE article_attachment (
    id            UUID PRIMARY KEY,
    article_id    UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    original_name VARCHAR(255) NOT NULL,
    stored_name   VARCHAR(64) NOT NULL UNIQUE,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        CHAR(64) NOT NULL,
    uploaded_by   VARCHAR(50) NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX article_attachment_article ON article_attachment (article_id);
