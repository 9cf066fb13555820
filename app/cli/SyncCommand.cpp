#include "SyncCommand.h"

#include "CliSupport.h"
#include "SessionRunner.h"
#include "StoredSignIn.h"
#include "engine/Engine.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bnet::cli {
namespace {

template<typename T>
std::optional<QList<T>> parseList(const QString &text, std::optional<T> (*parse)(QStringView),
                                  QString *bad)
{
    QList<T> values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto value = parse(part.trimmed());
        if (!value) {
            *bad = part.trimmed();
            return std::nullopt;
        }
        if (!values.contains(*value))
            values.append(*value);
    }
    return values;
}

} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Fetch every character of the signed-in account into the database and enrich "
               "each one (profile, item level, guild, avatar). An interrupted sync goes on."));
    addDatabaseOption(parser);
    addEndpointOptions(parser);
    addCredentialOptions(parser);
    parser.addOption({u"region"_s,
                      QCoreApplication::translate("cli", "Regions, comma-separated: us, eu, kr, "
                                                         "tw (default: the settings', all of "
                                                         "them at first)."),
                      u"regions"_s});
    parser.addOption(
        {u"versions"_s,
         QCoreApplication::translate("cli", "Game versions, comma-separated: retail, "
                                            "classic, classic-era, anniversary (default: "
                                            "all)."),
         u"versions"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print one JSON event per "
                                                                    "line.")});
    Output usage(false);
    if (const auto exit = parseOrFail(parser, arguments, usage))
        return *exit;
    Output output(parser.isSet(u"json"_s));
    if (!parser.positionalArguments().isEmpty()) {
        output.error(QCoreApplication::translate("cli", "sync takes no arguments, got \"%1\"")
                         .arg(parser.positionalArguments().join(u' ')));
        return UsageError;
    }
    // What the options leave out comes from the player's settings.
    const Settings settings;
    QString bad;
    const auto regions = parser.isSet(u"region"_s)
                             ? parseList<Region>(parser.value(u"region"_s), regionFromCode, &bad)
                             : std::optional<QList<Region>>(settings.regions());
    if (!regions || regions->isEmpty()) {
        output.error(QCoreApplication::translate("cli", "Unknown region \"%1\" (use us, eu, kr "
                                                        "or tw)")
                         .arg(bad));
        return UsageError;
    }
    const auto versions =
        parser.isSet(u"versions"_s)
            ? parseList<GameVersion>(parser.value(u"versions"_s), gameVersionFromCode, &bad)
            : std::optional<QList<GameVersion>>(settings.gameVersions());
    if (!versions || versions->isEmpty()) {
        output.error(QCoreApplication::translate("cli", "Unknown game version \"%1\" (use "
                                                        "retail, classic, classic-era or "
                                                        "anniversary)")
                         .arg(bad));
        return UsageError;
    }
    Engine::Config config = engineConfigFrom(parser);
    if (!parser.isSet(u"locale"_s) && !settings.apiLocale().isEmpty())
        config.endpoints.locale = settings.apiLocale();
    if (config.userToken.isEmpty() || config.clientId.isEmpty()) {
        // A token given for this run (never stored), else the sign-in kept by `login`.
        int exitCode = AuthError;
        if (!StoredSignIn::completeConfig(config, output, &exitCode))
            return exitCode;
    }

    SystemClock clock;
    Database database(databasePath(parser));
    if (const StoreError error = database.open(); error.isError()) {
        output.error(error.message());
        return DatabaseError;
    }
    Engine engine(database, clock, config);
    SessionRunner runner(engine.sync(), output);
    // A sync that a crash interrupted goes on first; startSync then joins it.
    if (const auto resumed = engine.sync().resumeInterrupted(); !resumed.isOk()) {
        output.error(resumed.error.message());
        return DatabaseError;
    } else if (resumed.value > 0) {
        output.line(QCoreApplication::translate("cli", "Resuming an interrupted sync."));
    }

    int exitCode = OtherError;
    QObject context;
    engine.sync().identify(config.userToken, &context, [&](const ParseResult<UserInfo> &user) {
        if (!user.isOk()) {
            output.event(
                SyncEvent::error(0, user.error.code(), user.error.message(), true, clock.nowUtc()));
            output.error(user.error.message());
            QCoreApplication::exit(exitCode = exitCodeFor(user.error));
            return;
        }
        output.line(
            QCoreApplication::translate("cli", "Signed in as %1.").arg(user.value.battleTag));
        const auto started = engine.sync().startSync(
            {user.value.accountId, user.value.battleTag, config.userToken, *regions, *versions});
        if (!started.isOk()) {
            output.error(started.error.message());
            QCoreApplication::exit(exitCode = DatabaseError);
            return;
        }
        runner.follow(started.value);
    });
    const int code = runner.wait();
    output.flush();
    return exitCode != OtherError ? exitCode : code;
}

} // namespace bnet::cli
