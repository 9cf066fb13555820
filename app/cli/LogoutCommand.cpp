#include "LogoutCommand.h"

#include "CliSupport.h"
#include "StoredSignIn.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bnet::cli {

int runLogout(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Remove the stored Battle.net sign-in from the keychain."));
    parser.addOption(
        {u"forget-client"_s, QCoreApplication::translate("cli", "Also remove the API client id and "
                                                                "secret.")});
    Output output(false);
    if (const auto exit = parseOrFail(parser, arguments, output))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        output.error(QCoreApplication::translate("cli", "logout takes no arguments, got \"%1\"")
                         .arg(parser.positionalArguments().join(u' ')));
        return UsageError;
    }
    const bool forgetClient = parser.isSet(u"forget-client"_s);
    StoredSignIn stored;
    const QString battleTag = stored.settings().battleTag();
    const bool hadAccount = stored.settings().accountId() != 0;
    const bool hadClient = !stored.settings().clientId().isEmpty();
    if (!hadAccount && !(forgetClient && hadClient)) {
        output.line(QCoreApplication::translate("cli", "Not signed in; nothing to remove."));
        return Success;
    }
    const AuthSession::Outcome outcome =
        stored.wait([&](AuthSession::Done done) { stored.session().signOut(forgetClient, done); });
    if (outcome.error.isError()) {
        output.error(QCoreApplication::translate("cli", "Could not sign out: %1")
                         .arg(outcome.error.message()));
        return OtherError;
    }
    if (hadAccount)
        output.line(QCoreApplication::translate("cli", "Signed out of %1.").arg(battleTag));
    if (forgetClient && hadClient)
        output.line(QCoreApplication::translate("cli", "The API client id and secret were "
                                                       "removed."));
    else if (hadClient)
        output.line(QCoreApplication::translate("cli", "The API client is kept for the next "
                                                       "sign-in (--forget-client removes it)."));
    return Success;
}

} // namespace bnet::cli
