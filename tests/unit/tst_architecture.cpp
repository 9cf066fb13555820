// The layering is part of the design: core never touches widgets, the simulator never
// depends on the app's core, and nothing in core reaches upwards into ui or app.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList sourcesUnder(const QString &relative)
{
    QStringList files;
    QDirIterator it(QStringLiteral(BNETSYNC_SOURCE_DIR "/") + relative, {u"*.cpp"_s, u"*.h"_s},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QStringList offenders(const QString &folder, const QRegularExpression &forbidden)
{
    QStringList found;
    for (const QString &path : sourcesUnder(folder)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            if (forbidden.match(line).hasMatch())
                found << u"%1:%2: %3"_s.arg(path).arg(lineNumber).arg(line.trimmed());
        }
    }
    return found;
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesAreFound()
    {
        QVERIFY(sourcesUnder(u"core"_s).size() > 20);
        QVERIFY(sourcesUnder(u"simulator"_s).size() > 5);
    }

    void coreHasNoWidgets()
    {
        // (Plain strings: moc mistakes a '#' inside a raw string for a directive.)
        const QRegularExpression widgets(
            u"^\\s*#\\s*include\\s*[<\"](QtWidgets/|QApplication|QWidget|QMainWindow|QDialog|"
            "QMessageBox|QSystemTrayIcon)"_s);
        const QStringList found = offenders(u"core"_s, widgets);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QFile cmake(QStringLiteral(BNETSYNC_SOURCE_DIR "/core/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        QVERIFY(!cmake.readAll().contains("Qt6::Widgets"));
    }

    void coreDoesNotReachUpwards()
    {
        const QRegularExpression upwards(u"^\\s*#\\s*include\\s*\"(ui|app)/"_s);
        const QStringList found = offenders(u"core"_s, upwards);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void uiDependsOnCoreOnly()
    {
        // The desktop app's library never sees the simulator (only app/gui and the tests do)
        // and never reaches up into app/.
        QVERIFY(sourcesUnder(u"ui"_s).size() > 10);
        const QRegularExpression upwards(
            u"^\\s*#\\s*include\\s*[<\"](app/|Simulat|FaultPlan|HttpFront)"_s);
        const QStringList found = offenders(u"ui"_s, upwards);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QFile cmake(QStringLiteral(BNETSYNC_SOURCE_DIR "/ui/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        QVERIFY(!cmake.readAll().contains("bnetsync_simulator"));
    }

    void simulatorIsIndependentOfCore()
    {
        const QRegularExpression core(
            u"^\\s*#\\s*include\\s*\"(domain|api|store|sync|realtime|util|auth|secrets|settings)/"_s);
        const QStringList found = offenders(u"simulator"_s, core);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
