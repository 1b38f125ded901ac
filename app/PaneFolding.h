#pragma once

#include <QObject>

class QAction;
class QSettings;
class QSplitter;
class QToolButton;
class QWidget;

// How the window's three panes give way on a narrow window. Below foldWidth(), where the sidebar, a comfortable
// reading column and the feedback pane no longer fit side by side, the feedback pane folds away behind a toggle:
// View → Comments (checkable, with a shortcut) and a button that shows the same action. It comes back when the
// reader toggles it, or by itself when the window grows wide enough again. The widths are measured in the panes'
// fonts (and from the panes' own minimum sizes), so they follow the text size and the language.
//
// Folding never loses the focus inside the hidden pane: it moves to the toggle button, or to the article when the
// button is not shown. The pane itself is only hidden, so what the reader typed in it stays as it was.
//
// The reader's choice for a wide window (comments shown or folded) is kept in the QSettings given; on a narrow window
// the pane starts folded, and unfolding it there lasts until the window changes between narrow and wide.
class PaneFolding : public QObject
{
    Q_OBJECT

public:
    // The splitter holds sidebar, article and pane, in that order; all must outlive this object.
    PaneFolding(QSplitter* splitter, QWidget* article, QSettings* settings, QObject* parent = nullptr);

    // View → Comments: checked while the pane is shown.
    QAction* toggleAction() const { return m_action; }
    // A button for the status bar that shows the toggle action; made once, owned by parent.
    QToolButton* makeToggleButton(QWidget* parent);
    QToolButton* toggleButton() const { return m_button; }

    // Below this width of the splitter the pane folds by itself.
    int foldWidth() const;
    bool isNarrow() const;
    bool isPaneShown() const;
    // Shows the pane whatever the width (the reader asked for something in it); the caller then focuses in it.
    void unfold();
    // Sets the action's and the button's words again in the current language.
    void retranslate();
    // Sets the panes' minimum widths from their fonts, then shows or folds the pane for the splitter's width.
    void update();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateMinimums();
    void setPaneShown(bool shown);
    void toggledByReader(bool shown);
    int sidebarMinimum() const;
    int articleMinimum(int characters) const;
    int paneMinimum() const;

    QSplitter* m_splitter;
    QWidget* m_sidebar;
    QWidget* m_articleColumn;
    QWidget* m_article;
    QWidget* m_pane;
    QSettings* m_settings;
    QAction* m_action;
    QToolButton* m_button = nullptr;
    // The reader's choice for a wide window, kept in the settings.
    bool m_shownWhenWide = true;
    // Unfolded by the reader (or by unfold()) while the window is narrow.
    bool m_shownWhenNarrow = false;
    bool m_wasNarrow = false;
    bool m_updating = false;
    bool m_decided = false; // update() has run: the window has its size
};
