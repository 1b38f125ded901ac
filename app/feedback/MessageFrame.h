#pragma once

#include "TranslatedText.h"

#include <QFrame>

class QAbstractButton;
class QLabel;

// An inline message with an icon, like KDE's KMessageWidget: shown above a form for what the reader must fix or
// know. The text is plain text, and every new message is announced to assistive technology.
class MessageFrame : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Error,
        Warning,
        Information,
    };

    explicit MessageFrame(QWidget* parent = nullptr);

    // Shows text (several lines allowed); an empty text hides the frame.
    void setMessage(Kind kind, const QString& text);
    // The same, for a text made again in the new language whenever the language changes while it is shown.
    void setMessage(Kind kind, const TranslatedText& text);
    void clear();
    // Puts a button (an action on the message, such as Undo) at the end of the frame; it shows with the frame.
    void addButton(QAbstractButton* button);

    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void display(Kind kind, const QString& text);
    void applyTint();

    QLabel* m_icon;
    QLabel* m_text;
    Kind m_kind = Kind::Information;
    // What makes the text shown, when it can be made again; empty for a fixed text.
    TranslatedText m_source;
};
