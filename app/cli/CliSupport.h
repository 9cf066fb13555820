#pragma once

#include "api/ApiEndpoints.h"
#include "api/ApiError.h"
#include "domain/SyncEvent.h"
#include "engine/Engine.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

// Shared pieces of the bnetsync-cli commands: exit codes, output, common options.
namespace bnet::cli {

// Documented in docs/cli.md; scripts rely on them.
enum ExitCode : int {
    Success = 0,
    PartialFailure = 1, // done, but some regions or versions (or characters) failed
    UsageError = 2,
    AuthError = 3,     // not signed in, or sign-in refused
    NetworkError = 4,  // Battle.net (or the given host) unreachable
    DatabaseError = 5, // the database is damaged, locked, read-only or newer
    OtherError = 6,
};

// Human text to stdout, JSON lines to stdout with --json, and problems to stderr as one line.
class Output
{
public:
    explicit Output(bool json);
    bool json() const { return m_json; }
    void line(const QString &text);     // human mode only
    void event(const SyncEvent &event); // JSON mode only
    void jsonObject(const QJsonObject &object);
    void error(const QString &text); // always, to stderr
    void flush();

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

int exitCodeFor(const ApiError &error);
int exitCodeFor(const StoreError &error);

// --db, shared by every command that uses the database.
void addDatabaseOption(QCommandLineParser &parser);
QString databasePath(const QCommandLineParser &parser);

// --api-url, --oauth-url, --render-url and --locale.
void addEndpointOptions(QCommandLineParser &parser);
ApiEndpoints endpointsFrom(const QCommandLineParser &parser);

// --token, --client-id and --client-secret (or their environment variables).
void addCredentialOptions(QCommandLineParser &parser);
// The engine as the options describe it: endpoints, credentials for enrichment.
Engine::Config engineConfigFrom(const QCommandLineParser &parser);

// A value given as an option, or else from the environment.
QString optionOrEnvironment(const QCommandLineParser &parser, const QString &option,
                            const char *variable);

// Parses a command's arguments; on failure prints one line and returns the exit code.
std::optional<int> parseOrFail(QCommandLineParser &parser, const QStringList &arguments,
                               Output &output);

} // namespace bnet::cli
