// The baseline for the startup benchmark: a bare Qt Widgets program with the same widget mix as Pilot Zones
// (menus, a three-pane splitter, a list, a text view, labels, a form, a status bar) and none of its logic.

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
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
    for (int i = 0; i < 10; ++i) {
        auto* label = new QLabel(QStringLiteral("Detail line %1 with a few words of text in it").arg(i));
        label->setWordWrap(true);
        panelLayout->addWidget(label);
    }
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
    findLayout->addWidget(new QLineEdit);
    for (int i = 0; i < 3; ++i)
        findLayout->addWidget(new QToolButton);
    findBar->hide();
    columnLayout->addWidget(findBar);
    splitter->addWidget(column);

    auto* feedback = new QWidget;
    auto* feedbackLayout = new QVBoxLayout(feedback);
    auto* form = new QFormLayout;
    form->addRow(QStringLiteral("Name"), new QLineEdit);
    form->addRow(QStringLiteral("Email"), new QLineEdit);
    form->addRow(QStringLiteral("About"), new QComboBox);
    form->addRow(QStringLiteral("Comment"), new QPlainTextEdit);
    feedbackLayout->addLayout(form);
    feedbackLayout->addWidget(new QPushButton(QStringLiteral("Send")));
    feedbackLayout->addWidget(new QListView, 1);
    splitter->addWidget(feedback);

    window.setCentralWidget(splitter);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1180, 780);
    if (FirstPaintProbe::requested())
        new FirstPaintProbe(&window);
    window.show();
    return QApplication::exec();
}
