// HttpClient, the second half: what a finished reply means. Every way a request can end
// (cancelled, too large, past its deadline, unreachable, stalled, broken off, an HTTP error)
// becomes an ApiResponse with a typed ApiError and a sentence a person can act on.
#include "HttpClient.h"

#include "HttpClientJob.h"
#include "HttpDate.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bnet {

namespace {

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime at = parseHttpDate(value);
    if (at.isValid())
        return std::max<qint64>(0, nowUtc.secsTo(at));
    return std::nullopt;
}

} // namespace

ApiResponse HttpClient::responseFrom(Job &job, QNetworkReply *reply) const
{
    ApiResponse response;
    response.url = job.url;
    response.attempts = job.attempts;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString path = job.request.displayPath();

    if (job.cancelled) {
        response.error = ApiError(ApiError::Kind::Cancelled,
                                  QCoreApplication::translate("HttpClient", "Request cancelled"));
        return response;
    }
    if (job.tooLarge) {
        response.error =
            ApiError(ApiError::Kind::BodyTooLarge,
                     QCoreApplication::translate(
                         "HttpClient", "The answer from %1 was larger than %2 MiB and was refused")
                         .arg(path)
                         .arg(double(m_options.maxBodyBytes) / (1024.0 * 1024.0), 0, 'f', 1),
                     response.httpStatus);
        return response;
    }

    if (reply->isOpen())
        response.body = reply->readAll();
    response.bytesReceived = response.body.size();
    response.lastModified = reply->rawHeader("Last-Modified");
    response.contentType = reply->rawHeader("Content-Type");
    const QNetworkReply::NetworkError networkError = reply->error();

    if (job.pastDeadline) {
        response.error = ApiError(ApiError::Kind::Timeout,
                                  QCoreApplication::translate(
                                      "HttpClient", "Battle.net took longer than %1 s to answer %2")
                                      .arg(m_options.deadlineMs / 1000.0)
                                      .arg(path),
                                  response.httpStatus);
        return response;
    }
    if (response.httpStatus == 0) {
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError ||
                              networkError == QNetworkReply::TimeoutError;
        response.error =
            timedOut ? ApiError(ApiError::Kind::Timeout,
                                QCoreApplication::translate(
                                    "HttpClient", "Battle.net did not answer within %1 s at %2")
                                    .arg(m_options.timeoutMs / 1000.0)
                                    .arg(path))
                     : ApiError(ApiError::Kind::Network,
                                QCoreApplication::translate("HttpClient",
                                                            "Could not reach %1 (%2) for %3")
                                    .arg(job.url.host(), reply->errorString(), path));
        return response;
    }
    const bool success =
        (response.httpStatus >= 200 && response.httpStatus < 300) || response.httpStatus == 304;
    const bool abortedByTimeout = networkError == QNetworkReply::OperationCanceledError ||
                                  networkError == QNetworkReply::TimeoutError;
    if (success && abortedByTimeout) {
        // The headers came, then the body stalled past the transfer timeout.
        response.error =
            ApiError(ApiError::Kind::Timeout,
                     QCoreApplication::translate("HttpClient",
                                                 "Battle.net stopped answering within %1 s at %2")
                         .arg(m_options.timeoutMs / 1000.0)
                         .arg(path),
                     response.httpStatus);
        return response;
    }
    if (success && networkError != QNetworkReply::NoError) {
        // The headers said OK but the body never arrived whole (dropped or truncated).
        response.error = ApiError(
            ApiError::Kind::Network,
            QCoreApplication::translate(
                "HttpClient", "The connection to %1 broke before the whole answer arrived (%2)")
                .arg(job.url.host(), reply->errorString()),
            response.httpStatus);
        return response;
    }
    if (!success) {
        response.error = ApiError::fromHttpStatus(response.httpStatus, path);
        response.error.setRetryAfterSeconds(
            parseRetryAfter(reply->rawHeader("Retry-After"), m_clock.nowUtc()));
    }
    return response;
}

} // namespace bnet
