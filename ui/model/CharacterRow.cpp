#include "CharacterRow.h"

#include "SearchKey.h"

namespace bnet::ui {

CardStatus cardStatusFrom(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Queued:
        return CardStatus::Queued;
    case ItemStatus::Processing:
        return CardStatus::Processing;
    case ItemStatus::Completed:
        return CardStatus::Completed;
    case ItemStatus::Failed:
        return CardStatus::Failed;
    case ItemStatus::Cancelled:
        return CardStatus::Cancelled;
    }
    return CardStatus::None;
}

QList<CharacterRow> makeRows(const QList<Character> &characters)
{
    QList<CharacterRow> rows;
    rows.reserve(characters.size());
    const QCollator collator = nameCollator();
    for (const Character &character : characters) {
        CharacterRow row;
        row.character = character;
        row.searchKey = foldForSearch(character.name) + u'\n' + foldForSearch(character.realmName);
        row.nameKey = collator.sortKey(character.name);
        if (!character.details.lastError.isEmpty()) {
            row.status = CardStatus::Failed;
            row.statusReason = character.details.lastError;
        }
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace bnet::ui
