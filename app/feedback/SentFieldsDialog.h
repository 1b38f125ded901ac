#pragma once

#include "net/SentField.h"

#include <QDialog>
#include <QList>
#include <QUrl>

class QLabel;
class QTreeWidget;

// "What is sent?": the request a comment becomes, field by field (SendDisclosure::fields), and where it goes. Every
// text is plain text; the fields come from the code that builds the request, so the list is the request.
class SentFieldsDialog : public QDialog
{
    Q_OBJECT

public:
    SentFieldsDialog(const QUrl& endpoint, const QList<SentField>& fields, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QUrl m_endpoint;
    QList<SentField> m_fields;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_nothingElse;
};
