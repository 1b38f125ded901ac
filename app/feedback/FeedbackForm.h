#pragma once

#include "cities/CityZone.h"
#include "comments/CommentDraft.h"
#include "comments/OwnComment.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class CommentStore;
class MessageFrame;
class Outbox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// The feedback form: name and e-mail (both optional), what the comment is about, and the comment. It validates
// as the reader types (CommentRules), shows what to fix above the form, and keeps Send disabled until the comment
// may be sent; Ctrl+Enter sends under the same guard. What the reader types is saved as a draft while typing and
// is only cleared once the outbox has stored the comment. Until attach() the form can be typed into but not sent.
class FeedbackForm : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackForm(const QList<CityZone>& cities, QWidget* parent = nullptr);
    ~FeedbackForm() override;

    // Connects the form to the store (draft and remembered name) and the outbox (sending); both must outlive the
    // form. Loads the stored draft, or the remembered name and e-mail when there is no draft.
    void attach(CommentStore* store, Outbox* outbox);
    bool isAttached() const { return m_store != nullptr; }

    CommentDraft draft() const;
    // True when the comment field holds nothing visible (name and e-mail do not count).
    bool hasNoComment() const;
    // Puts a draft into the fields, e.g. a comment that came back from the server.
    void setDraft(const CommentDraft& draft);
    bool canSend() const;
    void focusComment();
    // Writes the draft now (a pending debounced save included); done on focus-out, hide and close too.
    void saveDraftNow();
    // Shows a plain-text message above the form until the reader next edits the comment.
    void showNotice(const QString& text, bool isError);
    QString messageText() const;

    // Takes a rejected comment back into the form when the comment field is empty (returns true); otherwise the
    // comment stays in the list for the reader to take back later.
    bool takeBackRejected(const OwnComment& comment);

signals:
    // The outbox stored a comment from this form.
    void commentStored(const OwnComment& comment);
    // Something worth a status-bar line (sent, saved, forgotten).
    void announcement(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void send();
    void forgetProfile();
    void fieldsChanged();
    void updateState();
    void scheduleDraftSave();

    QStringList m_cityIds;
    QPointer<Outbox> m_outbox;
    CommentStore* m_store = nullptr;

    MessageFrame* m_message;
    QLineEdit* m_nick;
    QLineEdit* m_mail;
    QComboBox* m_about;
    QPlainTextEdit* m_text;
    QLabel* m_counter;
    QPushButton* m_forget;
    QPushButton* m_send;
    QTimer* m_draftTimer;

    QString m_notice;
    bool m_noticeIsError = false;
    // The comment field once held text (or Send was tried): from then on an empty comment is reported.
    bool m_textTouched = false;
    bool m_sending = false;
    bool m_filling = false;
    bool m_draftDirty = false;
    bool m_hasProfile = false;
};
