#pragma once
// JobApi: the calls the readiness controller makes, behind an interface so controller tests can
// script the server's answers and drive time by hand. ClientJobApi forwards to FocusClient.
#include "net/focusclient.h"

#include <QSet>

namespace wf {

class JobApi
{
  public:
    using Id = FocusClient::CallId;
    virtual ~JobApi() = default;
    virtual Id configure(const ConfigureRequest &request, FocusClient::Callback<ConfigureReply> done) = 0;
    virtual Id metadata(const QString &jobId, FocusClient::Callback<ConfigureReply> done) = 0;
    virtual Id waterfall(const QString &jobId, int rowCount, FocusClient::Callback<WaterfallBlocks> done) = 0;
    virtual Id openApi(FocusClient::Callback<OpenApiDoc> done) = 0;
    // Sampled by the quality checks; 0 (no call) where the source has no live metadata.
    virtual Id liveMetadata(FocusClient::Callback<LiveMetadata> done)
    {
        Q_UNUSED(done);
        return 0;
    }
    virtual void abort(Id id) = 0;
};

// Remembers the calls it made, so that a recorder of the client's replies can tell the job's from
// those of other users of the same client (the endpoint prober, the form's server info): a replay
// answers the job's calls from the recording, and a probe's reply there would answer one wrongly.
class ClientJobApi final : public JobApi
{
  public:
    explicit ClientJobApi(FocusClient *client) : m_client(client) {}
    Id configure(const ConfigureRequest &r, FocusClient::Callback<ConfigureReply> d) override { return own(m_client->configure(r, done(std::move(d)))); }
    Id metadata(const QString &id, FocusClient::Callback<ConfigureReply> d) override { return own(m_client->metadata(id, done(std::move(d)))); }
    Id waterfall(const QString &id, int n, FocusClient::Callback<WaterfallBlocks> d) override { return own(m_client->waterfall(id, n, done(std::move(d)))); }
    Id openApi(FocusClient::Callback<OpenApiDoc> d) override { return own(m_client->openApi(done(std::move(d)))); }
    Id liveMetadata(FocusClient::Callback<LiveMetadata> d) override { return own(m_client->liveMetadata(done(std::move(d)))); }
    // Aborted: its reply (reported as aborted, during the abort) is still ours, then forgotten.
    void abort(Id id) override
    {
        m_client->abort(id);
        m_own.remove(id);
    }
    // True while the reply of a call made here is reported (FocusClient::replyReceived comes right
    // before the caller's callback).
    bool made(const CallInfo &info) const { return info.callId != 0 && m_own.contains(info.callId); }

  private:
    Id own(Id id)
    {
        if (id)
            m_own.insert(id);
        return id;
    }
    template <typename T> FocusClient::Callback<T> done(FocusClient::Callback<T> d)
    {
        return [this, d = std::move(d)](Reply<T> r) {
            m_own.remove(r.info.callId);
            d(std::move(r));
        };
    }
    FocusClient *m_client;
    QSet<Id> m_own;
};

} // namespace wf
