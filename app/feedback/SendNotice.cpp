#include "SendNotice.h"

#include "SentFieldsDialog.h"
#include "feedback/SendDisclosure.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

SendNotice::SendNotice(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_details(new QPushButton(this))
{
    setObjectName(QStringLiteral("sendNotice"));
    m_text->setObjectName(QStringLiteral("sendNoticeText"));
    // Names the server's host from the settings: plain text.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_details->setObjectName(QStringLiteral("whatIsSentButton"));
    // A flat button, not a rich-text link: it takes focus, Space opens it, and no markup is involved.
    m_details->setFlat(true);
    m_details->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details, 0, Qt::AlignTop);
    connect(m_details, &QPushButton::clicked, this, &SendNotice::showDetails);
    retranslateUi();
    hide();
}

void SendNotice::setDisclosure(SendDisclosure* disclosure)
{
    m_disclosure = disclosure;
    retranslateUi();
    refresh();
}

void SendNotice::refresh()
{
    const bool needed = m_disclosure && m_disclosure->isNeeded();
    if (needed == isVisibleTo(parentWidget()))
        return;
    setVisible(needed);
    QAccessibleEvent changed(m_text, needed ? QAccessible::ObjectShow : QAccessible::ObjectHide);
    QAccessible::updateAccessibility(&changed);
}

void SendNotice::retranslateUi()
{
    m_details->setText(tr("What is sent?"));
    m_details->setAccessibleName(tr("What is sent?"));
    m_details->setToolTip(tr("Show exactly what a comment sends to the server"));
    m_text->setText(m_disclosure ? m_disclosure->summary() : QString());
    m_text->setAccessibleName(m_text->text());
    setAccessibleName(tr("What is sent to the comment server"));
}

void SendNotice::showDetails()
{
    if (!m_disclosure)
        return;
    auto* dialog = new SentFieldsDialog(m_disclosure->endpoint(), m_disclosure->fields(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SendNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
