#include "CliSupport.h"

#include "realtime/SyncEventCodec.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bnet::cli {

Output::Output(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void Output::line(const QString &text)
{
    if (m_json)
        return;
    m_out << text << '\n';
    m_out.flush();
}

void Output::event(const SyncEvent &event)
{
    if (!m_json)
        return;
    m_out << QString::fromUtf8(SyncEventCodec::toJsonLine(event));
    m_out.flush();
}

void Output::jsonObject(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

void Output::error(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void Output::flush()
{
    m_out.flush();
    m_err.flush();
}

int exitCodeFor(const ApiError &error)
{
    switch (error.category()) {
    case ApiError::Category::None:
        return Success;
    case ApiError::Category::Auth:
        return AuthError;
    case ApiError::Category::Transient:
        return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout
                   ? NetworkError
                   : OtherError;
    case ApiError::Category::Permanent:
        return error.kind() == ApiError::Kind::Forbidden ? AuthError : OtherError;
    }
    return OtherError;
}

int exitCodeFor(const StoreError &error)
{
    return error.isError() ? DatabaseError : Success;
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s,
                      QCoreApplication::translate("cli", "The SQLite database (default: %1).")
                          .arg(Database::defaultPath()),
                      u"path"_s});
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
}

void addEndpointOptions(QCommandLineParser &parser)
{
    parser.addOption({u"api-url"_s,
                      QCoreApplication::translate(
                          "cli", "Battle.net API base URL; {region} is replaced by the region "
                                 "(default: https://{region}.api.blizzard.com)."),
                      u"url"_s});
    parser.addOption(
        {u"oauth-url"_s,
         QCoreApplication::translate("cli", "Battle.net OAuth base URL (default: "
                                            "https://oauth.battle.net, or --api-url when given)."),
         u"url"_s});
    parser.addOption({u"render-url"_s,
                      QCoreApplication::translate("cli", "Host allowed to serve avatar images."),
                      u"url"_s});
    parser.addOption({u"locale"_s,
                      QCoreApplication::translate(
                          "cli", "Locale of the data Battle.net returns, e.g. en_US, de_DE "
                                 "(default: the system's)."),
                      u"locale"_s});
}

ApiEndpoints endpointsFrom(const QCommandLineParser &parser)
{
    ApiEndpoints endpoints = ApiEndpoints::battleNet();
    if (parser.isSet(u"api-url"_s)) {
        endpoints.apiUrlTemplate = parser.value(u"api-url"_s);
        if (!endpoints.apiUrlTemplate.contains(u"{region}"_s))
            endpoints.oauthUrl = QUrl(endpoints.apiUrlTemplate); // one local stand-in serves all
    }
    if (parser.isSet(u"oauth-url"_s))
        endpoints.oauthUrl = QUrl(parser.value(u"oauth-url"_s));
    if (parser.isSet(u"render-url"_s))
        endpoints.renderUrl = QUrl(parser.value(u"render-url"_s));
    if (parser.isSet(u"locale"_s))
        endpoints.locale = parser.value(u"locale"_s);
    return endpoints;
}

void addCredentialOptions(QCommandLineParser &parser)
{
    parser.addOption({u"token"_s,
                      QCoreApplication::translate("cli", "A Battle.net user access token (or "
                                                         "BNETSYNC_TOKEN). Never stored; "
                                                         "without it, the sign-in kept by "
                                                         "\"login\" is used."),
                      u"token"_s});
    parser.addOption(
        {u"client-id"_s,
         QCoreApplication::translate("cli", "API client id for enrichment (or "
                                            "BNETSYNC_CLIENT_ID; default: the one kept by "
                                            "\"login\"); without one the user token is used."),
         u"id"_s});
    parser.addOption({u"client-secret"_s,
                      QCoreApplication::translate("cli", "API client secret (or "
                                                         "BNETSYNC_CLIENT_SECRET)."),
                      u"secret"_s});
}

Engine::Config engineConfigFrom(const QCommandLineParser &parser)
{
    Engine::Config config;
    config.endpoints = endpointsFrom(parser);
    config.clientId = optionOrEnvironment(parser, u"client-id"_s, "BNETSYNC_CLIENT_ID").toUtf8();
    config.clientSecret =
        optionOrEnvironment(parser, u"client-secret"_s, "BNETSYNC_CLIENT_SECRET").toUtf8();
    config.userToken = optionOrEnvironment(parser, u"token"_s, "BNETSYNC_TOKEN").toUtf8();
    return config;
}

QString optionOrEnvironment(const QCommandLineParser &parser, const QString &option,
                            const char *variable)
{
    if (parser.isSet(option))
        return parser.value(option);
    return qEnvironmentVariable(variable);
}

std::optional<int> parseOrFail(QCommandLineParser &parser, const QStringList &arguments,
                               Output &output)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        output.error(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

} // namespace bnet::cli
