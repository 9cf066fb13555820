#include "WindowStateStore.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace bnet::ui::WindowStateStore {

void restore(QMainWindow &window, QSplitter *splitter, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    // restoreGeometry() keeps the window on a screen that exists now (a monitor may be gone).
    if (geometry.isEmpty() || !window.restoreGeometry(geometry))
        window.resize(1180, 760);
    window.restoreState(settings.value(u"state"_s).toByteArray());
    if (splitter)
        splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
}

void save(const QMainWindow &window, const QSplitter *splitter, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(u"geometry"_s, window.saveGeometry());
    settings.setValue(u"state"_s, window.saveState());
    if (splitter)
        settings.setValue(u"splitter"_s, splitter->saveState());
}

} // namespace bnet::ui::WindowStateStore
