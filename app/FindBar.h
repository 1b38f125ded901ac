#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// The find-in-article bar: a field, previous/next, a match count and a close button. It only asks;
// the owner searches and reports back with setResult().
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr);

    QString text() const;
    // Shows the bar, focused with its text selected so typing replaces the last search.
    void activate();
    // current is 1-based; 0 matches shows "No matches" for a non-empty search.
    void setResult(int current, int total);

signals:
    void searchChanged(const QString& text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void close();
    void retranslateUi();

    QLineEdit* m_field;
    QLabel* m_count;
    QLabel* m_label;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_close;
    // The last result, so that a change of language can say it again.
    int m_current = 0;
    int m_total = 0;
};
