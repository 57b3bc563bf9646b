#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace Tidewatch {

/// Where each value of a JSON document starts, by line: QJsonDocument gives no positions, and rule file
/// errors must name the line. Paths are JSON pointers without the leading slash ("rules/2/threshold",
/// array indices 0-based; "~" and "/" in keys escaped as "~0" and "~1"). The document must already be
/// known to be valid JSON (QJsonDocument::fromJson said so); on anything else the index is partial.
class JsonPositions
{
public:
    static JsonPositions index(const QByteArray &json);

    /// The line (1-based) where the member @p path's key is (for object members) or where the element
    /// starts (for array elements); 0 when @p path is not in the document. "" is the document itself.
    int line(const QString &path) const { return m_lines.value(path, 0); }
    /// Members whose key appears more than once in the same object (QJsonDocument keeps only the last
    /// one): each repeated occurrence with its line.
    QList<QPair<QString, int>> duplicates() const { return m_duplicates; }

    /// The path of member @p key (or element @p key as a number) below @p parent.
    static QString child(const QString &parent, const QString &key);

    /// 1-based line and column of byte @p offset in @p json (for QJsonParseError::offset).
    static QPair<int, int> lineColumn(const QByteArray &json, qsizetype offset);

private:
    QHash<QString, int> m_lines;
    QList<QPair<QString, int>> m_duplicates;
    friend class JsonPositionScanner;
};

} // namespace Tidewatch
