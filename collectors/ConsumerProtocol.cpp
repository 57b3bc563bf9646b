#include "ConsumerProtocol.h"

#include <QtEndian>

#include <algorithm>

namespace Tidewatch::ConsumerProtocol {

namespace {

/// Big-endian reader that refuses to run past the end.
class Reader
{
public:
    Reader(const uchar *data, qsizetype size)
        : m_data(data)
        , m_size(size)
    {}
    template<typename T>
    bool read(T &out)
    {
        if (m_size - m_pos < qsizetype(sizeof(T)))
            return false;
        out = qFromBigEndian<T>(m_data + m_pos);
        m_pos += sizeof(T);
        return true;
    }
    bool readString(QString &out)
    {
        qint16 length = 0;
        if (!read(length) || length < 0 || m_size - m_pos < length)
            return false;
        out = QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_pos), length);
        m_pos += length;
        return true;
    }
    qsizetype remaining() const { return m_size - m_pos; }

private:
    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QList<QPair<QString, int>>> decodeAssignment(const void *data, qsizetype size)
{
    QList<QPair<QString, int>> out;
    if (size == 0)
        return out;
    if (!data || size < 0)
        return std::nullopt;
    Reader reader(static_cast<const uchar *>(data), size);
    qint16 version = 0;
    qint32 topicCount = 0;
    if (!reader.read(version) || version < 0 || !reader.read(topicCount) || topicCount < 0)
        return std::nullopt;
    for (qint32 t = 0; t < topicCount; ++t) {
        QString topic;
        qint32 partitionCount = 0;
        if (!reader.readString(topic) || !reader.read(partitionCount) || partitionCount < 0 ||
            reader.remaining() < qsizetype(partitionCount) * 4)
            return std::nullopt;
        for (qint32 p = 0; p < partitionCount; ++p) {
            qint32 partition = 0;
            reader.read(partition);
            out.append({topic, partition});
        }
    }
    // User data (and, from version 1, nothing we need) follow; they are not ours to interpret.
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace Tidewatch::ConsumerProtocol
