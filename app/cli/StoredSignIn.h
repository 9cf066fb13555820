#pragma once

#include "CliSupport.h"
#include "auth/AuthSession.h"
#include "auth/SignInError.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "util/Clock.h"

#include <functional>
#include <memory>
#include <optional>

namespace bnet::cli {

// The sign-in as the CLI commands see it: the player's settings file, the system keychain and
// the session over them, with a way to wait for the keychain's asynchronous answers.
class StoredSignIn final
{
    Q_DISABLE_COPY_MOVE(StoredSignIn)

public:
    StoredSignIn();
    ~StoredSignIn();

    Settings &settings() { return m_settings; }
    AuthSession &session() { return m_session; }
    SecretStore &secrets() { return *m_secrets; }
    const Clock &clock() const { return m_clock; }

    // Reads the sign-in from the keychain and waits for the answer.
    void load();
    // Runs an AuthSession operation and waits for its outcome.
    AuthSession::Outcome wait(const std::function<void(AuthSession::Done)> &operation);

    // Fills what the options left out from the stored sign-in: the user token (required
    // when none was given) and the API client for enrichment. On failure prints one line on
    // stderr, sets the exit code and returns false.
    static bool completeConfig(Engine::Config &config, Output &output, int *exitCode);

private:
    SystemClock m_clock;
    Settings m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    AuthSession m_session;
};

int exitCodeFor(const SignInError &error);
// "at 14:05 on 3 March (in 23 hours)" style end of a sign-in, in the local time zone.
QString shownExpiry(const QDateTime &expiresAt, const QDateTime &now);

} // namespace bnet::cli
