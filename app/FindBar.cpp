#include "FindBar.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace {

QToolButton* makeButton(QWidget* parent, const char* objectName)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoRaise(true);
    return button;
}

void setTexts(QToolButton* button, const QString& text, const QString& accessibleName, const QString& toolTip)
{
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
}

} // namespace

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_label(new QLabel(this))
    , m_previous(makeButton(this, "findPreviousButton"))
    , m_next(makeButton(this, "findNextButton"))
    , m_close(makeButton(this, "findCloseButton"))
{
    setObjectName(QStringLiteral("findBar"));
    m_label->setObjectName(QStringLiteral("findLabel"));
    m_label->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("findField"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setTextFormat(Qt::PlainText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    setTabOrder(m_field, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::searchChanged);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            emit previousRequested();
        else
            emit nextRequested();
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    retranslateUi();
}

void FindBar::retranslateUi()
{
    setAccessibleName(tr("Find in article"));
    m_label->setText(tr("&Find:"));
    m_field->setAccessibleName(tr("Find in article"));
    m_field->setPlaceholderText(tr("Search the article"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("No matches")) + 8);
    setTexts(m_previous, tr("Previous"), tr("Previous match"), tr("Go to the previous match (Shift+F3)"));
    setTexts(m_next, tr("Next"), tr("Next match"), tr("Go to the next match (F3)"));
    setTexts(m_close, tr("Close"), tr("Close find bar"), tr("Close (Escape)"));
    setResult(m_current, m_total);
}

void FindBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::activate()
{
    // The clear button's icon is looked up in the icon themes on disk, a cost that has no place before the
    // window's first paint; the bar is hidden until now anyway.
    m_field->setClearButtonEnabled(true);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setResult(int current, int total)
{
    m_current = current;
    m_total = total;
    const bool searching = !m_field->text().isEmpty();
    if (!searching)
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No matches"));
    else
        //: Find bar: the current match and how many there are, e.g. "2 of 9"
        m_count->setText(tr("%1 of %2").arg(current).arg(total));
    m_previous->setEnabled(total > 0);
    m_next->setEnabled(total > 0);
    // Screen readers hear the new count without moving focus from the field.
    QAccessibleEvent event(m_count, QAccessible::NameChanged);
    m_count->setAccessibleName(m_count->text().isEmpty() ? tr("Matches") : m_count->text());
    QAccessible::updateAccessibility(&event);
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::close()
{
    hide();
    emit closed();
}
