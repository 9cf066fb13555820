// bnetsync-cli: the app's core without widgets. Each command lives in its own file; this only
// picks one.
#include "CharactersCommand.h"
#include "CliSupport.h"
#include "DemoCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "SessionCommands.h"
#include "SimulatorCommand.h"
#include "SyncCommand.h"
#include "WhoamiCommand.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "cli", "Usage: bnetsync-cli <command> [options]\n"
               "\n"
               "Commands:\n"
               "  login        Sign in to Battle.net in the browser (kept in the keychain)\n"
               "  logout       Remove the stored sign-in\n"
               "  whoami       Show who is signed in and until when\n"
               "  sync         Fetch every character of the account into the database\n"
               "  characters   List the characters in the database\n"
               "  simulator    Run the simulated Battle.net until stopped\n"
               "  demo         Sync the simulator's demo account and list it\n"
               "\n"
               "Run \"bnetsync-cli <command> --help\" for the options of a command.\n"
               "--verbose before or after the command also prints the core's log to stderr.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bnet::configureApplicationIdentity();
    bnet::installTranslations(app);

    QStringList arguments = QCoreApplication::arguments();
    // Commands report their own problems as one line on stderr; the core's log joins in only
    // when asked for with --verbose (or QT_LOGGING_RULES).
    if (arguments.removeAll(u"--verbose"_s) > 0)
        QLoggingCategory::setFilterRules(u"bnetsync.*.info=true"_s);
    else if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            u"bnetsync.*.warning=false\nqt.networkauth.*.warning=false"_s);
    const QString command = arguments.value(1);
    // Each command parses "<program> <command>" followed by its own options.
    if (arguments.size() > 1)
        arguments.removeAt(1);
    arguments[0] = arguments.value(0) + u' ' + command;

    if (command == u"login"_s)
        return bnet::cli::runLogin(arguments);
    if (command == u"logout"_s)
        return bnet::cli::runLogout(arguments);
    if (command == u"whoami"_s)
        return bnet::cli::runWhoami(arguments);
    if (command == u"sync"_s)
        return bnet::cli::runSync(arguments);
    if (command == u"characters"_s)
        return bnet::cli::runCharacters(arguments);
    if (command == u"enrich"_s)
        return bnet::cli::runEnrich(arguments);
    if (command == u"sessions"_s)
        return bnet::cli::runSessions(arguments);
    if (command == u"session"_s)
        return bnet::cli::runSession(arguments);
    if (command == u"complete"_s)
        return bnet::cli::runComplete(arguments);
    if (command == u"simulator"_s)
        return bnet::cli::runSimulator(arguments);
    if (command == u"demo"_s)
        return bnet::cli::runDemo(arguments);
    if (command == u"--version"_s || command == u"-v"_s) {
        QTextStream(stdout) << "bnetsync-cli " << QCoreApplication::applicationVersion() << '\n';
        return bnet::cli::Success;
    }
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? bnet::cli::UsageError : bnet::cli::Success;
    }
    QTextStream(stderr)
        << QCoreApplication::translate("cli", "Unknown command \"%1\".\n").arg(command) << usage();
    return bnet::cli::UsageError;
}
