#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// File → Export as PDF…: where to write the PDF and whether to append the four cities' panel. Choosing the file
// (Browse…, a modal file dialog) is one step and writing it is another, done by the writer the dialog is given,
// so a test can fill in a path and press Export. When the writer fails the dialog stays open with the reader's
// choices and says why, in plain text, above the buttons.
class PdfExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the PDF to path; returns an empty string on success or the plain-text reason it failed.
    using Writer = std::function<QString(const QString& path, bool includeCities)>;

    PdfExportDialog(QString path, bool includeCities, Writer writer, QWidget* parent = nullptr);

    QString path() const;
    bool includeCities() const;
    // The last failure, empty when there was none.
    QString errorText() const;

signals:
    // The PDF has been written to path.
    void exported(const QString& path);

private:
    void browse();
    void exportNow();
    void updateButtons();

    Writer m_writer;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QCheckBox* m_includeCities;
    QLabel* m_error;
    QPushButton* m_export;
};
