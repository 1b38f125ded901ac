#pragma once

#include "CommentSession.h"
#include "comments/CommentDraft.h"
#include "comments/OwnComment.h"
#include "storage/CommentStore.h"

#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class CommentListModel;
class Outbox;

// The feedback form's logic, without widgets: keeping the draft, remembering the name and e-mail, sending (which
// forgets the draft in the same store transaction), taking a refused comment back, and feeding the outbox's
// comments to the list. The form binds its fields to it and shows the states it reports.
//
// Draft keeping: the form says that the draft changed (draftEdited, O(1)); the session asks the form for the draft
// (the DraftSource) only when it is time to save, and writes it only when it differs from what the store holds.
// Small drafts are saved after a short pause in typing; a big one at most once per bigDraftSaveInterval while the
// reader goes on typing, so a megabyte is not rewritten on every pause. saveDraftNow() writes at once (focus-out,
// hide, close), so nothing typed is lost.
class FeedbackSession : public CommentSession
{
    Q_OBJECT

public:
    // A pause this long in typing saves a small draft: it coalesces a burst of typing into one write, and a crash
    // loses only the last word.
    static constexpr std::chrono::milliseconds smallDraftSaveDelay {300};
    // A draft of at least bigDraftLength UTF-16 units is saved at most this often while the reader types (plus at
    // focus-out, hide and close): writing a megabyte with synchronous=FULL takes far longer than a keystroke.
    static constexpr std::chrono::milliseconds bigDraftSaveInterval {5000};
    static constexpr qsizetype bigDraftLength = 64 * 1024;

    // store and outbox must outlive the session.
    FeedbackSession(CommentStore* store, Outbox* outbox, QObject* parent = nullptr);
    ~FeedbackSession() override;

    // For tests: shorter waits than smallDraftSaveDelay and bigDraftSaveInterval.
    void setSaveDelays(std::chrono::milliseconds pause, std::chrono::milliseconds bigInterval);

    // Where saves read the draft from (the form's fields). Without one, only saveDraft(draft) saves.
    void setDraftSource(DraftSource source) override;

    // The draft to show when the session starts: what the reader typed before the store opened wins field by
    // field over the stored draft, or over the remembered name and e-mail when no draft is stored. When the
    // result differs from the stored draft, a save is scheduled.
    CommentDraft restore(const CommentDraft& typedSoFar) override;
    // True when a name or e-mail is remembered.
    bool hasProfile() const override { return !m_profile.isEmpty(); }

    // The draft changed; textLength (UTF-16 units of the comment) picks how soon it is saved.
    void draftEdited(qsizetype textLength) override;
    // Saves a pending change now, reading the draft from the source; true when nothing needed saving.
    bool saveDraftNow() override;
    // Saves this draft now unless the store already holds it.
    bool saveDraft(const CommentDraft& draft);
    // True while an edit waits to be saved.
    bool hasUnsavedDraft() const { return m_dirty; }

    // Stores the comment and forgets the draft in one store transaction (Outbox::submit), then starts delivery. The
    // name and e-mail are remembered first, so a kill at any moment leaves either the comment unsent with its text
    // still in the draft, or the comment stored and the draft gone: never both. nullopt when the comment may not be
    // sent or could not be stored; lastError() then says why in plain text, and the draft is untouched.
    std::optional<OwnComment> submit(const CommentDraft& draft) override;
    bool forgetProfile() override;

    // Retry, Discard and Edit on the reader's comments in the list (see Outbox). takeBack saves a pending
    // draft first, and refuses when the draft holds other text.
    bool retry(const QString& localId) override;
    bool discard(const QString& localId) override;
    std::optional<CommentDraft> takeBack(const QString& localId) override;

    // Deletes one of the reader's comments kept on this computer (OwnCommentActions: Queued, Failed or
    // SavedLocally) from the store and the outbox in one transaction, and keeps it so that undoDelete() can put it
    // back while the session lives (the window is open). Refused, with lastError(), for a comment being sent (by
    // this or another window), delivered or gone, and on a ReadOnly store; nothing is lost then.
    bool deleteComment(const QString& localId) override;
    // Puts back the comment deleted last, exactly as it was (same localId, createdAt, state), and returns it. Each
    // call undoes one more deletion, newest first. nullopt, with lastError(), when there is nothing to undo or the
    // store refuses; the deletion then stays undoable.
    std::optional<OwnComment> undoDelete() override;
    bool canUndoDelete() const override { return !m_deleted.isEmpty(); }

    // Lists the outbox's comments in model and keeps them current; when one of them reaches the server, the list
    // reloads to show what others posted meanwhile. model must outlive the session.
    void showOn(CommentListModel* model) override;

    bool isLocalOnly() const override;
    // Why the last failed operation failed, in plain text.
    QString lastError() const override { return m_lastError; }

private:
    bool write(const CommentDraft& draft);

    CommentStore* m_store;
    QPointer<Outbox> m_outbox;
    DraftSource m_source;
    QTimer m_timer;
    std::chrono::milliseconds m_pause = smallDraftSaveDelay;
    std::chrono::milliseconds m_bigInterval = bigDraftSaveInterval;
    // What the store holds as far as this session knows, so an unchanged draft is never written again.
    CommentDraft m_saved;
    CommentStore::Profile m_profile;
    bool m_dirty = false;
    QString m_lastError;
    // Deleted comments, oldest first, kept in memory only: a deletion is final once the window closes.
    QList<OwnComment> m_deleted;
};
