#include "TimeSeriesChart.h"

#include "RuleFiles.h"
#include "TimeSeriesChartQtCharts.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

#include <cmath>

// The chart's exports: the visible data as CSV, the picture as PNG.
namespace Tidewatch {

namespace {

QByteArray csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvNumber(double value)
{
    return std::isnan(value) ? QByteArray() : QByteArray::number(value, 'g', 12);
}

} // namespace

bool TimeSeriesChart::exportCsv(QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    QByteArray out = "key,title,time_utc,time_ms,min,max,mean\n";
    for (const QString &key : m_order) {
        const Line &line = *m_lines.constFind(key);
        const QByteArray prefix = csvField(key) + ',' + csvField(line.title) + ',';
        for (const MetricPoint &p : line.data) {
            out += prefix +
                   QDateTime::fromMSecsSinceEpoch(p.timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8() +
                   ',' + QByteArray::number(p.timeMs) + ',' + csvNumber(p.min) + ',' + csvNumber(p.max) +
                   ',' + csvNumber(p.mean) + '\n';
        }
    }
    return device->write(out) == out.size();
}

bool TimeSeriesChart::exportPng(QIODevice *device)
{
    if (!device || !device->isWritable())
        return false;
    QWidget *plot = m_engine == Engine::QtCharts ? static_cast<QWidget *>(m_qtCharts) : m_plot;
    return plot->grab().save(device, "PNG");
}

namespace {

/// Written whole to memory, then through RuleFiles::writeAtomically (a temporary file renamed over
/// @p path). Not QSaveFile: in Qt 6.4 its commit() succeeds after a failed or short write (a full
/// disk) and replaces an earlier export with a truncated file.
template<typename Write>
bool saveAtomically(const QString &path, QString *error, Write write)
{
    QByteArray data;
    QBuffer buffer(&data);
    if (!buffer.open(QIODevice::WriteOnly) || !write(&buffer)) {
        if (error)
            *error = TimeSeriesChart::tr("Could not write %1: the export failed").arg(path);
        return false;
    }
    return RuleFiles::writeAtomically(path, data, error);
}

} // namespace

bool TimeSeriesChart::saveCsv(const QString &path, QString *error)
{
    return saveAtomically(path, error, [this](QIODevice *device) { return exportCsv(device); });
}

bool TimeSeriesChart::savePng(const QString &path, QString *error)
{
    return saveAtomically(path, error, [this](QIODevice *device) { return exportPng(device); });
}

void TimeSeriesChart::chooseCsvFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export visible data"), QString(), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !saveCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TimeSeriesChart::choosePngFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !savePng(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace Tidewatch
