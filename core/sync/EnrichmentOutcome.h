#pragma once

#include "api/ApiError.h"
#include "api/json/CharacterProfileParser.h"
#include "domain/EnrichmentTask.h"
#include "domain/SyncEvent.h"

#include <QMetaType>

#include <optional>

namespace bnet {

// What one enrichment job found out, ready to be saved.
struct EnrichmentOutcome
{
    EnrichmentTask task;
    ItemStatus status = ItemStatus::Completed; // Completed or Failed
    ApiError error;                            // why it failed
    bool notModified = false;                  // the profile answered 304: nothing to save
    std::optional<CharacterProfile> profile;   // new details (avatar fields filled in)
    // Stored only when every step succeeded, so a half-done character is asked again in full.
    QByteArray profileLastModified;
    QByteArray avatarLastModified;

    bool isFailure() const { return status == ItemStatus::Failed; }
    bool isWorthRetrying() const { return isFailure() && error.isTransient(); }
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::EnrichmentOutcome)
