// The baseline for the startup benchmark: a bare Qt Widgets program with the same widget mix as Pilot Zones
// (menus, a three-pane splitter, a list, a text view, labels, a form, a status bar) and none of its logic.

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    for (const char* menu : {"&File", "&Edit", "&View", "&Help"}) {
        QMenu* m = window.menuBar()->addMenu(QString::fromLatin1(menu));
        for (int i = 0; i < 4; ++i)
            m->addAction(QStringLiteral("Action %1").arg(i));
    }

    auto* splitter = new QSplitter(&window);
    auto* sidebar = new QWidget;
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->addWidget(new QLabel(QStringLiteral("Pilot cities")));
    auto* list = new QListView;
    list->setModel(new QStringListModel({QStringLiteral("Hefei 合肥"),
                                         QStringLiteral("Hangzhou 杭州"),
                                         QStringLiteral("Shenzhen 深圳"),
                                         QStringLiteral("Tianjin 天津")},
                                        list));
    sidebarLayout->addWidget(list);
    auto* panel = new QWidget;
    auto* panelLayout = new QVBoxLayout(panel);
    for (int i = 0; i < 11; ++i) {
        auto* label = new QLabel(QStringLiteral("Detail line %1 with a few words of text in it").arg(i));
        label->setWordWrap(true);
        panelLayout->addWidget(label);
    }
    panelLayout->addWidget(new QWidget); // the figures chart's place
    auto* scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    sidebarLayout->addWidget(scroll, 1);
    splitter->addWidget(sidebar);

    auto* column = new QWidget;
    auto* columnLayout = new QVBoxLayout(column);
    auto* text = new QTextEdit;
    text->setReadOnly(true);
    QString body;
    for (int i = 0; i < 8; ++i)
        body += QStringLiteral("A paragraph of about the article's length, repeated so that the layout has as much "
                               "text to set as the real window does when it first paints its view. \n");
    text->setPlainText(body);
    columnLayout->addWidget(text, 1);
    auto* findBar = new QWidget;
    auto* findLayout = new QHBoxLayout(findBar);
    findLayout->addWidget(new QLabel(QStringLiteral("Find:")));
    findLayout->addWidget(new QLineEdit);
    findLayout->addWidget(new QLabel);
    for (int i = 0; i < 3; ++i)
        findLayout->addWidget(new QToolButton);
    findBar->hide();
    columnLayout->addWidget(findBar);
    splitter->addWidget(column);

    auto* feedback = new QWidget;
    auto* feedbackLayout = new QVBoxLayout(feedback);
    feedbackLayout->addWidget(new QLabel(QStringLiteral("Tell us what you think")));
    auto* note = new QLabel(QStringLiteral("No comment server is configured, so comments are kept here."));
    note->setWordWrap(true);
    feedbackLayout->addWidget(note);
    // Two hidden message frames, as the form and the panel keep for errors.
    for (int i = 0; i < 2; ++i) {
        auto* frame = new QFrame;
        auto* frameLayout = new QHBoxLayout(frame);
        frameLayout->addWidget(new QLabel);
        frameLayout->addWidget(new QLabel);
        frame->hide();
        feedbackLayout->addWidget(frame);
    }
    auto* form = new QFormLayout;
    form->addRow(QStringLiteral("Name"), new QLineEdit);
    form->addRow(QStringLiteral("Email"), new QLineEdit);
    auto* about = new QComboBox;
    about->addItems({QStringLiteral("The whole article"),
                     QStringLiteral("Hefei"),
                     QStringLiteral("Hangzhou"),
                     QStringLiteral("Shenzhen"),
                     QStringLiteral("Tianjin")});
    form->addRow(QStringLiteral("About"), about);
    form->addRow(QStringLiteral("Comment"), new QPlainTextEdit);
    feedbackLayout->addLayout(form);
    feedbackLayout->addWidget(new QLabel(QStringLiteral("0 / 2000")));
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(new QPushButton(QStringLiteral("Forget my name and email")));
    formButtons->addWidget(new QPushButton(QStringLiteral("Send")));
    feedbackLayout->addLayout(formButtons);
    feedbackLayout->addWidget(new QLabel(QStringLiteral("Latest comments")));
    feedbackLayout->addWidget(new QListView, 1);
    auto* listButtons = new QHBoxLayout;
    for (const char* label : {"Retry", "Edit again", "Discard", "Try again"})
        listButtons->addWidget(new QPushButton(QString::fromLatin1(label)));
    feedbackLayout->addLayout(listButtons);
    splitter->addWidget(feedback);

    window.setCentralWidget(splitter);
    window.statusBar()->addWidget(new QLabel(QStringLiteral("Ready")), 1);
    window.resize(1180, 780);
    if (FirstPaintProbe::requested())
        new FirstPaintProbe(&window);
    window.show();
    return QApplication::exec();
}
