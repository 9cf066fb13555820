#include "WhoamiCommand.h"

#include "CliSupport.h"
#include "StoredSignIn.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet::cli {
namespace {

QString stateCode(AuthSession::State state)
{
    switch (state) {
    case AuthSession::State::Loading:
        return u"loading"_s;
    case AuthSession::State::SignedOut:
        return u"signed-out"_s;
    case AuthSession::State::SignedIn:
        return u"signed-in"_s;
    case AuthSession::State::Expired:
        return u"expired"_s;
    case AuthSession::State::Unreadable:
        return u"unreadable"_s;
    }
    return u"unknown"_s;
}

} // namespace

int runWhoami(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Show who is signed in to Battle.net and until when (from the keychain; no "
               "network)."));
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print one JSON object.")});
    Output usage(false);
    if (const auto exit = parseOrFail(parser, arguments, usage))
        return *exit;
    Output output(parser.isSet(u"json"_s));
    if (!parser.positionalArguments().isEmpty()) {
        output.error(QCoreApplication::translate("cli", "whoami takes no arguments, got \"%1\"")
                         .arg(parser.positionalArguments().join(u' ')));
        return UsageError;
    }

    StoredSignIn stored;
    stored.load();
    AuthSession &session = stored.session();
    session.checkExpiry();
    const AuthSession::State state = session.state();
    const int exitCode = state == AuthSession::State::SignedIn     ? Success
                         : state == AuthSession::State::Unreadable ? OtherError
                                                                   : AuthError;
    if (output.json()) {
        QJsonObject object{{u"state"_s, stateCode(state)},
                           {u"signedIn"_s, state == AuthSession::State::SignedIn},
                           {u"clientId"_s, session.clientId()},
                           {u"clientSecretStored"_s, !session.clientSecret().isEmpty()},
                           {u"message"_s, session.stateMessage()}};
        if (session.accountId() != 0) {
            object.insert(u"accountId"_s, session.accountId());
            object.insert(u"battleTag"_s, session.battleTag());
        }
        if (session.expiresAt().isValid())
            object.insert(u"expiresAt"_s, session.expiresAt().toString(Qt::ISODate));
        output.jsonObject(object);
        output.flush();
        return exitCode;
    }
    if (state == AuthSession::State::SignedIn) {
        output.line(QCoreApplication::translate("cli", "%1 (account %2), signed in until %3.")
                        .arg(session.battleTag())
                        .arg(session.accountId())
                        .arg(shownExpiry(session.expiresAt(), stored.clock().nowUtc())));
    } else if (state == AuthSession::State::SignedOut && session.accountId() == 0) {
        output.error(QCoreApplication::translate("cli", "Not signed in: run \"bnetsync-cli "
                                                        "login\""));
    } else {
        output.error(session.stateMessage());
    }
    if (!session.clientId().isEmpty())
        output.line(QCoreApplication::translate("cli", "API client: %1 (secret %2).")
                        .arg(session.clientId(),
                             session.clientSecret().isEmpty()
                                 ? QCoreApplication::translate("cli", "not in the keychain")
                                 : QCoreApplication::translate("cli", "in the keychain")));
    return exitCode;
}

} // namespace bnet::cli
