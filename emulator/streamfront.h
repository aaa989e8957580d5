#pragma once
// StreamFront: what listens on a job's announced stream port in front of its gRPC server for the
// transport faults no gRPC server can be made to commit: a port that accepts TCP and never says a
// byte (no upstream), or a relay that cuts each connection (RST) in the middle of a message once
// cutAfterBytes have gone to the client. Owner: FocusEmulator, one per faulted job; its thread.
#include <QTcpServer>

namespace wf::emu {

class StreamFront : public QTcpServer
{
    Q_OBJECT
  public:
    // upstreamPort 0: accept and stay silent; else relay to 127.0.0.1:upstreamPort and cut.
    StreamFront(int upstreamPort, qint64 cutAfterBytes, QObject *parent = nullptr);
    qint64 cuts() const { return m_cuts; }

  private:
    void relay(QTcpSocket *client);

    int m_upstreamPort;
    qint64 m_cutAfter;
    qint64 m_cuts = 0;
};

} // namespace wf::emu
