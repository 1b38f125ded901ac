#pragma once

#include "PrintableBlock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct CityFigure;
struct ReaderContent;

// What a printout or PDF of the article holds, in order: the headline, every heading and paragraph word for word,
// and, when asked for, an appendix with the four cities' panel (names in English and Chinese, region, mandate,
// figures, mention counts). It is plain data with no layout, so it can be checked without a printer.
struct PrintableArticle
{
    Q_DECLARE_TR_FUNCTIONS(PrintableArticle)

public:
    // The running header of each page.
    QString title;
    QList<PrintableBlock> blocks;

    static PrintableArticle build(const ReaderContent& content, bool includeCities);
    // A figure as the article writes it: "RMB 477.202 billion (up 10.9% year on year)". Print, PDF, the city
    // panel's chart and its accessible text all say a figure through these two, so they never disagree.
    static QString figureText(const CityFigure& figure);
    // The value alone, without the note: "RMB 477.202 billion".
    static QString figureValue(const CityFigure& figure);

    friend bool operator==(const PrintableArticle& a, const PrintableArticle& b)
    {
        return a.title == b.title && a.blocks == b.blocks;
    }
    friend bool operator!=(const PrintableArticle& a, const PrintableArticle& b) { return !(a == b); }
};
