#pragma once

#include <QString>

// A figure the article gives for a city, e.g. 477.202 (RMB billion) of IT industry sales.
struct CityFigure
{
    QString label;
    double value = 0;
    QString unit;
    // Context the article gives with the figure, e.g. "up 10.9% year on year"; may be empty.
    QString note;

    friend bool operator==(const CityFigure& a, const CityFigure& b)
    {
        return a.label == b.label && qFuzzyCompare(a.value + 1, b.value + 1) && a.unit == b.unit && a.note == b.note;
    }
    friend bool operator!=(const CityFigure& a, const CityFigure& b) { return !(a == b); }
};
