#include "CsvExport.h"

#include "Roles.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace Tidewatch::CsvExport {

QString field(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray fromModel(const QAbstractItemModel &model)
{
    QString out;
    const int columns = model.columnCount();
    QStringList line;
    for (int c = 0; c < columns; ++c)
        line << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        line.clear();
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant exported = index.data(ExportTextRole);
            line << field(exported.isValid() ? exported.toString() : index.data(Qt::DisplayRole).toString());
        }
        out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace Tidewatch::CsvExport
