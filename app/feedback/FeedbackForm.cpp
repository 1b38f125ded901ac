#include "FeedbackForm.h"

#include "MessageFrame.h"
#include "ReplyBanner.h"
#include "ThemePalette.h"
#include "feedback/CommentSession.h"
#include "text/UntrustedText.h"

#include <QAccessible>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// From this many UTF-16 units on, a comment is read and checked after the keystroke is painted rather than
// before: such a comment is far over the limit whatever it holds, so Send stays disabled meanwhile.
constexpr int deferredCheckLength = 64 * 1024;

QLabel* makeLabel(const char* objectName, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FeedbackForm::FeedbackForm(const QList<CityZone>& cities, QWidget* parent)
    : QWidget(parent)
    , m_message(new MessageFrame(this))
    , m_nick(new QLineEdit(this))
    , m_mail(new QLineEdit(this))
    , m_about(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_quoteBox(new QWidget(this))
    , m_quoteText(new QLabel(m_quoteBox))
    , m_removeQuote(new QPushButton(m_quoteBox))
    , m_replyBanner(new ReplyBanner(this))
    , m_counter(new QLabel(this))
    , m_forget(new QPushButton(this))
    , m_send(new QPushButton(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("feedbackForm"));

    m_message->setObjectName(QStringLiteral("feedbackMessage"));

    m_nick->setObjectName(QStringLiteral("nameField"));
    m_mail->setObjectName(QStringLiteral("emailField"));
    m_mail->setInputMethodHints(Qt::ImhEmailCharactersOnly);

    m_about->setObjectName(QStringLiteral("aboutField"));
    m_about->addItem(QString(), QString());
    for (const CityZone& city : cities) {
        //: An entry of the "About" list: English name, then Chinese name
        m_about->addItem(tr("%1 %2").arg(city.name, city.nameZh), city.id);
        m_cityIds.append(city.id);
    }

    m_text->setObjectName(QStringLiteral("commentField"));
    // Tab moves on to Send instead of typing a tab, so the keyboard never gets stuck in the field.
    m_text->setTabChangesFocus(true);
    // A few lines to write in; the comment list below takes the rest of the height.
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 7 + 2 * m_text->frameWidth() + 8);

    // The quote: plain text from the article (or a stored draft), set apart as a quote by an indent and dim
    // italics in the palette's colours.
    m_quoteBox->setObjectName(QStringLiteral("quoteBox"));
    m_quoteText->setObjectName(QStringLiteral("quoteText"));
    m_quoteText->setTextFormat(Qt::PlainText);
    m_quoteText->setWordWrap(true);
    m_quoteText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quoteText->setForegroundRole(QPalette::PlaceholderText);
    QFont quoteFont = m_quoteText->font();
    quoteFont.setItalic(true);
    m_quoteText->setFont(quoteFont);
    m_quoteText->setIndent(8);
    m_quoteText->setFrameShape(QFrame::NoFrame);
    m_removeQuote->setObjectName(QStringLiteral("removeQuoteButton"));
    m_removeQuote->setAutoDefault(false);
    auto* quoteLayout = new QHBoxLayout(m_quoteBox);
    quoteLayout->setContentsMargins(0, 0, 0, 0);
    quoteLayout->addWidget(m_quoteText, 1);
    quoteLayout->addWidget(m_removeQuote, 0, Qt::AlignTop);

    m_counter->setObjectName(QStringLiteral("characterCounter"));
    m_counter->setTextFormat(Qt::PlainText);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_forget->setObjectName(QStringLiteral("forgetProfileButton"));
    m_forget->setAutoDefault(false);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAutoDefault(false);

    auto* form = new QFormLayout;
    m_formLayout = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nickLabel = makeLabel("nameLabel", m_nick, this);
    m_mailLabel = makeLabel("emailLabel", m_mail, this);
    m_aboutLabel = makeLabel("aboutLabel", m_about, this);
    m_textLabel = makeLabel("commentLabel", m_text, this);
    form->addRow(m_nickLabel, m_nick);
    form->addRow(m_mailLabel, m_mail);
    form->addRow(m_aboutLabel, m_about);
    form->addRow(QString(), m_quoteBox);
    form->addRow(QString(), m_replyBanner);
    form->addRow(m_textLabel, m_text);
    form->addRow(QString(), m_counter);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    buttons->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addLayout(buttons);

    // The order a reader fills the form in; Send comes right after the comment.
    retranslateUi();

    setTabOrder(m_nick, m_mail);
    setTabOrder(m_mail, m_about);
    setTabOrder(m_about, m_removeQuote);
    setTabOrder(m_removeQuote, m_replyBanner->cancelButton());
    setTabOrder(m_replyBanner->cancelButton(), m_text);
    setTabOrder(m_text, m_send);
    setTabOrder(m_send, m_forget);

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &FeedbackForm::send);
    }
    connect(m_send, &QPushButton::clicked, this, &FeedbackForm::send);
    connect(m_forget, &QPushButton::clicked, this, &FeedbackForm::forgetProfile);
    connect(m_removeQuote, &QPushButton::clicked, this, &FeedbackForm::removeQuote);
    connect(m_replyBanner, &ReplyBanner::cancelRequested, this, &FeedbackForm::cancelReply);
    connect(m_nick, &QLineEdit::textChanged, this, &FeedbackForm::fieldsChanged);
    connect(m_mail, &QLineEdit::textChanged, this, &FeedbackForm::fieldsChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, &FeedbackForm::textChanged);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(0);
    connect(m_checkTimer, &QTimer::timeout, this, [this] {
        ensureChecked();
        fieldsChanged();
    });
    connect(m_about, qOverload<int>(&QComboBox::currentIndexChanged), this, &FeedbackForm::fieldsChanged);

    for (QWidget* field : {static_cast<QWidget*>(m_nick),
                           static_cast<QWidget*>(m_mail),
                           static_cast<QWidget*>(m_about),
                           static_cast<QWidget*>(m_text)})
        field->installEventFilter(this);

    m_textCheck = CommentRules::checkText(m_currentText);
    showReplyTarget();
    updateState();
}

FeedbackForm::~FeedbackForm()
{
    saveDraftNow();
    // The session may outlive the form: it must not read fields that are gone.
    if (m_session)
        m_session->setDraftSource({});
}

void FeedbackForm::attach(CommentSession* session)
{
    m_session = session;
    session->setDraftSource([this] { return draft(); });
    // Whatever the reader managed to type before the store opened wins over what the store has.
    const CommentDraft restored = session->restore(draft());
    m_filling = true;
    setDraft(restored);
    m_filling = false;

    connect(session, &CommentSession::commentRejected, this, &FeedbackForm::takeBackRejected);
    connect(
        session, &CommentSession::draftSaveFailed, this, [this](const QString& reason) { showNotice(reason, true); });
    updateState();
}

CommentDraft FeedbackForm::draft() const
{
    // m_currentText follows every change of the field (textChanged), so this copies nothing.
    ensureChecked();
    CommentDraft current {m_nick->text(), m_mail->text(), m_currentText, m_about->currentData().toString()};
    current.quote = m_quote;
    current.replyTo = m_replyTo;
    return current;
}

bool FeedbackForm::hasNoComment() const
{
    ensureChecked();
    return CommentRules::isBlank(m_currentText);
}

void FeedbackForm::setDraft(const CommentDraft& draft)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    ensureChecked();
    if (m_nick->text() != draft.nick)
        m_nick->setText(draft.nick);
    if (m_mail->text() != draft.mail)
        m_mail->setText(draft.mail);
    if (m_currentText != draft.text)
        m_text->setPlainText(draft.text);
    const int about = m_about->findData(draft.cityId);
    m_about->setCurrentIndex(about >= 0 ? about : 0);
    if (m_quote != draft.quote) {
        m_quote = draft.quote;
        m_checkPending = true;
        showQuote();
    }
    if (m_replyTo != draft.replyTo) {
        m_replyTo = draft.replyTo;
        showReplyTarget();
    }
    m_filling = wasFilling;
    if (!draft.text.isEmpty())
        m_textTouched = true;
    if (m_session && !m_filling)
        m_session->draftEdited(m_currentText.size());
    updateState();
}

bool FeedbackForm::canSend() const
{
    ensureChecked();
    if (!m_session || m_sending || !m_textCheck.problems.isEmpty())
        return false;
    const CommentDraft current = draft();
    return CommentRules::nickProblems(current.nick).isEmpty() && CommentRules::mailProblems(current.mail).isEmpty()
           && CommentRules::cityProblems(current.cityId, m_cityIds).isEmpty();
}

void FeedbackForm::focusComment()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

void FeedbackForm::setQuote(const QString& quote)
{
    if (quote == m_quote)
        return;
    m_quote = quote;
    // The limit counts the quote: the comment is checked again.
    m_checkPending = true;
    showQuote();
    fieldsChanged();
    // Chosen, not typed: kept at once, like a comment that is sent.
    saveDraftNow();
}

void FeedbackForm::removeQuote()
{
    const bool hadFocus = m_removeQuote->hasFocus();
    setQuote(QString());
    if (hadFocus)
        m_text->setFocus(Qt::OtherFocusReason);
    emit announcement([] { return tr("The quote is removed; your comment is on the whole article."); });
}

void FeedbackForm::setReplyTarget(const CommentReplyTarget& target)
{
    if (target == m_replyTo)
        return;
    m_replyTo = target;
    showReplyTarget();
    fieldsChanged();
    // Chosen, not typed: kept at once, like the quote.
    saveDraftNow();
}

void FeedbackForm::cancelReply()
{
    const bool hadFocus = m_replyBanner->cancelButton()->hasFocus();
    setReplyTarget({});
    if (hadFocus)
        m_text->setFocus(Qt::OtherFocusReason);
    emit announcement([] { return tr("The reply is cancelled; your comment will be one of its own."); });
}

void FeedbackForm::showReplyTarget()
{
    m_replyBanner->setTarget(m_replyTo);
    // A hidden row takes no space in the form, as the quote's does not.
    if (m_formLayout)
        m_formLayout->setRowVisible(m_replyBanner, !m_replyTo.parentId.isEmpty());
    nameCommentField();
}

void FeedbackForm::nameCommentField()
{
    if (!m_replyTo.parentId.isEmpty())
        m_text->setAccessibleName(ReplyBanner::replyingTo(m_replyTo));
    else if (!m_quote.isEmpty())
        m_text->setAccessibleName(tr("Comment on the quoted passage"));
    else
        m_text->setAccessibleName(tr("Comment"));
}

void FeedbackForm::showQuote()
{
    const bool hasQuote = !m_quote.isEmpty();
    if (m_formLayout)
        m_formLayout->setRowVisible(m_quoteBox, hasQuote);
    m_quoteBox->setVisible(hasQuote);
    //: The quoted passage above the comment field, in typographic quotes
    m_quoteText->setText(hasQuote ? tr("“%1”").arg(UntrustedText::visible(m_quote)) : QString());
    m_quoteText->setAccessibleName(tr("Quoted passage"));
    m_quoteText->setAccessibleDescription(hasQuote ? UntrustedText::isolated(m_quote) : QString());
    m_quoteBox->setAccessibleName(tr("Quoted passage"));
    m_removeQuote->setText(tr("Remove &quote"));
    m_removeQuote->setAccessibleName(tr("Remove quote"));
    m_removeQuote->setToolTip(tr("Comment on the whole article instead of this passage"));
    nameCommentField();
}

void FeedbackForm::send()
{
    // The same guard for the button and the keyboard: an empty or invalid comment only shows what to fix.
    m_textTouched = true;
    if (!canSend()) {
        updateState();
        return;
    }
    m_sending = true;
    updateState();
    const std::optional<OwnComment> stored = m_session->submit(draft());
    m_sending = false;
    if (!stored) {
        showNotice(m_session->lastError(), true);
        return;
    }

    // Stored for good, and the stored draft gone with it: only now does the form let go of the text.
    m_filling = true;
    m_text->clear();
    m_about->setCurrentIndex(0);
    m_quote.clear();
    m_replyTo = {};
    showReplyTarget();
    m_checkPending = true;
    showQuote();
    m_filling = false;
    m_textTouched = false;
    m_notice = {};
    // The name and e-mail stay in the form for the next comment, and in the draft.
    m_session->draftEdited(0);
    saveDraftNow();
    updateState();
    m_text->setFocus(Qt::OtherFocusReason);
    emit commentStored(*stored);
    const bool savedLocally = stored->state == OwnComment::State::SavedLocally;
    emit announcement([savedLocally] {
        return savedLocally ? tr("Your comment is saved on this computer.")
                            : tr("Your comment is stored and on its way to the server.");
    });
}

void FeedbackForm::forgetProfile()
{
    if (m_session && !m_session->forgetProfile()) {
        showNotice(m_session->lastError(), true);
        return;
    }
    m_nick->clear();
    m_mail->clear();
    saveDraftNow();
    updateState();
    emit announcement([] { return tr("Your name and email are forgotten."); });
}

void FeedbackForm::saveDraftNow()
{
    if (m_session && !m_session->saveDraftNow())
        showNotice(m_session->lastError(), true);
}

void FeedbackForm::showNotice(const QString& text, bool isError)
{
    showNotice(text.isEmpty() ? TranslatedText() : TranslatedText([text] { return text; }), isError);
}

void FeedbackForm::showNotice(const TranslatedText& text, bool isError)
{
    m_notice = text;
    m_noticeIsError = isError;
    updateState();
}

QString FeedbackForm::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool FeedbackForm::takeBackRejected(const OwnComment& comment)
{
    saveDraftNow();
    if (!m_session || !hasNoComment()) {
        showNotice(TranslatedText([reason = comment.lastError] {
                       return tr("The server did not accept one of your comments: %1\nIt is in the list of comments, "
                                 "where “Edit” brings it back into this form.")
                           .arg(reason);
                   }),
                   true);
        return false;
    }
    const std::optional<CommentDraft> back = m_session->takeBack(comment.localId);
    if (!back) {
        showNotice(TranslatedText([reason = comment.lastError] {
                       return tr("The server did not accept one of your comments: %1\nIt stays in the list of "
                                 "comments.")
                           .arg(reason);
                   }),
                   true);
        return false;
    }
    setDraft(*back);
    showNotice(TranslatedText([reason = comment.lastError] {
                   return tr("The server did not accept your comment: %1\nIt is back in the form: change it and send "
                             "it again.")
                       .arg(reason);
               }),
               true);
    return true;
}

bool FeedbackForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        saveDraftNow();
    return QWidget::eventFilter(watched, event);
}

void FeedbackForm::hideEvent(QHideEvent* event)
{
    saveDraftNow();
    QWidget::hideEvent(event);
}

void FeedbackForm::textChanged()
{
    const int length = m_text->document()->characterCount();
    if (length >= deferredCheckLength) {
        // A big comment: the keystroke is painted first, and keystrokes that arrive meanwhile share one check.
        m_checkPending = true;
        m_checkTimer->start();
        if (!m_filling && m_session)
            m_session->draftEdited(length);
        return;
    }
    m_checkPending = true;
    ensureChecked();
    fieldsChanged();
}

void FeedbackForm::ensureChecked() const
{
    if (!m_checkPending)
        return;
    m_checkPending = false;
    m_checkTimer->stop();
    // The one read and the one check of the whole comment per edit; everything else uses what they found.
    m_currentText = m_text->toPlainText();
    m_textCheck = CommentRules::checkText(m_currentText, m_quote);
}

void FeedbackForm::fieldsChanged()
{
    ensureChecked();
    if (!m_currentText.isEmpty())
        m_textTouched = true;
    if (!m_filling && m_session)
        m_session->draftEdited(m_currentText.size());
    updateState();
}

void FeedbackForm::retranslateUi()
{
    setAccessibleName(tr("Feedback form"));
    m_message->setAccessibleName(tr("Message about your comment"));
    m_nickLabel->setText(tr("&Name:"));
    m_nick->setAccessibleName(tr("Name (optional)"));
    m_nick->setPlaceholderText(tr("Optional"));
    m_mailLabel->setText(tr("E&mail:"));
    m_mail->setAccessibleName(tr("Email (optional)"));
    m_mail->setAccessibleDescription(tr("Never shown to anyone"));
    m_mail->setPlaceholderText(tr("Optional, never shown"));
    m_aboutLabel->setText(tr("&About:"));
    m_about->setAccessibleName(tr("What the comment is about"));
    m_about->setItemText(0, tr("The whole article"));
    m_textLabel->setText(tr("&Comment:"));
    showQuote();
    m_text->setAccessibleDescription(tr("Required. Press Ctrl+Enter to send."));
    m_text->setPlaceholderText(tr("What do you think? Ctrl+Enter sends."));
    m_forget->setText(tr("For&get my name and email"));
    m_forget->setAccessibleName(tr("Forget my name and email"));
    m_send->setText(tr("&Send"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setToolTip(tr("Send the comment (Ctrl+Enter)"));
}

void FeedbackForm::changeEvent(QEvent* event)
{
    // Only the form's own words change: what the reader typed and chose stays as it is.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The comment's problems were found (and worded) when it last changed: found again, they are worded in the
        // new language, with the notice.
        m_checkPending = true;
        updateState();
    }
    QWidget::changeEvent(event);
    // A new theme: the error colour of the one the form is in now.
    if (event->type() == QEvent::PaletteChange)
        updateCounterColour();
}

void FeedbackForm::updateCounterColour()
{
    // The counter has a colour of its own only while the comment is too long, and only its text's: every other
    // role, and that one otherwise, come from the form, so that a new theme reaches it.
    QPalette counter;
    if (m_textCheck.characterCount > CommentRules::maxTextLength)
        counter.setColor(QPalette::WindowText, ThemePalette::colour(ThemePalette::coloursOf(palette()).errorText));
    if (counter != m_counter->palette() || counter.resolveMask() != m_counter->palette().resolveMask())
        m_counter->setPalette(counter);
}

void FeedbackForm::updateState()
{
    ensureChecked();
    const CommentDraft current = draft();
    // The comment's own problems come from the check made when it changed; the small fields are checked here.
    const QList<CommentRules::Problem> problems = CommentRules::nickProblems(current.nick)
                                                  + CommentRules::mailProblems(current.mail) + m_textCheck.problems
                                                  + CommentRules::cityProblems(current.cityId, m_cityIds);

    QStringList lines;
    const QString notice = m_notice ? m_notice() : QString();
    if (!notice.isEmpty())
        lines.append(notice);
    QMap<CommentRules::Field, QString> byField;
    for (const CommentRules::Problem& problem : problems) {
        // An empty comment is only worth saying once the reader has started one or tried to send.
        if (problem.field == CommentRules::Field::Text && !m_textTouched)
            continue;
        lines.append(problem.message);
        if (!byField.contains(problem.field))
            byField.insert(problem.field, problem.message);
    }
    const bool error = (!notice.isEmpty() && m_noticeIsError) || lines.size() > (notice.isEmpty() ? 0 : 1);
    m_message->setMessage(error ? MessageFrame::Kind::Error : MessageFrame::Kind::Information,
                          lines.join(QLatin1Char('\n')));

    // Each field says what is wrong with it, for readers who move through the form with a screen reader.
    m_nick->setAccessibleDescription(byField.value(CommentRules::Field::Nick));
    m_mail->setAccessibleDescription(byField.value(CommentRules::Field::Mail, tr("Never shown to anyone")));
    m_text->setAccessibleDescription(
        byField.value(CommentRules::Field::Text, tr("Required. Press Ctrl+Enter to send.")));

    const int count = m_textCheck.characterCount;
    if (m_quote.isEmpty()) {
        //: The live character counter under the comment: used / allowed
        m_counter->setText(tr("%1 / %2").arg(count).arg(CommentRules::maxTextLength));
        m_counter->setAccessibleName(tr("%1 of %2 characters used").arg(count).arg(CommentRules::maxTextLength));
    } else {
        //: The live character counter when the comment quotes a passage, which counts too: used / allowed
        m_counter->setText(tr("%1 / %2 with the quote").arg(count).arg(CommentRules::maxTextLength));
        m_counter->setAccessibleName(
            tr("%1 of %2 characters used, the quote included").arg(count).arg(CommentRules::maxTextLength));
    }
    updateCounterColour();

    m_send->setEnabled(canSend());
    m_forget->setEnabled((m_session && m_session->hasProfile()) || !current.nick.isEmpty() || !current.mail.isEmpty());
}
