#pragma once

#include "cities/CityZone.h"
#include "comments/OwnComment.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class CommentListModel;
class CommentListView;
class CommentStore;
class FeedbackForm;
class FeedbackSession;
class MessageFrame;
class Outbox;
class QLabel;
class QPushButton;

// "Tell us what you think": the feedback form above the article's comments, with Retry, Discard and Edit again
// for the reader's comments that were not sent. It shows nothing but the form until attach() gives it the store,
// the outbox and the list model, which main() opens after the window's first paint.
class FeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackPanel(const QList<CityZone>& cities, QWidget* parent = nullptr);

    // All three must outlive the panel; the panel keeps its FeedbackSession on them. hasServer false is
    // local-only mode: comments stay on this computer, and the panel says so.
    void attach(CommentStore* store, Outbox* outbox, CommentListModel* model, bool hasServer);
    // Null until attach().
    FeedbackSession* session() const { return m_session; }
    // A plain-text problem with the local store (it was damaged and recovered, or runs in memory).
    void showStoreProblem(const QString& text);
    void saveDraftNow();

    FeedbackForm* form() const { return m_form; }
    CommentListView* list() const { return m_list; }

signals:
    void announcement(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void retry(const QString& localId);
    void discard(const QString& localId);
    void editAgain(const QString& localId);
    // Says on the status line what became of a comment the reader sent, since the list may be out of view.
    void announceDelivery(const OwnComment& comment);
    void updateButtons();
    void showFetchError(const QString& reason);

    FeedbackSession* m_session = nullptr;
    QPointer<CommentListModel> m_model;
    MessageFrame* m_storeProblem;
    QLabel* m_localOnlyNote;
    QLabel* m_heading = nullptr;
    QLabel* m_listLabel = nullptr;
    FeedbackForm* m_form;
    CommentListView* m_list;
    QPushButton* m_retry;
    QPushButton* m_discard;
    QPushButton* m_editAgain;
    QLabel* m_fetchError;
    QPushButton* m_tryAgain;
};
