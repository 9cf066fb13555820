#include "SyncCommand.h"

#include "CliSupport.h"
#include "StoredSignIn.h"
#include "api/BattleNetApi.h"
#include "api/HttpClient.h"
#include "store/Database.h"
#include "sync/CharacterListSync.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QThreadPool>

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

QString scopeName(Region region, GameVersion version)
{
    return regionCode(region) + u'/' + gameVersionCode(version);
}

void report(const ListSyncResult &result, const QDateTime &now, Output &output)
{
    for (const ScopeOutcome &scope : result.scopes) {
        const QString name =
            regionCode(scope.region).toUpper() + u' ' + gameVersionDisplayName(scope.version);
        if (!scope.answered) {
            output.line(
                QCoreApplication::translate("cli", "  %1: failed - %2").arg(name, scope.problem));
            SyncEvent error = SyncEvent::error(0, scope.error.code(), scope.problem, false, now);
            error.scope = scopeName(scope.region, scope.version);
            output.event(error);
            continue;
        }
        if (scope.characters == 0 && scope.problem.isEmpty())
            continue; // no WoW licence there: not worth a line
        output.line(
            QCoreApplication::translate("cli", "  %1: %n character(s)", nullptr, scope.characters)
                .arg(name) +
            (scope.problem.isEmpty() ? QString() : u" ("_s + scope.problem + u')'));
    }
    SyncEvent started = SyncEvent::started(0, int(result.activeCharacterRowIds.size()), now);
    started.added = result.counts.added;
    started.updated = result.counts.updated;
    started.archived = result.counts.archived;
    started.reactivated = result.counts.reactivated;
    output.event(started);
    output.line(QCoreApplication::translate("cli",
                                            "%n character(s) active: %1 added, %2 updated, "
                                            "%3 unchanged, %4 archived, %5 reactivated.",
                                            nullptr, int(result.activeCharacterRowIds.size()))
                    .arg(result.counts.added)
                    .arg(result.counts.updated)
                    .arg(result.counts.unchanged)
                    .arg(result.counts.archived)
                    .arg(result.counts.reactivated));
    const int failed = result.failedScopes();
    output.event(SyncEvent::complete(0, failed ? u"completed_with_errors"_s : u"completed"_s,
                                     int(result.activeCharacterRowIds.size()),
                                     int(result.activeCharacterRowIds.size()), 0, now));
}

} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Fetch every character of the signed-in account into the database."));
    addDatabaseOption(parser);
    addEndpointOptions(parser);
    parser.addOption({u"region"_s,
                      QCoreApplication::translate("cli", "Regions, comma-separated: us, eu, kr, "
                                                         "tw (default: all of them)."),
                      u"regions"_s});
    parser.addOption(
        {u"versions"_s,
         QCoreApplication::translate("cli", "Game versions, comma-separated: retail, "
                                            "classic, classic-era, anniversary (default: "
                                            "all)."),
         u"versions"_s});
    parser.addOption({u"token"_s,
                      QCoreApplication::translate("cli", "A Battle.net user access token (or "
                                                         "BNETSYNC_TOKEN). Never stored; "
                                                         "without it, the sign-in kept by "
                                                         "\"login\" is used."),
                      u"token"_s});
    parser.addOption({u"client-id"_s,
                      QCoreApplication::translate("cli", "API client id (or BNETSYNC_CLIENT_ID)."),
                      u"id"_s});
    parser.addOption({u"client-secret"_s,
                      QCoreApplication::translate("cli", "API client secret (or "
                                                         "BNETSYNC_CLIENT_SECRET)."),
                      u"secret"_s});
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

    QString bad;
    const auto regions =
        parseList<Region>(parser.isSet(u"region"_s) ? parser.value(u"region"_s) : u"us,eu,kr,tw"_s,
                          regionFromCode, &bad);
    if (!regions || regions->isEmpty()) {
        output.error(QCoreApplication::translate("cli", "Unknown region \"%1\" (use us, eu, kr "
                                                        "or tw)")
                         .arg(bad));
        return UsageError;
    }
    const auto versions = parseList<GameVersion>(parser.isSet(u"versions"_s)
                                                     ? parser.value(u"versions"_s)
                                                     : u"retail,classic,classic-era,anniversary"_s,
                                                 gameVersionFromCode, &bad);
    if (!versions || versions->isEmpty()) {
        output.error(QCoreApplication::translate("cli", "Unknown game version \"%1\" (use "
                                                        "retail, classic, classic-era or "
                                                        "anniversary)")
                         .arg(bad));
        return UsageError;
    }
    // A token given for this run (never stored), else the sign-in kept by `login`.
    QByteArray token = optionOrEnvironment(parser, u"token"_s, "BNETSYNC_TOKEN").toUtf8();
    if (token.isEmpty()) {
        int exitCode = AuthError;
        const std::optional<QByteArray> stored = StoredSignIn::userTokenForSync(output, &exitCode);
        if (!stored)
            return exitCode;
        token = *stored;
    }

    SystemClock clock;
    Database database(databasePath(parser));
    if (const StoreError error = database.open(); error.isError()) {
        output.error(error.message());
        return DatabaseError;
    }
    QThreadPool pool;
    HttpClient http(endpointsFrom(parser), {}, clock);
    BattleNetApi api(http, pool);
    CharacterListSync sync(api, database, clock);

    int exitCode = OtherError;
    QObject::connect(&sync, &CharacterListSync::finished, &sync, [&](const ListSyncResult &result) {
        if (result.fatalError.isError()) {
            output.event(SyncEvent::error(0, result.fatalError.code(), result.fatalError.message(),
                                          true, clock.nowUtc()));
            output.error(result.fatalError.message());
            exitCode = exitCodeFor(result.fatalError);
        } else if (result.storeError.isError()) {
            output.event(SyncEvent::error(0, result.storeError.code(), result.storeError.message(),
                                          true, clock.nowUtc()));
            output.error(result.storeError.message());
            exitCode = DatabaseError;
        } else {
            output.line(QCoreApplication::translate("cli", "Signed in as %1.")
                            .arg(result.account.battleTag));
            report(result, clock.nowUtc(), output);
            const int failed = result.failedScopes();
            if (failed > 0)
                output.error(QCoreApplication::translate("cli",
                                                         "%n region/version pair(s) could not "
                                                         "be read; their characters were kept "
                                                         "as they were",
                                                         nullptr, failed));
            exitCode = failed == 0 ? Success
                       : failed == result.scopes.size()
                           ? exitCodeFor(result.scopes.constFirst().error)
                           : PartialFailure;
        }
        QCoreApplication::exit(exitCode);
    });
    sync.start({token, *regions, *versions});
    QCoreApplication::exec();
    pool.waitForDone();
    output.flush();
    return exitCode;
}

} // namespace bnet::cli
