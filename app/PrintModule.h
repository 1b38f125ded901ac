#pragma once

#include "article/PrintableArticle.h"

#include <QString>
#include <QtPlugin>

#include <functional>

class QDialog;
class QWidget;

// What the window gives a print or export: the article to lay out, and whom to tell what the reader did.
struct PrintJob
{
    // The article as printed, with or without the appendix of the four cities.
    std::function<PrintableArticle(bool includeCities)> article;
    // The printer's document name (the headline) and the article view's font family.
    QString documentName;
    QString family;
    // The reader's last choice of appending the cities.
    bool includeCities = false;
    // The reader changed "Append the Pilot Cities" in the preview, or exported with it on or off.
    std::function<void(bool includeCities)> includeCitiesChanged;
    // A page could not be painted on the printer.
    std::function<void()> printFailed;
    // The PDF has been written to this path.
    std::function<void(const QString& path)> exported;
};

// Printing and PDF export, built as a Qt plugin of its own (app/print) so that Qt Print Support is loaded only
// when the reader first prints or exports, never before the window paints. ModuleLoader finds and loads it.
class PrintModule
{
public:
    virtual ~PrintModule() = default;

    // File → Print…: the print preview of job, window-modal on parent, opened without blocking. It deletes itself
    // when closed.
    virtual QDialog* openPrintPreview(QWidget* parent, PrintJob job) = 0;
    // File → Export as PDF…: the export dialog proposing path, opened the same way and deleted when closed.
    virtual QDialog* openPdfExport(QWidget* parent, PrintJob job, const QString& path) = 0;
};

#define PilotZonesPrintModule_iid "io.github.pilotzones.PilotZones.PrintModule/1"
Q_DECLARE_INTERFACE(PrintModule, PilotZonesPrintModule_iid)
