#pragma once
// The bodies the emulator answers with, as the Focus Server words them: {"error": ...} of the
// application, {"detail": ...} of the framework, FastAPI's validation list. Internal to wf_emulator.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace wf::emu {

inline QByteArray jsonBytes(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

inline QByteArray errorBody(const QString &message)
{
    return jsonBytes(QJsonObject{{QStringLiteral("error"), message}});
}

inline QByteArray detailBody(const QString &detail)
{
    return jsonBytes(QJsonObject{{QStringLiteral("detail"), detail}});
}

inline QByteArray validationBody(const QStringList &loc, const QString &msg, const QString &type)
{
    QJsonArray l;
    for (const QString &s : loc)
        l.append(s);
    return jsonBytes(QJsonObject{{QStringLiteral("detail"),
                                  QJsonArray{QJsonObject{{QStringLiteral("loc"), l},
                                                         {QStringLiteral("msg"), msg},
                                                         {QStringLiteral("type"), type}}}}});
}

} // namespace wf::emu
