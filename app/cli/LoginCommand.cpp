#include "LoginCommand.h"

#include "CliSupport.h"
#include "OpenBrowser.h"
#include "QuitOnSignal.h"
#include "StoredSignIn.h"
#include "api/BattleNetApi.h"
#include "api/HttpClient.h"
#include "auth/SignInFlow.h"
#include "auth/SignInHelp.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bnet::cli {
namespace {

void addOptions(QCommandLineParser &parser)
{
    addEndpointOptions(parser);
    parser.addOption({u"client-id"_s,
                      QCoreApplication::translate("cli", "Your Battle.net API client id (or "
                                                         "BNETSYNC_CLIENT_ID); kept in the "
                                                         "settings after a sign-in."),
                      u"id"_s});
    parser.addOption({u"client-secret"_s,
                      QCoreApplication::translate("cli", "Its secret (better: "
                                                         "BNETSYNC_CLIENT_SECRET or "
                                                         "--client-secret-stdin, as other users "
                                                         "can see command lines); kept in the "
                                                         "keychain after a sign-in."),
                      u"secret"_s});
    parser.addOption({u"client-secret-stdin"_s,
                      QCoreApplication::translate("cli", "Read the client secret from the first "
                                                         "line of standard input.")});
    parser.addOption({u"region"_s,
                      QCoreApplication::translate("cli", "Region to sign in to: us, eu, kr or tw "
                                                         "(cn is not supported)."),
                      u"region"_s});
    parser.addOption({u"redirect-port"_s,
                      QCoreApplication::translate("cli", "Loopback port for Battle.net's answer "
                                                         "(default %1; register "
                                                         "http://localhost:PORT/callback with "
                                                         "your client).")
                          .arg(Settings::defaultRedirectPort),
                      u"port"_s});
    parser.addOption({u"no-browser"_s,
                      QCoreApplication::translate("cli", "Do not open a browser; only print the "
                                                         "address to open.")});
    parser.addOption({u"timeout"_s,
                      QCoreApplication::translate("cli", "Give up after this many seconds "
                                                         "(default 300)."),
                      u"seconds"_s});
}

std::optional<int> readNumber(const QCommandLineParser &parser, const QString &name, int minimum,
                              int maximum, Output &output)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    output.error(QCoreApplication::translate("cli", "--%1 needs a number from %2 to %3, got "
                                                    "\"%4\"")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(parser.value(name)));
    return std::nullopt;
}

// Waits for the sign-in's outcome; Ctrl+C (or SIGTERM) cancels it.
int runFlow(SignInFlow &flow, StoredSignIn &stored, const SignInFlow::Request &request,
            bool openBrowser, Output &output)
{
    // Installed before the address is printed, so a Ctrl+C at any moment cancels cleanly.
    QuitOnSignal quitOnSignal;
    int exitCode = OtherError;
    std::optional<UserToken> signedIn;
    QObject::connect(&flow, &SignInFlow::authorizeUrlReady, &flow, [&](const QUrl &url) {
        output.line(QCoreApplication::translate("cli", "Open this address in your browser to "
                                                       "sign in to Battle.net:"));
        output.line(u"  "_s + url.toString(QUrl::FullyEncoded));
        if (openBrowser && !openInBrowser(url))
            output.line(QCoreApplication::translate("cli", "(No browser could be started; "
                                                           "open the address yourself.)"));
        output.line(QCoreApplication::translate("cli", "Waiting for Battle.net on %1 (Ctrl+C "
                                                       "cancels)...")
                        .arg(flow.redirectUri()));
    });
    QObject::connect(&flow, &SignInFlow::succeeded, &flow, [&](const UserToken &token) {
        signedIn = token;
        QCoreApplication::exit(Success);
    });
    QObject::connect(&flow, &SignInFlow::failed, &flow, [&](const SignInError &error) {
        output.error(error.message());
        exitCode = exitCodeFor(error);
        QCoreApplication::exit(exitCode);
    });
    if (const SignInError error = flow.start(request); error.isError()) {
        // One line on stderr; a how-to, if any, follows on stdout.
        const QStringList lines = error.message().split(u'\n');
        output.error(lines.constFirst());
        for (qsizetype i = 1; i < lines.size(); ++i)
            output.line(lines.at(i));
        if (error.kind() == SignInError::Kind::MissingClient)
            output.line(QCoreApplication::translate(
                "cli", "Then run: bnetsync-cli login --client-id ID, with the secret in "
                       "BNETSYNC_CLIENT_SECRET or on standard input (--client-secret-stdin)."));
        return exitCodeFor(error);
    }
    QCoreApplication::exec();
    if (flow.isRunning())
        flow.cancel(); // interrupted: reports "cancelled" through failed()
    if (!signedIn)
        return exitCode;

    // Only a sign-in that worked replaces what was stored: the client first, then the token.
    exitCode = Success;
    const auto keep = [&](const AuthSession::Outcome &outcome) {
        if (outcome.where == SecretStore::Where::MemoryOnly) {
            output.error(stored.secrets().memoryOnlyReason());
            exitCode = PartialFailure;
        } else if (!outcome.settingsError.isEmpty()) {
            output.error(outcome.settingsError);
            exitCode = PartialFailure;
        }
    };
    if (stored.session().clientId() != request.clientId ||
        stored.session().clientSecret() != request.clientSecret)
        keep(stored.wait([&](AuthSession::Done done) {
            stored.session().setClientCredentials(request.clientId, request.clientSecret, done);
        }));
    keep(stored.wait([&](AuthSession::Done done) { stored.session().adopt(*signedIn, done); }));
    stored.settings().setValue(Settings::Key::SignInRegion, regionCode(request.region));
    output.line(QCoreApplication::translate("cli", "Signed in as %1 (account %2) until %3.")
                    .arg(signedIn->battleTag)
                    .arg(signedIn->accountId)
                    .arg(shownExpiry(signedIn->expiresAt, stored.clock().nowUtc())));
    return exitCode;
}

} // namespace

int runLogin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Sign in to Battle.net in the browser; the sign-in is kept in the system "
               "keychain and lasts 24 hours."));
    addOptions(parser);
    Output output(false);
    if (const auto exit = parseOrFail(parser, arguments, output))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        output.error(QCoreApplication::translate("cli", "login takes no arguments, got \"%1\"")
                         .arg(parser.positionalArguments().join(u' ')));
        return UsageError;
    }

    StoredSignIn stored;
    stored.load();
    SignInFlow::Request request;
    request.redirectPort = stored.settings().redirectPort();
    if (parser.isSet(u"redirect-port"_s)) {
        const auto port = readNumber(parser, u"redirect-port"_s, 0, 65535, output);
        if (!port)
            return UsageError;
        request.redirectPort = quint16(*port);
    }
    if (parser.isSet(u"timeout"_s)) {
        const auto seconds = readNumber(parser, u"timeout"_s, 1, 24 * 3600, output);
        if (!seconds)
            return UsageError;
        request.timeoutSeconds = *seconds;
    }
    request.region = stored.settings().signInRegion();
    if (parser.isSet(u"region"_s)) {
        const auto region = regionFromCode(parser.value(u"region"_s));
        if (!region) {
            output.error(QCoreApplication::translate("cli", "Unknown region \"%1\" (use us, eu, "
                                                            "kr or tw)")
                             .arg(parser.value(u"region"_s)));
            return UsageError;
        }
        request.region = *region;
    }
    request.clientId = optionOrEnvironment(parser, u"client-id"_s, "BNETSYNC_CLIENT_ID");
    if (request.clientId.isEmpty())
        request.clientId = stored.session().clientId();
    if (parser.isSet(u"client-secret-stdin"_s)) {
        QTextStream in(stdin);
        request.clientSecret = in.readLine().trimmed().toUtf8();
    } else {
        request.clientSecret =
            optionOrEnvironment(parser, u"client-secret"_s, "BNETSYNC_CLIENT_SECRET").toUtf8();
    }
    if (request.clientSecret.isEmpty() && request.clientId == stored.session().clientId())
        request.clientSecret = stored.session().clientSecret();

    QThreadPool pool;
    HttpClient http(endpointsFrom(parser), {}, stored.clock());
    BattleNetApi api(http, pool);
    SignInFlow flow(api, stored.clock());
    const int exitCode = runFlow(flow, stored, request, !parser.isSet(u"no-browser"_s), output);
    pool.waitForDone();
    output.flush();
    return exitCode;
}

} // namespace bnet::cli
