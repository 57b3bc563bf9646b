#pragma once

#include "BusinessPage.h"

namespace Tidewatch {

class HubMapWidget;

/// The hub map on its own, as large as the screen: for the wall.
class HubMapPage : public BusinessPage
{
    Q_OBJECT
public:
    explicit HubMapPage(QWidget *parent = nullptr);

    const HubMapWidget *hubMap() const { return m_map; }

protected:
    void showSnapshot(const BusinessSnapshot &snapshot) override;
    void showStale(bool stale) override;

private:
    HubMapWidget *m_map;
};

} // namespace Tidewatch
