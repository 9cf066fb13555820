// Signing in from the desktop app: the dialog, the controller over AuthSession and SignInFlow,
// against the simulated Battle.net, with a stand-in browser and keychain. A sign-in is kept
// (keychain and settings) and announced; a refused one changes nothing and says why; a stored
// one comes back as an account, or as "sign in again" once it expired.
#include "CoreHarness.h"
#include "FakeBrowser.h"
#include "FakeSecretBackend.h"
#include "settings/Settings.h"
#include "signin/SignInController.h"
#include "sync/SyncController.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// The player's browser: follows the authorize address a moment after it was "opened".
SignInController::OpenBrowser standInBrowser(int *opened)
{
    return [opened](const QUrl &url) {
        ++*opened;
        QTimer::singleShot(0, [url] { visitInBrowser(url); });
        return true;
    };
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    struct Setup
    {
        CoreHarness harness;
        Settings settings;
        std::shared_ptr<FakeKeychain> keychain = std::make_shared<FakeKeychain>();
        SecretStore secrets{std::make_unique<FakeSecretBackend>(keychain)};
        ManualClock clock{QDateTime::currentDateTimeUtc()};
        int browserOpened = 0;
        std::unique_ptr<SignInController> controller;

        explicit Setup(const QString &settingsFile)
            : settings(settingsFile)
        {
            settings.setValue(Settings::Key::RedirectPort, freePort());
            makeController();
        }
        void makeController()
        {
            controller = std::make_unique<SignInController>(settings, secrets, clock,
                                                            harness.http().endpoints(),
                                                            standInBrowser(&browserOpened));
        }
    };

    std::unique_ptr<Setup> setup()
    {
        return std::make_unique<Setup>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files)));
    }

    // Fills the dialog as a player would and presses "Sign in with Battle.net".
    static void signIn(SignInController &controller, const QString &secret = u"demo-secret"_s)
    {
        controller.showDialog(nullptr);
        SignInDialog *dialog = controller.dialog();
        QVERIFY(dialog);
        dialog->clientIdEdit()->setText(u"demo-client"_s);
        dialog->clientSecretEdit()->setText(secret);
        QVERIFY(dialog->signInButton()->isEnabled());
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aSignInIsKeptAndAnnounced()
    {
        auto s = setup();
        QVERIFY(s->harness.isReady());
        QSignalSpy signedIn(s->controller.get(), &SignInController::signedIn);
        QSignalSpy credentials(s->controller.get(), &SignInController::credentialsChanged);
        signIn(*s->controller);
        QVERIFY(signedIn.wait(15'000));
        QCOMPARE(s->browserOpened, 1);
        const auto account = signedIn.at(0).at(0).value<SyncAccount>();
        QCOMPARE(account.battleNetId, 424242);
        QCOMPARE(account.battleTag, u"Demo#1234"_s);
        QVERIFY(!account.userToken.isEmpty());
        QCOMPARE(account.regions, s->settings.regions());
        // Kept: the account in the settings, the token and the secret in the keychain only.
        QCOMPARE(s->settings.accountId(), 424242);
        QCOMPARE(s->settings.clientId(), u"demo-client"_s);
        QVERIFY(s->keychain->entries.contains(AuthSession::userTokenKey(424242)));
        QCOMPARE(s->keychain->entries.value(AuthSession::clientSecretKey(u"demo-client"_s)),
                 QByteArray("demo-secret"));
        // Enrichment hears of the API client.
        QVERIFY(!credentials.isEmpty());
        QCOMPARE(credentials.constLast().at(0).toByteArray(), QByteArray("demo-client"));
        QCOMPARE(credentials.constLast().at(2).toByteArray(), account.userToken);
        QTRY_VERIFY(!s->controller->dialog()); // accepted, closed and gone
    }

    void aRefusedSignInChangesNothingAndSaysWhy()
    {
        auto s = setup();
        QVERIFY(s->harness.isReady());
        QSignalSpy signedIn(s->controller.get(), &SignInController::signedIn);
        signIn(*s->controller);
        QVERIFY(signedIn.wait(15'000));
        const auto keptBefore = s->keychain->entries;
        const qint64 accountBefore = s->settings.accountId();

        s->harness.simulator().setAuthorizeBehaviour(
            bnetsim::SimulatedBattleNet::AuthorizeBehaviour::Deny);
        signIn(*s->controller, {}); // the stored secret is used when the field stays empty
        SignInDialog *dialog = s->controller->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->signInButton()->isEnabled(), 15'000);
        QVERIFY2(dialog->statusLabel()->text().contains(u"declined"_s, Qt::CaseInsensitive) ||
                     dialog->statusLabel()->text().contains(u"denied"_s, Qt::CaseInsensitive),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(s->keychain->entries, keptBefore);
        QCOMPARE(s->settings.accountId(), accountBefore);
    }

    void theWrongSecretIsReportedInTheDialog()
    {
        auto s = setup();
        QVERIFY(s->harness.isReady());
        signIn(*s->controller, u"not-the-secret"_s);
        SignInDialog *dialog = s->controller->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->signInButton()->isEnabled(), 15'000);
        QVERIFY2(dialog->statusLabel()->text().contains(u"client"_s),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(s->settings.accountId(), 0);
        QVERIFY(s->keychain->entries.isEmpty());
    }

    void aStoredSignInComesBackAsAnAccountUntilItExpires()
    {
        auto s = setup();
        QVERIFY(s->harness.isReady());
        QSignalSpy signedIn(s->controller.get(), &SignInController::signedIn);
        signIn(*s->controller);
        QVERIFY(signedIn.wait(15'000));

        // The next start of the app.
        s->makeController();
        QSignalSpy ready(s->controller.get(), &SignInController::ready);
        s->controller->load();
        QVERIFY(ready.wait());
        const auto account = s->controller->account();
        QVERIFY(account.has_value());
        QCOMPARE(account->battleNetId, 424242);

        // A day later: the list needs a new sign-in; the API client still serves enrichment.
        s->clock.advance(25LL * 3600 * 1000);
        s->makeController();
        QSignalSpy problems(s->controller.get(), &SignInController::problem);
        QSignalSpy credentials(s->controller.get(), &SignInController::credentialsChanged);
        QSignalSpy readyAgain(s->controller.get(), &SignInController::ready);
        s->controller->load();
        QVERIFY(readyAgain.wait());
        QVERIFY(!s->controller->account().has_value());
        QTRY_VERIFY(!problems.isEmpty());
        QCOMPARE(problems.constFirst().at(0).value<Problem>().action, Problem::Action::SignIn);
        QCOMPARE(credentials.constLast().at(0).toByteArray(), QByteArray("demo-client"));
        QVERIFY(credentials.constLast().at(2).toByteArray().isEmpty());
    }

    void chinaIsShownButCannotBeChosen()
    {
        SignInDialog dialog(47813);
        auto *model = qobject_cast<QStandardItemModel *>(dialog.regionBox()->model());
        QVERIFY(model);
        const int china = dialog.regionBox()->findData(int(Region::CN));
        QVERIFY(china >= 0);
        QVERIFY(!model->item(china)->isEnabled());
        QVERIFY(dialog.regionBox()->itemText(china).contains(u"unsupported"_s));
        // Without an id and a secret there is nothing to sign in with.
        QVERIFY(!dialog.signInButton()->isEnabled());
        dialog.setKnown(u"abc"_s, true, Region::EU);
        QVERIFY(dialog.signInButton()->isEnabled());
        QCOMPARE(dialog.entry().region, Region::EU);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_sign_in_dialog.moc"
