#pragma once

#include "TranslatedText.h"
#include "cities/CityZone.h"
#include "comments/CommentDraft.h"
#include "comments/CommentRules.h"
#include "comments/OwnComment.h"

#include <QList>
#include <QWidget>

class CommentSession;
class MessageFrame;
class ReplyBanner;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// The feedback form: name and e-mail (both optional), what the comment is about, and the comment. It validates
// as the reader types (CommentRules), shows what to fix above the form, and keeps Send disabled until the comment
// may be sent; Ctrl+Enter sends under the same guard. The FeedbackSession keeps the draft and sends; the form
// binds the fields to it and shows its states. Until attach() the form can be typed into but not sent.
//
// A comment on a passage shows its quote above the comment field (plain text, with a Remove quote button); the
// quote is part of the draft and counts towards the length limit with the comment. A reply shows whom it answers
// (ReplyBanner, with Cancel reply); the reply target is part of the draft too.
//
// Any length stays responsive: a keystroke in the comment reads the text once and checks it in one pass (the
// result is kept for canSend() and draft()); the session saves a big draft at a bounded rate.
class FeedbackForm : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackForm(const QList<CityZone>& cities, QWidget* parent = nullptr);
    ~FeedbackForm() override;

    // Connects the form to the session, which must outlive the form. Shows the stored draft, or the remembered name
    // and e-mail when there is no draft, under what the reader typed meanwhile.
    void attach(CommentSession* session);
    bool isAttached() const { return m_session != nullptr; }

    CommentDraft draft() const;
    // True when the comment field holds nothing visible (name and e-mail do not count).
    bool hasNoComment() const;
    // Puts a draft into the fields, e.g. a comment that came back from the server.
    void setDraft(const CommentDraft& draft);
    bool canSend() const;
    void focusComment();
    // Makes the comment one on this passage (a PassageQuote, plain text) and saves the draft; an empty quote
    // removes it. The comment typed so far stays.
    void setQuote(const QString& quote);
    QString quote() const { return m_quote; }
    // Makes the comment a reply to this comment of the server ("Replying to NICK", with Cancel reply) and saves the
    // draft; an empty target makes it a comment of its own. The comment typed so far stays.
    void setReplyTarget(const CommentReplyTarget& target);
    CommentReplyTarget replyTarget() const { return m_replyTo; }
    ReplyBanner* replyBanner() const { return m_replyBanner; }
    // Writes the draft now (a pending debounced save included); done on focus-out, hide and close too.
    void saveDraftNow();
    // Shows a plain-text message above the form until the reader next edits the comment.
    void showNotice(const QString& text, bool isError);
    // The same, said again in the new language when the language changes.
    void showNotice(const TranslatedText& text, bool isError);
    QString messageText() const;

    // Takes a rejected comment back into the form when the comment field is empty (returns true); otherwise the
    // comment stays in the list for the reader to take back later.
    bool takeBackRejected(const OwnComment& comment);

signals:
    // The outbox stored a comment from this form.
    void commentStored(const OwnComment& comment);
    // Something worth a status-bar line (sent, saved, forgotten), made again when the language changes.
    void announcement(const TranslatedText& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void send();
    void forgetProfile();
    void textChanged();
    void fieldsChanged();
    void updateState();
    void updateCounterColour();
    void removeQuote();
    void showQuote();
    void cancelReply();
    void showReplyTarget();
    // The comment field's accessible name, which says whether it quotes and whom it answers.
    void nameCommentField();

    QStringList m_cityIds;
    CommentSession* m_session = nullptr;

    MessageFrame* m_message;
    QLineEdit* m_nick;
    QLineEdit* m_mail;
    QComboBox* m_about;
    QPlainTextEdit* m_text;
    QWidget* m_quoteBox;
    QLabel* m_quoteText;
    QPushButton* m_removeQuote;
    ReplyBanner* m_replyBanner;
    QLabel* m_nickLabel = nullptr;
    QLabel* m_mailLabel = nullptr;
    QLabel* m_aboutLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QFormLayout* m_formLayout = nullptr;
    QLabel* m_counter;
    QPushButton* m_forget;
    QPushButton* m_send;

    // Reads and checks a comment whose check was put off (see textChanged); a no-op when none is pending.
    void ensureChecked() const;

    // The comment as last read from the field, and what CommentRules found in it: read and checked once per edit,
    // or for a big comment once per batch of edits, right after the keystroke is painted (m_checkTimer).
    mutable QString m_currentText;
    mutable CommentRules::TextCheck m_textCheck;
    mutable bool m_checkPending = false;
    QTimer* m_checkTimer;

    // The passage the comment is on (plain text), or empty.
    QString m_quote;
    // The comment this one answers, or empty.
    CommentReplyTarget m_replyTo;
    // What makes the notice above the form (empty: none), so that it can be made again in another language.
    TranslatedText m_notice;
    bool m_noticeIsError = false;
    // The comment field once held text (or Send was tried): from then on an empty comment is reported.
    bool m_textTouched = false;
    bool m_sending = false;
    bool m_filling = false;
};
