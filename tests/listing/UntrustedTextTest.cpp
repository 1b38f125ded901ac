#include "text/UntrustedText.h"

#include <QTextDocument>

#include <gtest/gtest.h>

#include <ostream>

namespace {

const QChar fsi(0x2068);
const QChar pdi(0x2069);
const QChar marker(UntrustedText::replacement);

QString repeated(const QString& s, int times)
{
    return s.repeated(times);
}

struct VisibleCase
{
    const char* name;
    QString input;
    QString expected;
};

void PrintTo(const VisibleCase& testCase, std::ostream* out)
{
    *out << testCase.name;
}

class UntrustedTextVisible : public testing::TestWithParam<VisibleCase>
{
};

} // namespace

TEST_P(UntrustedTextVisible, MakesControlsVisibleAndBoundsCombiningMarks)
{
    EXPECT_EQ(UntrustedText::visible(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs,
    UntrustedTextVisible,
    testing::Values(
        VisibleCase {"Empty", QString(), QString()},
        VisibleCase {"PlainAndMarkupUnchanged",
                     QStringLiteral("<img src=\"file:///dev/zero\"> & <b>x</b>"),
                     QStringLiteral("<img src=\"file:///dev/zero\"> & <b>x</b>")},
        VisibleCase {"RightToLeftOverride",
                     QStringLiteral("evil\u202Egnp.exe"),
                     QStringLiteral("evil") + marker + QStringLiteral("gnp.exe")},
        VisibleCase {
            "EveryBidiControl",
            QStringLiteral("a\u202Ab\u202Bc\u202Cd\u202De\u202Ff\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm"),
            QStringLiteral("a%1b%1c%1d%1e\u202Ff%1g%1h%1i%1j%1k%1l%1m").arg(marker)},
        VisibleCase {"OtherControls",
                     QStringLiteral("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Bg"),
                     QStringLiteral("a%1b%1c%1d%1e%1f%1g").arg(marker)},
        VisibleCase {"TabsAndLineBreaksStay", QStringLiteral("a\tb\nc\r\nd\re"), QStringLiteral("a\tb\nc\nd\ne")},
        VisibleCase {"ArabicAndHebrewStay", QStringLiteral("مرحبا שלום"), QStringLiteral("مرحبا שלום")},
        VisibleCase {"VietnameseStacksStay",
                     QStringLiteral("e\u0302\u0301 Vie\u0323\u0302t"),
                     QStringLiteral("e\u0302\u0301 Vie\u0323\u0302t")},
        VisibleCase {"EmojiSequencesStay",
                     QStringLiteral("👩\u200D💻 👍🏽 🇨🇳"),
                     QStringLiteral("👩\u200D💻 👍🏽 🇨🇳")},
        VisibleCase {"TenThousandMarksOnOneLetter",
                     QLatin1Char('a') + repeated(QStringLiteral("\u0301"), 10000) + QLatin1Char('b'),
                     QLatin1Char('a') + repeated(QStringLiteral("\u0301"), UntrustedText::maxCombiningMarks)
                         + QLatin1Char('b')},
        VisibleCase {"MixedMarkKindsCountTogether",
                     QStringLiteral("x\u0301\u0903\u20DD\u0302\u0303\u0304y"),
                     QStringLiteral("x\u0301\u0903\u20DD\u0302y")},
        VisibleCase {"MarksOutsideTheBmpCountByCodePoint",
                     QStringLiteral("a") + repeated(QStringLiteral("\U0001D167"), 7),
                     QStringLiteral("a") + repeated(QStringLiteral("\U0001D167"), UntrustedText::maxCombiningMarks)},
        VisibleCase {"ALineBreakEndsAStack",
                     QStringLiteral("a") + repeated(QStringLiteral("\u0301"), 6) + QStringLiteral("\n")
                         + repeated(QStringLiteral("\u0301"), 6),
                     QStringLiteral("a") + repeated(QStringLiteral("\u0301"), 4) + QStringLiteral("\n")
                         + repeated(QStringLiteral("\u0301"), 4)}),
    [](const auto& testCase) { return std::string(testCase.param.name); });

TEST(UntrustedText, IsolatesEveryLine)
{
    EXPECT_EQ(UntrustedText::isolated(QString()), QString());
    EXPECT_EQ(UntrustedText::isolated(QStringLiteral("abc")), fsi + QStringLiteral("abc") + pdi);
    EXPECT_EQ(UntrustedText::isolated(QStringLiteral("a\nb")),
              fsi + QStringLiteral("a") + pdi + QLatin1Char('\n') + fsi + QStringLiteral("b") + pdi);
    // An isolate of the text's own is made visible, so it cannot close ours early.
    EXPECT_EQ(UntrustedText::isolated(QStringLiteral("a\u2069b")),
              fsi + QStringLiteral("a") + marker + QStringLiteral("b") + pdi);
}

TEST(UntrustedText, HtmlShowsTheLiteralText)
{
    const QStringList inputs {
        QStringLiteral("<img src=\"file:///dev/zero\">"),
        QStringLiteral("first line\n<img src=\"file:///etc/hostname\">"),
        QStringLiteral("<b>x</b> &amp; &lt; \"quoted\" 'single'"),
        QStringLiteral("  two  spaces\n\n<p style='color:red'>x</p>"),
        QStringLiteral("<!-- comment --><script>alert(1)</script>"),
    };
    for (const QString& input : inputs) {
        const QString html = UntrustedText::toHtml(input);
        EXPECT_FALSE(html.contains(QStringLiteral("<img"))) << html.toStdString();
        EXPECT_FALSE(html.contains(QStringLiteral("<b>"))) << html.toStdString();
        QTextDocument document;
        int requests = 0;
        document.setResourceProvider([&requests](const QUrl&) {
            ++requests;
            return QVariant();
        });
        document.setHtml(html);
        document.size(); // lays it out, which is when images are asked for
        QString shown = document.toPlainText();
        shown.remove(fsi).remove(pdi);
        EXPECT_EQ(shown, input) << html.toStdString();
        EXPECT_EQ(requests, 0);
    }
}
