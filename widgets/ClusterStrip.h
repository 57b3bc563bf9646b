#pragma once

#include "ClusterHealth.h"

#include <QFrame>

class QLabel;

namespace Tidewatch {

/// One cluster's health strip on the overview: its name and freshness, then brokers up/total,
/// controller, under-replicated / offline / under-min-ISR partitions, lagging groups, Flink jobs
/// and alerts. Every figure is a link to the page that details it.
class ClusterStrip : public QFrame
{
    Q_OBJECT
public:
    explicit ClusterStrip(QWidget *parent = nullptr);

    void setHealth(const ClusterHealth &health);
    const ClusterHealth &health() const { return m_health; }
    /// The strip's text without markup (for tests and accessibility).
    QString plainText() const;
    /// Marks the strip of the cluster the detail pages show.
    void setCurrent(bool current);

Q_SIGNALS:
    /// A figure was clicked: @p target is a page name ("brokers", "topics", "groups", "flink") or
    /// "alerts".
    void activated(const QString &cluster, const QString &target);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ClusterHealth m_health;
    QLabel *m_title;
    QLabel *m_kafka;
    QLabel *m_flink;
    bool m_current = false;
};

} // namespace Tidewatch
