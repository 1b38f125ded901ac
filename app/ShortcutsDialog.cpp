#include "ShortcutsDialog.h"

#include "listing/ShortcutListModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// "&Print…" → "Print…", "Fish && &Chips" → "Fish & Chips", and the Chinese style "打印(&P)…" → "打印…".
QString withoutAccessKeys(QString text)
{
    static const QRegularExpression bracketedKey(QStringLiteral("\\s*\\(&[^&]\\)"));
    text.remove(bracketedKey);
    const QChar placeholder(0xfffc);
    text.replace(QLatin1String("&&"), QString(placeholder));
    text.remove(u'&');
    text.replace(placeholder, u'&');
    return text;
}

QString shortcutText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QLatin1String(", "));
}

void collect(const QList<QAction*>& actions, const QString& menu, QList<ShortcutEntry>& entries)
{
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        const QString text = withoutAccessKeys(action->text());
        if (QMenu* submenu = action->menu()) {
            collect(submenu->actions(), menu.isEmpty() ? text : QStringLiteral("%1 › %2").arg(menu, text), entries);
            continue;
        }
        if (text.isEmpty())
            continue;
        const ShortcutEntry entry {text, shortcutText(action), menu};
        if (!entries.contains(entry))
            entries.append(entry);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
    , m_model(new ShortcutListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterLabel(new QLabel(this))
    , m_filterField(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filterLabel->setObjectName(QStringLiteral("shortcutsFilterLabel"));
    m_filterLabel->setBuddy(m_filterField);
    m_filterField->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("shortcutsCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filterField, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    setTabOrder(m_filterField, m_view);

    connect(m_filterField, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    resize(520, 440);
    retranslateUi();
}

QList<ShortcutEntry> ShortcutsDialog::entriesOf(QWidget* window)
{
    QList<ShortcutEntry> entries;
    if (!window)
        return entries;
    if (auto* menuBar = window->findChild<QMenuBar*>(QString(), Qt::FindDirectChildrenOnly))
        collect(menuBar->actions(), QString(), entries);
    collect(window->actions(), QString(), entries);
    return entries;
}

void ShortcutsDialog::refresh()
{
    m_model->setEntries(entriesOf(m_window));
    for (int column = 0; column < ShortcutListModel::ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    m_filterLabel->setText(tr("&Search:"));
    m_filterField->setAccessibleName(tr("Search the shortcuts"));
    m_filterField->setPlaceholderText(tr("Action or key"));
    m_view->setAccessibleName(tr("Actions and their shortcuts"));
    if (auto* close = findChild<QPushButton*>(QStringLiteral("shortcutsCloseButton")))
        close->setAccessibleName(tr("Close"));
}

void ShortcutsDialog::showEvent(QShowEvent* event)
{
    refresh();
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The window makes its menus again on the same language change: read them once it has.
        QTimer::singleShot(0, this, &ShortcutsDialog::refresh);
    }
}
