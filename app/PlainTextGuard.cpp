#include "PlainTextGuard.h"

#include <QEvent>
#include <QLabel>

PlainTextGuard::PlainTextGuard(QObject* parent)
    : QObject(parent)
{ }

bool PlainTextGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        auto* label = qobject_cast<QLabel*>(watched);
        if (label && label->textFormat() == Qt::AutoText && !label->inherits("QTipLabel"))
            label->setTextFormat(Qt::PlainText);
    }
    return QObject::eventFilter(watched, event);
}
