#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace Tidewatch {

/// CSV as RFC 4180 describes it: CRLF line ends, a header line, fields that contain a comma, a
/// double quote, CR or LF enclosed in double quotes with inner quotes doubled. UTF-8.
namespace CsvExport {

/// @p text as one CSV field.
QString field(const QString &text);
/// The rows of @p model as it shows them (a filtering proxy: only what passes), in its order:
/// the horizontal headers, then each row's ExportTextRole (DisplayRole where a cell has none).
QByteArray fromModel(const QAbstractItemModel &model);

} // namespace CsvExport
} // namespace Tidewatch
