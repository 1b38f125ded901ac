#pragma once

#include <QDialog>
#include <QIcon>
#include <QString>
#include <QUrl>

class QDialogButtonBox;
class QLabel;

// What the About dialog tells. The caller knows all of it, so the dialog looks nothing up.
struct AboutFacts
{
    QIcon icon;
    // The application's version.
    QString version;
    // The Qt the application runs on (qVersion()), which may be newer than the one it was built with.
    QString qtVersion;
    // The article's headline, as published.
    QString headline;
    // Where comments go: the comment server, or, when it is empty, the local store at commentStorePath.
    QUrl commentServer;
    QString commentStorePath;
};

// Help → About Pilot Zones: the version, the licence, Qt's version, the article and where comments go.
// Every text in it is plain text, the headline and the server address (from the reader's settings) included.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(AboutFacts facts, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AboutFacts m_facts;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_article;
    QLabel* m_comments;
    QLabel* m_versions;
    QLabel* m_licence;
    QDialogButtonBox* m_buttons;
};
