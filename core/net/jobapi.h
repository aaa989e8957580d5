#pragma once
// JobApi: the calls the readiness controller makes, behind an interface so controller tests can
// script the server's answers and drive time by hand. ClientJobApi forwards to FocusClient.
#include "net/focusclient.h"

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

class ClientJobApi final : public JobApi
{
  public:
    explicit ClientJobApi(FocusClient *client) : m_client(client) {}
    Id configure(const ConfigureRequest &r, FocusClient::Callback<ConfigureReply> d) override { return m_client->configure(r, std::move(d)); }
    Id metadata(const QString &id, FocusClient::Callback<ConfigureReply> d) override { return m_client->metadata(id, std::move(d)); }
    Id waterfall(const QString &id, int n, FocusClient::Callback<WaterfallBlocks> d) override { return m_client->waterfall(id, n, std::move(d)); }
    Id openApi(FocusClient::Callback<OpenApiDoc> d) override { return m_client->openApi(std::move(d)); }
    Id liveMetadata(FocusClient::Callback<LiveMetadata> d) override { return m_client->liveMetadata(std::move(d)); }
    void abort(Id id) override { m_client->abort(id); }

  private:
    FocusClient *m_client;
};

} // namespace wf
