#include "KafkaGroupReader.h"

#include "ConsumerProtocol.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidewatch::KafkaGroupReader {

Result readGroups(rd_kafka_t *rk, int brokerCount, int timeoutMs)
{
    Result result;
    const rd_kafka_group_list *list = nullptr;
    // The deprecated call is used on purpose: in librdkafka 2.0.2 it is the only one that describes
    // all of a broker's groups in one DescribeGroups request (the Admin API sends one per group).
    const rd_kafka_resp_err_t err = rd_kafka_list_groups(rk, nullptr, &list, timeoutMs);
    result.requestCount = 2 * brokerCount;
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        // A partial answer (some brokers timed out) still carries the groups of the others.
        result.error = QCoreApplication::translate("KafkaGroupReader", "Listing consumer groups failed: %1")
                           .arg(QString::fromUtf8(rd_kafka_err2str(err)));
    }
    if (!list)
        return result;
    result.groups.reserve(list->group_cnt);
    for (int i = 0; i < list->group_cnt; ++i) {
        const rd_kafka_group_info &g = list->groups[i];
        ConsumerGroupInfo group;
        group.groupId = QString::fromUtf8(g.group);
        group.state = QString::fromUtf8(g.state ? g.state : "");
        group.protocolType = QString::fromUtf8(g.protocol_type ? g.protocol_type : "");
        group.protocol = QString::fromUtf8(g.protocol ? g.protocol : "");
        group.coordinatorId = g.broker.id;
        if (g.err != RD_KAFKA_RESP_ERR_NO_ERROR)
            group.error = QString::fromUtf8(rd_kafka_err2str(g.err));
        for (int m = 0; m < g.member_cnt; ++m) {
            const rd_kafka_group_member_info &mi = g.members[m];
            GroupMember member;
            member.memberId = QString::fromUtf8(mi.member_id ? mi.member_id : "");
            member.clientId = QString::fromUtf8(mi.client_id ? mi.client_id : "");
            member.host = QString::fromUtf8(mi.client_host ? mi.client_host : "");
            // Only the consumer protocol's assignment format is known; others (connect) stay empty.
            if (group.protocolType == QLatin1String("consumer")) {
                if (const auto assignment =
                        ConsumerProtocol::decodeAssignment(mi.member_assignment, mi.member_assignment_size))
                    member.assignment = *assignment;
            }
            group.members.append(std::move(member));
        }
        std::sort(group.members.begin(), group.members.end(), [](const GroupMember &a, const GroupMember &b) {
            return a.clientId != b.clientId ? a.clientId < b.clientId : a.memberId < b.memberId;
        });
        result.groups.append(std::move(group));
    }
    rd_kafka_group_list_destroy(list);
    std::sort(result.groups.begin(), result.groups.end(),
              [](const ConsumerGroupInfo &a, const ConsumerGroupInfo &b) { return a.groupId < b.groupId; });
    // A group can be reported by two brokers while its coordinator moves: keep one.
    result.groups.erase(std::unique(result.groups.begin(), result.groups.end(),
                                    [](const ConsumerGroupInfo &a, const ConsumerGroupInfo &b) {
                                        return a.groupId == b.groupId;
                                    }),
                        result.groups.end());
    return result;
}

} // namespace Tidewatch::KafkaGroupReader
