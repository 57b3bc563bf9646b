#pragma once

#include <QWidget>

class QLabel;

namespace Tidewatch {

/// The wall display's top bar: a large clock, the page shown, and a banner that turns red for lost
/// connections and stale data, readable from several metres.
class WallBar : public QWidget
{
    Q_OBJECT
public:
    explicit WallBar(QWidget *parent = nullptr);

    void setPageTitle(const QString &title);
    /// Problems to show; empty: the banner says everything is live. @p quiet: lines shown without
    /// alarm (silenced alerts): with no problem they make the banner grey, never red.
    void setProblems(const QStringList &problems, const QStringList &quiet = {});
    /// Re-reads the clock.
    void tick();
    QString bannerText() const;
    bool isAlarming() const { return m_alarming; }

private:
    QLabel *m_clock;
    QLabel *m_page;
    QLabel *m_banner;
    bool m_alarming = false;
};

} // namespace Tidewatch
