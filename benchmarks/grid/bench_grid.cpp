// bench_grid: how the character grid scales. Loads N characters from SQLite into the model and
// proxy, paints full 1280x800 viewports of cards at scroll positions through the list, and
// prints the frame cost, the load time and the resident memory for 100 and 10,000 characters.
// Then runs a 1,000-character sync in the real window against the simulated Battle.net while a
// heartbeat timer measures how long the UI thread was ever kept from running.
// Not a test: it prints numbers; docs/benchmarks.md records them.
#include "BenchSupport.h"
#include "model/CharacterFilterProxy.h"
#include "model/CharacterListModel.h"
#include "model/CharacterLoader.h"
#include "paint/AvatarImages.h"
#include "paint/CardDelegate.h"
#include "paint/StatusAnimator.h"
#include "store/AccountRepository.h"
#include "store/CharacterRepository.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "widgets/CharacterGridView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QStringList makeAvatars(const QString &dir, int count)
{
    QStringList files;
    for (int i = 0; i < count; ++i) {
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 160, 200));
        const QString path = dir + u"/avatar-%1.png"_s.arg(i);
        image.save(path);
        files << path;
    }
    return files;
}

bool fillDatabase(Database &database, int count, const QStringList &avatars)
{
    QSqlDatabase db = database.connection();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(db, database.path());
    const auto account = AccountRepository(db, database.path()).upsert(777000, u"Bulk#7777"_s, now);
    if (!account.isOk())
        return false;
    CharacterRepository repository(db, database.path());
    const QStringList syllables = {u"ka"_s, u"ri"_s, u"thor"_s, u"va"_s, u"len"_s, u"mo"_s};
    for (int i = 0; i < count; ++i) {
        Character c;
        c.key = {i % 2 ? Region::EU : Region::US, GameVersion((i / 2) % 4),
                 u"realm-%1"_s.arg(i % 24), 900000 + i};
        c.name = syllables[i % 6] + syllables[(i / 6) % 6] + QString::number(i);
        c.name[0] = c.name[0].toUpper();
        c.realmName = u"Realm %1"_s.arg(i % 24);
        c.classId = 1 + i % 13;
        c.className = u"Class"_s;
        c.raceName = u"Orc"_s;
        c.faction = i % 2 ? Faction::Horde : Faction::Alliance;
        c.level = 10 + i % 71;
        const auto id = repository.insert(c, account.value.rowId, now);
        if (!id.isOk())
            return false;
        CharacterDetails d;
        d.averageItemLevel = 100 + i % 500;
        d.equippedItemLevel = 100 + i % 500;
        d.guildName = u"Guild %1"_s.arg(i % 40);
        d.activeSpec = u"Spec"_s;
        d.lastLogin = now.addSecs(-i * 60);
        d.avatarFile = avatars.at(i % avatars.size());
        d.enrichedAt = now;
        if (repository.saveDetails(id.value, d, {}, {}).isError())
            return false;
    }
    return !transaction.commit().isError();
}

struct SizeResult
{
    int characters = 0;
    double loadMs = 0;       // reloadAll() until the rows are in model and proxy (median)
    double applyMs = 0;      // of which on the UI thread (setCharacters + proxy sort, median)
    double layoutMs = 0;     // the view placing every card after the load
    double firstFrameMs = 0; // the first full paint after that
    bench::Stats frame;      // cold
    bench::Stats warm;
    int scrollRange = 0;
    int avatarsBroken = 0;
    double residentMiB = 0;
};

SizeResult measure(int count, int frames, const QString &dir)
{
    SizeResult r;
    r.characters = count;
    const QStringList avatars = makeAvatars(dir, 48);
    Database database(dir + u"/bench-%1.sqlite"_s.arg(count));
    if (database.open().isError() || !fillDatabase(database, count, avatars)) {
        out << "could not build the database\n";
        return r;
    }

    // Load time: the app's path (pool read, then apply on the UI thread), median of 5.
    QList<double> loads;
    QList<double> applies;
    QList<CharacterRow> rows;
    for (int run = 0; run < 5; ++run) {
        CharacterListModel model;
        CharacterFilterProxy proxy(&model);
        CharacterLoader loader(model);
        loader.setDatabase(&database);
        QSignalSpy loaded(&loader, &CharacterLoader::loaded);
        QElapsedTimer timer;
        timer.start();
        loader.reloadAll();
        loaded.wait(60'000);
        loads << timer.nsecsElapsed() / 1e6;
        if (rows.isEmpty()) {
            for (int i = 0; i < model.rowCount(); ++i)
                rows << model.rowAt(i);
        }
        CharacterListModel fresh;
        CharacterFilterProxy freshProxy(&fresh);
        timer.restart();
        fresh.setCharacters(rows);
        applies << timer.nsecsElapsed() / 1e6;
    }
    r.loadMs = bench::stats(loads).median;
    r.applyMs = bench::stats(applies).median;

    // Frames: the grid as the window shows it, 1280x800, cards with avatars.
    SystemClock clock;
    CharacterListModel model;
    CharacterFilterProxy proxy(&model);
    AvatarImages images;
    StatusAnimator animator(model, clock);
    CardDelegate delegate(images, animator);
    CharacterGridView view(model);
    QObject::connect(&view, &CharacterGridView::cardWidthChanged, &delegate,
                     &CardDelegate::setCardWidth);
    view.setItemDelegate(&delegate);
    view.setModel(&proxy);
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        out << "window not exposed\n";
    delegate.setCardWidth(view.cardWidth());
    model.setCharacters(rows);
    // A few cards spinning, as mid-sync.
    QList<CharacterListModel::StatusChange> spinning;
    for (int i = 0; i < std::min(count, 200); i += 7)
        spinning.append({rows.at(i).character.rowId, CardStatus::Processing, {}});
    // Changed long ago: fully faded in, as most statuses are in a running sync.
    model.setStatuses(spinning, clock.monotonicMs() - 10'000);
    QElapsedTimer timer;
    timer.start();
    view.doItemsLayout(); // what the view does on its own right after rows arrive
    r.layoutMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    view.viewport()->repaint();
    r.firstFrameMs = timer.nsecsElapsed() / 1e6;

    QScrollBar *bar = view.verticalScrollBar();
    const auto positionOf = [&](int frame) {
        return bar->maximum() > 0 ? int(qint64(bar->maximum()) * frame / std::max(1, frames - 1))
                                  : 0;
    };
    // Warm-up pass: every position once, so the avatars are decoded (they load lazily on a
    // pool and stay cached); frames measure painting, not disk reads.
    for (int frame = 0; frame < frames; ++frame) {
        bar->setValue(positionOf(frame));
        QCoreApplication::sendPostedEvents();
        view.viewport()->repaint();
    }
    if (!QTest::qWaitFor([&] { return images.pendingReads() == 0; }, 10'000))
        out << "avatars still loading; frames include their decoding\n";
    // Cold frames: cards never painted before (scrolling to new cards). Warm frames: the same
    // cards once the delegate keeps their bodies (from their second paint on: an animation
    // frame, scrolling back).
    QList<double> coldMs;
    QList<double> warmMs;
    for (int frame = 0; frame < frames; ++frame) {
        bar->setValue(positionOf(frame));
        QCoreApplication::sendPostedEvents(); // the scroll's own layout work, not timed
        delegate.clearCache();
        timer.restart();
        view.viewport()->repaint();
        coldMs << timer.nsecsElapsed() / 1e6;
        view.viewport()->repaint(); // the second paint keeps the bodies (not timed)
        timer.restart();
        view.viewport()->repaint();
        warmMs << timer.nsecsElapsed() / 1e6;
    }
    r.frame = bench::stats(coldMs);
    r.warm = bench::stats(warmMs);
    r.scrollRange = bar->maximum();
    r.avatarsBroken = 0;
    for (const CharacterRow &row : std::as_const(rows))
        r.avatarsBroken += images.isBroken(row.character.details.avatarFile,
                                           row.character.details.enrichedAt.toMSecsSinceEpoch());
    if (qEnvironmentVariableIsSet("BENCH_GRID_SAVE"))
        view.grab().save(u"/tmp/bench-grid-%1.png"_s.arg(count));
    r.residentMiB = bench::residentMiB();
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"frames"_s, u"Frames painted per size."_s, u"n"_s, u"60"_s});
    parser.addOption(
        {u"sync"_s, u"Characters in the heartbeat sync (0: skip)."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"latency-ms"_s, u"Simulator latency for the sync."_s, u"ms"_s, u"40"_s});
    parser.process(app);
    const int frames = parser.value(u"frames"_s).toInt();

    QTemporaryDir dir;
    out << "bench_grid (Qt " << qVersion() << ", platform " << QGuiApplication::platformName()
        << ", " << QThread::idealThreadCount() << " cores)\n";
    out << "resident memory at start: " << QString::number(bench::residentMiB(), 'f', 1)
        << " MiB\n";
    out.flush();
    QList<SizeResult> results;
    for (const int count : {100, 10'000}) {
        results << measure(count, frames, dir.path());
        const SizeResult &r = results.constLast();
        out << QString::asprintf(
            "%6d characters: load %.1f ms (%.2f ms per 100; of it on the UI thread %.1f ms), "
            "item layout %.1f ms, first frame %.1f ms;\n"
            "        full 1280x800 frame, new cards: median %.2f ms p95 %.2f ms max %.2f ms; "
            "same cards again: median %.2f ms p95 %.2f ms max %.2f ms\n"
            "        (scroll range %d px, %d unreadable avatars), resident %.1f MiB\n",
            r.characters, r.loadMs, r.loadMs * 100.0 / r.characters, r.applyMs, r.layoutMs,
            r.firstFrameMs, r.frame.median, r.frame.p95, r.frame.max, r.warm.median, r.warm.p95,
            r.warm.max, r.scrollRange, r.avatarsBroken, r.residentMiB);
        out.flush();
    }
    const SizeResult &small = results.at(0);
    const SizeResult &large = results.at(1);
    out << QString::asprintf("frame cost 10,000 / 100: new cards %.2fx, same cards %.2fx "
                             "(target <= 1.5x)\n",
                             large.frame.median / small.frame.median,
                             large.warm.median / small.warm.median);
    out << QString::asprintf("load time per character 10,000 / 100: %.2fx (linear = 1x)\n",
                             (large.loadMs / large.characters) / (small.loadMs / small.characters));
    out << QString::asprintf("peak resident memory: %.1f MiB\n", bench::peakResidentMiB());
    out.flush();

    const int sync = parser.value(u"sync"_s).toInt();
    if (sync > 0)
        return bench::runSyncHeartbeat(sync, parser.value(u"latency-ms"_s).toInt(),
                                       parser.value(u"latency-ms"_s).toInt() / 2);
    return 0;
}
