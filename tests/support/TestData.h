#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Test data lives in tests/data; real Battle.net captures under battlenet/ (see SOURCES.md).
inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(BNETSYNC_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readTestData(const QString &relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}
