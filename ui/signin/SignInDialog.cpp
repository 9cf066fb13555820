#include "SignInDialog.h"

#include "auth/SignInHelp.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bnet::ui {

SignInDialog::SignInDialog(quint16 redirectPort, QWidget *parent)
    : QDialog(parent)
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in with Battle.net"));
    setWindowModality(Qt::WindowModal);

    auto *howTo = new QLabel(this);
    howTo->setWordWrap(true);
    howTo->setTextFormat(Qt::RichText);
    howTo->setOpenExternalLinks(true);
    const QString portal = signin::developerPortalUrl().toString();
    howTo->setText(
        tr("<p>The app signs in with your own Battle.net API client, so your data goes from "
           "Battle.net to you and nowhere else.</p>"
           "<p>Once: create a client at <a href=\"%1\">%1</a>, add <b>%2</b> as its redirect "
           "URL, and enter its client ID and secret below. The secret is kept in your system "
           "keychain.</p>")
            .arg(portal.toHtmlEscaped(), signin::redirectUri(redirectPort).toHtmlEscaped()));

    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAccessibleName(tr("Client secret"));
    for (Region region : allRegions())
        m_region->addItem(regionDisplayName(region), int(region));
    // China has hosts of its own that refuse global clients: shown, but not selectable.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_region->model()))
        model->item(m_region->findData(int(Region::CN)))->setEnabled(false);
    m_region->setAccessibleName(tr("Region"));

    auto *form = new QFormLayout;
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_clientSecret);
    form->addRow(tr("&Region:"), m_region);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->hide();

    m_signIn = m_buttons->addButton(tr("Sign in with Battle.net"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_status->setText(tr("Opening Battle.net in your browser…"));
        m_status->show();
        Q_EMIT signInRequested(entry());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy)
            Q_EMIT cancelRequested(); // the flow reports failed(Cancelled); the dialog stays
        else
            reject();
    });
    connect(m_clientId, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_clientSecret, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(howTo);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateButtons();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setKnown(const QString &clientId, bool secretStored, Region region)
{
    m_clientId->setText(clientId);
    m_secretStored = secretStored;
    m_clientSecret->setPlaceholderText(secretStored ? tr("Kept in your keychain") : QString());
    const int index = m_region->findData(int(region));
    if (index >= 0 && isRegionSupported(region))
        m_region->setCurrentIndex(index);
    updateButtons();
}

SignInDialog::Entry SignInDialog::entry() const
{
    return {m_clientId->text().trimmed(), m_clientSecret->text().trimmed().toUtf8(),
            Region(m_region->currentData().toInt())};
}

void SignInDialog::showWaiting(const QUrl &authorizeUrl, bool browserOpened)
{
    const QString link = u"<a href=\"%1\">%2</a>"_s.arg(
        authorizeUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Battle.net's sign-in page"));
    m_status->setText(browserOpened ? tr("Approve the sign-in in your browser; this window waits. "
                                         "(Nothing opened? Open %1.)")
                                          .arg(link)
                                    : tr("The browser did not open. Open %1 yourself; this window "
                                         "waits.")
                                          .arg(link));
    m_status->show();
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    // Bold rather than red: the palette has no error colour that reads on every theme.
    m_status->setText(u"<b>%1</b>"_s.arg(message.toHtmlEscaped()));
    m_status->show();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_clientId->setEnabled(!busy);
    m_clientSecret->setEnabled(!busy);
    m_region->setEnabled(!busy);
    updateButtons();
}

void SignInDialog::updateButtons()
{
    const bool haveSecret = !m_clientSecret->text().trimmed().isEmpty() || m_secretStored;
    m_signIn->setEnabled(!m_busy && !m_clientId->text().trimmed().isEmpty() && haveSecret);
}

} // namespace bnet::ui
