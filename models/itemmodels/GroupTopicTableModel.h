#pragma once

#include "ColumnTableModel.h"
#include "KafkaSnapshot.h"

namespace Tidewatch {

/// One group's topics (a group reading several): lag, time lag, rate, retention risk and hanging
/// transactions per topic, for the Groups page's detail.
class GroupTopicTableModel : public ColumnTableModel<GroupTopicLag, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        TopicColumn,
        PartitionsColumn,
        LagColumn,
        MaxLagColumn,
        TimeLagColumn,
        RateColumn,
        LagEndColumn,
        RetentionColumn,
        TransactionsColumn,
    };
    explicit GroupTopicTableModel(QObject *parent = nullptr);

    /// "data lost", "in 2 h 5 min", "due now", "–"; for a partition's or a topic's retention cell.
    static QString retentionText(const RetentionRisk &risk);
    /// The words behind it: basis, bound, or why it is unknown or not at risk.
    static QString retentionToolTip(const RetentionRisk &risk);
    /// "in 2 h" for an ETA in seconds (>= 0), "due now" at 0, "–" when negative.
    static QString etaText(double seconds);
    /// Red for data lost, amber for an ETA within an hour, else none.
    static QColor retentionColour(bool dataLost, double etaSeconds);
    /// "end offset", "last stable offset", "mixed"; empty when unknown.
    static QString lagEndText(const QString &lagEnd);

protected:
    QString keyOf(const GroupTopicLag &row) const override { return row.topic; }
};

} // namespace Tidewatch
