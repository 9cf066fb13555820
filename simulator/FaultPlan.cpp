#include "FaultPlan.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace bnetsim {
namespace {

// '*' is any run of characters, '/' included (Qt 6.4's wildcard conversion stops at '/').
QRegularExpression globToRegularExpression(const QString &glob)
{
    QString pattern = u"^"_s;
    for (const QChar c : glob) {
        if (c == u'*')
            pattern += u".*"_s;
        else if (c == u'?')
            pattern += u'.';
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(pattern + u'$');
}

} // namespace

std::optional<FaultStep> FaultPlan::parseStep(const QString &text)
{
    const QString step = text.trimmed().toLower();
    if (step == u"ok"_s || step == u"200"_s)
        return FaultStep{FaultStep::Kind::Pass};
    if (step == u"malformed"_s)
        return FaultStep{FaultStep::Kind::Malformed};
    if (step == u"truncate"_s)
        return FaultStep{FaultStep::Kind::Truncate};
    if (step == u"drop"_s || step == u"reset"_s)
        return FaultStep{FaultStep::Kind::Drop};
    if (step == u"stall"_s || step == u"timeout"_s)
        return FaultStep{FaultStep::Kind::Stall};
    if (step == u"empty-media"_s)
        return FaultStep{FaultStep::Kind::EmptyMedia};
    if (step == u"huge"_s)
        return FaultStep{FaultStep::Kind::Huge};
    if (step == u"trickle"_s)
        return FaultStep{FaultStep::Kind::Trickle};
    const QString code = step.section(u':', 0, 0);
    bool ok = false;
    const int status = code.toInt(&ok);
    if (!ok || status < 300 || status > 599)
        return std::nullopt;
    FaultStep fault{FaultStep::Kind::Status, status};
    if (step.contains(u':')) {
        const int seconds = step.section(u':', 1).toInt(&ok);
        if (!ok || seconds < 0)
            return std::nullopt;
        fault.retryAfterSeconds = seconds;
    }
    return fault;
}

bool FaultPlan::add(const QString &spec, QString *error)
{
    const qsizetype equals = spec.lastIndexOf(u'=');
    if (equals <= 0 || equals == spec.size() - 1) {
        *error = u"a fault is PATTERN=STEPS, e.g. \"/profile/user/wow*=503,ok\""_s;
        return false;
    }
    Rule rule;
    rule.pattern = globToRegularExpression(spec.left(equals).trimmed());
    QString steps = spec.mid(equals + 1).trimmed();
    if (steps.endsWith(u'*')) {
        rule.repeatLast = true;
        steps.chop(1);
    }
    for (const QString &text : steps.split(u',', Qt::SkipEmptyParts)) {
        const auto step = parseStep(text);
        if (!step) {
            *error = u"unknown fault step \"%1\" (use ok, a status code such as 503 or 429:2, "
                     "malformed, truncate, drop, stall, empty-media, huge, trickle)"_s.arg(
                         text.trimmed());
            return false;
        }
        rule.steps.append(*step);
    }
    if (rule.steps.isEmpty()) {
        *error = u"the fault \"%1\" has no steps"_s.arg(spec);
        return false;
    }
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
    return true;
}

void FaultPlan::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

std::optional<FaultStep> FaultPlan::next(const QString &target)
{
    QMutexLocker lock(&m_mutex);
    for (Rule &rule : m_rules) {
        if (!rule.pattern.match(target).hasMatch())
            continue;
        if (rule.position < rule.steps.size())
            return rule.steps[rule.position++];
        if (rule.repeatLast)
            return rule.steps.constLast();
    }
    return std::nullopt;
}

} // namespace bnetsim
