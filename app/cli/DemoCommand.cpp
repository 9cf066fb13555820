#include "DemoCommand.h"

#include "CharactersCommand.h"
#include "CliSupport.h"
#include "SimulatorThread.h"
#include "SyncCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bnet::cli {

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Sync a demo account from the built-in simulated Battle.net and show it."));
    parser.addOption({u"db"_s,
                      QCoreApplication::translate("cli", "The demo database (default: "
                                                         "demo.sqlite beside the real one)."),
                      u"path"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON lines.")});
    Output output(false);
    if (const auto exit = parseOrFail(parser, arguments, output))
        return *exit;

    bnetsim::SimulatorThread simulator(bnetsim::SimulatorData::demo(), {});
    QString error;
    if (!simulator.start(&error)) {
        output.error(
            QCoreApplication::translate("cli", "The simulator could not start: %1").arg(error));
        return NetworkError;
    }
    const QString db = parser.isSet(u"db"_s)
                           ? parser.value(u"db"_s)
                           : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(u"demo.sqlite"_s);
    QStringList common = {u"--db"_s, db};
    if (parser.isSet(u"json"_s))
        common << u"--json"_s;
    const QString program = arguments.value(0);
    const int synced = runSync(QStringList{program + u" sync"_s} + common +
                               QStringList{u"--api-url"_s, simulator.baseUrl().toString(),
                                           u"--render-url"_s, simulator.renderUrl().toString(),
                                           u"--token"_s, simulator.server().userToken()});
    if (synced != Success && synced != PartialFailure)
        return synced;
    output.line({});
    return runCharacters(QStringList{program + u" characters"_s} + common);
}

} // namespace bnet::cli
