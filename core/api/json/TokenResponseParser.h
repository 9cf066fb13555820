#pragma once

#include "ParseResult.h"

#include <QByteArray>
#include <QStringList>

namespace bnet {

// Battle.net's answer to a token request (RFC 6749 section 5): the access token, its lifetime
// and the scopes actually granted, or the error it gave.
struct TokenResponse
{
    QByteArray accessToken;
    int expiresInSeconds = 0;
    QStringList scopes;
    bool scopeGiven = false; // RFC 6749: without "scope" the granted scope is the requested one
};

// Reads the status and body of a token answer (the sign-in's code grant and enrichment's client
// credentials alike). The error message names the problem and what to
// do about it; it never quotes the body, which may hold a token.
ParseResult<TokenResponse> parseTokenResponse(int httpStatus, const QByteArray &body);

} // namespace bnet
