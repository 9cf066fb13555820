#pragma once

#include <QTest>

// Tests that use the real OS keychain run inside the private D-Bus session and unlocked GNOME
// Keyring that scripts/with-test-keyring.sh starts (scripts/run-tests.sh and CI use it); it
// sets BNETSYNC_TEST_KEYRING=1. Elsewhere (a developer's desktop) they skip rather than touch
// the player's own keyring; under CI they fail, because there they must run.
inline bool insideTestKeyring()
{
    return qEnvironmentVariable("BNETSYNC_TEST_KEYRING") == QLatin1String("1");
}

inline bool runningInCi()
{
    const QString ci = qEnvironmentVariable("CI");
    return !ci.isEmpty() && ci != QLatin1String("false") && ci != QLatin1String("0");
}

#define BNETSYNC_REQUIRE_TEST_KEYRING()                                                            \
    do {                                                                                           \
        if (!insideTestKeyring()) {                                                                \
            if (runningInCi())                                                                     \
                QFAIL("CI must run this test inside scripts/with-test-keyring.sh (a private "      \
                      "GNOME Keyring); BNETSYNC_TEST_KEYRING is not set");                         \
            QSKIP("needs the private GNOME Keyring of scripts/with-test-keyring.sh (run "          \
                  "scripts/run-tests.sh, or scripts/with-test-keyring.sh ctest --preset dev)");    \
        }                                                                                          \
    } while (false)
