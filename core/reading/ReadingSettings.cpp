#include "ReadingSettings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace {

// "reader/zoom" is the key the text size had before it joined the reading settings: old settings keep it.
const QString sizeKey = QStringLiteral("reader/zoom");
const QString typefaceKey = QStringLiteral("reading/typeface");
const QString lineSpacingKey = QStringLiteral("reading/lineSpacing");
const QString widthKey = QStringLiteral("reading/width");
const QString themeKey = QStringLiteral("reading/theme");

template<typename Enum, std::size_t N>
Enum fromName(const QString& name, const std::pair<Enum, const char*> (&names)[N], Enum fallback)
{
    for (const auto& entry : names) {
        if (name == QLatin1String(entry.second))
            return entry.first;
    }
    return fallback;
}

template<typename Enum, std::size_t N>
QString toName(Enum value, const std::pair<Enum, const char*> (&names)[N])
{
    for (const auto& entry : names) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

const std::pair<ReadingSettings::Typeface, const char*> typefaceNames[] = {
    {ReadingSettings::Typeface::SansSerif, "sans-serif"},
    {ReadingSettings::Typeface::Serif, "serif"},
    {ReadingSettings::Typeface::System, "system"},
};
const std::pair<ReadingSettings::ColumnWidth, const char*> widthNames[] = {
    {ReadingSettings::ColumnWidth::Narrow, "narrow"},
    {ReadingSettings::ColumnWidth::Medium, "medium"},
    {ReadingSettings::ColumnWidth::Wide, "wide"},
};
const std::pair<ThemeChoice, const char*> themeNames[] = {
    {ThemeChoice::System, "system"},
    {ThemeChoice::Light, "light"},
    {ThemeChoice::Sepia, "sepia"},
    {ThemeChoice::Dark, "dark"},
};

int intOr(const QVariant& value, int fallback)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? number : fallback;
}

} // namespace

ReadingSettings ReadingSettings::load(const QSettings& settings)
{
    const ReadingSettings defaults;
    ReadingSettings loaded;
    loaded.typeface = fromName(settings.value(typefaceKey).toString(), typefaceNames, defaults.typeface);
    loaded.sizeStep = intOr(settings.value(sizeKey), defaults.sizeStep);
    loaded.lineSpacing = intOr(settings.value(lineSpacingKey), defaults.lineSpacing);
    loaded.width = fromName(settings.value(widthKey).toString(), widthNames, defaults.width);
    loaded.theme = fromName(settings.value(themeKey).toString(), themeNames, defaults.theme);
    return loaded.clamped();
}

void ReadingSettings::save(QSettings& settings) const
{
    const ReadingSettings valid = clamped();
    settings.setValue(typefaceKey, toName(valid.typeface, typefaceNames));
    settings.setValue(sizeKey, valid.sizeStep);
    settings.setValue(lineSpacingKey, valid.lineSpacing);
    settings.setValue(widthKey, toName(valid.width, widthNames));
    settings.setValue(themeKey, toName(valid.theme, themeNames));
}

ReadingSettings ReadingSettings::clamped() const
{
    ReadingSettings valid = *this;
    valid.sizeStep = std::clamp(sizeStep, minSizeStep, maxSizeStep);
    const int spacing = std::clamp(lineSpacing, minLineSpacing, maxLineSpacing);
    // To the nearest step, so the dialog shows what is applied.
    valid.lineSpacing
        = minLineSpacing + (spacing - minLineSpacing + lineSpacingStep / 2) / lineSpacingStep * lineSpacingStep;
    return valid;
}

double ReadingSettings::sizeFactor(int step)
{
    return std::pow(1.1, std::clamp(step, minSizeStep, maxSizeStep));
}

double ReadingSettings::windowSizeFactor(int step)
{
    return sizeFactor(std::min(step, maxWindowSizeStep));
}

int ReadingSettings::characters(ColumnWidth width)
{
    switch (width) {
    case ColumnWidth::Narrow:
        return 56;
    case ColumnWidth::Medium:
        break;
    case ColumnWidth::Wide:
        return 90;
    }
    return 72;
}

QStringList ReadingSettings::families(Typeface typeface, const QStringList& systemFamilies)
{
    QStringList families;
    QString cjk = QStringLiteral("Noto Sans CJK SC");
    switch (typeface) {
    case Typeface::SansSerif:
        families = {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans")};
        break;
    case Typeface::Serif:
        families = {QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif")};
        cjk = QStringLiteral("Noto Serif CJK SC");
        break;
    case Typeface::System:
        // The desktop's font, but not a CJK face in first place: it draws ’ and “ full width in English words.
        for (const QString& family : systemFamilies) {
            if (!family.contains(QLatin1String("CJK")))
                families.append(family);
        }
        families.append(QStringLiteral("DejaVu Sans"));
        break;
    }
    for (const QString& family : systemFamilies) {
        if (typeface != Typeface::System && !families.contains(family) && !family.contains(QLatin1String("CJK")))
            families.append(family);
    }
    families.removeAll(cjk);
    families.append(cjk);
    families.removeDuplicates();
    return families;
}
