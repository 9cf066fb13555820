#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace bnet {

// Hands a pool result to `done` on `context`'s thread, or never if `context` is destroyed
// first. Call it from `context`'s thread. The watcher is a child of `context`, so it dies with
// it: unlike Qt 6.4's QFuture::then(context, ...), which asserts when the context goes first
// (an aborted enrichment job while its avatar is still being decoded, for instance).
template<typename T, typename Done>
void whenReady(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace bnet
