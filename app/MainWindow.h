#pragma once

#include "ReaderContent.h"

#include <QMainWindow>

class ArticleView;
class CityListModel;
class CityPanel;
class FindBar;
class QLabel;
class QListView;
class QSettings;
class QSplitter;

// The reader's window: the city sidebar, the article, and the find bar. It composes widgets that each have
// one job and keeps its state (geometry, splitter, city, zoom) in the QSettings it is given.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ReaderContent content, QSettings* settings, QWidget* parent = nullptr);

    // Selects the city with this id; returns false for an unknown id.
    bool selectCity(const QString& id);
    QString currentCityId() const;

    ArticleView* articleView() const { return m_article; }
    const ReaderContent& content() const { return m_content; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createSidebar();
    QWidget* createArticleColumn();
    void createActions();
    void restoreSettings();
    void saveWindowState();
    void showCity(const QModelIndex& index);
    void updateFind();
    // Says it on the status bar, where assistive technology hears it too.
    void announce(const QString& text);

    ReaderContent m_content;
    QSettings* m_settings;
    CityListModel* m_cityModel;
    QListView* m_cityList = nullptr;
    CityPanel* m_cityPanel = nullptr;
    ArticleView* m_article = nullptr;
    FindBar* m_findBar = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_status = nullptr;
};
