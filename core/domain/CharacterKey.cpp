#include "CharacterKey.h"

using namespace Qt::StringLiterals;

namespace bnet {

QString CharacterKey::toString() const
{
    return regionCode(region) + u'/' + gameVersionCode(version) + u'/' + realmSlug + u'/' +
           QString::number(characterId);
}

size_t qHash(const CharacterKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, static_cast<int>(key.region), static_cast<int>(key.version),
                      key.realmSlug, key.characterId);
}

} // namespace bnet
