#include "PrintPlugin.h"

#include "ArticlePrinter.h"
#include "PdfExportDialog.h"

#include <QAction>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

QDialog* PrintPlugin::openPrintPreview(QWidget* parent, PrintJob job)
{
    // The preview does not own the printer: the paint connection holds it for as long as the preview lives.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(job.documentName);
    auto* preview = new QPrintPreviewDialog(printer.get(), parent);
    preview->setObjectName(QStringLiteral("printPreviewDialog"));
    preview->setAccessibleName(tr("Print preview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);

    auto* includeCities = new QAction(tr("Append the Pilot &Cities"), preview);
    includeCities->setObjectName(QStringLiteral("printIncludeCitiesAction"));
    includeCities->setCheckable(true);
    includeCities->setChecked(job.includeCities);
    if (auto* toolBar = preview->findChild<QToolBar*>()) {
        toolBar->addSeparator();
        toolBar->addAction(includeCities);
    }
    connect(includeCities, &QAction::toggled, preview, [preview, changed = job.includeCitiesChanged](bool checked) {
        if (changed)
            changed(checked);
        if (auto* widget = preview->findChild<QPrintPreviewWidget*>())
            widget->updatePreview();
    });
    connect(preview, &QPrintPreviewDialog::paintRequested, preview, [printer, includeCities, job](QPrinter* target) {
        ArticlePrinter articlePrinter(job.article(includeCities->isChecked()), job.family);
        if (!articlePrinter.paint(target) && job.printFailed)
            job.printFailed();
    });
    preview->open();
    return preview;
}

QDialog* PrintPlugin::openPdfExport(QWidget* parent, PrintJob job, const QString& path)
{
    const auto write = [job](const QString& target, bool includeCities) {
        if (job.includeCitiesChanged)
            job.includeCitiesChanged(includeCities);
        ArticlePrinter articlePrinter(job.article(includeCities), job.family);
        return articlePrinter.writePdf(target);
    };
    auto* dialog = new PdfExportDialog(path, job.includeCities, write, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PdfExportDialog::exported, dialog, [exported = job.exported](const QString& written) {
        if (exported)
            exported(written);
    });
    dialog->open();
    return dialog;
}
