#pragma once

#include <QWidget>

class QPushButton;

namespace bnet::ui {

// What a new player sees (no characters stored, not signed in): sign in with Battle.net, or
// try the demo against the built-in simulated Battle.net.
class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    explicit FirstRunPage(QWidget *parent = nullptr);
    ~FirstRunPage() override;

    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void signInRequested();
    void demoRequested();

private:
    QPushButton *m_signIn;
    QPushButton *m_demo;
};

} // namespace bnet::ui
