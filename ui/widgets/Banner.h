#pragma once

#include "sync/SyncController.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace bnet::ui {

// A strip at the top of the window that says what went wrong and offers what to do about it
// (retry, sign in again). Never modal: the grid and the sync go on underneath. Several problems
// at once show the most serious (the latest of equals) and how many more there are; the
// tooltip lists them all.
class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    explicit Banner(QWidget *parent = nullptr);
    ~Banner() override;

    void showProblem(const Problem &problem);
    void clear();
    const QList<Problem> &problems() const { return m_problems; }
    // What the banner says now (tests and accessibility).
    QString text() const;

Q_SIGNALS:
    void actionRequested(bnet::ui::Problem::Action action);

private:
    void refresh();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    QList<Problem> m_problems;
    Problem m_shown;
};

} // namespace bnet::ui
