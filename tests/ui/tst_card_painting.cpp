// Cards rendered to images: each live status puts its own colour in the badge (and only
// there), fades in, and odd input (very long or unusual names, missing or broken avatars)
// paints without trouble. Class colours stay legible on light and dark cards.
#include "model/CharacterListModel.h"
#include "paint/AvatarImages.h"
#include "paint/CardPainter.h"
#include "paint/ClassColours.h"
#include "paint/StatusPainter.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, QColor(0xEF, 0xEF, 0xEF));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8C, 0xC6));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1E, 0x1F, 0x22));
    p.setColor(QPalette::Window, QColor(0x2B, 0x2D, 0x31));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9C, 0xA0));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7F, 0xD9));
    return p;
}

QStyleOptionViewItem optionFor(const QPalette &palette, QSize size = {})
{
    QStyleOptionViewItem option;
    option.palette = palette;
    option.font = QApplication::font();
    option.rect = QRect(QPoint(0, 0), size.isValid() ? size : CardPainter::sizeHint(option.font));
    option.state = QStyle::State_Enabled;
    option.direction = Qt::LeftToRight;
    return option;
}

CardContent content(CardStatus status)
{
    CardContent c;
    c.name = u"Thrallson"_s;
    c.levelRaceClass = u"Level 80 Orc Shaman"_s;
    c.realm = u"Area 52 · US"_s;
    c.details = u"Item level 626"_s;
    c.versionBadge = u"Retail"_s;
    c.classId = 0; // neutral grey: no class colour near the status colours
    c.status = status;
    return c;
}

QImage render(const QStyleOptionViewItem &option, const CardContent &c)
{
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(option.palette.color(QPalette::Base));
    QPainter painter(&image);
    CardPainter::paint(&painter, option, c);
    return image;
}

bool near(QRgb pixel, const QColor &colour, int tolerance = 40)
{
    return std::abs(qRed(pixel) - colour.red()) + std::abs(qGreen(pixel) - colour.green()) +
               std::abs(qBlue(pixel) - colour.blue()) <=
           tolerance;
}

// Pixels of about `colour` inside `area`.
int countNear(const QImage &image, const QRect &area, const QColor &colour, int tolerance = 40)
{
    int count = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            if (near(image.pixel(x, y), colour, tolerance))
                ++count;
        }
    }
    return count;
}

} // namespace

class TestCardPainting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStatusPaintsItsColour_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void eachStatusPaintsItsColour()
    {
        QFETCH(QPalette, palette);
        const QStyleOptionViewItem option = optionFor(palette);
        const QRect badge = CardPainter::statusRect(option);
        QVERIFY(option.rect.contains(badge));
        const QColor blue = StatusPainter::colour(CardStatus::Processing, palette);
        const QColor green = StatusPainter::colour(CardStatus::Completed, palette);
        const QColor red = StatusPainter::colour(CardStatus::Failed, palette);

        const QImage processing = render(option, content(CardStatus::Processing));
        const QImage completed = render(option, content(CardStatus::Completed));
        const QImage failed = render(option, content(CardStatus::Failed));
        const QImage none = render(option, content(CardStatus::None));

        QVERIFY(countNear(processing, badge, blue) > 20);
        QCOMPARE(countNear(processing, badge, green), 0);
        QCOMPARE(countNear(processing, badge, red), 0);
        QVERIFY(countNear(completed, badge, green) > 20);
        QCOMPARE(countNear(completed, badge, blue), 0);
        QVERIFY(countNear(failed, badge, red) > 20);
        QCOMPARE(countNear(failed, badge, green), 0);
        for (const QColor &colour : {blue, green, red})
            QCOMPARE(countNear(none, badge, colour), 0);
        // The badge (and its antialiased edge) is the only difference between statuses.
        QImage outsideA = completed;
        QImage outsideB = failed;
        QPainter(&outsideA).fillRect(badge.adjusted(-2, -2, 2, 2), Qt::black);
        QPainter(&outsideB).fillRect(badge.adjusted(-2, -2, 2, 2), Qt::black);
        QCOMPARE(outsideA, outsideB);
    }

    void theStatusFadesInAndTheArrowTurns()
    {
        const QStyleOptionViewItem option = optionFor(lightPalette());
        const QRect badge = CardPainter::statusRect(option);
        const QColor green = StatusPainter::colour(CardStatus::Completed, option.palette);
        CardContent c = content(CardStatus::Completed);
        c.statusOpacity = 0.0;
        QCOMPARE(countNear(render(option, c), badge, green), 0);
        c.statusOpacity = 0.5; // half-way: a paler green, not the full one yet
        const int half = countNear(render(option, c), badge, green);
        c.statusOpacity = 1.0;
        QVERIFY(countNear(render(option, c), badge, green) > half);

        CardContent spinning = content(CardStatus::Processing);
        spinning.spinAngle = 0;
        const QImage a = render(option, spinning);
        spinning.spinAngle = 90;
        const QImage b = render(option, spinning);
        QVERIFY(a != b);
        QCOMPARE(StatusPainter::spinAngle(0), 0.0);
        QCOMPARE(StatusPainter::spinAngle(StatusPainter::kSpinPeriodMs / 4), 90.0);
    }

    void oddNamesPaint_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("very long") << QString(300, u'W');
        QTest::newRow("empty") << QString();
        QTest::newRow("combining marks") << u"Z\u0351\u0351\u0351\u0308\u0308l"_s;
        QTest::newRow("right to left") << u"\u0645\u0631\u062d\u0628\u0627"_s;
        QTest::newRow("emoji") << u"\U0001F409Drake"_s;
        QTest::newRow("control characters") << u"Bad\nName\t\u0000"_s;
    }

    void oddNamesPaint()
    {
        QFETCH(QString, name);
        for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QStyleOptionViewItem option = optionFor(darkPalette());
            option.direction = direction;
            CardContent c = content(CardStatus::Failed);
            c.name = name;
            c.realm = QString(500, u'r');
            const QImage image = render(option, c);
            QVERIFY(!image.isNull());
            const QColor red = StatusPainter::colour(CardStatus::Failed, option.palette);
            QVERIFY(countNear(image, CardPainter::statusRect(option), red) > 20);
        }
        QStyleOptionViewItem option = optionFor(lightPalette());
        CardContent c = content(CardStatus::None);
        c.name = QString(300, u'W');
        QVERIFY(CardPainter::isNameElided(option, c));
        c.name = u"Zül"_s;
        QVERIFY(!CardPainter::isNameElided(option, c));
    }

    void rightToLeftMirrorsTheBadge()
    {
        QStyleOptionViewItem option = optionFor(lightPalette());
        const QRect ltr = CardPainter::statusRect(option);
        option.direction = Qt::RightToLeft;
        const QRect rtl = CardPainter::statusRect(option);
        QVERIFY(ltr.center().x() < option.rect.center().x());
        QVERIFY(rtl.center().x() > option.rect.center().x());
    }

    void classColoursAreLegibleOnLightAndDark()
    {
        for (const QColor &background : {QColor(Qt::white), QColor(0xF4, 0xF4, 0xF4),
                                         QColor(0x1E, 0x1F, 0x22), QColor(0x2B, 0x2D, 0x31)}) {
            for (const int id : knownClassIds()) {
                const QColor shown = legibleOn(classColour(id), background);
                QVERIFY2(contrastRatio(shown, background) >= 4.5,
                         qPrintable(u"class %1 on %2"_s.arg(id).arg(background.name())));
            }
        }
        // Colours that are legible already are left alone (the mage's blue on dark).
        QCOMPARE(legibleOn(classColour(8), QColor(0x1E, 0x1F, 0x22)), classColour(8));
        // The priest's white is not on white.
        QVERIFY(legibleOn(classColour(5), Qt::white) != classColour(5));
    }

    void avatarsLoadLazilyAndBrokenOnesAreRemembered()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.png"_s);
        QImage image(64, 64, QImage::Format_ARGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(good));
        const QString broken = dir.filePath(u"broken.png"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n this is not really an image");
        file.close();
        const QString missing = dir.filePath(u"missing.png"_s);

        AvatarImages avatars;
        QSignalSpy ready(&avatars, &AvatarImages::ready);
        QVERIFY(avatars.avatar(1, good, 1).isNull()); // not yet: read on the pool
        QVERIFY(avatars.avatar(2, broken, 1).isNull());
        QVERIFY(avatars.avatar(3, missing, 1).isNull());
        QVERIFY(avatars.avatar(4, QString(), 1).isNull()); // no file: nothing to read
        QTRY_COMPARE(ready.size(), 3);
        const QPixmap loaded = avatars.avatar(1, good, 1);
        QVERIFY(!loaded.isNull());
        QCOMPARE(loaded.size(), QSize(64, 64));
        QVERIFY(avatars.isBroken(broken, 1));
        QVERIFY(avatars.isBroken(missing, 1));
        QVERIFY(!avatars.isBroken(good, 1));
        // Remembered: asking again reads nothing.
        QVERIFY(avatars.avatar(2, broken, 1).isNull());
        QCOMPARE(avatars.pendingReads(), 0);
        // A new version of the file (the avatar was fetched again) is read again.
        QVERIFY(avatars.avatar(2, broken, 2).isNull());
        QCOMPARE(avatars.pendingReads(), 1);
        QTRY_COMPARE(ready.size(), 4);

        // A card without its avatar shows the placeholder, not a hole.
        const QStyleOptionViewItem option = optionFor(lightPalette());
        CardContent c = content(CardStatus::None);
        c.classId = 7;
        const QImage placeholder = render(option, c);
        c.avatar = loaded;
        const QImage withAvatar = render(option, c);
        QVERIFY(placeholder != withAvatar);
        QVERIFY(countNear(withAvatar, option.rect, QColor(Qt::darkCyan), 10) > 1000);
    }
};

QTEST_MAIN(TestCardPainting)
#include "tst_card_painting.moc"
