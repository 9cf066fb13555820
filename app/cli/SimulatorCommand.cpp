#include "SimulatorCommand.h"

#include "CliSupport.h"
#include "QuitOnSignal.h"
#include "SimulatedBattleNet.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace bnet::cli {
namespace {

bool readNumber(const QCommandLineParser &parser, const QString &name, int minimum, int *value,
                Output &output)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int number = parser.value(name).toInt(&ok);
    if (!ok || number < minimum) {
        output.error(QCoreApplication::translate("cli", "--%1 needs a whole number of at least "
                                                        "%2, got \"%3\"")
                         .arg(name)
                         .arg(minimum)
                         .arg(parser.value(name)));
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int runSimulator(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Run the simulated Battle.net on loopback until stopped. The first line printed "
               "is its base URL."));
    parser.addOption({u"port"_s,
                      QCoreApplication::translate("cli", "API and OAuth port "
                                                         "(default: any free one)."),
                      u"port"_s});
    parser.addOption({u"render-port"_s,
                      QCoreApplication::translate("cli", "Avatar image port (default: any free "
                                                         "one)."),
                      u"port"_s});
    parser.addOption({u"latency-ms"_s,
                      QCoreApplication::translate("cli", "Delay every answer by this much."),
                      u"ms"_s});
    parser.addOption({u"jitter-ms"_s,
                      QCoreApplication::translate("cli", "Vary the delay by up to this much."),
                      u"ms"_s});
    parser.addOption({u"data"_s,
                      QCoreApplication::translate("cli", "Serve the accounts in this JSON file "
                                                         "(see docs/simulator.md)."),
                      u"file"_s});
    parser.addOption({u"characters"_s,
                      QCoreApplication::translate("cli", "Serve one generated account with this "
                                                         "many characters."),
                      u"count"_s});
    parser.addOption({u"fault"_s,
                      QCoreApplication::translate("cli", "Inject a fault, e.g. "
                                                         "\"/profile/user/wow*=503,ok\" "
                                                         "(repeatable; see docs/simulator.md)."),
                      u"spec"_s});
    parser.addOption({u"rate-limit"_s,
                      QCoreApplication::translate("cli", "Requests a second before answering "
                                                         "429 (default 100, 0 = none)."),
                      u"count"_s});
    parser.addOption({u"hourly-limit"_s,
                      QCoreApplication::translate("cli", "Requests an hour before answering 429 "
                                                         "(default 36000, 0 = none)."),
                      u"count"_s});
    parser.addOption({u"authorize"_s,
                      QCoreApplication::translate("cli", "What the sign-in page answers: approve "
                                                         "(default), deny, wrong-state, "
                                                         "missing-state or no-wow-profile."),
                      u"answer"_s});
    Output output(false);
    if (const auto exit = parseOrFail(parser, arguments, output))
        return *exit;

    bnetsim::SimulatedBattleNet::Options options;
    int port = 0;
    int renderPort = 0;
    int characters = 0;
    if (!readNumber(parser, u"port"_s, 0, &port, output) ||
        !readNumber(parser, u"render-port"_s, 0, &renderPort, output) ||
        !readNumber(parser, u"latency-ms"_s, 0, &options.latencyMs, output) ||
        !readNumber(parser, u"jitter-ms"_s, 0, &options.jitterMs, output) ||
        !readNumber(parser, u"characters"_s, 1, &characters, output) ||
        !readNumber(parser, u"rate-limit"_s, 0, &options.requestsPerSecond, output) ||
        !readNumber(parser, u"hourly-limit"_s, 0, &options.requestsPerHour, output))
        return UsageError;
    if (port > 65535 || renderPort > 65535) {
        output.error(QCoreApplication::translate("cli", "A port is a number up to 65535"));
        return UsageError;
    }
    if (parser.isSet(u"authorize"_s)) {
        const auto behaviour =
            bnetsim::SimulatedBattleNet::authorizeBehaviourFromName(parser.value(u"authorize"_s));
        if (!behaviour) {
            output.error(QCoreApplication::translate("cli", "Unknown --authorize answer \"%1\"")
                             .arg(parser.value(u"authorize"_s)));
            return UsageError;
        }
        options.authorizeBehaviour = *behaviour;
    }
    options.port = quint16(port);
    options.renderPort = quint16(renderPort);

    bnetsim::SimulatorData data = bnetsim::SimulatorData::demo();
    if (parser.isSet(u"data"_s)) {
        QFile file(parser.value(u"data"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            output.error(QCoreApplication::translate("cli", "Cannot read %1: %2")
                             .arg(file.fileName(), file.errorString()));
            return UsageError;
        }
        QString error;
        const auto loaded = bnetsim::SimulatorData::fromJson(file.readAll(), &error);
        if (!loaded) {
            output.error(QCoreApplication::translate("cli", "The data set %1 is not usable: %2")
                             .arg(file.fileName(), error));
            return UsageError;
        }
        data = *loaded;
    } else if (characters > 0) {
        data = bnetsim::SimulatorData::generated(characters);
    }

    bnetsim::SimulatedBattleNet simulator(data, options);
    for (const QString &spec : parser.values(u"fault"_s)) {
        QString error;
        if (!simulator.addFault(spec, &error)) {
            output.error(
                QCoreApplication::translate("cli", "Bad --fault \"%1\": %2").arg(spec, error));
            return UsageError;
        }
    }
    QString error;
    if (!simulator.listen(&error)) {
        output.error(
            QCoreApplication::translate("cli", "The simulator could not start: %1").arg(error));
        return NetworkError;
    }
    output.line(simulator.baseUrl().toString());
    output.line(u"render-url "_s + simulator.renderUrl().toString());
    output.line(u"user-token "_s + simulator.userToken());
    output.line(u"client-id "_s + options.clientId);
    output.line(u"client-secret "_s + options.clientSecret);
    QuitOnSignal quitOnSignal;
    return QCoreApplication::exec();
}

} // namespace bnet::cli
