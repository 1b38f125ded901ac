#include "ReplyBanner.h"

#include "text/UntrustedText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ReplyBanner::ReplyBanner(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("replyBanner"));
    m_label->setObjectName(QStringLiteral("replyingToLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelReplyButton"));
    m_cancel->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    connect(m_cancel, &QPushButton::clicked, this, &ReplyBanner::cancelRequested);
    retranslateUi();
    setVisible(false);
}

void ReplyBanner::setTarget(const CommentReplyTarget& target)
{
    m_target = target;
    retranslateUi();
    setVisible(!target.parentId.isEmpty());
}

QString ReplyBanner::text() const
{
    return m_label->text();
}

QString ReplyBanner::replyingTo(const CommentReplyTarget& target)
{
    if (target.parentId.isEmpty())
        return {};
    const QString nick = target.nick.trimmed().isEmpty() ? tr("Anonymous") : UntrustedText::isolated(target.nick);
    //: Above the comment field while the reader answers a comment; %1 is that comment's author
    return tr("Replying to %1").arg(nick);
}

void ReplyBanner::retranslateUi()
{
    m_label->setText(replyingTo(m_target));
    m_label->setAccessibleName(m_label->text());
    setAccessibleName(tr("Reply"));
    m_cancel->setText(tr("Cancel repl&y"));
    m_cancel->setAccessibleName(tr("Cancel reply"));
    m_cancel->setToolTip(tr("Send the comment on its own instead of as a reply"));
}

void ReplyBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
