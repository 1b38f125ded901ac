#pragma once

#include "CityFigure.h"

#include <QList>
#include <QString>
#include <QStringList>

// A national pilot zone for next-generation AI, as the article describes it.
struct CityZone
{
    enum class RegionKind {
        Province,
        Municipality,
    };

    // Stable, lower-case ASCII; used on the command line (--city) and in settings.
    QString id;
    QString name;
    QString nameZh;
    QString region;
    RegionKind regionKind = RegionKind::Province;
    // The ministry's requirement for the city, exactly as the article quotes it.
    QString mandate;
    QStringList facts;
    // Longer quotes from the ministry about this city, word for word.
    QStringList quotes;
    QList<CityFigure> figures;

    friend bool operator==(const CityZone& a, const CityZone& b)
    {
        return a.id == b.id && a.name == b.name && a.nameZh == b.nameZh && a.region == b.region
               && a.regionKind == b.regionKind && a.mandate == b.mandate && a.facts == b.facts && a.quotes == b.quotes
               && a.figures == b.figures;
    }
    friend bool operator!=(const CityZone& a, const CityZone& b) { return !(a == b); }
};
