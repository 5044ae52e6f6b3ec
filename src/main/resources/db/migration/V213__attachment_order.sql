-- Attachments in the order the editor sets (issue 14): the console lists, moves and removes them.
ALTER TABLE article_attachment ADD COLUMN position INT NOT NULL DEFAULT 0;
UPDATE article_attachment a SET position = s.rn
FROM (SELECT id, row_number() OVER (PARTITION BY article_id ORDER BY uploaded_at, id) AS rn FROM article_attachment) s
WHERE a.id = s.id;
