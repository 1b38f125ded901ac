#pragma once

#include <QObject>

// Defence in depth against markup in untrusted text. Text from a reader or a server goes into widgets as plain
// text; should a QLabel be missed (a QMessageBox's, a form's), this filter on the application sets every label
// still on Qt::AutoText to Qt::PlainText when it is polished, before it first lays out or paints, so that markup
// in it is shown as typed and no <img> it names is loaded. A label meant for rich text says Qt::RichText.
//
// Why not QTextDocument::setDefaultResourceProvider: in Qt 6.4 QTextDocument::resource() asks the provider only
// after loadResource() has failed, and loadResource() reads a local file itself, so the provider cannot stop a
// label from opening file:///dev/zero (tests/listing/PlainTextGuardTest.cpp shows it).
//
// Tooltips are left alone: QToolTip's label must render the escaped HTML that models give for Qt::ToolTipRole
// (UntrustedText::toHtml), which shows the literal text either way.
class PlainTextGuard : public QObject
{
    Q_OBJECT

public:
    explicit PlainTextGuard(QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;
};
