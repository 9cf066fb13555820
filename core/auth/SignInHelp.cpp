#include "SignInHelp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bnet::signin {

QUrl developerPortalUrl()
{
    return QUrl(u"https://develop.battle.net/access/clients"_s);
}

QString redirectUri(quint16 port)
{
    return u"http://localhost:%1/callback"_s.arg(port);
}

QString howToCreateClient(quint16 redirectPort)
{
    return QCoreApplication::translate(
               "SignInHelp",
               "The app signs in with your own Battle.net API client, so nobody else's key is "
               "involved and Blizzard's limits apply to you alone:\n"
               "  1. Open %1 and sign in with your Battle.net account.\n"
               "  2. Create a client (any name), and add the redirect URL %2\n"
               "  3. Copy its client id and client secret and enter them here once; the secret "
               "is kept in your system keychain.")
        .arg(developerPortalUrl().toString(), redirectUri(redirectPort));
}

QString requestedScope()
{
    return u"wow.profile openid"_s;
}

QString wowProfileScope()
{
    return u"wow.profile"_s;
}

} // namespace bnet::signin
