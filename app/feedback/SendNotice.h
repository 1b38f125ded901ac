#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class SendDisclosure;

// The one line under the feedback form, before the first comment goes to a comment server, saying what is sent and
// where, with "What is sent?" opening the request's fields (SentFieldsDialog). Hidden without a disclosure, and
// once a comment has reached the server (SendDisclosure::isNeeded).
class SendNotice : public QWidget
{
    Q_OBJECT

public:
    explicit SendNotice(QWidget* parent = nullptr);

    // The disclosure must outlive the notice; null hides it.
    void setDisclosure(SendDisclosure* disclosure);
    // Shows or hides the line as the disclosure now says.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showDetails();

    SendDisclosure* m_disclosure = nullptr;
    QLabel* m_text;
    QPushButton* m_details;
};
