#pragma once

#include "Article.h"
#include "TextMention.h"

#include <QList>
#include <QString>

namespace MentionFinder {

inline constexpr int headlineBlock = -1;

// Whole-word, case-sensitive occurrences of term in the headline and every block, in reading order.
// "Shenzhen" matches "Shenzhen," and "Shenzhen’s" but not "Shenzhenese"; an empty term matches nothing.
QList<TextMention> find(const Article& article, const QString& term);

// The same within one piece of text, with block set to the given index.
QList<TextMention> findInText(const QString& text, const QString& term, int block);

} // namespace MentionFinder
