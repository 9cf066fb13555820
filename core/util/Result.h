#pragma once

namespace bnet {

// A value or the error that prevented it. E has isError(); no exceptions cross our APIs.
template<typename T, typename E>
struct Result
{
    T value{};
    E error{};

    bool isOk() const { return !error.isError(); }
};

} // namespace bnet
