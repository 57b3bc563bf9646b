#include "GroupTopicTableModel.h"

#include "Format.h"
#include "GroupTableModel.h"
#include "KafkaCells.h"

namespace Tidewatch {

QString GroupTopicTableModel::etaText(double seconds)
{
    if (seconds < 0)
        return Cell::dash();
    if (seconds < 1)
        return tr("due now");
    return tr("in %1").arg(Format::duration(qint64(seconds * 1000)));
}

QString GroupTopicTableModel::retentionText(const RetentionRisk &risk)
{
    switch (risk.state) {
    case RetentionRisk::State::DataLost:
        return tr("data lost");
    case RetentionRisk::State::AtRisk:
        return risk.etaIsUpperBound ? tr("≤ %1").arg(etaText(risk.etaSeconds)) : etaText(risk.etaSeconds);
    case RetentionRisk::State::NotAtRisk:
        return tr("safe");
    case RetentionRisk::State::Unknown:
        break;
    }
    return Cell::dash();
}

QString GroupTopicTableModel::retentionToolTip(const RetentionRisk &risk)
{
    switch (risk.state) {
    case RetentionRisk::State::DataLost:
        return tr("The committed offset is below the log start offset: retention deleted records the group "
                  "never read");
    case RetentionRisk::State::AtRisk:
        return risk.basis == QLatin1String("size")
                   ? tr("At the current produce and consume rates the partition's retention.bytes reaches "
                        "the group's position then (Kafka deletes whole segments: then or later)")
                   : tr("At the current produce and consume rates the oldest unread record becomes older "
                        "than retention.ms then (Kafka deletes whole segments: then or later)");
    case RetentionRisk::State::NotAtRisk:
    case RetentionRisk::State::Unknown:
        break;
    }
    return risk.reason;
}

QColor GroupTopicTableModel::retentionColour(bool dataLost, double etaSeconds)
{
    if (dataLost)
        return StatusColour::bad();
    if (etaSeconds >= 0 && etaSeconds < 3600)
        return StatusColour::warn();
    return {};
}

QString GroupTopicTableModel::lagEndText(const QString &lagEnd)
{
    if (lagEnd == QLatin1String("hwm"))
        return tr("end offset");
    if (lagEnd == QLatin1String("lso"))
        return tr("last stable offset");
    if (lagEnd == QLatin1String("mixed"))
        return tr("mixed");
    return {};
}

GroupTopicTableModel::GroupTopicTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<GroupTopicLag>;
    using T = GroupTopicLag;
    setColumns({
        C{tr("Topic"), tr("A topic the group reads"),
          [](const T &t) { return t.topicDeleted ? tr("%1 (deleted)").arg(t.topic) : t.topic; },
          [](const T &t) { return t.topic; },
          [](const T &t) { return t.topicDeleted ? StatusColour::warn() : QColor(); },
          [](const T &t) {
              return t.topicDeleted
                         ? tr("The group has committed offsets on this topic, which the cluster no "
                              "longer has")
                         : QString();
          },
          Cell::kLeft},
        C{tr("Partitions"),
          tr("The group's partitions of this topic (with a known lag / all)"),
          [](const T &t) {
              return t.knownPartitions == t.partitions
                         ? QString::number(t.partitions)
                         : tr("%1 / %2").arg(t.knownPartitions).arg(t.partitions);
          },
          [](const T &t) { return t.partitions; },
          {},
          {},
          Cell::kRight},
        //: Column header: how many messages a consumer group is behind
        C{tr("Lag"),
          tr("Messages behind on this topic, summed over its partitions with a known lag"),
          [](const T &t) { return KafkaCells::exact(t.totalLag); },
          [](const T &t) { return t.totalLag; },
          {},
          {},
          Cell::kRight},
        C{tr("Max lag"),
          tr("Messages behind on the topic's worst partition"),
          [](const T &t) { return KafkaCells::exact(t.maxLag); },
          [](const T &t) { return t.maxLag; },
          {},
          {},
          Cell::kRight},
        C{tr("Time lag"),
          tr("The topic's worst partition's time lag"),
          [](const T &t) {
              return GroupTableModel::timeLagText(t.maxTimeLagSeconds, t.maxTimeLagIsLowerBound);
          },
          [](const T &t) { return t.maxTimeLagSeconds; },
          {},
          {},
          Cell::kRight},
        C{tr("Consumed"),
          tr("Committed messages per second on this topic over the last minute"),
          [](const T &t) {
              return t.consumeRatePerSecond >= 0 ? Format::rate(t.consumeRatePerSecond) : Cell::dash();
          },
          [](const T &t) { return t.consumeRatePerSecond; },
          {},
          {},
          Cell::kRight},
        C{tr("Lag to"),
          tr("Where the lag ends: the end offset (high watermark), or the last stable offset for a group "
             "the profile names read_committed (groups.read.committed)"),
          [](const T &t) { return lagEndText(t.lagEnd); },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Retention"),
          tr("Data lost: the group is behind the log start on some partition. Otherwise the soonest time at "
             "which retention (retention.ms, retention.bytes) deletes a record the group has not read, at "
             "the "
             "current rates"),
          [](const T &t) {
              return t.dataLostPartitions > 0
                         ? tr("data lost (%n partition(s))", nullptr, t.dataLostPartitions)
                         : etaText(t.retentionEtaSeconds);
          },
          [](const T &t) { return t.dataLostPartitions > 0 ? -1.0 : t.retentionEtaSeconds; },
          [](const T &t) { return retentionColour(t.dataLostPartitions > 0, t.retentionEtaSeconds); },
          {},
          Cell::kRight},
        C{tr("Hanging txn"),
          tr("Partitions of the topic whose last stable offset has stayed below the end offset for longer "
             "than the profile's threshold (transaction.hanging.seconds): a transaction that neither commits "
             "nor aborts holds read_committed consumers there"),
          [](const T &t) {
              return t.hangingTransactions > 0 ? QString::number(t.hangingTransactions) : Cell::dash();
          },
          [](const T &t) { return t.hangingTransactions; },
          [](const T &t) { return t.hangingTransactions > 0 ? StatusColour::bad() : QColor(); },
          {},
          Cell::kRight},
    });
}

} // namespace Tidewatch
