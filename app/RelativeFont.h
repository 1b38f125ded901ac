#pragma once

#include <QObject>

class QWidget;

// Keeps a widget's font a fixed factor larger than its parent's (a title, a heading), also when the parent's
// font changes later, as it does when the reader changes the text size. A font with an explicit size would
// otherwise stay as it was. Owned by the widget.
class RelativeFont : public QObject
{
    Q_OBJECT

public:
    static void apply(QWidget* widget, qreal factor, bool bold);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    RelativeFont(QWidget* widget, qreal factor, bool bold);
    void update();

    QWidget* m_widget;
    qreal m_factor;
    bool m_bold;
};
