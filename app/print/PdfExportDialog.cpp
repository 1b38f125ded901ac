#include "PdfExportDialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PdfExportDialog::PdfExportDialog(QString path, bool includeCities, Writer writer, QWidget* parent)
    : QDialog(parent)
    , m_writer(std::move(writer))
{
    setObjectName(QStringLiteral("pdfExportDialog"));
    setWindowTitle(tr("Export as PDF"));
    setAccessibleName(tr("Export as PDF"));

    m_path = new QLineEdit(QDir::toNativeSeparators(path), this);
    m_path->setObjectName(QStringLiteral("pdfPathEdit"));
    m_path->setAccessibleName(tr("PDF file"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("pdfBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the PDF file"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_includeCities
        = new QCheckBox(tr("&Append the four pilot cities (names, region, mandate, figures, mentions)"), this);
    m_includeCities->setObjectName(QStringLiteral("pdfIncludeCitiesCheck"));
    m_includeCities->setAccessibleName(tr("Append the four pilot cities"));
    m_includeCities->setChecked(includeCities);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pdfExportError"));
    m_error->setAccessibleName(tr("Export problem"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    // The theme's own colours, framed: legible in every theme, and not colour alone.
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("pdfExportButtons"));
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("pdfExportButton"));
    m_export->setAccessibleName(tr("Export"));
    m_export->setDefault(true);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("pdfCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setObjectName(QStringLiteral("pdfPathLabel"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(m_includeCities);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_includeCities);
    setTabOrder(m_includeCities, m_export);
    setTabOrder(m_export, cancel);

    connect(m_browse, &QPushButton::clicked, this, &PdfExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &PdfExportDialog::updateButtons);
    // Export is handled here, not by QDialog::accept, so a failure keeps the dialog open.
    connect(buttons, &QDialogButtonBox::accepted, this, &PdfExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString PdfExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool PdfExportDialog::includeCities() const
{
    return m_includeCities->isChecked();
}

QString PdfExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PdfExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export as PDF"), path(), tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void PdfExportDialog::updateButtons()
{
    m_export->setEnabled(!path().isEmpty());
}

void PdfExportDialog::exportNow()
{
    if (path().isEmpty())
        return;
    const QString error = m_writer(path(), includeCities());
    if (error.isEmpty()) {
        m_error->hide();
        emit exported(path());
        accept();
        return;
    }
    m_error->setText(error);
    m_error->setAccessibleName(error);
    m_error->show();
    QAccessibleEvent event(m_error, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    m_path->setFocus(Qt::OtherFocusReason);
}
