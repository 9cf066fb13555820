#pragma once

#include "domain/Region.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bnet::ui {

// Signing in with Battle.net: the player's own API client (entered once, with a short how-to
// and the developer portal's address), the region (China shown, but unsupported), then the
// browser does the rest while this waits. Window-modal but never blocking: it is opened with
// open(), the event loop (and any sync) goes on.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    struct Entry
    {
        QString clientId;
        QByteArray clientSecret; // empty: keep the stored one
        Region region = Region::US;
    };

    SignInDialog(quint16 redirectPort, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // What is known already: the client id, whether a secret is stored, the last region.
    void setKnown(const QString &clientId, bool secretStored, Region region);
    Entry entry() const;

    // The browser was sent to Battle.net (or could not be opened: the address to copy).
    void showWaiting(const QUrl &authorizeUrl, bool browserOpened);
    // The sign-in failed: the reason, and the form again. The previous sign-in is untouched.
    void showError(const QString &message);

    QPushButton *signInButton() const { return m_signIn; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *clientSecretEdit() const { return m_clientSecret; }
    QComboBox *regionBox() const { return m_region; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void signInRequested(const bnet::ui::SignInDialog::Entry &entry);
    void cancelRequested();

private:
    void updateButtons();
    void setBusy(bool busy);

    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QComboBox *m_region;
    QLabel *m_status;
    QPushButton *m_signIn;
    QDialogButtonBox *m_buttons;
    bool m_secretStored = false;
    bool m_busy = false;
};

} // namespace bnet::ui
