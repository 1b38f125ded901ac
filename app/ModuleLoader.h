#pragma once

#include "ReadAloudBar.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class CommentsModule;
class PrintModule;
class SpeechModule;

// Finds and loads the app's modules, printing, reading aloud and the comments: Qt plugins kept out of the executable
// so that Qt Print Support, Qt TextToSpeech, Qt SQL and Qt Network are loaded only when they are first used, never
// before the window paints. A module linked into the program as a static plugin (as tests do) wins; otherwise the first
// of the directories that holds its file (pilotzones_print.so, pilotzones_speech.so, pilotzones_comments.so). A missing
// or broken module is reported in a sentence for the reader, never a crash.
class ModuleLoader
{
    Q_DECLARE_TR_FUNCTIONS(ModuleLoader)

public:
    explicit ModuleLoader(QStringList directories);
    // Next to the executable (a build tree), then the installed module directory, ${CMAKE_INSTALL_LIBDIR}/pilotzones,
    // found relative to the executable's directory so that any install prefix works.
    static ModuleLoader forApplication();

    QStringList directories() const { return m_directories; }

    // Without loading anything (file metadata only): empty when the print module is there, else why printing and
    // PDF export are unavailable.
    QString whyNoPrintModule() const;
    // The print module, loaded now if it is not yet; null with *why saying why when it cannot be loaded.
    PrintModule* printModule(QString* why) const;
    SpeechModule* speechModule(QString* why) const;
    CommentsModule* commentsModule(QString* why) const;

    // The read-aloud bar's engine maker and its check, both through the speech module; the check loads it.
    ReadAloudBar::EngineMaker speechEngineMaker() const;
    ReadAloudBar::AvailabilityCheck speechCheck() const;

private:
    QObject* load(const QString& name, const char* iid, QString* why) const;
    QString whyMissing(const QString& name, const char* iid) const;
    QString findFile(const QString& name) const;
    static bool isLinkedIn(const char* iid);

    QStringList m_directories;
};
