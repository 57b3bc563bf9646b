#include "ConnectionTestView.h"

#include <QHeaderView>

namespace Tidewatch {

ConnectionTestView::ConnectionTestView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("connectionTest"));
    setColumnCount(4);
    setHeaderLabels({tr("Target"), tr("Step"), tr("Result"), tr("Detail")});
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setToolTip(tr("The steps of the last connection test"));
}

void ConnectionTestView::clearSteps()
{
    clear();
    m_failed = 0;
}

void ConnectionTestView::addStep(const ConnectionTestStep &step)
{
    using Outcome = ConnectionTestStep::Outcome;
    const QString result = step.outcome == Outcome::Passed   ? tr("passed")
                           : step.outcome == Outcome::Failed ? tr("FAILED")
                                                             : tr("skipped");
    auto *item = new QTreeWidgetItem(this, {step.target, step.step, result, step.detail});
    item->setToolTip(3, step.detail);
    const QColor colour = step.outcome == Outcome::Passed   ? QColor(0x2e, 0x7d, 0x32)
                          : step.outcome == Outcome::Failed ? QColor(0xc6, 0x28, 0x28)
                                                            : palette().color(QPalette::PlaceholderText);
    item->setForeground(2, colour);
    if (step.failed()) {
        ++m_failed;
        QFont bold = item->font(2);
        bold.setBold(true);
        item->setFont(2, bold);
    }
    scrollToItem(item);
}

} // namespace Tidewatch
