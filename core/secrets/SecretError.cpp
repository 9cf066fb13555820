#include "SecretError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bnet {

QString SecretError::code() const
{
    switch (m_kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Locked:
        return u"locked"_s;
    case Kind::Unavailable:
        return u"unavailable"_s;
    }
    return u"unknown"_s;
}

SecretError SecretError::notFound(const QString &key)
{
    return {
        Kind::NotFound,
        QCoreApplication::translate("SecretError", "The keychain holds nothing under %1").arg(key)};
}

SecretError SecretError::locked(const QString &detail)
{
    return {Kind::Locked, QCoreApplication::translate(
                              "SecretError", "The system keychain refused access (%1); it may be "
                                             "locked: unlock it and try again")
                              .arg(detail)};
}

SecretError SecretError::unavailable(const QString &detail)
{
    return {Kind::Unavailable,
            QCoreApplication::translate("SecretError",
                                        "No system keychain is available (%1). On Linux the app "
                                        "needs a Secret Service such as GNOME Keyring or KWallet")
                .arg(detail)};
}

} // namespace bnet
