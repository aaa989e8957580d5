#pragma once
// How a reply's status and body become what its caller sees, shared by FocusClient (live) and
// ReplayJobApi (a recorded session), so a replay goes through the very same interpretation.
// Pure functions, any thread.
#include "net/focusclient.h"

namespace wf {

// Fills what the CallInfo says about its body: the decoded error body of every non-2xx HTTP reply,
// and the warning for a body labelled other than JSON. `info.transport`, `httpStatus` and
// `contentType` must already be set.
void interpretBody(CallInfo &info, const QByteArray &body);

// Masks the secrets a reply may carry (redact.h) before anything keeps it: its body — except the
// waterfall's rows (2xx), large and never carrying any, which are not scanned — and the texts of
// its CallInfo that can quote a server (transport detail, redirect location). Every reply goes
// through here where it enters: FocusClient (live), SessionRecorder (what is written), ReplayJobApi
// (a recording made before this rule).
void redactReply(CallInfo &info, QByteArray &body);

// True when the body is to be decoded as the endpoint's value (its success status, an HTTP reply).
inline bool isSuccessReply(const CallInfo &info, int successStatus)
{
    return info.gotHttpReply() && info.httpStatus == successStatus;
}

template <typename T> void setDecoded(Reply<T> &reply, Result<T> result)
{
    if (result.ok())
        reply.value = std::move(result).value();
    else
        reply.decodeError = result.error();
}

// The typed reply of one call: decoded on its success status, no value (and no error) otherwise.
template <typename T>
Reply<T> decodeReply(CallInfo info, const QByteArray &body, int successStatus, Result<T> (*decode)(const QByteArray &))
{
    Reply<T> r;
    r.info = std::move(info);
    if (isSuccessReply(r.info, successStatus))
        setDecoded(r, decode(body));
    return r;
}

} // namespace wf
