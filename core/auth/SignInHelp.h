#pragma once

#include <QString>
#include <QUrl>

namespace bnet::signin {

// Where a player creates their own API client.
QUrl developerPortalUrl();
// The redirect address the app listens on, to be registered with the API client:
// "http://localhost:47813/callback".
QString redirectUri(quint16 port);
// A short how-to: create a client, register the redirect address, enter id and secret once.
QString howToCreateClient(quint16 redirectPort);
// The scopes asked for: wow.profile (the characters) and openid (which account it is).
QString requestedScope();
QString wowProfileScope();

} // namespace bnet::signin
