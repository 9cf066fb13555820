#include "ClassColours.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <cmath>

namespace bnet::ui {
namespace {

struct ClassInfo
{
    int id;
    const char *name;
    QRgb colour;
};

// Colours from the game's own class colour table.
constexpr std::array kClasses{
    ClassInfo{1, QT_TRANSLATE_NOOP("ClassColours", "Warrior"), 0xC69B6D},
    ClassInfo{2, QT_TRANSLATE_NOOP("ClassColours", "Paladin"), 0xF48CBA},
    ClassInfo{3, QT_TRANSLATE_NOOP("ClassColours", "Hunter"), 0xAAD372},
    ClassInfo{4, QT_TRANSLATE_NOOP("ClassColours", "Rogue"), 0xFFF468},
    ClassInfo{5, QT_TRANSLATE_NOOP("ClassColours", "Priest"), 0xFFFFFF},
    ClassInfo{6, QT_TRANSLATE_NOOP("ClassColours", "Death Knight"), 0xC41E3A},
    ClassInfo{7, QT_TRANSLATE_NOOP("ClassColours", "Shaman"), 0x0070DD},
    ClassInfo{8, QT_TRANSLATE_NOOP("ClassColours", "Mage"), 0x3FC7EB},
    ClassInfo{9, QT_TRANSLATE_NOOP("ClassColours", "Warlock"), 0x8788EE},
    ClassInfo{10, QT_TRANSLATE_NOOP("ClassColours", "Monk"), 0x00FF98},
    ClassInfo{11, QT_TRANSLATE_NOOP("ClassColours", "Druid"), 0xFF7C0A},
    ClassInfo{12, QT_TRANSLATE_NOOP("ClassColours", "Demon Hunter"), 0xA330C9},
    ClassInfo{13, QT_TRANSLATE_NOOP("ClassColours", "Evoker"), 0x33937F},
};

const ClassInfo *find(int classId)
{
    for (const ClassInfo &info : kClasses) {
        if (info.id == classId)
            return &info;
    }
    return nullptr;
}

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

QColor moveTowardsContrast(const QColor &colour, const QColor &background, double minimumContrast);

QColor mixColours(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QList<int> knownClassIds()
{
    QList<int> ids;
    for (const ClassInfo &info : kClasses)
        ids.append(info.id);
    return ids;
}

QString classDisplayName(int classId)
{
    const ClassInfo *info = find(classId);
    return info ? QCoreApplication::translate("ClassColours", info->name) : QString();
}

QColor classColour(int classId)
{
    const ClassInfo *info = find(classId);
    return info ? QColor::fromRgb(info->colour) : QColor(0x80, 0x80, 0x80);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QColor legibleOn(const QColor &colour, const QColor &background, double minimumContrast)
{
    // Every card asks for the same few pairs on every paint, and the answer costs a few dozen
    // pow() calls: remember them (per thread, so painting threads never share the table).
    thread_local QHash<std::pair<quint64, int>, QRgb> memo;
    const std::pair<quint64, int> key{(quint64(colour.rgba()) << 32) | background.rgba(),
                                      qRound(minimumContrast * 100)};
    if (const auto it = memo.constFind(key); it != memo.cend())
        return QColor::fromRgba(*it);
    QColor result = colour;
    if (contrastRatio(colour, background) < minimumContrast)
        result = moveTowardsContrast(colour, background, minimumContrast);
    if (memo.size() > 4096)
        memo.clear();
    memo.insert(key, result.rgba());
    return result;
}

QColor moveTowardsContrast(const QColor &colour, const QColor &background, double minimumContrast)
{
    const QColor target = luminance(background) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
    // Bisection on the mix amount: the least change that is legible.
    double low = 0.0;
    double high = 1.0;
    for (int i = 0; i < 12; ++i) {
        const double mid = (low + high) / 2;
        if (contrastRatio(mixColours(colour, target, mid), background) >= minimumContrast)
            high = mid;
        else
            low = mid;
    }
    return mixColours(colour, target, high);
}

} // namespace bnet::ui
