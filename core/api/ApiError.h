#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace bnet {

// What went wrong talking to Battle.net, typed so callers can decide: retry (transient), give
// up on this item (permanent), or ask the player to sign in again (auth). The message is
// translated and names what failed; it never contains a token or a secret.
class ApiError
{
public:
    enum class Kind {
        None,
        Network,       // connection refused, reset, host not found, dropped mid-body
        Timeout,       // no progress within the request timeout
        ServerError,   // 5xx
        RateLimited,   // 429
        Unauthorized,  // 401: token missing, expired or revoked
        Forbidden,     // 403
        NotFound,      // 404
        HttpError,     // any other unexpected status
        BodyTooLarge,  // the answer went past the size cap
        MalformedBody, // not the JSON (or image) we expected
        Cancelled,     // we stopped it ourselves
        Unsupported,   // e.g. the China region with a global client
    };
    enum class Category {
        None,
        Transient,
        Permanent,
        Auth
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0)
        : m_kind(kind)
        , m_httpStatus(httpStatus)
        , m_message(std::move(message))
    {}

    Kind kind() const { return m_kind; }
    Category category() const;
    bool isError() const { return m_kind != Kind::None; }
    bool isTransient() const { return category() == Category::Transient; }
    int httpStatus() const { return m_httpStatus; }
    const QString &message() const { return m_message; }
    // Seconds the server asked us to wait (Retry-After), when it said so.
    std::optional<int> retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(std::optional<int> seconds) { m_retryAfterSeconds = seconds; }

    // A stable machine code ("timeout", "not-found"...) for JSON and the database.
    QString code() const;

    // The same error with a message that says what was being done, e.g.
    // "Could not read the account list (eu, Classic): Battle.net answered 503 ...".
    ApiError withContext(const QString &what) const;

    static ApiError fromHttpStatus(int status, const QString &path);
    static ApiError malformed(const QString &what, const QString &detail);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    std::optional<int> m_retryAfterSeconds;
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::ApiError)
