#include "StatusLine.h"

#include "Format.h"

namespace Tidewatch {

StatusLine::StatusLine(QString sourceName, QWidget *parent)
    : QLabel(parent)
    , m_sourceName(std::move(sourceName))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true); // a long error must never widen the window
    setText(tr("%1: waiting for the first data").arg(m_sourceName));
}

void StatusLine::setStatus(const SourceStatus &status, qint64 staleAfterMs)
{
    m_status = status;
    m_staleAfterMs = staleAfterMs;
    m_hasStatus = true;
    refresh();
}

void StatusLine::refresh()
{
    if (!m_hasStatus)
        return;
    const qint64 age = m_status.dataAgeMs(QDateTime::currentDateTimeUtc());
    m_stale = !m_status.reachable || age < 0 || age > m_staleAfterMs;
    QString text;
    if (!m_status.attemptedAt.isValid()) {
        text =
            tr("%1: %2").arg(m_sourceName, m_status.error); // nothing attempted: waiting, or no such source
    } else if (!m_status.reachable) {
        text = tr("%1: unreachable (%2), last data %3").arg(m_sourceName, m_status.error, Format::age(age));
    } else if (m_stale) {
        text = tr("%1: stale, last updated %2").arg(m_sourceName, Format::age(age));
    } else {
        text = tr("%1: live, updated %2").arg(m_sourceName, Format::age(age));
    }
    setText(text);
    setProperty("stale", m_stale);
    // Red is for data that failed or aged; a source never asked (not configured, not started yet)
    // is not an error and stays in the normal colour.
    const bool alarming = m_stale && m_status.attemptedAt.isValid();
    const QString style = alarming ? QStringLiteral("color: #d32f2f; font-weight: bold;") : QString();
    if (styleSheet() != style) // a new style sheet re-polishes the widget: only on change
        setStyleSheet(style);
}

} // namespace Tidewatch
