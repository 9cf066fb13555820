#pragma once

#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace bnetsim {

// What the simulator does instead of answering normally.
struct FaultStep
{
    enum class Kind {
        Pass,       // answer normally ("ok")
        Status,     // answer with an HTTP status and a Battle.net style error body
        Malformed,  // 200 with a body that is not JSON
        Truncate,   // 200 announcing the full length, half the body, then close
        Drop,       // close the connection without answering
        Stall,      // never answer (the client's timeout must fire)
        EmptyMedia, // a media answer with an empty asset list
        Huge,       // 200 with a body of several megabytes
        Trickle,    // 200, then the body one byte every 100 ms
    };
    Kind kind = Kind::Pass;
    int status = 0;
    int retryAfterSeconds = -1; // for 429: -1 sends no Retry-After
};

// Faults per request path, from specs like:
//   "/profile/wow/character/*=503,503,ok"   a sequence, then normal answers
//   "*character-media*=empty-media*"        a trailing * repeats the last step forever
//   "*profile-classic-eu*=429:2"            a 429 with Retry-After: 2
// The pattern is a wildcard matched against the path plus "?namespace=..." when present.
// Steps: ok, a status code, malformed, truncate, drop, stall, empty-media, huge, trickle.
class FaultPlan
{
public:
    // Adds one rule; returns false with a readable error for a bad spec.
    bool add(const QString &spec, QString *error);
    void clear();
    // The step for this request, consuming it from the first matching rule that has one left.
    std::optional<FaultStep> next(const QString &target);

private:
    struct Rule
    {
        QRegularExpression pattern;
        QList<FaultStep> steps;
        bool repeatLast = false;
        qsizetype position = 0;
    };
    static std::optional<FaultStep> parseStep(const QString &text);

    QMutex m_mutex;
    QList<Rule> m_rules;
};

} // namespace bnetsim
