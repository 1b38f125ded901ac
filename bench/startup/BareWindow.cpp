// The baseline for the startup benchmark: a bare Qt Widgets program with the same widget mix as Pilot Zones
// (menus, a three-pane splitter, a list, a text view, labels, a form, a status bar) and none of its logic. Under a
// Chinese locale its labels are in Chinese, as the app's are, so that both draw the same script (the article
// stays in English in both).

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
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
    const bool chinese = QLocale::system().language() == QLocale::Chinese;
    // The English text, or the Chinese one under a Chinese locale.
    const auto inLanguage = [chinese](const char* english, const char* simplifiedChinese) {
        return QString::fromUtf8(chinese ? simplifiedChinese : english);
    };
    QMainWindow window;
    const char* menus[][2]
        = {{"&File", "文件(&F)"}, {"&Edit", "编辑(&E)"}, {"&View", "查看(&V)"}, {"&Help", "帮助(&H)"}};
    for (const auto& menu : menus) {
        QMenu* m = window.menuBar()->addMenu(inLanguage(menu[0], menu[1]));
        for (int i = 0; i < 4; ++i)
            m->addAction(inLanguage("Action %1", "操作 %1").arg(i));
    }

    auto* splitter = new QSplitter(&window);
    auto* sidebar = new QWidget;
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->addWidget(new QLabel(inLanguage("Pilot cities", "试点城市")));
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
        auto* label = new QLabel(
            inLanguage("Detail line %1 with a few words of text in it", "第 %1 行详情，其中有几个字").arg(i));
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
    findLayout->addWidget(new QLabel(inLanguage("Find:", "查找：")));
    findLayout->addWidget(new QLineEdit);
    findLayout->addWidget(new QLabel);
    for (int i = 0; i < 3; ++i)
        findLayout->addWidget(new QToolButton);
    findBar->hide();
    columnLayout->addWidget(findBar);
    splitter->addWidget(column);

    auto* feedback = new QWidget;
    auto* feedbackLayout = new QVBoxLayout(feedback);
    feedbackLayout->addWidget(new QLabel(inLanguage("Tell us what you think", "告诉我们您的想法")));
    auto* note = new QLabel(inLanguage("No comment server is configured, so comments are kept here.",
                                       "未配置评论服务器，评论保存在本机。"));
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
    form->addRow(inLanguage("Name", "姓名"), new QLineEdit);
    form->addRow(inLanguage("Email", "电子邮件"), new QLineEdit);
    auto* about = new QComboBox;
    about->addItems({inLanguage("The whole article", "整篇文章"),
                     QStringLiteral("Hefei"),
                     QStringLiteral("Hangzhou"),
                     QStringLiteral("Shenzhen"),
                     QStringLiteral("Tianjin")});
    form->addRow(inLanguage("About", "关于"), about);
    form->addRow(inLanguage("Comment", "评论"), new QPlainTextEdit);
    feedbackLayout->addLayout(form);
    feedbackLayout->addWidget(new QLabel(QStringLiteral("0 / 2000")));
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(new QPushButton(inLanguage("Forget my name and email", "忘记我的姓名和电子邮件")));
    formButtons->addWidget(new QPushButton(inLanguage("Send", "发送")));
    feedbackLayout->addLayout(formButtons);
    feedbackLayout->addWidget(new QLabel(inLanguage("Latest comments", "最新评论")));
    feedbackLayout->addWidget(new QListView, 1);
    auto* listButtons = new QHBoxLayout;
    const char* buttons[][2]
        = {{"Retry", "重试"}, {"Edit again", "重新编辑"}, {"Discard", "丢弃"}, {"Try again", "再试一次"}};
    for (const auto& label : buttons)
        listButtons->addWidget(new QPushButton(inLanguage(label[0], label[1])));
    feedbackLayout->addLayout(listButtons);
    splitter->addWidget(feedback);

    window.setCentralWidget(splitter);
    window.statusBar()->addWidget(new QLabel(inLanguage("Ready", "就绪")), 1);
    window.resize(1180, 780);
    if (FirstPaintProbe::requested())
        new FirstPaintProbe(&window);
    window.show();
    return QApplication::exec();
}
