#include "SentFieldsDialog.h"

#include "text/UntrustedText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QLabel* plainLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    // The server's address comes from the settings or the command line: never rich text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SentFieldsDialog::SentFieldsDialog(const QUrl& endpoint, const QList<SentField>& fields, QWidget* parent)
    : QDialog(parent)
    , m_endpoint(endpoint)
    , m_fields(fields)
    , m_intro(plainLabel("sentFieldsIntro", this))
    , m_list(new QTreeWidget(this))
    , m_nothingElse(plainLabel("sentFieldsNothingElse", this))
{
    setObjectName(QStringLiteral("sentFieldsDialog"));
    m_list->setObjectName(QStringLiteral("sentFieldsList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    for (int i = 0; i < m_fields.size(); ++i)
        m_list->addTopLevelItem(new QTreeWidgetItem(m_list));
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("sentFieldsButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("sentFieldsCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_nothingElse);
    layout->addWidget(buttons);
    retranslateUi();
    resize(560, 420);
}

void SentFieldsDialog::retranslateUi()
{
    setWindowTitle(tr("What is sent"));
    m_intro->setText(tr("When you press Send, Pilot Zones sends one request, POST %1, with these JSON fields. The "
                        "comment server keeps what it receives.")
                         .arg(m_endpoint.toDisplayString()));
    m_intro->setAccessibleName(m_intro->text());
    m_list->setHeaderLabels({tr("Field"), tr("What it carries")});
    m_list->setAccessibleName(tr("Fields of the request"));
    for (int i = 0; i < m_fields.size(); ++i) {
        const SentField& field = m_fields.at(i);
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        QString description = field.description;
        if (!field.fixedValue.isEmpty())
            //: A field's description, then the value it always has, e.g. the article's address
            description = tr("%1 Sent as: %2").arg(description, field.fixedValue);
        if (field.onlyWhenGiven)
            //: A field's description for a field left out when the reader leaves it empty
            description = tr("%1 Left out when empty.").arg(description);
        item->setText(0, field.key);
        item->setText(1, description);
        item->setToolTip(1, UntrustedText::toHtml(description));
        item->setData(1, Qt::AccessibleTextRole, description);
    }
    m_nothingElse->setText(tr("Nothing else leaves this computer: the city you choose in About stays with your "
                              "copy of the comment. Loading the comments asks the same server for this article's "
                              "thread."));
    m_nothingElse->setAccessibleName(m_nothingElse->text());
}

void SentFieldsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
