#include "comments/CommentRules.h"

#include <gtest/gtest.h>

using CommentRules::Field;

namespace {

QString repeated(const QString& piece, int times)
{
    return piece.repeated(times);
}

QList<Field> fieldsOf(const QList<CommentRules::Problem>& problems)
{
    QList<Field> fields;
    for (const auto& problem : problems)
        fields.append(problem.field);
    return fields;
}

const QStringList cities {QStringLiteral("hefei"), QStringLiteral("shenzhen")};

} // namespace

struct CountCase
{
    const char* name;
    QString text;
    int expected;
};

class CommentRulesCount : public ::testing::TestWithParam<CountCase>
{
};

TEST_P(CommentRulesCount, CountsCodePoints)
{
    EXPECT_EQ(CommentRules::characterCount(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Texts,
                         CommentRulesCount,
                         ::testing::Values(CountCase {"Empty", QString(), 0},
                                           CountCase {"Ascii", QStringLiteral("hello"), 5},
                                           CountCase {"Chinese", QStringLiteral("深圳市"), 3},
                                           CountCase {"EmojiIsOne", QStringLiteral("a😀b"), 3},
                                           CountCase {"Arabic", QStringLiteral("مرحبا"), 5},
                                           CountCase {
                                               "LoneHighSurrogateIsOne", QString(QChar(0xD83D)) + QLatin1Char('x'), 2},
                                           CountCase {"LoneLowSurrogateIsOne", QString(QChar(0xDE00)), 1}),
                         [](const ::testing::TestParamInfo<CountCase>& p) { return std::string(p.param.name); });

struct BlankCase
{
    const char* name;
    QString text;
    bool blank;
};

class CommentRulesBlank : public ::testing::TestWithParam<BlankCase>
{
};

TEST_P(CommentRulesBlank, TreatsInvisibleTextAsEmpty)
{
    EXPECT_EQ(CommentRules::isBlank(GetParam().text), GetParam().blank);
}

INSTANTIATE_TEST_SUITE_P(Texts,
                         CommentRulesBlank,
                         ::testing::Values(BlankCase {"Empty", QString(), true},
                                           BlankCase {"Spaces", QStringLiteral("   "), true},
                                           BlankCase {"TabsAndNewlines", QStringLiteral("\t\n\r\n "), true},
                                           BlankCase {"NoBreakSpace", QStringLiteral("\u00A0"), true},
                                           BlankCase {"NarrowNoBreakSpace", QStringLiteral("\u202F"), true},
                                           BlankCase {"IdeographicSpace", QStringLiteral("\u3000\u3000"), true},
                                           BlankCase {
                                               "ZeroWidthSpaceAndJoiners", QStringLiteral("\u200B\u200C\u200D"), true},
                                           BlankCase {"WordJoiner", QStringLiteral("\u2060"), true},
                                           BlankCase {"ByteOrderMark", QStringLiteral("\uFEFF"), true},
                                           BlankCase {"EmSpaceAndLineSeparator", QStringLiteral("\u2003\u2028"), true},
                                           BlankCase {"OneLetter", QStringLiteral(" a "), false},
                                           BlankCase {"OneDotAmongSpaces", QStringLiteral("\u3000.\u00A0"), false},
                                           BlankCase {"Emoji", QStringLiteral("😀"), false},
                                           BlankCase {"Markup", QStringLiteral("<b></b>"), false}),
                         [](const ::testing::TestParamInfo<BlankCase>& p) { return std::string(p.param.name); });

struct MailCase
{
    const char* name;
    QString mail;
    bool plausible;
};

class CommentRulesMail : public ::testing::TestWithParam<MailCase>
{
};

TEST_P(CommentRulesMail, ChecksTheShapeOfAnAddress)
{
    EXPECT_EQ(CommentRules::isPlausibleMail(GetParam().mail), GetParam().plausible);
}

INSTANTIATE_TEST_SUITE_P(
    Addresses,
    CommentRulesMail,
    ::testing::Values(MailCase {"Simple", QStringLiteral("reader@example.com"), true},
                      MailCase {"PlusAndSubdomain", QStringLiteral("a.b+c@mail.example.co.uk"), true},
                      MailCase {"UnicodeDomain", QStringLiteral("读者@例子.中国"), true},
                      MailCase {"NoAt", QStringLiteral("reader.example.com"), false},
                      MailCase {"TwoAts", QStringLiteral("a@b@example.com"), false},
                      MailCase {"NothingBeforeAt", QStringLiteral("@example.com"), false},
                      MailCase {"NoDotInDomain", QStringLiteral("reader@localhost"), false},
                      MailCase {"DomainEndsWithDot", QStringLiteral("reader@example."), false},
                      MailCase {"DomainStartsWithDot", QStringLiteral("reader@.example.com"), false},
                      MailCase {"DoubleDot", QStringLiteral("reader@example..com"), false},
                      MailCase {"Space", QStringLiteral("read er@example.com"), false},
                      MailCase {"TrailingSpace", QStringLiteral("reader@example.com "), false},
                      MailCase {"NoBreakSpace", QStringLiteral("reader@exa\u00A0mple.com"), false},
                      MailCase {"ControlCharacter", QStringLiteral("reader@exam\u0001ple.com"), false}),
    [](const ::testing::TestParamInfo<MailCase>& p) { return std::string(p.param.name); });

struct DraftCase
{
    const char* name;
    CommentDraft draft;
    QList<Field> expectedFields;
    const char* expectedMessagePart;
};

class CommentRulesValidate : public ::testing::TestWithParam<DraftCase>
{
};

TEST_P(CommentRulesValidate, NamesTheFieldAndWhatToDo)
{
    const auto problems = CommentRules::validate(GetParam().draft, cities);
    EXPECT_EQ(fieldsOf(problems), GetParam().expectedFields);
    const QString part = QString::fromUtf8(GetParam().expectedMessagePart);
    if (!part.isEmpty()) {
        ASSERT_FALSE(problems.isEmpty());
        EXPECT_TRUE(problems.constFirst().message.contains(part)) << problems.constFirst().message.toStdString();
    }
}

namespace {

CommentDraft draftWith(QString nick, QString mail, QString text, QString cityId = {})
{
    return CommentDraft {std::move(nick), std::move(mail), std::move(text), std::move(cityId)};
}

const QString ok = QStringLiteral("A fine comment.");

} // namespace

INSTANTIATE_TEST_SUITE_P(
    Drafts,
    CommentRulesValidate,
    ::testing::Values(
        DraftCase {"OnlyText", draftWith({}, {}, ok), {}, ""},
        DraftCase {"Everything",
                   draftWith(QStringLiteral("读者 😀"), QStringLiteral("r@example.com"), ok, QStringLiteral("hefei")),
                   {},
                   ""},
        DraftCase {"MarkupStaysText", draftWith({}, {}, QStringLiteral("<b>x</b> <script>y</script>")), {}, ""},
        DraftCase {"RightToLeftText", draftWith(QStringLiteral("قارئ"), {}, QStringLiteral("שלום עולם")), {}, ""},
        DraftCase {"LineBreaksAndTabsInText", draftWith({}, {}, QStringLiteral("one\n\ttwo")), {}, ""},
        DraftCase {"TextAtTheLimit", draftWith({}, {}, repeated(QStringLiteral("😀"), 2000)), {}, ""},
        DraftCase {"EmptyText", draftWith(QStringLiteral("n"), {}, {}), {Field::Text}, "Write a comment"},
        DraftCase {"BlankText", draftWith({}, {}, QStringLiteral("\u3000\u200B\n")), {Field::Text}, "Write a comment"},
        DraftCase {"TextOverTheLimit",
                   draftWith({}, {}, repeated(QStringLiteral("😀"), 2001)),
                   {Field::Text},
                   "has 2001 characters; shorten it to 2000"},
        DraftCase {"BellInText", draftWith({}, {}, QStringLiteral("a\u0007b")), {Field::Text}, "U+0007"},
        DraftCase {"CarriageReturnInText", draftWith({}, {}, QStringLiteral("a\rb")), {Field::Text}, "U+000D"},
        DraftCase {"DeleteInText", draftWith({}, {}, QStringLiteral("a\u007Fb")), {Field::Text}, "U+007F"},
        DraftCase {"C1InText", draftWith({}, {}, QStringLiteral("a\u0085b")), {Field::Text}, "U+0085"},
        DraftCase {"NulInText", draftWith({}, {}, QString(QChar(0)) + ok), {Field::Text}, "U+0000"},
        DraftCase {"RightToLeftOverride",
                   draftWith({}, {}, QStringLiteral("abc\u202Edef")),
                   {Field::Text},
                   "text-direction control (U+202E)"},
        DraftCase {"LeftToRightEmbedding", draftWith({}, {}, QStringLiteral("\u202Aabc")), {Field::Text}, "U+202A"},
        DraftCase {"FirstStrongIsolate", draftWith({}, {}, QStringLiteral("a\u2068b\u2069")), {Field::Text}, "U+2068"},
        DraftCase {"BrokenSurrogate", draftWith({}, {}, ok + QChar(0xD800)), {Field::Text}, "broken character"},
        DraftCase {"NickAtTheLimit", draftWith(repeated(QStringLiteral("名"), 64), {}, ok), {}, ""},
        DraftCase {"NickOverTheLimit",
                   draftWith(repeated(QStringLiteral("n"), 65), {}, ok),
                   {Field::Nick},
                   "name has 65 characters; shorten it to 64"},
        DraftCase {"TabInNick", draftWith(QStringLiteral("a\tb"), {}, ok), {Field::Nick}, "U+0009"},
        DraftCase {"NewlineInNick", draftWith(QStringLiteral("a\nb"), {}, ok), {Field::Nick}, "U+000A"},
        DraftCase {"OverrideInNick", draftWith(QStringLiteral("\u2066x"), {}, ok), {Field::Nick}, "U+2066"},
        DraftCase {"BadMail", draftWith({}, QStringLiteral("reader"), ok), {Field::Mail}, "name@example.com"},
        DraftCase {
            "SpaceInMail", draftWith({}, QStringLiteral("r @example.com"), ok), {Field::Mail}, "Remove the spaces"},
        DraftCase {"ControlInMail",
                   draftWith({}, QStringLiteral("r\u0001@example.com"), ok),
                   {Field::Mail},
                   "control character (U+0001)"},
        DraftCase {"MailOverTheLimit",
                   draftWith({}, repeated(QStringLiteral("a"), 250) + QStringLiteral("@b.cn"), ok),
                   {Field::Mail},
                   "at most 254"},
        DraftCase {"UnknownCity", draftWith({}, {}, ok, QStringLiteral("atlantis")), {Field::City}, "Choose one"},
        DraftCase {"EverythingWrong",
                   draftWith(QStringLiteral("\u0001"), QStringLiteral("x"), QString(), QStringLiteral("atlantis")),
                   (QList<Field> {Field::Nick, Field::Mail, Field::Text, Field::City}),
                   ""},
        DraftCase {"OverLimitAndControlAndOverride",
                   draftWith({}, {}, repeated(QStringLiteral("a"), 2001) + QStringLiteral("\u0002\u202D")),
                   (QList<Field> {Field::Text, Field::Text, Field::Text}),
                   "2003 characters"}),
    [](const ::testing::TestParamInfo<DraftCase>& p) { return std::string(p.param.name); });

TEST(CommentRules, ChecksTheCityOnlyWhenAsked)
{
    const CommentDraft draft = draftWith({}, {}, ok, QStringLiteral("atlantis"));
    EXPECT_TRUE(CommentRules::validateContent(draft).isEmpty());
    EXPECT_EQ(fieldsOf(CommentRules::validate(draft, cities)), QList<Field> {Field::City});
    EXPECT_EQ(fieldsOf(CommentRules::validate(draft, {})), QList<Field> {Field::City});
}
