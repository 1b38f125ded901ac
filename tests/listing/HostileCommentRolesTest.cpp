#include "FakeCommentSender.h"
#include "listing/CommentListModel.h"
#include "text/UntrustedText.h"

#include <QAbstractItemModelTester>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <ostream>

// Every role of every row, for a name and a text a stranger on the comment server chose: nothing in it is markup,
// hides a control character, reorders the text around it or stacks marks without bound.

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

struct Payload
{
    const char* name;
    QString text;
};

void PrintTo(const Payload& payload, std::ostream* out)
{
    *out << payload.name;
}

const QList<Payload>& payloads()
{
    static const QList<Payload> all {
        {"ImageOfDevZero", QStringLiteral("<img src=\"file:///dev/zero\">")},
        {"ImageOfHostname", QStringLiteral("<img src=\"file:///etc/hostname\">")},
        {"Bold", QStringLiteral("<b>x</b>")},
        {"ImageOfDevZeroOnLineTwo", QStringLiteral("Nice article\n<img src=\"file:///dev/zero\">")},
        {"ImageOfHostnameOnLineTwo", QStringLiteral("Nice article\n<img src=\"file:///etc/hostname\">")},
        {"BoldOnLineTwo", QStringLiteral("Nice article\n<b>x</b>")},
        {"RightToLeftOverride", QStringLiteral("evil\u202Egnp.exe")},
        {"IsolatesAndMarks", QStringLiteral("\u2067\u200F<i>a</i>\u2069\u202C")},
        {"TenThousandMarks", QLatin1Char('a') + QStringLiteral("\u0301").repeated(10000)},
    };
    return all;
}

bool isCombiningMark(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

// Why s is not safe to show, or empty when it is.
std::string problemOf(const QString& s)
{
    int depth = 0;
    int marks = 0;
    const QList<uint> codePoints = s.toUcs4();
    for (const uint c : codePoints) {
        if (c == 0x2068) {
            ++depth;
        } else if (c == 0x2069) {
            if (--depth < 0)
                return "an isolate closes one it did not open";
        } else if (c == u'\n') {
            if (depth != 0)
                return "a line ends inside an isolate";
        } else if (UntrustedText::isHiddenControl(c)) {
            return "a hidden control character U+" + QString::number(c, 16).toStdString();
        }
        marks = isCombiningMark(c) ? marks + 1 : 0;
        if (marks > UntrustedText::maxCombiningMarks)
            return "a stack of more than maxCombiningMarks combining marks";
    }
    if (depth != 0)
        return "an isolate is left open";
    return {};
}

// What a rich-text renderer (QToolTip, a QLabel in Qt::AutoText) makes of s, for the roles that may be rendered so.
void expectRendersLiterally(const QString& s, const QString& literal, int role)
{
    if (!Qt::mightBeRichText(s))
        return;
    QTextDocument document;
    int requests = 0;
    document.setResourceProvider([&requests](const QUrl&) {
        ++requests;
        return QVariant();
    });
    document.setHtml(s);
    document.size();
    EXPECT_EQ(requests, 0) << "role " << role;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            EXPECT_FALSE(it.fragment().charFormat().isImageFormat()) << "role " << role;
    }
    QString shown = document.toPlainText();
    shown.remove(QChar(0x2068)).remove(QChar(0x2069));
    EXPECT_EQ(shown, UntrustedText::visible(literal)) << "role " << role;
}

QList<int> everyRole(const QAbstractItemModel& model)
{
    QList<int> roles;
    for (int role = 0; role <= Qt::UserRole + 64; ++role)
        roles.append(role);
    for (const int role : model.roleNames().keys()) {
        if (!roles.contains(role))
            roles.append(role);
    }
    return roles;
}

class HostileCommentRoles : public testing::TestWithParam<Payload>
{
protected:
    void checkEveryRoleOfEveryRow()
    {
        ASSERT_GT(model.rowCount(), 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            for (const int role : everyRole(model)) {
                const QVariant value = index.data(role);
                if (value.typeId() != QMetaType::QString)
                    continue;
                const QString s = value.toString();
                EXPECT_EQ(problemOf(s), std::string()) << "row " << row << ", role " << role;
                if (role == Qt::ToolTipRole) {
                    expectRendersLiterally(s, GetParam().text, role);
                } else if (role == Qt::WhatsThisRole || role == Qt::StatusTipRole) {
                    EXPECT_FALSE(Qt::mightBeRichText(s)) << "role " << role;
                }
            }
        }
    }

    FakeCommentSender sender;
    CommentListModel model {nullptr, 10};
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_P(HostileCommentRoles, FromTheServerAreSafeInEveryRoleOfEveryRow)
{
    model.setSender(&sender);
    CommentPage page;
    page.page = 1;
    page.totalPages = 1;
    page.totalCount = 4;
    const QList<ServerComment::Status> statuses {ServerComment::Status::Approved,
                                                 ServerComment::Status::Waiting,
                                                 ServerComment::Status::Spam,
                                                 ServerComment::Status::Unknown};
    for (int i = 0; i < statuses.size(); ++i) {
        ServerComment comment;
        comment.objectId = QString::number(i);
        comment.nick = GetParam().text;
        comment.text = GetParam().text;
        comment.status = statuses.at(i);
        comment.time = base.addSecs(-60 * i);
        page.comments.append(comment);
    }
    sender.deliverPage(page);
    ASSERT_EQ(model.rowCount(), statuses.size());
    checkEveryRoleOfEveryRow();
}

TEST_P(HostileCommentRoles, InTheReadersOwnCommentsAndReasonsAreSafeInEveryRoleOfEveryRow)
{
    const QList<OwnComment::State> states {
        OwnComment::State::Queued, OwnComment::State::Failed, OwnComment::State::Sent, OwnComment::State::MarkedAsSpam};
    for (int i = 0; i < states.size(); ++i) {
        OwnComment comment;
        comment.localId = QString::number(i);
        comment.content.nick = GetParam().text;
        comment.content.text = GetParam().text;
        comment.createdAt = base.addSecs(60 * i);
        comment.state = states.at(i);
        comment.lastError = GetParam().text; // a reason may quote the server
        model.addOwnComment(comment);
    }
    checkEveryRoleOfEveryRow();
}

INSTANTIATE_TEST_SUITE_P(Payloads, HostileCommentRoles, testing::ValuesIn(payloads()), [](const auto& testCase) {
    return std::string(testCase.param.name);
});

TEST(HostileCommentName, CannotPassForAnotherFileName)
{
    FakeCommentSender sender;
    CommentListModel model;
    model.setSender(&sender);
    ServerComment comment;
    comment.objectId = QStringLiteral("1");
    comment.nick = QStringLiteral("evil\u202Egnp.exe");
    comment.text = QStringLiteral("see evil\u202Egnp.exe");
    comment.status = ServerComment::Status::Approved;
    comment.time = base;
    CommentPage page;
    page.page = page.totalPages = page.totalCount = 1;
    page.comments = {comment};
    sender.deliverPage(page);
    const QString nick = model.index(0).data(CommentListModel::DisplayNickRole).toString();
    EXPECT_EQ(nick, QStringLiteral("\u2068evil\uFFFDgnp.exe\u2069"));
    EXPECT_FALSE(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QChar(0x202E)));
    EXPECT_FALSE(model.index(0).data(Qt::DisplayRole).toString().contains(QChar(0x202E)));
}

struct StatusLabelCase
{
    const char* name;
    ServerComment::Status status;
    CommentListModel::ItemState state;
    const char* label;
};

void PrintTo(const StatusLabelCase& testCase, std::ostream* out)
{
    *out << testCase.name;
}

class ServerStatusLabel : public testing::TestWithParam<StatusLabelCase>
{
};

// A Waline status other than approved is shown as what it is.
TEST_P(ServerStatusLabel, SaysWhatTheServerDidWithTheComment)
{
    FakeCommentSender sender;
    CommentListModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    model.setSender(&sender);
    ServerComment comment;
    comment.objectId = QStringLiteral("1");
    comment.text = QStringLiteral("hello");
    comment.status = GetParam().status;
    comment.time = base;
    CommentPage page;
    page.page = page.totalPages = page.totalCount = 1;
    page.comments = {comment};
    sender.deliverPage(page);
    const QModelIndex index = model.index(0);
    EXPECT_EQ(index.data(CommentListModel::StateRole).value<CommentListModel::ItemState>(), GetParam().state);
    EXPECT_EQ(index.data(CommentListModel::StateLabelRole).toString(), QString::fromUtf8(GetParam().label));
    EXPECT_EQ(index.data(Qt::AccessibleDescriptionRole).toString(), QString::fromUtf8(GetParam().label));
    EXPECT_TRUE(index.data(Qt::AccessibleTextRole).toString().contains(QString::fromUtf8(GetParam().label)));
}

INSTANTIATE_TEST_SUITE_P(Statuses,
                         ServerStatusLabel,
                         testing::Values(StatusLabelCase {"Approved",
                                                          ServerComment::Status::Approved,
                                                          CommentListModel::ItemState::Published,
                                                          "published"},
                                         StatusLabelCase {"Waiting",
                                                          ServerComment::Status::Waiting,
                                                          CommentListModel::ItemState::AwaitingModeration,
                                                          "awaiting moderation"},
                                         StatusLabelCase {"Spam",
                                                          ServerComment::Status::Spam,
                                                          CommentListModel::ItemState::MarkedAsSpam,
                                                          "marked as spam"},
                                         StatusLabelCase {"Unknown",
                                                          ServerComment::Status::Unknown,
                                                          CommentListModel::ItemState::UnknownStatus,
                                                          "not known to be published"}),
                         [](const auto& testCase) { return std::string(testCase.param.name); });
