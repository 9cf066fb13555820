// The rate limiter and the backoff policy, on a clock the test drives.
#include "api/RateLimiter.h"
#include "api/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bnet;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowsTheLimitThenWaitsForTheOldestToLeave()
    {
        RateLimiter limiter({{3, 1000}});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(limiter.delayMs(100 + i), 0);
            limiter.recordSend(100 + i);
        }
        QCOMPARE(limiter.delayMs(150), 950); // the send at 100 leaves at 1100
        QCOMPARE(limiter.delayMs(1100), 0);
        limiter.recordSend(1100);
        QCOMPARE(limiter.delayMs(1100), 1); // next to leave: the send at 101
    }

    void neverMoreThanTheLimitInAnyWindow()
    {
        // Drive a greedy sender for ten simulated seconds and check every window.
        RateLimiter limiter = RateLimiter::battleNet(100, 36000, 25);
        QList<qint64> sent;
        qint64 now = 0;
        while (now < 10'000) {
            const qint64 delay = limiter.delayMs(now);
            if (delay == 0) {
                limiter.recordSend(now);
                sent.append(now);
            } else {
                now += delay;
            }
        }
        for (qsizetype i = 0; i < sent.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < sent.size() && sent[j] < sent[i] + 1000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 100, qPrintable(QString::number(inWindow)));
        }
        // ...and it is not needlessly slow: 100 per 1.025 s.
        QVERIFY(sent.size() >= 950);
    }

    void hourlyLimitHolds()
    {
        RateLimiter limiter({{1000, 1000}, {5, 3'600'000}});
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(limiter.delayMs(i), 0);
            limiter.recordSend(i);
        }
        QCOMPARE(limiter.delayMs(10), 3'600'000 - 10);
    }

    void pauseBlocksEverything()
    {
        RateLimiter limiter({{100, 1000}});
        limiter.pauseUntil(5000);
        QCOMPARE(limiter.delayMs(1000), 4000);
        limiter.pauseUntil(2000); // an earlier pause never shortens a later one
        QCOMPARE(limiter.delayMs(1000), 4000);
        QCOMPARE(limiter.delayMs(6000), 0);
    }

    void noWindowsMeansNoLimit()
    {
        RateLimiter limiter({{0, 1000}});
        for (int i = 0; i < 1000; ++i)
            limiter.recordSend(0);
        QCOMPARE(limiter.delayMs(0), 0);
    }

    void backoffCeilingDoublesUpToTheCap()
    {
        RetryPolicy policy{6, 100, 1000};
        QCOMPARE(policy.ceilingMs(1), 100);
        QCOMPARE(policy.ceilingMs(2), 200);
        QCOMPARE(policy.ceilingMs(4), 800);
        QCOMPARE(policy.ceilingMs(5), 1000);
        QCOMPARE(policy.ceilingMs(60), 1000);
    }

    void fullJitterStaysInRangeAndSpreads()
    {
        RetryPolicy policy{6, 100, 1000};
        QRandomGenerator random(42);
        QSet<qint64> seen;
        for (int i = 0; i < 500; ++i) {
            const qint64 delay = policy.jitteredDelayMs(3, random);
            QVERIFY(delay >= 0 && delay <= 400);
            seen.insert(delay / 40);
        }
        QVERIFY2(seen.size() >= 9, "full jitter should cover the whole range");
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
