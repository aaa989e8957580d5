#pragma once
// Checks shared by the libFuzzer targets: a decoder may refuse any input, but a refusal must be a
// well-formed DecodeError, and nothing may crash. A broken invariant aborts, which libFuzzer reports.
#include "api/models.h"
#include "base/result.h"

#include <cstdio>
#include <cstdlib>

namespace wf::fuzz {

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

inline void require(bool condition, const char *what)
{
    if (!condition)
        fail(what);
}

inline void checkError(const DecodeError &e)
{
    require(decodeErrorKindName(e.kind) != QLatin1String("unknown"), "error kind out of range");
    require(!e.detail.isEmpty() || !e.path.isEmpty(), "an error with neither path nor detail");
    require(!e.toString().isEmpty(), "empty error text");
}

template <typename T> void check(const Result<T> &r)
{
    if (!r.ok())
        checkError(r.error());
}

inline void check(const ErrorBody &e)
{
    require(e.raw.size() <= 303, "error body evidence longer than its cap");
    require(e.shape != ErrorShape::None || e.message.isEmpty(), "a message without a shape");
}

} // namespace wf::fuzz
