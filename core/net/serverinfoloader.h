#pragma once
// ServerInfoLoader: asks a server for /channels and /live_metadata together: each answer as it
// comes (the configure form takes it at once), and both together once both requests are over (the
// endpoint panel shows them side by side). Owned by its caller; lives on the client's thread.
#include "net/focusclient.h"

#include <QObject>
#include <optional>

namespace wf {

class ServerInfoLoader : public QObject
{
    Q_OBJECT
  public:
    explicit ServerInfoLoader(FocusClient *client, QObject *parent = nullptr);

    void load(); // both requests; loads may overlap, each ends in its own loaded()

  signals:
    void channelsReceived(const wf::ChannelRange &range);
    void liveMetadataReceived(const wf::LiveMetadata &metadata);
    // Both requests are over: what each gave (nullopt: nothing usable), and a technical note when
    // /live_metadata answered in a shape we do not know ("<decode error>; <n> bytes"), else empty.
    void loaded(const std::optional<wf::LiveMetadata> &metadata, const std::optional<wf::ChannelRange> &channels,
                const QString &metadataShape);

  private:
    FocusClient *m_client;
};

} // namespace wf
