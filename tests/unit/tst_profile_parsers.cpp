// Character profile, character media and token answers: real Battle.net captures, the Classic
// shapes, and bad input.
#include "TestData.h"
#include "api/json/CharacterMediaParser.h"
#include "api/json/CharacterProfileParser.h"
#include "api/json/TokenResponseParser.h"

#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

class TestProfileParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retailProfileCapture()
    {
        const auto result = parseCharacterProfile(
            readTestData(u"battlenet/character-profile.retail.apwc.json"_s), u"en_US"_s);
        QVERIFY2(result.isOk(), qPrintable(result.error.message()));
        const CharacterProfile &p = result.value;
        QCOMPARE(p.id, 107811065);
        QCOMPARE(p.name, u"Drinian"_s);
        QCOMPARE(p.level, 120);
        QCOMPARE(p.realmName, u"Norgannon"_s);
        QCOMPARE(*p.details.equippedItemLevel, 430);
        QCOMPARE(*p.details.averageItemLevel, 440.0);
        QCOMPARE(p.details.activeSpec, u"Fury"_s);
        QCOMPARE(p.details.guildName, u"Mythical Warriors"_s);
        QCOMPARE(p.details.lastLogin, QDateTime::fromMSecsSinceEpoch(1587702640000, Qt::UTC));
        QVERIFY(!p.details.selfFound.has_value()); // not a Classic Era field
        QVERIFY(!p.details.ghost.has_value());
    }

    void hardcoreProfileWithLocaleObjects()
    {
        const auto result = parseCharacterProfile(
            readTestData(u"battlenet/character-profile.classic1x-us.hardcore.json"_s), {});
        QVERIFY2(result.isOk(), qPrintable(result.error.message()));
        const CharacterProfile &p = result.value;
        QCOMPARE(p.name, u"Grimhilde"_s);
        QCOMPARE(p.realmName, u"Defias Pillager"_s);
        QCOMPARE(p.details.selfFound, std::optional<bool>(true));
        QCOMPARE(p.details.ghost, std::optional<bool>(false));
        QVERIFY(p.details.activeSpec.isEmpty()); // Classic Era has none
        QVERIFY(p.details.guildName.isEmpty());
        QCOMPARE(*p.details.equippedItemLevel, 36);
    }

    void profileWithOnlyTheEssentials()
    {
        const auto result = parseCharacterProfile(R"({"id": 5, "name": "Bare"})", {});
        QVERIFY(result.isOk());
        QVERIFY(!result.value.details.equippedItemLevel.has_value());
        QVERIFY(!result.value.details.averageItemLevel.has_value());
        QVERIFY(!result.value.details.lastLogin.isValid());
    }

    void badProfiles_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray real = readTestData(u"battlenet/character-profile.retail.apwc.json"_s);
        QTest::newRow("truncated") << real.left(real.size() / 3);
        QTest::newRow("not json") << QByteArray("Service Unavailable");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no id") << QByteArray(R"({"name": "Nobody"})");
        QTest::newRow("no name") << QByteArray(R"({"id": 7})");
        QTest::newRow("error body")
            << readTestData(u"battlenet/error-404-not-found.gamedata-item.json"_s);
    }

    void badProfiles()
    {
        QFETCH(QByteArray, body);
        const auto result = parseCharacterProfile(body, {});
        QCOMPARE(result.error.kind(), ApiError::Kind::MalformedBody);
        QVERIFY(result.error.message().contains(u"character profile"_s));
    }

    void retailMediaCapture()
    {
        const auto result =
            parseCharacterMedia(readTestData(u"battlenet/character-media.retail.apwc.json"_s));
        QVERIFY(result.isOk());
        QCOMPARE(
            result.value.avatar.toString(),
            u"https://render-us.worldofwarcraft.com/character/norgannon/59/183057723-avatar.jpg"_s);
        QVERIFY(result.value.inset.toString().endsWith(u"-inset.jpg"_s));
        QVERIFY(result.value.mainRaw.toString().endsWith(u"-main-raw.png"_s));
    }

    void classicMediaHasOnlyTheAvatar()
    {
        const auto result = parseCharacterMedia(
            readTestData(u"battlenet/character-media.classic-era.avatar-only.json"_s));
        QVERIFY(result.isOk());
        QVERIFY(result.value.avatar.isValid());
        QVERIFY(result.value.inset.isEmpty());
        QVERIFY(result.value.mainRaw.isEmpty());
    }

    void emptyOrOldMedia()
    {
        const auto empty = parseCharacterMedia(R"({"assets": []})");
        QVERIFY(empty.isOk());
        QVERIFY(empty.value.avatar.isEmpty());
        // (Plain strings: moc 6.4 reads "//" inside a raw string as a comment.)
        const auto old = parseCharacterMedia(
            "{\"avatar_url\": "
            "\"https://render-eu.worldofwarcraft.com/character/a/1/2-avatar.jpg\"}");
        QVERIFY(old.isOk());
        QVERIFY(old.value.avatar.isValid());
        const auto relative =
            parseCharacterMedia(R"({"assets": [{"key": "avatar", "value": "/x.jpg"}]})");
        QVERIFY(relative.isOk());
        QVERIFY(relative.value.avatar.isEmpty()); // never a relative URL
        QVERIFY(!parseCharacterMedia("<html>").isOk());
    }

    void tokenResponse()
    {
        const auto token = parseTokenResponse(
            200, readTestData(u"battlenet/token-response.client-credentials.json"_s));
        QVERIFY(token.isOk());
        QCOMPARE(token.value.accessToken, QByteArray("USVb1nGO9kwQlhNRRnI4iWVy2UV5j7M6h7"));
        QCOMPARE(token.value.expiresInSeconds, 86399);
        QCOMPARE(token.value.scopes, QStringList{u"example.scope"_s});
        QVERIFY(token.value.scopeGiven);
    }

    void badTokenResponsesNeverQuoteTheBody()
    {
        const QList<QPair<int, QByteArray>> answers = {
            {200, QByteArray(R"({"access_token": "s3cr3t-value", "token_type": "mac"})")},
            {200, QByteArray(R"({"token_type": "bearer"})")},
            {200, QByteArray("s3cr3t-value")},
            {401, QByteArray(R"({"error": "invalid_client"})")},
            {503, QByteArray("s3cr3t-value")}};
        for (const auto &[status, body] : answers) {
            const auto token = parseTokenResponse(status, body);
            QVERIFY(!token.isOk());
            QVERIFY(token.value.accessToken.isEmpty());
            QVERIFY(!token.error.message().contains(u"s3cr3t"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileParsers)
#include "tst_profile_parsers.moc"
