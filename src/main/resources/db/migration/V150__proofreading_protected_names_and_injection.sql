-- Serious wording errors and injection (issue 11). A fifth kind of entry:
--   PROTECTED  the right form of a protected name (leader, organisation, place, the country's name; category says
--              which). Never reported itself; the wording detector reports it written with a same-sound or
--              similar-shape character, naming this form.
-- Entries of category GAMBLING or PORNOGRAPHY extend the injection lexicon (com.github.houbb:sensitive-word's gambling
-- and pornography words) instead of being matched on their own: a sentence reporting a crackdown is not promotion.
ALTER TABLE proofreading_entry DROP CONSTRAINT proofreading_entry_kind_check;
ALTER TABLE proofreading_entry ADD CONSTRAINT proofreading_entry_kind_check
    CHECK (kind IN ('CORRECTION', 'BANNED', 'SENSITIVE', 'ALLOWED', 'PROTECTED'));
ALTER TABLE proofreading_entry ADD CONSTRAINT proofreading_entry_protected_no_suggestion
    CHECK (kind <> 'PROTECTED' OR suggestion IS NULL);

UPDATE proofreading_dictionary SET version = version + 1 WHERE id = 1;

INSERT INTO proofreading_entry (word, match_key, kind, category, severity, suggestion, note, created_at, created_by)
SELECT word, lower(word), kind, category, CASE WHEN kind = 'SENSITIVE' THEN 'WARNING' ELSE 'SERIOUS' END, NULL, note,
       now(), 'system'
FROM (VALUES
    -- Protected names: the country, national bodies, and the demo prefecture (演示数据: replace with the real ones).
    ('中华人民共和国', 'PROTECTED', 'COUNTRY_NAME', NULL),
    ('中国共产党', 'PROTECTED', 'INSTITUTION_NAME', NULL),
    ('全国人民代表大会', 'PROTECTED', 'INSTITUTION_NAME', NULL),
    ('中国人民政治协商会议', 'PROTECTED', 'INSTITUTION_NAME', NULL),
    ('国务院办公厅', 'PROTECTED', 'INSTITUTION_NAME', NULL),
    ('示例自治州人民政府', 'PROTECTED', 'INSTITUTION_NAME', '演示数据'),
    ('示例自治州大数据中心', 'PROTECTED', 'INSTITUTION_NAME', '演示数据'),
    ('示例自治州', 'PROTECTED', 'ADMINISTRATIVE_DIVISION', '演示数据'),
    ('甲县城关镇', 'PROTECTED', 'ADMINISTRATIVE_DIVISION', '演示数据'),
    ('马建国', 'PROTECTED', 'LEADER_NAME', '中共示例自治州委员会书记（演示数据）'),
    ('欧阳明华', 'PROTECTED', 'LEADER_NAME', '示例自治州州长（演示数据）'),
    -- A removed official (演示数据): mentioning him is sensitive; giving him a title is a serious wording error.
    ('黄立新', 'SENSITIVE', 'FALLEN_OFFICIAL', '原示例自治州副州长，已被免职（演示数据）'),
    -- Our additions to the library's gambling words (its gambling tag has under 900 words, many of them noise).
    ('百家乐', 'BANNED', 'GAMBLING', NULL),
    ('澳门新葡京', 'BANNED', 'GAMBLING', NULL),
    ('葡京娱乐场', 'BANNED', 'GAMBLING', NULL),
    ('威尼斯人娱乐', 'BANNED', 'GAMBLING', NULL),
    ('注册送彩金', 'BANNED', 'GAMBLING', NULL),
    ('首存送', 'BANNED', 'GAMBLING', NULL),
    ('彩金', 'BANNED', 'GAMBLING', NULL),
    ('真人视讯', 'BANNED', 'GAMBLING', NULL),
    ('电子游艺', 'BANNED', 'GAMBLING', NULL),
    ('ag真人', 'BANNED', 'GAMBLING', NULL),
    ('皇冠体育', 'BANNED', 'GAMBLING', NULL),
    ('皇冠足球', 'BANNED', 'GAMBLING', NULL),
    ('太阳城集团', 'BANNED', 'GAMBLING', NULL),
    ('时时彩', 'BANNED', 'GAMBLING', NULL),
    ('北京赛车pk10', 'BANNED', 'GAMBLING', NULL),
    ('幸运飞艇', 'BANNED', 'GAMBLING', NULL),
    ('开元棋牌', 'BANNED', 'GAMBLING', NULL),
    ('棋牌游戏官网', 'BANNED', 'GAMBLING', NULL),
    ('体育投注', 'BANNED', 'GAMBLING', NULL),
    ('足球投注', 'BANNED', 'GAMBLING', NULL),
    ('网上赌场', 'BANNED', 'GAMBLING', NULL),
    ('在线赌场', 'BANNED', 'GAMBLING', NULL),
    ('线上娱乐城', 'BANNED', 'GAMBLING', NULL),
    ('澳门赌场', 'BANNED', 'GAMBLING', NULL),
    ('博彩网站', 'BANNED', 'GAMBLING', NULL),
    ('六合彩', 'BANNED', 'GAMBLING', NULL),
    ('老虎机', 'BANNED', 'GAMBLING', NULL),
    ('菠菜网', 'BANNED', 'GAMBLING', '“博彩”的谐音黑话'),
    ('成人视频', 'BANNED', 'PORNOGRAPHY', NULL),
    ('裸聊', 'BANNED', 'PORNOGRAPHY', NULL),
    ('约炮', 'BANNED', 'PORNOGRAPHY', NULL),
    ('黄色网站', 'BANNED', 'PORNOGRAPHY', NULL),
    ('成人网站', 'BANNED', 'PORNOGRAPHY', NULL),
    ('午夜福利', 'BANNED', 'PORNOGRAPHY', NULL)
) AS seed (word, kind, category, note);
