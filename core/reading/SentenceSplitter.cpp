#include "SentenceSplitter.h"

#include <QSet>

namespace {

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201d' || c == u'\u2019' || c == u')' || c == u']' || c == u'\u00bb';
}

bool isOpening(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201c' || c == u'\u2018' || c == u'(' || c == u'[' || c == u'\u00ab';
}

bool startsSentence(QChar c)
{
    return c.isUpper() || c.isDigit() || isOpening(c) || c.isTitleCase()
           || (c.isLetter() && !c.isLower()); // scripts without case, such as Chinese
}

// Words whose stop does not end a sentence, compared without case and without the stop.
bool isAbbreviation(const QString& word)
{
    static const QSet<QString> abbreviations = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),    QStringLiteral("ms"),  QStringLiteral("dr"),
        QStringLiteral("prof"), QStringLiteral("st"),     QStringLiteral("jr"),  QStringLiteral("sr"),
        QStringLiteral("vs"),   QStringLiteral("etc"),    QStringLiteral("e.g"), QStringLiteral("i.e"),
        QStringLiteral("inc"),  QStringLiteral("ltd"),    QStringLiteral("co"),  QStringLiteral("corp"),
        QStringLiteral("no"),   QStringLiteral("approx"), QStringLiteral("u.s"), QStringLiteral("u.k"),
        QStringLiteral("jan"),  QStringLiteral("feb"),    QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("jun"),  QStringLiteral("jul"),    QStringLiteral("aug"), QStringLiteral("sep"),
        QStringLiteral("sept"), QStringLiteral("oct"),    QStringLiteral("nov"), QStringLiteral("dec"),
    };
    return abbreviations.contains(word.toLower());
}

// The word that ends just before a full stop at stop (letters and inner stops, as in "e.g").
QString wordBefore(const QString& text, qsizetype stop)
{
    qsizetype begin = stop;
    while (begin > 0 && (text.at(begin - 1).isLetter() || text.at(begin - 1) == u'.'))
        --begin;
    return text.mid(begin, stop - begin);
}

bool isSentenceEnd(const QString& text, qsizetype terminator, qsizetype next)
{
    if (text.at(terminator) == u'.') {
        const QString word = wordBefore(text, terminator);
        if (isAbbreviation(word))
            return false;
        // A single capital is an initial ("J. Smith"), unless it stands alone as a word after a number.
        if (word.size() == 1 && word.at(0).isUpper())
            return false;
    }
    return next >= text.size() || startsSentence(text.at(next));
}

} // namespace

QList<SentenceSpan> SentenceSplitter::split(const QString& text)
{
    QList<SentenceSpan> sentences;
    const qsizetype size = text.size();
    qsizetype start = 0;
    const auto addSentence = [&](qsizetype from, qsizetype to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            sentences.append({from, to - from});
    };

    for (qsizetype i = 0; i < size; ++i) {
        if (!isTerminator(text.at(i)))
            continue;
        qsizetype end = i + 1;
        while (end < size && (isTerminator(text.at(end)) || isClosing(text.at(end))))
            ++end;
        if (end < size && !text.at(end).isSpace()) {
            i = end - 1;
            continue;
        }
        qsizetype next = end;
        while (next < size && text.at(next).isSpace())
            ++next;
        if (isSentenceEnd(text, i, next)) {
            addSentence(start, end);
            start = end;
        }
        i = end - 1;
    }
    addSentence(start, size);
    return sentences;
}
