#include "grpc/framemessage.h"

namespace wf {

StreamFrame frameFromMessage(const pandadatastream::DataStream &m, int streamId)
{
    StreamFrame f;
    f.streamId = streamId;
    f.startChannel = m.start_channel();
    f.endChannel = m.end_channel();
    f.timestampsMs.assign(m.timestamp_in_milis().begin(), m.timestamp_in_milis().end());
    f.rowIndex.assign(m.row_index().begin(), m.row_index().end());
    f.shapeX = m.data_shape_x();
    f.shapeY = m.data_shape_y();
    f.shapeZ = m.has_data_shape_z() ? m.data_shape_z() : 1;
    f.globalMaximum = m.global_maximum();
    f.globalMinimum = m.global_minimum();
    f.mainData.reserve(size_t(m.main_data_size()));
    for (const std::string &bytes : m.main_data())
        f.mainData.emplace_back(bytes.data(), qsizetype(bytes.size()));
    f.jobSlot = m.has_job_id() ? m.job_id() : -1;
    f.bytes = qint64(m.ByteSizeLong());
    return f;
}

void frameToMessage(const StreamFrame &f, pandadatastream::DataStream &m)
{
    m.Clear();
    m.set_start_channel(f.startChannel);
    m.set_end_channel(f.endChannel);
    for (qint64 t : f.timestampsMs)
        m.add_timestamp_in_milis(t);
    for (int32_t r : f.rowIndex)
        m.add_row_index(r);
    m.set_data_shape_x(f.shapeX);
    m.set_data_shape_y(f.shapeY);
    if (f.shapeZ != 1)
        m.set_data_shape_z(f.shapeZ);
    m.set_global_maximum(f.globalMaximum);
    m.set_global_minimum(f.globalMinimum);
    for (const QByteArray &b : f.mainData)
        m.add_main_data(b.constData(), size_t(b.size()));
    if (f.jobSlot >= 0)
        m.set_job_id(f.jobSlot);
}

} // namespace wf
