-- 满意度评价 (issue 14): the citizen rates an answered message once, with the query code and mobile number; the figures
-- feed the interaction statistics (满意率 = satisfied and basically satisfied over all ratings).
CREATE TABLE interaction_message_rating (
    message_id UUID PRIMARY KEY REFERENCES interaction_message (id) ON DELETE CASCADE,
    rating     VARCHAR(20) NOT NULL,      -- SATISFIED, BASIC, UNSATISFIED
    reason     TEXT,
    rated_at   TIMESTAMPTZ NOT NULL
);
