#pragma once

#include "cities/CityZone.h"

#include <QWidget>

#include <optional>

class FigureChart;
class QLabel;

// Everything the article says about one pilot city: names, region, the ministry's mandate, facts, quotes,
// how often the article mentions it, and its figures as a chart. All text is shown as plain text.
class CityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CityPanel(QWidget* parent = nullptr);

    void setCity(const CityZone& city, int mentionCount);
    void clear();

    // Lets the reader select and copy the details with mouse and keyboard. Off at first: a selectable label
    // lays its text out as a full document, which is too slow to do before the window first paints.
    void setTextSelectable(bool selectable);

    // A one-line summary a screen reader can announce when the city changes.
    QString summary() const { return m_summary; }

protected:
    // A change of language says everything again, the shown city included.
    void changeEvent(QEvent* event) override;

private:
    QLabel* addLabel(const char* objectName);
    QLabel* addHeading(const char* objectName);
    static void setHeading(QLabel* heading, const QString& text);
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_region;
    QLabel* m_mentions;
    QLabel* m_mandateHeading;
    QLabel* m_mandate;
    QLabel* m_factsHeading;
    QLabel* m_facts;
    QLabel* m_quotesHeading;
    QLabel* m_quotes;
    QLabel* m_figuresHeading;
    FigureChart* m_chart;
    QString m_summary;
    std::optional<CityZone> m_city;
    int m_mentionCount = 0;
};
