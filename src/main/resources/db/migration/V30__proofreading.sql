-- Proofreading dictionaries (Measures Art. 10; national rules §4). One table for all kinds:
--   CORRECTION  a known wrong form and its right form (suggestion required)
--   BANNED      must never be published
--   SENSITIVE   must be checked by a person before publication
--   ALLOWED     a correct phrase containing a suspicious word; matches wholly inside it are not reported
-- match_key is the word folded for matching (ASCII lower case, full-width ASCII as half-width); it is unique, so one
-- word belongs to one dictionary only.
CREATE TABLE proofreading_entry (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    word       VARCHAR(100) NOT NULL CHECK (length(trim(word)) > 0),
    match_key  VARCHAR(100) NOT NULL,
    kind       VARCHAR(20) NOT NULL CHECK (kind IN ('CORRECTION', 'BANNED', 'SENSITIVE', 'ALLOWED')),
    category   VARCHAR(30),
    severity   VARCHAR(10) CHECK (severity IN ('SERIOUS', 'WARNING', 'HINT')),
    suggestion VARCHAR(100),
    note       VARCHAR(200),
    created_at TIMESTAMPTZ NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    CONSTRAINT proofreading_entry_key_unique UNIQUE (match_key),
    CHECK ((kind = 'ALLOWED') = (category IS NULL AND severity IS NULL)),
    CHECK (kind <> 'ALLOWED' OR suggestion IS NULL),
    CHECK (kind <> 'CORRECTION' OR suggestion IS NOT NULL),
    CHECK (suggestion IS NULL OR suggestion <> word)
);

-- The dictionary's version: raised in the same transaction as every change to proofreading_entry. Each node keeps
-- its compiled dictionary with the version it was built from and rebuilds when the database holds a newer one.
CREATE TABLE proofreading_dictionary (
    id      SMALLINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO proofreading_dictionary (id, version) VALUES (1, 1);

-- Seed: common errors named by the national inspection rules and frequent typos in government texts, a few generic
-- banned and sensitive words (placeholders and test content, classification markings), and one allowed phrase.
INSERT INTO proofreading_entry (word, match_key, kind, category, severity, suggestion, note, created_at, created_by)
SELECT word, lower(word), kind, category, severity, suggestion, note, now(), 'system'
FROM (VALUES
    ('攻府', 'CORRECTION', 'TYPO', 'WARNING', '政府', NULL),
    ('中华人民共合国', 'CORRECTION', 'TYPO', 'SERIOUS', '中华人民共和国', '国名错误属严重表述错误'),
    ('扫黑险恶', 'CORRECTION', 'TYPO', 'SERIOUS', '扫黑除恶', NULL),
    ('齐齐哈市', 'CORRECTION', 'ADMINISTRATIVE_DIVISION', 'WARNING', '齐齐哈尔市', NULL),
    ('乌鲁木其', 'CORRECTION', 'ADMINISTRATIVE_DIVISION', 'WARNING', '乌鲁木齐', NULL),
    ('哈尔宾', 'CORRECTION', 'ADMINISTRATIVE_DIVISION', 'WARNING', '哈尔滨', NULL),
    ('国务院办工厅', 'CORRECTION', 'INSTITUTION_NAME', 'WARNING', '国务院办公厅', NULL),
    ('社会主意', 'CORRECTION', 'TYPO', 'WARNING', '社会主义', NULL),
    ('实事求事', 'CORRECTION', 'TYPO', 'WARNING', '实事求是', NULL),
    ('再接再励', 'CORRECTION', 'TYPO', 'WARNING', '再接再厉', NULL),
    ('迫不急待', 'CORRECTION', 'TYPO', 'WARNING', '迫不及待', NULL),
    ('一愁莫展', 'CORRECTION', 'TYPO', 'WARNING', '一筹莫展', NULL),
    ('谈笑风声', 'CORRECTION', 'TYPO', 'WARNING', '谈笑风生', NULL),
    ('美仑美奂', 'CORRECTION', 'TYPO', 'WARNING', '美轮美奂', NULL),
    ('穿流不息', 'CORRECTION', 'TYPO', 'WARNING', '川流不息', NULL),
    ('按装', 'CORRECTION', 'TYPO', 'WARNING', '安装', NULL),
    ('防碍', 'CORRECTION', 'TYPO', 'WARNING', '妨碍', NULL),
    ('既使', 'CORRECTION', 'TYPO', 'HINT', '即使', NULL),
    ('既使用', 'ALLOWED', NULL, NULL, NULL, '“既……又……”句式，不是“即使”的误写'),
    ('既使得', 'ALLOWED', NULL, NULL, NULL, '“既……又……”句式，不是“即使”的误写'),
    ('此处填写标题', 'BANNED', 'BANNED_WORD', 'SERIOUS', NULL, '模板占位文字'),
    ('此处填写正文', 'BANNED', 'BANNED_WORD', 'SERIOUS', NULL, '模板占位文字'),
    ('测试稿件', 'BANNED', 'BANNED_WORD', 'SERIOUS', NULL, '测试内容不得发布'),
    ('lorem ipsum', 'BANNED', 'BANNED_WORD', 'SERIOUS', NULL, '模板占位文字'),
    ('绝密★', 'BANNED', 'BANNED_WORD', 'SERIOUS', NULL, '涉密标志，涉密信息不得上网'),
    ('机密★', 'BANNED', 'BANNED_WORD', 'SERIOUS', NULL, '涉密标志，涉密信息不得上网'),
    ('秘密★', 'BANNED', 'BANNED_WORD', 'SERIOUS', NULL, '涉密标志，涉密信息不得上网'),
    ('内部资料', 'SENSITIVE', 'SENSITIVE_WORD', 'WARNING', NULL, '请确认已履行公开审查'),
    ('内部传阅', 'SENSITIVE', 'SENSITIVE_WORD', 'WARNING', NULL, '请确认已履行公开审查'),
    ('不宜公开', 'SENSITIVE', 'SENSITIVE_WORD', 'WARNING', NULL, '请确认已履行公开审查')
) AS seed (word, kind, category, severity, suggestion, note);
