#include "SessionCommands.h"

#include "CliSupport.h"
#include "SessionRunner.h"
#include "engine/Engine.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet::cli {
namespace {

QJsonObject toJson(const SyncSession &s)
{
    return {{u"id"_s, s.id},
            {u"kind"_s, sessionKindCode(s.kind)},
            {u"status"_s, sessionStatusCode(s.status)},
            {u"total"_s, s.total},
            {u"processed"_s, s.processed},
            {u"failed"_s, s.failed},
            {u"cancelled"_s, s.cancelled},
            {u"current"_s, s.currentCharacterName},
            {u"created"_s, s.createdAt.toString(Qt::ISODate)},
            {u"updated"_s, s.updatedAt.toString(Qt::ISODate)},
            {u"finished"_s, s.finishedAt.toString(Qt::ISODate)},
            {u"error"_s, s.error}};
}

QString describe(const SyncSession &s)
{
    QString text = QCoreApplication::translate("cli", "#%1 %2 %3: %4 of %5 processed, %6 failed")
                       .arg(s.id)
                       .arg(sessionKindCode(s.kind), sessionStatusCode(s.status))
                       .arg(s.processed)
                       .arg(s.total)
                       .arg(s.failed);
    if (s.cancelled > 0)
        text += QCoreApplication::translate("cli", ", %1 cancelled").arg(s.cancelled);
    text += u"  "_s + s.createdAt.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s);
    if (!s.currentCharacterName.isEmpty())
        text += QCoreApplication::translate("cli", "  now: %1").arg(s.currentCharacterName);
    if (!s.error.isEmpty())
        text += u"  ("_s + s.error + u')';
    return text;
}

// Parses the options shared by these commands and opens the database.
struct Context
{
    QCommandLineParser parser;
    std::unique_ptr<Output> output;
    std::unique_ptr<Database> database;
    qint64 id = 0;
};

std::optional<int> prepare(Context &context, const QStringList &arguments, const char *about,
                           bool needsId, bool needsEngine)
{
    QCommandLineParser &parser = context.parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", about));
    addDatabaseOption(parser);
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON lines.")});
    if (needsEngine) {
        addEndpointOptions(parser);
        addCredentialOptions(parser);
    }
    if (needsId)
        parser.addPositionalArgument(u"id"_s, QCoreApplication::translate("cli", "The id."));
    Output usage(false);
    if (const auto exit = parseOrFail(parser, arguments, usage))
        return exit;
    context.output = std::make_unique<Output>(parser.isSet(u"json"_s));
    if (needsId) {
        bool ok = false;
        context.id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok || context.id <= 0 || parser.positionalArguments().size() != 1) {
            context.output->error(QCoreApplication::translate("cli", "Give one numeric id, e.g. "
                                                                     "\"%1 42\"")
                                      .arg(arguments.value(0).section(u' ', -1)));
            return UsageError;
        }
    }
    context.database = std::make_unique<Database>(databasePath(parser));
    if (const StoreError error = context.database->open(); error.isError()) {
        context.output->error(error.message());
        return DatabaseError;
    }
    return std::nullopt;
}

} // namespace

int runEnrich(const QStringList &arguments)
{
    Context context;
    if (const auto exit = prepare(context, arguments,
                                  QT_TRANSLATE_NOOP("cli", "Refresh one character (its database "
                                                           "id, see `characters --json`)."),
                                  true, true))
        return *exit;
    const Engine::Config config = engineConfigFrom(context.parser);
    if (config.userToken.isEmpty() && config.clientId.isEmpty()) {
        context.output->error(QCoreApplication::translate(
            "cli", "Need a token: pass --client-id and --client-secret, or --token"));
        return AuthError;
    }
    SystemClock clock;
    Engine engine(*context.database, clock, config);
    SessionRunner runner(engine.sync(), *context.output);
    const auto started = engine.sync().enrichCharacter(context.id);
    if (!started.isOk()) {
        context.output->error(started.error.message());
        return started.error.kind() == StoreError::Kind::Failed ? UsageError : DatabaseError;
    }
    runner.follow(started.value);
    return runner.wait();
}

int runSessions(const QStringList &arguments)
{
    Context context;
    context.parser.addOption(
        {u"active"_s, QCoreApplication::translate("cli", "Only sessions that are running.")});
    if (const auto exit =
            prepare(context, arguments, QT_TRANSLATE_NOOP("cli", "List recent sync sessions."),
                    false, false))
        return *exit;
    SystemClock clock;
    Engine engine(*context.database, clock, {});
    const auto sessions = engine.sync().sessions(context.parser.isSet(u"active"_s));
    if (!sessions.isOk()) {
        context.output->error(sessions.error.message());
        return DatabaseError;
    }
    for (const SyncSession &session : sessions.value) {
        if (context.output->json())
            context.output->jsonObject(toJson(session));
        else
            context.output->line(describe(session));
    }
    if (sessions.value.isEmpty())
        context.output->line(QCoreApplication::translate("cli", "No sync sessions."));
    context.output->flush();
    return Success;
}

int runSession(const QStringList &arguments)
{
    Context context;
    if (const auto exit = prepare(context, arguments,
                                  QT_TRANSLATE_NOOP("cli", "Show one sync session."), true, false))
        return *exit;
    SystemClock clock;
    Engine engine(*context.database, clock, {});
    const auto session = engine.sync().session(context.id);
    if (!session.isOk()) {
        context.output->error(session.error.message());
        return DatabaseError;
    }
    if (!session.value) {
        context.output->error(
            QCoreApplication::translate("cli", "No sync session %1").arg(context.id));
        return UsageError;
    }
    if (context.output->json())
        context.output->jsonObject(toJson(*session.value));
    else
        context.output->line(describe(*session.value));
    context.output->flush();
    return Success;
}

int runComplete(const QStringList &arguments)
{
    Context context;
    if (const auto exit = prepare(context, arguments,
                                  QT_TRANSLATE_NOOP("cli", "Complete a running sync session by "
                                                           "hand: the work left is cancelled "
                                                           "and recorded."),
                                  true, false))
        return *exit;
    SystemClock clock;
    Engine engine(*context.database, clock, {});
    SessionRunner runner(engine.sync(), *context.output);
    if (const StoreError error = engine.sync().completeSession(context.id); error.isError()) {
        context.output->error(error.message());
        return error.kind() == StoreError::Kind::Failed ? UsageError : DatabaseError;
    }
    runner.follow(context.id);
    const int code = runner.wait();
    // Completing by hand is what was asked for: that is success here.
    return code == PartialFailure ? Success : code;
}

} // namespace bnet::cli
