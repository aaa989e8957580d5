#include "net/serverinfoloader.h"

#include <QPointer>
#include <memory>

namespace wf {

ServerInfoLoader::ServerInfoLoader(FocusClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void ServerInfoLoader::load()
{
    struct Pending {
        std::optional<ChannelRange> channels;
        std::optional<LiveMetadata> metadata;
        QString metadataShape; // /live_metadata answered in a shape we do not know: a note
        int left = 2;
    };
    auto pending = std::make_shared<Pending>();
    QPointer<ServerInfoLoader> self(this);
    auto done = [self, pending] {
        if (--pending->left == 0 && self)
            emit self->loaded(pending->metadata, pending->channels, pending->metadataShape);
    };
    m_client->channels([self, pending, done](const Reply<ChannelRange> &r) {
        if (r.value && self) {
            emit self->channelsReceived(*r.value);
            pending->channels = *r.value;
        }
        done();
    });
    m_client->liveMetadata([self, pending, done](const Reply<LiveMetadata> &r) {
        if (r.value && self) {
            emit self->liveMetadataReceived(*r.value);
            pending->metadata = *r.value;
        } else if (r.decodeError) {
            pending->metadataShape = QStringLiteral("%1; %2 bytes").arg(r.decodeError->toString()).arg(r.info.bytes);
        }
        done();
    });
}

} // namespace wf
