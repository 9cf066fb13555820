#pragma once

#include "domain/Character.h"
#include "domain/SyncEvent.h"

#include <QCollatorSortKey>
#include <QList>
#include <QString>

#include <optional>

namespace bnet::ui {

// The live status a card shows. None: no sync has touched the character since the app
// started and its last enrichment did not fail.
enum class CardStatus {
    None,
    Queued,
    Processing,
    Completed,
    Failed,
    Cancelled
};

CardStatus cardStatusFrom(ItemStatus status);

// One character as the grid holds it: the stored character, a search key prepared off the UI
// thread, and its live status. `statusSinceMs` is on the animation clock, so the delegate can
// fade the status in; kNoFade marks a status that should appear at once (from the database).
struct CharacterRow
{
    static constexpr qint64 kNoFade = -1'000'000'000;

    Character character;
    QString searchKey; // name and realm, case- and accent-folded (SearchKey.h)
    // The name's collation key (nameCollator()), made off the UI thread: sorting then compares
    // keys instead of collating names again for every comparison.
    std::optional<QCollatorSortKey> nameKey;
    CardStatus status = CardStatus::None;
    QString statusReason;
    qint64 statusSinceMs = kNoFade;
    // Changes whenever what the card shows besides its status changes (the model numbers
    // them), so a painted card can be kept and reused until then.
    quint64 revision = 0;
};

// Builds rows from stored characters (on a pool thread: it folds text). A last enrichment
// that failed shows as a failed status with its reason until a sync says otherwise.
QList<CharacterRow> makeRows(const QList<Character> &characters);

} // namespace bnet::ui
