// libFuzzer target for one decoder of core/api/codecs.h, chosen at build time: WF_FUZZ_DECODER names the
// function, e.g. wf::decodeConfigureReply. Any input may be refused, none may crash.
#include "api/codecs.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace {

template <typename R> void exercise(const R &result)
{
    wf::fuzz::check(result);
    // The emulator validates every request it decodes: run the same checks on what got through.
    if constexpr (std::is_same_v<R, wf::Result<wf::ConfigureRequest>>) {
        if (result.ok())
            for (const wf::ConfigViolation &v : wf::validateConfigure(result.value()))
                wf::fuzz::require(!v.detail.isEmpty(), "a violation without detail");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    exercise(WF_FUZZ_DECODER(body));
    return 0;
}
