#pragma once

#include "PrintModule.h"

#include <QObject>

// The print module's entry point: the print preview and the PDF export dialog behind the PrintModule interface, so
// that only this plugin, not the executable, links Qt Print Support.
class PrintPlugin : public QObject, public PrintModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PilotZonesPrintModule_iid)
    Q_INTERFACES(PrintModule)

public:
    QDialog* openPrintPreview(QWidget* parent, PrintJob job) override;
    QDialog* openPdfExport(QWidget* parent, PrintJob job, const QString& path) override;
};
