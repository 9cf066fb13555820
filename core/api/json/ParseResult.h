#pragma once

#include "api/ApiError.h"
#include "util/Result.h"

namespace bnet {

// A parsed value or the reason it could not be parsed. Parsers never throw and never crash on
// bad input; they say what was wrong in a message a person can act on.
template<typename T>
using ParseResult = Result<T, ApiError>;

} // namespace bnet
