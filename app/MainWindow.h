#pragma once

#include "ApplicationLook.h"
#include "ModuleLoader.h"
#include "ReaderContent.h"
#include "TranslatedText.h"
#include "reading/ReadingSettings.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class AboutDialog;
class ArticleView;
class CityListModel;
class CityPanel;
class CommentListModel;
class LiveThreadPoller;
class FeedbackPanel;
class FindBar;
class FocusRing;
class CommentSession;
class PaneFolding;
class PrintJob;
class QDialog;
class QLabel;
class ReadAloudBar;
class ReadingProgressLabel;
class ReadingSettingsDialog;
class ShortcutsDialog;
class QListView;
class QMenu;
class QScrollArea;
class QSettings;
class QSplitter;

// The reader's window: the city sidebar, the article with the find bar, and the feedback panel. It composes widgets
// that each have one job and keeps its state (geometry, splitter, city, reading settings, reading position) in the
// QSettings it is given; the reading settings' theme and text size apply to the whole application while it lives.
// The comment services are given to it later (attachComments), so that nothing slow happens before the first paint.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Printing and reading aloud come from modules that modules finds, loaded on first use. The System theme
    // reads the system's colours from systemPalette (a test's stands for the platform).
    MainWindow(ReaderContent content,
               QSettings* settings,
               ModuleLoader modules = ModuleLoader::forApplication(),
               ApplicationLook::SystemPalette systemPalette = &ApplicationLook::platformPalette,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Selects the city with this id; returns false for an unknown id.
    bool selectCity(const QString& id);
    QString currentCityId() const;

    // Connects the feedback panel to the comments: the window takes the session (see FeedbackPanel::attach); model
    // must outlive the window. hasServer false is local-only mode.
    void attachComments(CommentSession* session, CommentListModel* model, bool hasServer);
    // Where comments go, for the About dialog: the server, or the local store when server is empty.
    void setCommentDestination(const QUrl& server, const QString& storePath);
    // Opens Help → About Pilot Zones (not modal; a second call raises the open one).
    void showAbout();
    // Help → Keyboard Shortcuts: every action with its shortcut (not modal; a second call raises the open one).
    void showShortcuts();
    // File → Print…: the print preview, made only now (window-modal, without blocking).
    void printArticle();
    // File → Export as PDF…: the export dialog (window-modal, without blocking; a second call raises it).
    void exportAsPdf();
    // View → Reading Settings…: the dialog (window-modal, without blocking; a second call raises it).
    void showReadingSettings();
    // Applies reading settings at once (typeface, text size, line spacing, column width, theme), re-laying out
    // only what changed; it does not store them (the dialog's OK does).
    void applyReadingSettings(const ReadingSettings& settings);
    const ReadingSettings& readingSettings() const { return m_reading; }
    ReadingSettingsDialog* readingSettingsDialog() const;
    FocusRing* focusRing() const { return m_focusRing; }
    // Shows a plain-text problem with the comment store in the feedback panel, without blocking.
    void showCommentStoreProblem(const QString& text);
    // The same, said again in the new language when the language changes.
    void showCommentStoreProblem(const TranslatedText& text);
    // The live check of the comment list (not in local mode); it must outlive the window.
    void attachLiveCheck(LiveThreadPoller* poller);

    ArticleView* articleView() const { return m_article; }
    FeedbackPanel* feedbackPanel() const { return m_feedback; }
    PaneFolding* paneFolding() const { return m_panes; }
    const ReaderContent& content() const { return m_content; }

signals:
    // The window has painted for the first time: the moment to start slower work.
    void firstPainted();
    // The reader chose a language in View → Language (already kept in the settings); whoever owns the
    // application installs its translations, and every widget retranslates on the LanguageChange that follows.
    void languageChosen(const QLocale& locale);

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createSidebar();
    QWidget* createArticleColumn();
    void createActions();
    void createLanguageMenu(QMenu* viewMenu);
    void retranslateUi();
    void restoreSettings();
    void saveWindowState();
    void showCity(const QModelIndex& index);
    void updateFind();
    PrintJob printJob();
    // Disables File → Print… and Export as PDF… with why as their tooltip (the print module is missing).
    void makePrintUnavailable(const QString& why);
    void applyPrintAvailability();
    // Edit → Comment on This Passage: quotes the article's selection in the feedback form.
    void commentOnSelectedPassage();
    // Marks in the article the passage a listed comment quotes, when it is still there.
    void showQuotedPassage(const QString& quote);
    // Says it on the status bar, where assistive technology hears it too.
    void announce(const QString& text);
    // The same, for a text the status line makes again when the language changes.
    void announce(const TranslatedText& text);

    ReaderContent m_content;
    QSettings* m_settings;
    CityListModel* m_cityModel;
    QListView* m_cityList = nullptr;
    QLabel* m_cityListHeading = nullptr;
    QScrollArea* m_cityPanelScroll = nullptr;
    CityPanel* m_cityPanel = nullptr;
    ArticleView* m_article = nullptr;
    FindBar* m_findBar = nullptr;
    ReadAloudBar* m_readAloud = nullptr;
    FeedbackPanel* m_feedback = nullptr;
    QSplitter* m_splitter = nullptr;
    PaneFolding* m_panes = nullptr;
    QLabel* m_status = nullptr;
    ReadingProgressLabel* m_progress = nullptr;
    bool m_painted = false;
    bool m_restoring = false; // putting back the saved city and zoom, which need no saving
    bool m_placeOnShow = false; // opened without saved geometry: fit the frame once it is known
    QUrl m_commentServer;
    QString m_commentStorePath;
    QPointer<AboutDialog> m_about;
    QPointer<QDialog> m_pdfExport;
    ModuleLoader m_modules;
    QString m_printUnavailable; // empty while printing may work
    QPointer<ShortcutsDialog> m_shortcuts;
    // What makes the status line's text, when it can be made again in another language.
    TranslatedText m_statusSource;
    QPointer<ReadingSettingsDialog> m_readingDialog;
    std::unique_ptr<ApplicationLook> m_look;
    FocusRing* m_focusRing = nullptr;
    ReadingSettings m_reading;
};
