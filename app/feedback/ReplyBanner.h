#pragma once

#include "comments/CommentReplyTarget.h"

#include <QWidget>

class QLabel;
class QPushButton;

// "Replying to NICK" above the comment field, with Cancel reply. The nick is the server's text: shown as plain text,
// visible and isolated (UntrustedText), so it cannot restyle or reorder the line. Hidden while there is no target.
class ReplyBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyBanner(QWidget* parent = nullptr);

    void setTarget(const CommentReplyTarget& target);
    CommentReplyTarget target() const { return m_target; }
    // The line as shown.
    QString text() const;
    // "Replying to NICK" for a target in the current language, or empty for none.
    static QString replyingTo(const CommentReplyTarget& target);
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    CommentReplyTarget m_target;
    QLabel* m_label;
    QPushButton* m_cancel;
};
