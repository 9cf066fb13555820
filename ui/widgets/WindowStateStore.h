#pragma once

#include <QString>

class QMainWindow;
class QSplitter;

namespace bnet::ui {

// Remembers the window's geometry, toolbar/dock state and splitter sizes between runs.
//
// SETTINGS SEAM: reads and writes QSettings directly for now; when the Settings facade
// (issue 4, core/settings) lands, these two functions move onto it and nothing else changes.
// `group` separates windows (and lets tests use their own).
namespace WindowStateStore {

void restore(QMainWindow &window, QSplitter *splitter, const QString &group);
void save(const QMainWindow &window, const QSplitter *splitter, const QString &group);

} // namespace WindowStateStore

} // namespace bnet::ui
