#include "SignInError.h"

using namespace Qt::StringLiterals;

namespace bnet {

QString SignInError::code() const
{
    switch (m_kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::MissingClient:
        return u"missing-client"_s;
    case Kind::Unsupported:
        return u"unsupported"_s;
    case Kind::PortInUse:
        return u"port-in-use"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::TimedOut:
        return u"timed-out"_s;
    case Kind::Denied:
        return u"denied"_s;
    case Kind::StateMissing:
        return u"state-missing"_s;
    case Kind::StateMismatch:
        return u"state-mismatch"_s;
    case Kind::AuthorizeError:
        return u"authorize-error"_s;
    case Kind::NoCode:
        return u"no-code"_s;
    case Kind::TokenRefused:
        return u"token-refused"_s;
    case Kind::TokenMalformed:
        return u"token-malformed"_s;
    case Kind::ScopeMissing:
        return u"scope-missing"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::AccountUnknown:
        return u"account-unknown"_s;
    }
    return u"unknown"_s;
}

} // namespace bnet
