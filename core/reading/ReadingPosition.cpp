#include "ReadingPosition.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace {

const QString blockKey = QStringLiteral("reader/position/block");
const QString offsetKey = QStringLiteral("reader/position/offset");
const QString leadKey = QStringLiteral("reader/position/lead");

} // namespace

QString ReadingPosition::leadOf(const QString& text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = text.simplified().split(whitespace, Qt::SkipEmptyParts);
    return words.mid(0, leadWords).join(u' ');
}

ReadingPosition ReadingPosition::at(const QStringList& blocks, int block, int offset)
{
    if (block < 0 || block >= blocks.size())
        return {};
    const QString& text = blocks.at(block);
    return {block, std::clamp(offset, 0, static_cast<int>(text.size())), leadOf(text)};
}

ReadingPosition ReadingPosition::resolvedIn(const QStringList& blocks) const
{
    if (!isValid())
        return {};
    if (block < blocks.size() && leadOf(blocks.at(block)) == lead)
        return at(blocks, block, offset);
    const auto it
        = std::find_if(blocks.cbegin(), blocks.cend(), [this](const QString& text) { return leadOf(text) == lead; });
    if (it == blocks.cend())
        return {};
    return at(blocks, static_cast<int>(it - blocks.cbegin()), offset);
}

ReadingPosition ReadingPosition::load(const QSettings& settings)
{
    bool blockOk = false;
    bool offsetOk = false;
    const int block = settings.value(blockKey).toInt(&blockOk);
    const int offset = settings.value(offsetKey).toInt(&offsetOk);
    const QString lead = settings.value(leadKey).toString();
    if (!blockOk || !offsetOk || block < 0 || offset < 0 || lead.isEmpty())
        return {};
    return {block, offset, lead};
}

void ReadingPosition::save(QSettings& settings) const
{
    if (!isValid()) {
        settings.remove(QStringLiteral("reader/position"));
        return;
    }
    settings.setValue(blockKey, block);
    settings.setValue(offsetKey, offset);
    settings.setValue(leadKey, lead);
}
