#include "MentionFinder.h"

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

namespace MentionFinder {

QList<TextMention> findInText(const QString& text, const QString& term, int block)
{
    QList<TextMention> mentions;
    if (term.isEmpty())
        return mentions;
    qsizetype from = 0;
    while ((from = text.indexOf(term, from, Qt::CaseSensitive)) >= 0) {
        const qsizetype end = from + term.size();
        const bool startsWord = from == 0 || !isWordCharacter(text.at(from - 1));
        const bool endsWord = end == text.size() || !isWordCharacter(text.at(end));
        if (startsWord && endsWord)
            mentions.append(TextMention {block, from, term.size()});
        from = end;
    }
    return mentions;
}

QList<TextMention> find(const Article& article, const QString& term)
{
    QList<TextMention> mentions = findInText(article.headline, term, headlineBlock);
    for (int i = 0; i < article.blocks.size(); ++i)
        mentions.append(findInText(article.blocks.at(i).text, term, i));
    return mentions;
}

} // namespace MentionFinder
