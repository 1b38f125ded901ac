#include "MessageFrame.h"

#include "ThemePalette.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

MessageFrame::MessageFrame(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setAccessibleName(tr("Message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageFrame::setMessage(Kind kind, const QString& text)
{
    m_source = {};
    display(kind, text);
}

void MessageFrame::setMessage(Kind kind, const TranslatedText& text)
{
    m_source = text;
    display(kind, text ? text() : QString());
}

void MessageFrame::changeEvent(QEvent* event)
{
    // Said again in the new language, and announced again, as it is a new text for a screen reader.
    if (event->type() == QEvent::LanguageChange && m_source && !isHidden())
        display(m_kind, m_source());
    QFrame::changeEvent(event);
    // A new theme reaches this frame as a palette change: its banner colours follow. Setting the same tint
    // again sends no further change, so this ends.
    if (event->type() == QEvent::PaletteChange)
        applyTint();
}

void MessageFrame::display(Kind kind, const QString& text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    if (kind == m_kind && text == m_text->text() && !isHidden())
        return;
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Information:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    applyTint();

    m_text->setText(text);
    setAccessibleDescription(text);
    m_text->setAccessibleName(text);
    QFrame::show();
    // Screen readers say the message without the focus moving from the field the reader is typing in.
    QAccessibleEvent changed(m_text, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageFrame::clear()
{
    m_source = {};
    m_text->clear();
    m_text->setAccessibleName(tr("Message"));
    setAccessibleDescription(QString());
    hide();
}

void MessageFrame::addButton(QAbstractButton* button)
{
    button->setParent(this);
    layout()->addWidget(button);
}

QString MessageFrame::text() const
{
    return m_text->text();
}

void MessageFrame::applyTint()
{
    // The banner colours of the theme the surroundings have (this frame's own palette is the tinted one).
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : palette();
    const ThemeColours colours = ThemePalette::coloursOf(surroundings);
    Rgb background = colours.infoBannerBackground;
    Rgb foreground = colours.infoBannerText;
    switch (m_kind) {
    case Kind::Error:
        background = colours.errorBannerBackground;
        foreground = colours.errorBannerText;
        break;
    case Kind::Warning:
        background = colours.warningBannerBackground;
        foreground = colours.warningBannerText;
        break;
    case Kind::Information:
        break;
    }
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, ThemePalette::colour(background));
    tinted.setColor(QPalette::WindowText, ThemePalette::colour(foreground));
    if (tinted != palette() || tinted.resolveMask() != palette().resolveMask())
        setPalette(tinted);
}
