#pragma once

#include "reading/ReadingSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

// View → Reading Settings…: typeface, text size, line spacing, column width and theme. Every change applies at
// once (previewChanged), so the reader sees it in the article behind the dialog; OK keeps it, Cancel and Escape
// put back what was there when the dialog opened, and Reset to Defaults shows the defaults (kept only with OK).
class ReadingSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReadingSettingsDialog(const ReadingSettings& current, QWidget* parent = nullptr);

    ReadingSettings settings() const;
    // Shows settings without announcing a change, when the window changed them itself (Ctrl++ meanwhile).
    void showSettings(const ReadingSettings& settings);
    // What Cancel goes back to.
    ReadingSettings original() const { return m_original; }

    void reject() override;

signals:
    // The controls now say settings: apply them to see them.
    void previewChanged(const ReadingSettings& settings);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillChoices();
    void controlChanged();

    ReadingSettings m_original;
    QLabel* m_typefaceLabel;
    QLabel* m_sizeLabel;
    QLabel* m_spacingLabel;
    QLabel* m_widthLabel;
    QLabel* m_themeLabel;
    QComboBox* m_typeface;
    QComboBox* m_size;
    QDoubleSpinBox* m_spacing;
    QComboBox* m_width;
    QComboBox* m_theme;
    QDialogButtonBox* m_buttons;
    bool m_showing = false; // controls being set from code: no previewChanged
};
