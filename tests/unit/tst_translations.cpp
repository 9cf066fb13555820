// The English plural forms and the translation files: what core/util/Translations installs,
// and whether translations/bnetsync_en.ts still matches the sources.
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct NumerusMessage
{
    QString context;
    QString source;
    QStringList forms;
};

// The plural messages of a .ts file, or an empty list with `error` set.
QList<NumerusMessage> numerusMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QList<NumerusMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    NumerusMessage current;
    bool inNumerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message" && inNumerus) {
                messages << current;
                inNumerus = false;
            }
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            inNumerus = xml.attributes().value(u"numerus"_s) == u"yes";
            current = {context, {}, {}};
        } else if (inNumerus && xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (inNumerus && xml.name() == u"numerusform") {
            current.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

QString committedTs()
{
    return QStringLiteral(BNETSYNC_SOURCE_DIR "/translations/bnetsync_en.ts");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList installed =
            bnet::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCOMPARE(installed, QStringList{u"en"_s});
    }

    void englishPluralsReadNaturally()
    {
        const char *context = "bnet::ui::MainWindow";
        const char *source = "%n character(s) shown";
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), u"1 character shown"_s);
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 15),
                 u"15 characters shown"_s);
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 0), u"0 characters shown"_s);
        QCOMPARE(QCoreApplication::translate("CharacterListWriter",
                                             "%n entries could not be read (%1); nothing was "
                                             "archived",
                                             nullptr, 1),
                 u"1 entry could not be read (%1); nothing was archived"_s);
    }

    // Every plural message has both English forms, and the installed translation uses them.
    void everyPluralMessageIsFilled()
    {
        QString error;
        const auto messages = numerusMessages(committedTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() >= 10);
        for (const auto &message : messages) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            QVERIFY2(message.forms.size() == 2 && !message.forms.contains(QString()),
                     qPrintable(u"unfilled: "_s + message.source));
            for (int n : {1, 2}) {
                const QString shown = QCoreApplication::translate(context.constData(),
                                                                  source.constData(), nullptr, n);
                QVERIFY2(!shown.contains(u"(s)"_s), qPrintable(shown));
                QVERIFY2(shown.contains(QString::number(n)), qPrintable(shown));
            }
        }
    }

    // A language without a translation keeps the English text with its plurals.
    void aLanguageWithoutATranslationStaysEnglish()
    {
        const QStringList installed =
            bnet::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Icelandic));
        QCOMPARE(installed, QStringList{u"en"_s});
        QCOMPARE(QCoreApplication::translate("bnet::ui::MainWindow", "%n character(s) shown",
                                             nullptr, 2),
                 u"2 characters shown"_s);
    }

    // bnetsync_en.ts matches the sources: lupdate over them finds exactly its plural messages.
    // When this fails, run `cmake --build --preset dev --target update_translations` and
    // scripts/fill-english-plurals.py, and commit translations/bnetsync_en.ts.
    void theEnglishPluralFileIsCurrent()
    {
        QFile list(QStringLiteral(BNETSYNC_TRANSLATABLE_SOURCES_LIST));
        QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName()));
        QStringList sources;
        for (const QByteArray &line : list.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                sources << QString::fromUtf8(line.trimmed());
        QVERIFY(sources.size() > 50);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(u"fresh_en.ts"_s);
        QProcess lupdate;
        lupdate.start(QStringLiteral(BNETSYNC_LUPDATE),
                      QStringList{u"-pluralonly"_s, u"-locations"_s, u"none"_s} + sources +
                          QStringList{u"-ts"_s, fresh});
        QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        QStringList expected, committed;
        for (const auto &message : numerusMessages(fresh, &error))
            expected << message.context + u" | "_s + message.source;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto &message : numerusMessages(committedTs(), &error))
            committed << message.context + u" | "_s + message.source;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        expected.sort();
        committed.sort();
        QCOMPARE(committed, expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
