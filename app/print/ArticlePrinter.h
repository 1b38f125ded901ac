#pragma once

#include "article/PrintableArticle.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

#include <memory>

// Lays a PrintableArticle out on pages, in the reader's typeface, with the title and "Page n of m" in a header
// painted on each page, and paints it on a printer or writes it as a PDF. It is made only when the reader prints
// or exports, so nothing of the print machinery runs before the window first paints.
class ArticlePrinter
{
    Q_DECLARE_TR_FUNCTIONS(ArticlePrinter)

public:
    // family is the article view's current font family; Chinese text falls back to a CJK face by itself.
    ArticlePrinter(PrintableArticle article, QString family);
    ~ArticlePrinter();
    ArticlePrinter(const ArticlePrinter&) = delete;
    ArticlePrinter& operator=(const ArticlePrinter&) = delete;

    // Paints every page on device (a QPrinter or a QPdfWriter). Returns false when the device cannot be painted on.
    bool paint(QPagedPaintDevice* device);
    // Writes the article as a PDF to path, replacing it only once the new file is complete. Returns an empty
    // string on success, otherwise a plain-text sentence for the reader saying what went wrong.
    QString writePdf(const QString& path);

    // Pages of the last paint, for tests and the caller's announcement.
    int pageCount() const { return m_pageCount; }

private:
    std::unique_ptr<QTextDocument> layOut(QPagedPaintDevice* device, qreal bodyWidth, qreal bodyHeight) const;

    PrintableArticle m_article;
    QString m_family;
    int m_pageCount = 0;
};
