#include "streamfront.h"

#include <QTcpSocket>

namespace wf::emu {

StreamFront::StreamFront(int upstreamPort, qint64 cutAfterBytes, QObject *parent)
    : QTcpServer(parent), m_upstreamPort(upstreamPort), m_cutAfter(cutAfterBytes)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = nextPendingConnection()) {
            if (m_upstreamPort > 0)
                relay(client);
            else // silent: what the client sends (its HTTP/2 preface) is read and never answered
                connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

void StreamFront::relay(QTcpSocket *client)
{
    auto *up = new QTcpSocket(client);
    auto *sent = new qint64(0);
    connect(client, &QObject::destroyed, up, [sent] { delete sent; });
    up->connectToHost(QHostAddress::LocalHost, quint16(m_upstreamPort));
    connect(client, &QTcpSocket::readyRead, up, [client, up] {
        if (up->state() == QAbstractSocket::ConnectedState)
            up->write(client->readAll());
    });
    connect(up, &QTcpSocket::connected, client, [client, up] { up->write(client->readAll()); });
    connect(up, &QTcpSocket::readyRead, client, [this, client, up, sent] {
        QByteArray bytes = up->readAll();
        if (*sent + bytes.size() > m_cutAfter && bytes.size() > 1) {
            // Half of this chunk, then a reset: the message it belongs to never ends.
            client->write(bytes.left(bytes.size() / 2));
            client->flush();
            ++m_cuts;
            client->abort();
            up->abort();
            client->deleteLater();
            return;
        }
        *sent += bytes.size();
        client->write(bytes);
    });
    connect(up, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, up, &QTcpSocket::abort);
}

} // namespace wf::emu
