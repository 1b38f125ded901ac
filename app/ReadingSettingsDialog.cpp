#include "ReadingSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

QComboBox* makeCombo(const char* objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    return combo;
}

QLabel* makeLabel(QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(buddy->objectName() + QStringLiteral("Label"));
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(buddy);
    return label;
}

void selectData(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ReadingSettingsDialog::ReadingSettingsDialog(const ReadingSettings& current, QWidget* parent)
    : QDialog(parent)
    , m_original(current.clamped())
    , m_typeface(makeCombo("readingTypeface", this))
    , m_size(makeCombo("readingTextSize", this))
    , m_spacing(new QDoubleSpinBox(this))
    , m_width(makeCombo("readingColumnWidth", this))
    , m_theme(makeCombo("readingTheme", this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("readingSettingsDialog"));
    m_spacing->setObjectName(QStringLiteral("readingLineSpacing"));
    m_spacing->setDecimals(1);
    m_spacing->setRange(ReadingSettings::minLineSpacing / 100.0, ReadingSettings::maxLineSpacing / 100.0);
    m_spacing->setSingleStep(ReadingSettings::lineSpacingStep / 100.0);
    m_buttons->setObjectName(QStringLiteral("readingSettingsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("readingOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("readingCancelButton"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("readingResetButton"));

    m_typefaceLabel = makeLabel(m_typeface, this);
    m_sizeLabel = makeLabel(m_size, this);
    m_spacingLabel = makeLabel(m_spacing, this);
    m_widthLabel = makeLabel(m_width, this);
    m_themeLabel = makeLabel(m_theme, this);
    auto* form = new QFormLayout;
    form->addRow(m_typefaceLabel, m_typeface);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_spacingLabel, m_spacing);
    form->addRow(m_widthLabel, m_width);
    form->addRow(m_themeLabel, m_theme);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setTabOrder(m_typeface, m_size);
    setTabOrder(m_size, m_spacing);
    setTabOrder(m_spacing, m_width);
    setTabOrder(m_width, m_theme);
    setTabOrder(m_theme, m_buttons);

    retranslateUi();
    showSettings(m_original);

    for (QComboBox* combo : {m_typeface, m_size, m_width, m_theme})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReadingSettingsDialog::controlChanged);
    connect(m_spacing, &QDoubleSpinBox::valueChanged, this, &ReadingSettingsDialog::controlChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReadingSettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        showSettings(ReadingSettings());
        emit previewChanged(settings());
    });
}

void ReadingSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Reading Settings"));
    setAccessibleName(tr("Reading settings"));
    m_typefaceLabel->setText(tr("&Typeface:"));
    m_sizeLabel->setText(tr("Text &size:"));
    m_spacingLabel->setText(tr("&Line spacing:"));
    m_widthLabel->setText(tr("Column &width:"));
    m_themeLabel->setText(tr("T&heme:"));
    m_typeface->setAccessibleName(tr("Typeface"));
    m_size->setAccessibleName(tr("Text size"));
    m_spacing->setAccessibleName(tr("Line spacing"));
    //: The line spacing control's suffix: the spacing is a multiple of the font's own line height
    m_spacing->setSuffix(tr(" ×"));
    m_width->setAccessibleName(tr("Column width"));
    m_theme->setAccessibleName(tr("Theme"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    QPushButton* reset = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    reset->setText(tr("&Reset to Defaults"));
    reset->setAccessibleName(tr("Reset to defaults"));
    fillChoices();
}

void ReadingSettingsDialog::fillChoices()
{
    const ReadingSettings shown = settings();
    const bool wasShowing = m_showing;
    m_showing = true;
    m_typeface->clear();
    m_typeface->addItem(tr("Sans serif"), int(ReadingSettings::Typeface::SansSerif));
    m_typeface->addItem(tr("Serif"), int(ReadingSettings::Typeface::Serif));
    m_typeface->addItem(tr("System font"), int(ReadingSettings::Typeface::System));
    m_size->clear();
    for (int step = ReadingSettings::minSizeStep; step <= ReadingSettings::maxSizeStep; ++step) {
        //: A text size in percent of the desktop's
        m_size->addItem(tr("%1%").arg(std::lround(100 * ReadingSettings::sizeFactor(step))), step);
    }
    m_width->clear();
    //: Column widths; %1 is the number of characters on a line
    m_width->addItem(
        tr("Narrow (%1 characters)").arg(ReadingSettings::characters(ReadingSettings::ColumnWidth::Narrow)),
        int(ReadingSettings::ColumnWidth::Narrow));
    m_width->addItem(
        tr("Medium (%1 characters)").arg(ReadingSettings::characters(ReadingSettings::ColumnWidth::Medium)),
        int(ReadingSettings::ColumnWidth::Medium));
    m_width->addItem(tr("Wide (%1 characters)").arg(ReadingSettings::characters(ReadingSettings::ColumnWidth::Wide)),
                     int(ReadingSettings::ColumnWidth::Wide));
    m_theme->clear();
    m_theme->addItem(tr("Follow the system"), int(ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Sepia"), int(ThemeChoice::Sepia));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_showing = wasShowing;
    // The first time the combo boxes are empty and settings() gives the defaults; the constructor shows the rest.
    showSettings(shown);
}

ReadingSettings ReadingSettingsDialog::settings() const
{
    ReadingSettings s;
    if (m_typeface->currentIndex() >= 0)
        s.typeface = static_cast<ReadingSettings::Typeface>(m_typeface->currentData().toInt());
    if (m_size->currentIndex() >= 0)
        s.sizeStep = m_size->currentData().toInt();
    s.lineSpacing = static_cast<int>(std::lround(m_spacing->value() * 100));
    if (m_width->currentIndex() >= 0)
        s.width = static_cast<ReadingSettings::ColumnWidth>(m_width->currentData().toInt());
    if (m_theme->currentIndex() >= 0)
        s.theme = static_cast<ThemeChoice>(m_theme->currentData().toInt());
    return s.clamped();
}

void ReadingSettingsDialog::showSettings(const ReadingSettings& settings)
{
    const ReadingSettings valid = settings.clamped();
    const bool wasShowing = m_showing;
    m_showing = true;
    selectData(m_typeface, int(valid.typeface));
    selectData(m_size, valid.sizeStep);
    m_spacing->setValue(valid.lineSpacing / 100.0);
    selectData(m_width, int(valid.width));
    selectData(m_theme, int(valid.theme));
    m_showing = wasShowing;
}

void ReadingSettingsDialog::controlChanged()
{
    if (!m_showing)
        emit previewChanged(settings());
}

void ReadingSettingsDialog::reject()
{
    // What was there before: the preview is undone, whatever the reader tried.
    if (settings() != m_original)
        emit previewChanged(m_original);
    QDialog::reject();
}

void ReadingSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
