#include "BusinessStatusLine.h"

#include "Format.h"

#include <QCoreApplication>
#include <QEvent>

namespace Tidewatch {

namespace {
struct BusinessStatusLineText
{
    Q_DECLARE_TR_FUNCTIONS(BusinessStatusLine)
};
} // namespace

BusinessFreshness BusinessFreshness::of(const BusinessSnapshot &s, qint64 staleAfterMs, const QDateTime &now)
{
    BusinessFreshness f;
    f.eventAgeMs = s.eventAgeMs(now);
    const QString newest =
        f.eventAgeMs >= 0 ? BusinessStatusLineText::tr("newest event read %1").arg(Format::age(f.eventAgeMs))
                          : BusinessStatusLineText::tr("no event read yet");
    if (!s.status.attemptedAt.isValid()) {
        f.state = State::NotAttempted;
        // "demo has no event topics configured", or "waiting for the first data of demo"
        f.text = BusinessStatusLineText::tr("Events: %1").arg(s.status.error);
    } else if (!s.status.reachable) {
        f.state = State::Unreachable;
        f.text = BusinessStatusLineText::tr("Events: unreachable (%1), %2").arg(s.status.error, newest);
    } else if (f.eventAgeMs < 0) {
        f.state = State::NoEvents;
        f.text = BusinessStatusLineText::tr("Events: connected, no event read yet");
    } else if (f.eventAgeMs > staleAfterMs) {
        f.state = State::Stale;
        f.text = BusinessStatusLineText::tr("Events: stale, %1").arg(newest);
    } else {
        f.state = State::Live;
        f.text = BusinessStatusLineText::tr("Events: live, %1").arg(newest);
    }
    if (s.watermarkMs >= 0)
        f.text +=
            BusinessStatusLineText::tr(" · event time up to %1")
                .arg(QDateTime::fromMSecsSinceEpoch(s.watermarkMs).toString(QStringLiteral("HH:mm:ss")));
    // A reachable consumer can still report a fault (a topic missing, a fetch error).
    if (s.status.reachable && !s.status.error.isEmpty())
        f.text += BusinessStatusLineText::tr(" · %1").arg(s.status.error);
    return f;
}

BusinessStatusLine::BusinessStatusLine(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setText(tr("Events: waiting for the first data"));
}

void BusinessStatusLine::setSnapshot(const BusinessSnapshot &snapshot, qint64 staleAfterMs)
{
    m_snapshot = snapshot;
    m_staleAfterMs = staleAfterMs;
    m_hasSnapshot = true;
    refresh();
}

void BusinessStatusLine::refresh()
{
    if (!m_hasSnapshot)
        return;
    m_freshness = BusinessFreshness::of(m_snapshot, m_staleAfterMs, QDateTime::currentDateTimeUtc());
    setText(m_freshness.text);
    setProperty("stale", m_freshness.stale());
    // Red for failures and aged data; amber while connected without any event yet; a cluster without
    // event topics is not an error and stays in the normal colour. Shades readable in every theme.
    setDataAgeLook(this, ageState());
}

DataAge BusinessStatusLine::ageState() const
{
    return m_freshness.alarming()                                    ? DataAge::Stale
           : m_freshness.state == BusinessFreshness::State::NoEvents ? DataAge::Ageing
                                                                     : DataAge::Live;
}

void BusinessStatusLine::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasSnapshot)
        setDataAgeLook(this, ageState()); // the theme or the wall changed the background
}

} // namespace Tidewatch
