#include "AboutDialog.h"

#include "RelativeFont.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* plainLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    // The headline and the server address come from outside the program: never rich text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AboutDialog::AboutDialog(AboutFacts facts, QWidget* parent)
    : QDialog(parent)
    , m_facts(std::move(facts))
    , m_icon(new QLabel(this))
    , m_title(plainLabel("aboutTitle", this))
    , m_article(plainLabel("aboutArticle", this))
    , m_comments(plainLabel("aboutComments", this))
    , m_versions(plainLabel("aboutVersions", this))
    , m_licence(plainLabel("aboutLicence", this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowIcon(m_facts.icon);
    m_icon->setObjectName(QStringLiteral("aboutIcon"));
    m_icon->setPixmap(m_facts.icon.pixmap(64));
    m_icon->setAlignment(Qt::AlignTop);
    RelativeFont::apply(m_title, 1.3, true);
    m_buttons->setObjectName(QStringLiteral("aboutButtons"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("aboutCloseButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* texts = new QVBoxLayout;
    for (QLabel* label : {m_title, m_article, m_comments, m_versions, m_licence})
        texts->addWidget(label);
    texts->addStretch();
    auto* body = new QHBoxLayout;
    body->addWidget(m_icon);
    body->addLayout(texts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_buttons);
    retranslate();
    setMinimumWidth(420);
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Pilot Zones"));
    setAccessibleName(tr("About Pilot Zones"));
    m_icon->setAccessibleName(tr("Pilot Zones icon"));
    //: %1 is the version
    m_title->setText(tr("Pilot Zones %1").arg(m_facts.version));
    m_title->setAccessibleName(tr("Name and version"));
    m_article->setText(tr("A reader for “%1”.").arg(m_facts.headline));
    m_article->setAccessibleName(tr("Article"));
    if (m_facts.commentServer.isEmpty()) {
        m_comments->setText(
            tr("No comment server is set: comments are kept on this computer, in %1.").arg(m_facts.commentStorePath));
    } else {
        m_comments->setText(
            tr("Comments go to the Waline comment server at %1.").arg(m_facts.commentServer.toDisplayString()));
    }
    m_comments->setAccessibleName(tr("Where comments go"));
    m_versions->setText(tr("Running on Qt %1.").arg(m_facts.qtVersion));
    m_versions->setAccessibleName(tr("Qt version"));
    m_licence->setText(tr("Copyright © 2026 The Pilot Zones developers.\nLicensed under the MIT licence."));
    m_licence->setAccessibleName(tr("Licence"));
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
}
