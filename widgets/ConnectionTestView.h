#pragma once

#include "ConnectionTestStep.h"

#include <QTreeWidget>

namespace Tidewatch {

/// The steps of a connection test as they arrive: what was tested, the step, passed / failed /
/// skipped, and the detail in plain words (librdkafka's or Qt's message on failure).
class ConnectionTestView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ConnectionTestView(QWidget *parent = nullptr);

    void clearSteps();
    void addStep(const ConnectionTestStep &step);
    int failedCount() const { return m_failed; }

private:
    int m_failed = 0;
};

} // namespace Tidewatch
