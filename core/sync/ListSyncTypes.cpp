#include "ListSyncTypes.h"

#include <algorithm>

namespace bnet {

int ListSyncResult::failedScopes() const
{
    return int(std::count_if(scopes.cbegin(), scopes.cend(),
                             [](const ScopeOutcome &scope) { return !scope.answered; }));
}

} // namespace bnet
