<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>KafkaCollector</name>
    <message numerus="yes">
        <location filename="../collectors/KafkaCollector.cpp" line="+589"/>
        <source>the end offsets of %n partition(s) could not be read this cycle</source>
        <translation>
            <numerusform>the end offsets of %n partition could not be read this cycle</numerusform>
            <numerusform>the end offsets of %n partitions could not be read this cycle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KafkaMetadataReader</name>
    <message numerus="yes">
        <location filename="../collectors/KafkaMetadataReader.cpp" line="+58"/>
        <source>topic %1: %n partition(s) with a negative id in the metadata, skipped</source>
        <translation>
            <numerusform>topic %1: %n partition with a negative id in the metadata, skipped</numerusform>
            <numerusform>topic %1: %n partitions with a negative id in the metadata, skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KafkaOffsetReader</name>
    <message numerus="yes">
        <location filename="../collectors/KafkaOffsetReader.cpp" line="+140"/>
        <source>Offsets of %n partition(s) on broker %1 failed: %2</source>
        <translation>
            <numerusform>Offsets of %n partition on broker %1 failed: %2</numerusform>
            <numerusform>Offsets of %n partitions on broker %1 failed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationThrottle</name>
    <message numerus="yes">
        <location filename="../alerts/NotificationThrottle.cpp" line="+98"/>
        <source>%n alerts firing</source>
        <translation>
            <numerusform>%n alert firing</numerusform>
            <numerusform>%n alerts firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineHops</name>
    <message numerus="yes">
        <location filename="../models/core/PipelineHops.cpp" line="+153"/>
        <source>%n partition(s) offline</source>
        <translation>
            <numerusform>%n partition offline</numerusform>
            <numerusform>%n partitions offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n partition(s) under-replicated</source>
        <translation>
            <numerusform>%n partition under-replicated</numerusform>
            <numerusform>%n partitions under-replicated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partition(s) under-replicated (replica on broker %1 missing)</source>
        <translation>
            <numerusform>%n partition under-replicated (replica on broker %1 missing)</numerusform>
            <numerusform>%n partitions under-replicated (replica on broker %1 missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n task failed</numerusform>
            <numerusform>%n tasks failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message numerus="yes">
        <location filename="../app/RulesCommand.cpp" line="+177"/>
        <source>%n rule(s) exported and tested with promtool: SUCCESS</source>
        <translation>
            <numerusform>%n rule exported and tested with promtool: SUCCESS</numerusform>
            <numerusform>%n rules exported and tested with promtool: SUCCESS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %n rule(s), valid</source>
        <translation>
            <numerusform>%1: %n rule, valid</numerusform>
            <numerusform>%1: %n rules, valid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::BrokerTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="+37"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::BrokersPage</name>
    <message numerus="yes">
        <location filename="../widgets/BrokersPage.cpp" line="+99"/>
        <source>%1: %2 of %n broker(s) up, controller %3</source>
        <translation>
            <numerusform>%1: %2 of %n broker up, controller %3</numerusform>
            <numerusform>%1: %2 of %n brokers up, controller %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n partition(s) off their preferred leader</source>
        <translation>
            <numerusform>%n partition off its preferred leader</numerusform>
            <numerusform>%n partitions off their preferred leader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../collectors/ConnectionTester.cpp" line="+303"/>
        <source>%n broker(s): %1; %2 topic(s)</source>
        <translation>
            <numerusform>%n broker: %1; %2 topic</numerusform>
            <numerusform>%n brokers: %1; %2 topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 of %n group(s) could not be described: %2</source>
        <translation>
            <numerusform>%1 of %n group could not be described: %2</numerusform>
            <numerusform>%1 of %n groups could not be described: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n group(s) listed and described</source>
        <translation>
            <numerusform>%n group listed and described</numerusform>
            <numerusform>%n groups listed and described</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkPage</name>
    <message numerus="yes">
        <location filename="../widgets/FlinkPage.cpp" line="+234"/>
        <source>%n task manager(s)</source>
        <translation>
            <numerusform>%n task manager</numerusform>
            <numerusform>%n task managers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+348"/>
        <source>%1 of %n slot(s) free</source>
        <translation>
            <numerusform>%1 of %n slot free</numerusform>
            <numerusform>%1 of %n slots free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-346"/>
        <source>Flink %1 · %2 · %3 · %4 of %n job(s) running</source>
        <translation>
            <numerusform>Flink %1 · %2 · %3 · %4 of %n job running</numerusform>
            <numerusform>Flink %1 · %2 · %3 · %4 of %n jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>+%n more job(s) held up</source>
        <translation>
            <numerusform>+%n more job held up</numerusform>
            <numerusform>+%n more jobs held up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n task(s) running</source>
        <translation>
            <numerusform>%1 of %n task running</numerusform>
            <numerusform>%1 of %n tasks running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n failed since the last completed</source>
        <translation>
            <numerusform>%n failed since the last completed</numerusform>
            <numerusform>%n failed since the last completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>
Earlier failures (%n):</source>
        <translation>
            <numerusform>
Earlier failures (%n):</numerusform>
            <numerusform>
Earlier failures (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkVertexTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="+224"/>
        <source>%n idle subtask(s) left out of the lag</source>
        <translation>
            <numerusform>%n idle subtask left out of the lag</numerusform>
            <numerusform>%n idle subtasks left out of the lag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="+68"/>
        <source>%1 on %n host(s)</source>
        <translation>
            <numerusform>%1 on %n host</numerusform>
            <numerusform>%1 on %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 on %2 (%n partition(s)), member %3</source>
        <translation>
            <numerusform>%1 on %2 (%n partition), member %3</numerusform>
            <numerusform>%1 on %2 (%n partitions), member %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+155"/>
        <source>data lost (%n partition(s))</source>
        <translation>
            <numerusform>data lost (%n partition)</numerusform>
            <numerusform>data lost (%n partitions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupTopicTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/GroupTopicTableModel.cpp" line="+148"/>
        <source>data lost (%n partition(s))</source>
        <translation>
            <numerusform>data lost (%n partition)</numerusform>
            <numerusform>data lost (%n partitions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupsPage</name>
    <message numerus="yes">
        <location filename="../widgets/GroupsPage.cpp" line="+139"/>
        <source>%n consumer group(s) · %1 stopped, stalled or rewound</source>
        <translation>
            <numerusform>%n consumer group · %1 stopped, stalled or rewound</numerusform>
            <numerusform>%n consumer groups · %1 stopped, stalled or rewound</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source> · data lost on %n partition(s)</source>
        <translation>
            <numerusform> · data lost on %n partition</numerusform>
            <numerusform> · data lost on %n partitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n hanging transaction(s)</source>
        <translation>
            <numerusform> · %n hanging transaction</numerusform>
            <numerusform> · %n hanging transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 on %2 (%n partition(s))</source>
        <translation>
            <numerusform>%1 on %2 (%n partition)</numerusform>
            <numerusform>%1 on %2 (%n partitions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::HubMapPage</name>
    <message numerus="yes">
        <location filename="../widgets/HubMapPage.cpp" line="+27"/>
        <source>%n hub(s) · %1 shipments in transit between hubs · %2 late</source>
        <translation>
            <numerusform>%n hub · %1 shipments in transit between hubs · %2 late</numerusform>
            <numerusform>%n hubs · %1 shipments in transit between hubs · %2 late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="+632"/>
        <source>… and %n more firing alert(s)</source>
        <translation>
            <numerusform>… and %n more firing alert</numerusform>
            <numerusform>… and %n more firing alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n partition(s) OFFLINE</source>
        <translation>
            <numerusform>%n partition OFFLINE</numerusform>
            <numerusform>%n partitions OFFLINE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::OverviewPage</name>
    <message numerus="yes">
        <location filename="../widgets/OverviewPage.cpp" line="+257"/>
        <source>Not on the preferred leader: %n partition(s) · %1</source>
        <translation>
            <numerusform>Not on the preferred leader: %n partition · %1</numerusform>
            <numerusform>Not on the preferred leader: %n partitions · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::PipelinesPage</name>
    <message numerus="yes">
        <location filename="../widgets/PipelinesPage.cpp" line="+72"/>
        <source>%n pipeline(s), all ok</source>
        <translation>
            <numerusform>%n pipeline, all ok</numerusform>
            <numerusform>%n pipelines, all ok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of %1 pipeline(s) not ok · worst: %2 at %3 (%4) · %5</source>
        <translation>
            <numerusform>%n of %1 pipeline not ok · worst: %2 at %3 (%4) · %5</numerusform>
            <numerusform>%n of %1 pipelines not ok · worst: %2 at %3 (%4) · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulePreview</name>
    <message numerus="yes">
        <location filename="../widgets/RulePreview.cpp" line="+85"/>
        <source>%n series match now; the condition holds for %1</source>
        <translation>
            <numerusform>%n series match now; the condition holds for %1</numerusform>
            <numerusform>%n series match now; the condition holds for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::RuleTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/RuleTableModel.cpp" line="+95"/>
        <source>%n series match now</source>
        <translation>
            <numerusform>%n series match now</numerusform>
            <numerusform>%n series match now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n firing</source>
        <translation>
            <numerusform>%n firing</numerusform>
            <numerusform>%n firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>ok (%n series)</source>
        <translation>
            <numerusform>ok (%n series)</numerusform>
            <numerusform>ok (%n series)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulesFile</name>
    <message numerus="yes">
        <location filename="../alerts/RulesFile.cpp" line="+34"/>
        <source>%n rule(s) from %1.</source>
        <translation>
            <numerusform>%n rule from %1.</numerusform>
            <numerusform>%n rules from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 has %n error(s); the rules last read from it stay in force.</source>
        <translation>
            <numerusform>%1 has %n error; the rules last read from it stay in force.</numerusform>
            <numerusform>%1 has %n errors; the rules last read from it stay in force.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 has %n error(s); the built-in rules are in force.</source>
        <translation>
            <numerusform>%1 has %n error; the built-in rules are in force.</numerusform>
            <numerusform>%1 has %n errors; the built-in rules are in force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulesPage</name>
    <message numerus="yes">
        <location filename="../widgets/RulesPage.cpp" line="+371"/>
        <source>Saved %n rule(s) to %1</source>
        <translation>
            <numerusform>Saved %n rule to %1</numerusform>
            <numerusform>Saved %n rules to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Replaced the rules with %n rule(s) of %1</source>
        <translation>
            <numerusform>Replaced the rules with %n rule of %1</numerusform>
            <numerusform>Replaced the rules with %n rules of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Merged %n rule(s) of %1</source>
        <translation>
            <numerusform>Merged %n rule of %1</numerusform>
            <numerusform>Merged %n rules of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n rule(s) to %1</source>
        <translation>
            <numerusform>Exported %n rule to %1</numerusform>
            <numerusform>Exported %n rules to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::SettingsPage</name>
    <message numerus="yes">
        <location filename="../widgets/SettingsPage.cpp" line="+494"/>
        <source>Connection test: %n step(s) failed (see the Connection test tab)</source>
        <translation>
            <numerusform>Connection test: %n step failed (see the Connection test tab)</numerusform>
            <numerusform>Connection test: %n steps failed (see the Connection test tab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Saved &quot;%1&quot; without its %n secret(s): no system keychain is available. Tick &quot;Keep secrets for this session only&quot; and save again to keep them in memory; they are never written in clear.</source>
        <translation>
            <numerusform>Saved &quot;%1&quot; without its %n secret: no system keychain is available. Tick &quot;Keep secrets for this session only&quot; and save again to keep them in memory; they are never written in clear.</numerusform>
            <numerusform>Saved &quot;%1&quot; without its %n secrets: no system keychain is available. Tick &quot;Keep secrets for this session only&quot; and save again to keep them in memory; they are never written in clear.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::SilenceDialog</name>
    <message numerus="yes">
        <location filename="../widgets/SilenceDialog.cpp" line="+258"/>
        <source>Silences %n current alert(s):</source>
        <translation>
            <numerusform>Silences %n current alert:</numerusform>
            <numerusform>Silences %n current alerts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaPage</name>
    <message numerus="yes">
        <location filename="../widgets/SlaPage.cpp" line="+124"/>
        <source>%Ln order(s) not shipped by their ship-by time</source>
        <translation>
            <numerusform>%Ln order not shipped by its ship-by time</numerusform>
            <numerusform>%Ln orders not shipped by their ship-by time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::TimeSeriesChart</name>
    <message numerus="yes">
        <location filename="../widgets/TimeSeriesChart.cpp" line="+524"/>
        <source>+%n more</source>
        <comment>legend entries left out of a short chart</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::TopicTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="+126"/>
        <source>%n group(s) read this topic</source>
        <translation>
            <numerusform>%n group read this topic</numerusform>
            <numerusform>%n groups read this topic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Partition %1 takes %2× the mean messages per second of the topic&apos;s %n partition(s)</source>
        <translation>
            <numerusform>Partition %1 takes %2× the mean messages per second of the topic&apos;s %n partition</numerusform>
            <numerusform>Partition %1 takes %2× the mean messages per second of the topic&apos;s %n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::TopicsPage</name>
    <message numerus="yes">
        <location filename="../widgets/TopicsPage.cpp" line="+64"/>
        <source>Messages produced per second: the selected topic, or the %n busiest topics when none is selected</source>
        <translation>
            <numerusform>Messages produced per second: the selected topic, or the %n busiest topic when none is selected</numerusform>
            <numerusform>Messages produced per second: the selected topic, or the %n busiest topics when none is selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n of %1 topic(s) with traffic have a partition at 2× the mean or more</source>
        <translation>
            <numerusform>%n of %1 topic with traffic has a partition at 2× the mean or more</numerusform>
            <numerusform>%n of %1 topics with traffic have a partition at 2× the mean or more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::WallBar</name>
    <message numerus="yes">
        <location filename="../widgets/WallBar.cpp" line="+96"/>
        <source>… and %n more firing alert(s)</source>
        <translation>
            <numerusform>… and %n more firing alert</numerusform>
            <numerusform>… and %n more firing alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayAlertFeed</name>
    <message numerus="yes">
        <location filename="../widgets/TrayAlertFeed.cpp" line="+75"/>
        <source>Tidewatch: %n alert(s) firing</source>
        <translation>
            <numerusform>Tidewatch: %n alert firing</numerusform>
            <numerusform>Tidewatch: %n alerts firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorstCondition</name>
    <message numerus="yes">
        <location filename="../models/core/WorstCondition.cpp" line="+104"/>
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n under min ISR</source>
        <translation>
            <numerusform>%n under min ISR</numerusform>
            <numerusform>%n under min ISR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n under-replicated</source>
        <translation>
            <numerusform>%n under-replicated</numerusform>
            <numerusform>%n under-replicated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) in error</source>
        <translation>
            <numerusform>%n group in error</numerusform>
            <numerusform>%n groups in error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) in warning</source>
        <translation>
            <numerusform>%n group in warning</numerusform>
            <numerusform>%n groups in warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) not running</source>
        <translation>
            <numerusform>%n job not running</numerusform>
            <numerusform>%n jobs not running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) failing checkpoints</source>
        <translation>
            <numerusform>%n job failing checkpoints</numerusform>
            <numerusform>%n jobs failing checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) back-pressured</source>
        <translation>
            <numerusform>%n job back-pressured</numerusform>
            <numerusform>%n jobs back-pressured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n critical alert(s) firing</source>
        <translation>
            <numerusform>%n critical alert firing</numerusform>
            <numerusform>%n critical alerts firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning alert(s) firing</source>
        <translation>
            <numerusform>%n warning alert firing</numerusform>
            <numerusform>%n warning alerts firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
