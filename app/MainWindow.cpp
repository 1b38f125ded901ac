#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppIdentity.h"
#include "ApplicationLook.h"
#include "ArticleView.h"
#include "CityPanel.h"
#include "FindBar.h"
#include "FocusRing.h"
#include "PaneFolding.h"
#include "PrintModule.h"
#include "ReadAloudBar.h"
#include "ReadingProgressLabel.h"
#include "ReadingSettingsDialog.h"
#include "ShortcutsDialog.h"
#include "Translations.h"
#include "WindowPlacement.h"
#include "cities/CityListModel.h"
#include "comments/PassageQuote.h"
#include "feedback/FeedbackForm.h"
#include "feedback/FeedbackPanel.h"
#include "reading/ReadingPosition.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleHints>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString splitterKey = QStringLiteral("window/splitter");
const QString cityKey = QStringLiteral("reader/city");
const QString zoomKey = QStringLiteral("reader/zoom"); // ReadingSettings' size step
const QString defaultCityId = QStringLiteral("shenzhen");
const QString printCitiesKey = QStringLiteral("print/includeCities");
const QString pdfPathKey = QStringLiteral("print/pdfPath");

} // namespace

MainWindow::MainWindow(ReaderContent content,
                       QSettings* settings,
                       ModuleLoader modules,
                       ApplicationLook::SystemPalette systemPalette,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_content(std::move(content))
    , m_settings(settings)
    , m_cityModel(new CityListModel(this))
    , m_modules(std::move(modules))
    // A look at the files only: Qt Print Support is loaded when the reader first prints.
    , m_printUnavailable(m_modules.whyNoPrintModule())
    , m_look(std::make_unique<ApplicationLook>(std::move(systemPalette)))
    , m_reading(ReadingSettings::load(*settings))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Theme and text size before the widgets exist, so that they are made in them rather than changed after.
    m_look->applyTheme(m_reading.theme);
    m_look->applyTextSize(m_reading.sizeStep);
    m_focusRing = new FocusRing(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Qt 6.5 also says when the system turns light or dark; 6.4 only sends ThemeChange (see changeEvent).
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] { m_look->followSystem(); });
#endif
    m_cityModel->setCities(m_content.cities);
    m_cityModel->setMentionCounts(m_content.mentionCounts());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createSidebar());
    m_splitter->addWidget(createArticleColumn());
    m_feedback = new FeedbackPanel(m_content.cities, this);
    m_splitter->addWidget(m_feedback);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({300, 520, 360});
    setCentralWidget(m_splitter);
    // No pane may be squeezed so far that it stops being readable; on a narrow window the feedback pane folds.
    m_panes = new PaneFolding(m_splitter, m_article, m_settings, this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_status, 1);
    m_progress = new ReadingProgressLabel(m_article, this);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_panes->makeToggleButton(this));
    connect(m_panes->toggleAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            m_feedback->form()->focusComment();
            announce(TranslatedText([] { return tr("Comments shown: the feedback form has the focus."); }));
        } else {
            announce(TranslatedText([this] {
                //: %1 is the shortcut of View → Comments
                return tr("Comments folded away; %1 or the Comments button brings them back.")
                    .arg(m_panes->toggleAction()->shortcut().toString(QKeySequence::NativeText));
            }));
        }
    });
    // Counting the article's words is no work for before the first paint.
    connect(this, &MainWindow::firstPainted, m_progress, [this] { m_progress->start(m_content.article); });
    connect(m_feedback, &FeedbackPanel::announcement, this, qOverload<const TranslatedText&>(&MainWindow::announce));
    connect(m_feedback, &FeedbackPanel::quoteActivated, this, &MainWindow::showQuotedPassage);
    connect(m_article, &ArticleView::feedbackRequested, this, [this] {
        m_panes->unfold();
        m_feedback->form()->focusComment();
        announce(TranslatedText([] { return tr("Write your comment in the feedback form."); }));
    });

    createActions();
    retranslateUi();
    restoreSettings();
}

void MainWindow::retranslateUi()
{
    // The headline alone: Qt appends the application's display name, so the title bar names the app once.
    setWindowTitle(m_content.article.headline);
    setAccessibleName(tr("Pilot Zones"));
    m_splitter->setAccessibleName(tr("Sidebar, article and feedback"));
    if (m_status->text().isEmpty())
        m_status->setAccessibleName(tr("Status"));
    m_cityListHeading->setText(tr("&Pilot cities"));
    m_cityList->setAccessibleName(tr("Pilot cities"));
    m_cityList->setAccessibleDescription(tr("The four national pilot zones for next-generation AI"));
    m_cityPanelScroll->setAccessibleName(tr("City details"));
    m_panes->retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    // The platform sends it to every window when the system's look changes (its colours among it).
    if (event->type() == QEvent::ThemeChange)
        m_look->followSystem();
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The menus are made again rather than retitled one by one, so that no action can be missed. This runs
        // from a posted event, never inside an action's own triggered(), so deleting the old menus is safe.
        const QList<QMenu*> oldMenus = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
        menuBar()->clear();
        qDeleteAll(oldMenus);
        createActions();
        // The city's details and the status line say it again in the new language: the status line what it
        // said last, when that can be made again, else the city's summary.
        const TranslatedText status = m_statusSource;
        if (m_cityList->currentIndex().isValid())
            showCity(m_cityList->currentIndex());
        if (status)
            announce(status);
        // Times and numbers in lists follow the new default locale once they are laid out and drawn again.
        for (QAbstractItemView* view : findChildren<QAbstractItemView*>()) {
            view->doItemsLayout();
            view->viewport()->update();
        }
    }
    QMainWindow::changeEvent(event);
}

QWidget* MainWindow::createSidebar()
{
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(8, 8, 0, 8);

    auto* heading = new QLabel(sidebar);
    m_cityListHeading = heading;
    heading->setObjectName(QStringLiteral("cityListHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    m_cityList = new QListView(sidebar);
    m_cityList->setObjectName(QStringLiteral("cityList"));
    m_cityList->setModel(m_cityModel);
    m_cityList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cityList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cityList->setUniformItemSizes(true);
    m_cityList->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Tall enough for every city without scrolling; the panel below takes the rest.
    const int rowHeight = m_cityList->sizeHintForRow(0) > 0 ? m_cityList->sizeHintForRow(0) : 24;
    m_cityList->setMaximumHeight(rowHeight * (m_cityModel->rowCount() + 1) + 2 * m_cityList->frameWidth());
    heading->setBuddy(m_cityList);
    layout->addWidget(m_cityList);

    m_cityPanel = new CityPanel;
    connect(this, &MainWindow::firstPainted, m_cityPanel, [this] { m_cityPanel->setTextSelectable(true); });
    auto* scroll = new QScrollArea(sidebar);
    m_cityPanelScroll = scroll;
    scroll->setObjectName(QStringLiteral("cityPanelScroll"));
    scroll->setWidget(m_cityPanel);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    // Details follow the current item, so arrow keys, Home/End and type-ahead all update them, not only clicks.
    connect(m_cityList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCity);
    return sidebar;
}

QWidget* MainWindow::createArticleColumn()
{
    auto* column = new QWidget(this);
    column->setObjectName(QStringLiteral("articleColumn"));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_article = new ArticleView(column);
    m_article->setArticle(m_content.article);
    layout->addWidget(m_article, 1);

    m_findBar = new FindBar(column);
    m_findBar->hide();
    layout->addWidget(m_findBar);

    // Qt TextToSpeech (its module) is loaded and asked whether it has an engine only once the window has painted.
    m_readAloud = new ReadAloudBar(m_article, m_modules.speechEngineMaker(), m_modules.speechCheck(), column);
    layout->addWidget(m_readAloud);
    connect(m_readAloud, &ReadAloudBar::statusMessage, this, qOverload<const TranslatedText&>(&MainWindow::announce));
    connect(this, &MainWindow::firstPainted, m_readAloud, &ReadAloudBar::checkEngineInstalled);

    connect(m_findBar, &FindBar::searchChanged, this, &MainWindow::updateFind);
    connect(m_findBar, &FindBar::nextRequested, this, [this] {
        m_findBar->setResult(m_article->findNext(), m_article->findMatchCount());
    });
    connect(m_findBar, &FindBar::previousRequested, this, [this] {
        m_findBar->setResult(m_article->findPrevious(), m_article->findMatchCount());
    });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_article->find(QString());
        m_article->setFocus(Qt::OtherFocusReason);
    });
    connect(m_article, &ArticleView::zoomStepChanged, this, [this](int step) {
        // Zooming (Ctrl++, Ctrl+wheel) is the text size of the reading settings: the whole window follows.
        if (step != m_reading.sizeStep) {
            m_reading.sizeStep = step;
            m_look->applyTextSize(step);
            if (m_readingDialog)
                m_readingDialog->showSettings(m_reading);
        }
        if (!m_restoring)
            m_settings->setValue(zoomKey, step);
        // The reading column's characters grow with the article's text: what fits beside it changes.
        if (m_panes)
            m_panes->update();
        announce(TranslatedText([step] {
            //: Status after zooming; %1 is the text size in percent
            return tr("Text size %1%").arg(qRound(100 * std::pow(1.1, step)));
        }));
    });
    return column;
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* print = fileMenu->addAction(tr("&Print…"), this, &MainWindow::printArticle);
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    QAction* exportPdf = fileMenu->addAction(tr("&Export as PDF…"), this, &MainWindow::exportAsPdf);
    exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addSeparator();
    applyPrintAvailability();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* copy = editMenu->addAction(tr("&Copy"), m_article, &QTextEdit::copy);
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_article->addAction(copy);
    QAction* selectAll = editMenu->addAction(tr("Select &All"), m_article, &QTextEdit::selectAll);
    selectAll->setObjectName(QStringLiteral("selectAllAction"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_article->addAction(selectAll);
    editMenu->addSeparator();
    QAction* find = editMenu->addAction(tr("&Find in Article…"), m_findBar, &FindBar::activate);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction* findNext = editMenu->addAction(
        tr("Find &Next"), this, [this] { m_findBar->setResult(m_article->findNext(), m_article->findMatchCount()); });
    findNext->setObjectName(QStringLiteral("findNextAction"));
    findNext->setShortcut(QKeySequence::FindNext);
    QAction* findPrevious = editMenu->addAction(tr("Find Pre&vious"), this, [this] {
        m_findBar->setResult(m_article->findPrevious(), m_article->findMatchCount());
    });
    findPrevious->setObjectName(QStringLiteral("findPreviousAction"));
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    editMenu->addSeparator();
    QAction* commentOnPassage
        = editMenu->addAction(tr("Co&mment on This Passage"), this, &MainWindow::commentOnSelectedPassage);
    commentOnPassage->setObjectName(QStringLiteral("commentOnPassageAction"));
    commentOnPassage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    commentOnPassage->setStatusTip(tr("Comment on the text selected in the article, quoting it"));
    // Only a selection can be quoted; the article says when it has one.
    commentOnPassage->setEnabled(m_article->textCursor().hasSelection());
    connect(m_article, &QTextEdit::copyAvailable, commentOnPassage, &QAction::setEnabled);
    m_article->setPassageAction(commentOnPassage);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn
        = viewMenu->addAction(tr("Zoom &In"), this, [this] { m_article->setZoomStep(m_article->zoomStep() + 1); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    // Ctrl+= as well as Ctrl++, since "+" needs Shift on most keyboards.
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut
        = viewMenu->addAction(tr("Zoom &Out"), this, [this] { m_article->setZoomStep(m_article->zoomStep() - 1); });
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* zoomReset = viewMenu->addAction(tr("&Reset Zoom"), this, [this] { m_article->setZoomStep(0); });
    zoomReset->setObjectName(QStringLiteral("zoomResetAction"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* reading = viewMenu->addAction(tr("Reading &Settings…"), this, &MainWindow::showReadingSettings);
    reading->setObjectName(QStringLiteral("readingSettingsAction"));
    reading->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    viewMenu->addSeparator();
    viewMenu->addAction(m_panes->toggleAction());
    viewMenu->addAction(m_readAloud->readAloudAction());
    viewMenu->addSeparator();
    createLanguageMenu(viewMenu);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    // F1 (the platform's help key) and Ctrl+/, which many applications use for their shortcuts list.
    QList<QKeySequence> shortcutKeys = QKeySequence::keyBindings(QKeySequence::HelpContents);
    shortcutKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    shortcuts->setShortcuts(shortcutKeys);
    helpMenu->addSeparator();
    QAction* about = helpMenu->addAction(tr("&About Pilot Zones"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
}

void MainWindow::createLanguageMenu(QMenu* viewMenu)
{
    QMenu* languageMenu = viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(languageMenu);
    group->setExclusive(true);
    const auto current = Translations::choiceFromSetting(m_settings->value(Translations::settingKey()).toString());
    // Each language is named in itself, so a reader who cannot read the current one still finds their own.
    const struct
    {
        Translations::Choice choice;
        QString text;
        const char* objectName;
    } languages[] = {
        {Translations::Choice::System, tr("&System Language"), "languageSystemAction"},
        {Translations::Choice::English, QStringLiteral("English"), "languageEnglishAction"},
        {Translations::Choice::SimplifiedChinese, QStringLiteral("简体中文"), "languageChineseAction"},
    };
    for (const auto& language : languages) {
        QAction* action = languageMenu->addAction(language.text);
        action->setObjectName(QLatin1String(language.objectName));
        action->setCheckable(true);
        action->setChecked(language.choice == current);
        group->addAction(action);
        const Translations::Choice choice = language.choice;
        connect(action, &QAction::triggered, this, [this, choice] {
            m_settings->setValue(Translations::settingKey(), Translations::settingValue(choice));
            emit languageChosen(Translations::localeFor(choice));
        });
    }
}

void MainWindow::setCommentDestination(const QUrl& server, const QString& storePath)
{
    m_commentServer = server;
    m_commentStorePath = storePath;
}

void MainWindow::showAbout()
{
    // Not modal to the application, so the reader can keep reading; one at a time.
    if (m_about) {
        m_about->raise();
        m_about->activateWindow();
        return;
    }
    AboutFacts facts;
    facts.icon = windowIcon();
    facts.version = QCoreApplication::applicationVersion();
    facts.qtVersion = QString::fromLatin1(qVersion());
    facts.headline = m_content.article.headline;
    facts.commentServer = m_commentServer;
    facts.commentStorePath = m_commentStorePath;
    m_about = new AboutDialog(std::move(facts), this);
    m_about->setAttribute(Qt::WA_DeleteOnClose);
    m_about->show();
}

PrintJob MainWindow::printJob()
{
    PrintJob job;
    job.article = [content = m_content](bool includeCities) {
        return PrintableArticle::build(content, includeCities);
    };
    job.documentName = m_content.article.headline;
    job.family = m_article->document()->defaultFont().family();
    job.includeCities = m_settings->value(printCitiesKey, false).toBool();
    job.includeCitiesChanged = [this](bool includeCities) {
        m_settings->setValue(printCitiesKey, includeCities);
    };
    job.printFailed = [this] {
        announce(TranslatedText([] { return tr("The article could not be printed."); }));
    };
    job.exported = [this](const QString& path) {
        m_settings->setValue(pdfPathKey, path);
        //: Status after exporting; %1 is the PDF's path
        announce(
            TranslatedText([path] { return tr("Exported the article to %1").arg(QDir::toNativeSeparators(path)); }));
    };
    return job;
}

void MainWindow::showShortcuts()
{
    if (m_shortcuts) {
        m_shortcuts->raise();
        m_shortcuts->activateWindow();
        return;
    }
    m_shortcuts = new ShortcutsDialog(this, this);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->show();
}

void MainWindow::showReadingSettings()
{
    if (m_readingDialog) {
        m_readingDialog->raise();
        m_readingDialog->activateWindow();
        return;
    }
    m_readingDialog = new ReadingSettingsDialog(m_reading, this);
    m_readingDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_readingDialog, &ReadingSettingsDialog::previewChanged, this, &MainWindow::applyReadingSettings);
    connect(m_readingDialog, &QDialog::accepted, this, [this] {
        applyReadingSettings(m_readingDialog->settings());
        m_reading.save(*m_settings);
        announce(TranslatedText([] { return tr("Reading settings saved"); }));
    });
    m_readingDialog->open();
}

ReadingSettingsDialog* MainWindow::readingSettingsDialog() const
{
    return m_readingDialog;
}

void MainWindow::applyReadingSettings(const ReadingSettings& settings)
{
    const ReadingSettings valid = settings.clamped();
    const bool themeChanged = valid.theme != m_reading.theme;
    m_reading = valid;
    if (themeChanged)
        m_look->applyTheme(valid.theme);
    m_look->applyTextSize(valid.sizeStep);
    const QFont& system = m_look->systemFont();
    QStringList systemFamilies = system.families();
    systemFamilies.prepend(system.family());
    m_article->setTypography(ReadingSettings::families(valid.typeface, systemFamilies),
                             system.pointSizeF(),
                             valid.lineSpacing,
                             ReadingSettings::characters(valid.width),
                             valid.sizeStep);
    m_panes->update();
}

void MainWindow::printArticle()
{
    // The module, and with it Qt Print Support, is loaded only now; the printer and the preview are made by it.
    QString why;
    PrintModule* module = m_printUnavailable.isEmpty() ? m_modules.printModule(&why) : nullptr;
    if (!module) {
        makePrintUnavailable(why.isEmpty() ? m_printUnavailable : why);
        return;
    }
    module->openPrintPreview(this, printJob());
}

void MainWindow::exportAsPdf()
{
    if (m_pdfExport) {
        m_pdfExport->raise();
        m_pdfExport->activateWindow();
        return;
    }
    QString why;
    PrintModule* module = m_printUnavailable.isEmpty() ? m_modules.printModule(&why) : nullptr;
    if (!module) {
        makePrintUnavailable(why.isEmpty() ? m_printUnavailable : why);
        return;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString defaultPath = QDir(documents).filePath(m_content.article.id + QStringLiteral(".pdf"));
    m_pdfExport = module->openPdfExport(this, printJob(), m_settings->value(pdfPathKey, defaultPath).toString());
}

void MainWindow::makePrintUnavailable(const QString& why)
{
    m_printUnavailable = why;
    applyPrintAvailability();
    announce(TranslatedText([why] { return tr("Printing and PDF export are not available: %1").arg(why); }));
}

void MainWindow::applyPrintAvailability()
{
    if (m_printUnavailable.isEmpty())
        return;
    const QString tip = tr("Printing and PDF export are not available: %1").arg(m_printUnavailable);
    for (const char* name : {"printAction", "exportPdfAction"}) {
        if (auto* action = findChild<QAction*>(QLatin1String(name))) {
            action->setEnabled(false);
            action->setToolTip(tip);
            action->setStatusTip(tip);
        }
    }
}

void MainWindow::attachComments(CommentSession* session, CommentListModel* model, bool hasServer)
{
    m_feedback->attach(session, model, hasServer);
    if (hasServer && m_commentServer.isValid())
        m_feedback->setSendDisclosure(
            SendDisclosure(m_settings, m_commentServer, m_content.article.path, AppIdentity::userAgent()));
}

void MainWindow::attachLiveCheck(LiveThreadPoller* poller)
{
    m_feedback->attachLiveCheck(poller);
}

void MainWindow::showCommentStoreProblem(const QString& text)
{
    m_feedback->showStoreProblem(text);
}

void MainWindow::showCommentStoreProblem(const TranslatedText& text)
{
    m_feedback->showStoreProblem(text);
}

bool MainWindow::selectCity(const QString& id)
{
    const int row = m_cityModel->rowOfId(id);
    if (row < 0)
        return false;
    m_cityList->setCurrentIndex(m_cityModel->index(row));
    return true;
}

QString MainWindow::currentCityId() const
{
    return m_cityList->currentIndex().data(CityListModel::IdRole).toString();
}

void MainWindow::showCity(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_cityPanel->clear();
        m_article->setMentions({});
        return;
    }
    const auto city = index.data(CityListModel::CityRole).value<CityZone>();
    const QList<TextMention> mentions = m_content.mentionsByCityId.value(city.id);
    m_cityPanel->setCity(city, static_cast<int>(mentions.size()));
    m_article->setMentions(mentions);
    // Restoring writes nothing back: a write before the first paint would sync the settings file (a lock file
    // and two fdatasync calls) while the reader waits for the window.
    if (!m_restoring)
        m_settings->setValue(cityKey, city.id);
    announce(m_cityPanel->summary());
}

void MainWindow::updateFind()
{
    const int total = m_article->find(m_findBar->text());
    m_findBar->setResult(total > 0 ? m_article->currentFindMatch() : 0, total);
}

void MainWindow::commentOnSelectedPassage()
{
    const QString quote = PassageQuote::fromSelection(m_article->textCursor().selectedText());
    if (quote.isEmpty())
        return;
    m_panes->unfold();
    m_feedback->commentOnPassage(quote);
    announce(TranslatedText([] { return tr("Commenting on the selected passage: write your comment."); }));
}

void MainWindow::showQuotedPassage(const QString& quote)
{
    if (m_article->showPassage(quote)) {
        m_article->setFocus(Qt::OtherFocusReason);
        announce(TranslatedText([] { return tr("The quoted passage is marked in the article."); }));
    } else {
        announce(TranslatedText([] { return tr("The quoted passage is not in the article."); }));
    }
}

void MainWindow::announce(const TranslatedText& text)
{
    announce(text ? text() : QString());
    m_statusSource = text;
}

void MainWindow::announce(const QString& text)
{
    m_statusSource = {};
    m_status->setText(text);
    m_status->setAccessibleName(text);
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MainWindow::restoreSettings()
{
    QList<QRect> screens;
    if (QScreen* primary = QGuiApplication::primaryScreen())
        screens.append(primary->availableGeometry());
    for (QScreen* screen : QGuiApplication::screens())
        screens.append(screen->availableGeometry());
    const QByteArray geometry = m_settings->value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect first = WindowPlacement::firstFrame(
            QSize(1180, 780), screens.isEmpty() ? QRect(0, 0, 1180, 780) : screens.constFirst());
        resize(first.size());
        move(first.topLeft());
        m_placeOnShow = true;
    }
    const QRect fitted = WindowPlacement::fitToScreens(frameGeometry(), screens);
    if (fitted != frameGeometry()) {
        resize(fitted.size() - (frameGeometry().size() - size()));
        move(fitted.topLeft());
    }
    m_splitter->restoreState(m_settings->value(splitterKey).toByteArray());
    m_panes->update();
    m_restoring = true;
    applyReadingSettings(m_reading);
    if (!selectCity(m_settings->value(cityKey, defaultCityId).toString()))
        selectCity(defaultCityId);
    // After the city, whose first mention would otherwise take the view: the reader's own place wins.
    m_article->scrollToPosition(ReadingPosition::load(*m_settings));
    m_restoring = false;
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(splitterKey, m_splitter->saveState());
    m_article->positionAt(0).save(*m_settings);
}

MainWindow::~MainWindow()
{
    // Before the widgets it follows, whose deletion moves the focus.
    delete m_focusRing;
}

bool MainWindow::event(QEvent* event)
{
    // Before the window takes the new palette: the look may put its own back first.
    if (event->type() == QEvent::ApplicationPaletteChange)
        m_look->keepApplied();
    if (event->type() == QEvent::Show && m_placeOnShow) {
        // Only a shown window knows its frame: shrink and move it so that the frame, not just the contents,
        // lies inside the screen's available area.
        m_placeOnShow = false;
        if (QScreen* current = screen()) {
            const QRect available = current->availableGeometry();
            const QSize margins = frameGeometry().size() - size();
            const QRect frame = WindowPlacement::firstFrame(frameGeometry().size(), available);
            if (frame != frameGeometry()) {
                resize(frame.size() - margins);
                move(frame.topLeft());
            }
        }
    }
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint has been handled and shown.
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_feedback->saveDraftNow();
    saveWindowState();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}
