#pragma once

#include "ArticleBlock.h"

#include <QList>
#include <QString>

struct Article
{
    // Stable identifier, also the path under which comments for this article are filed on a comment server.
    QString id;
    QString path;
    QString headline;
    QList<ArticleBlock> blocks;

    friend bool operator==(const Article& a, const Article& b)
    {
        return a.id == b.id && a.path == b.path && a.headline == b.headline && a.blocks == b.blocks;
    }
    friend bool operator!=(const Article& a, const Article& b) { return !(a == b); }
};
