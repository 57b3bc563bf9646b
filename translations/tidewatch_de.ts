<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../alerts/AlertRule.cpp" line="198"/>
        <source>unclosed &apos;{{&apos; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRule.cpp" line="200"/>
        <source>unsupported template action &apos;%1&apos; (use {{ $value }} or {{ $labels.NAME }})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="57"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="61"/>
        <source>unknown metric &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="67"/>
        <source>unknown op &apos;%1&apos; (use &gt;, &gt;=, &lt;, &lt;=, == or !=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="70"/>
        <source>&apos;threshold&apos; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="78"/>
        <source>unknown severity &apos;%1&apos; (use critical, warning or info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="85"/>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="94"/>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="96"/>
        <source>rule %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="106"/>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="109"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="117"/>
        <source>bad template in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="128"/>
        <source>&apos;%1&apos; must be a duration string such as &quot;5m&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="134"/>
        <source>bad duration &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="147"/>
        <source>matcher &apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="156"/>
        <source>bad matcher &apos;%1&apos; (use name=value, name!=value, name=~regex or name!~regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="167"/>
        <source>&apos;matchers&apos; must be an object or an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="172"/>
        <source>invalid label name &apos;%1&apos; in matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="177"/>
        <source>invalid regex &apos;%1&apos; for label &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="214"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="221"/>
        <source>expected an object with a &apos;rules&apos; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="229"/>
        <source>rule %1: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="238"/>
        <source>rule %1 (%2): duplicate of rule %3 (same alert and matchers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCells</name>
    <message>
        <location filename="../models/itemmodels/BusinessCells.cpp" line="32"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BusinessCells.cpp" line="40"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BusinessCells.cpp" line="42"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BusinessCells.cpp" line="51"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BusinessCells.cpp" line="62"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BusinessCells.cpp" line="64"/>
        <source>all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BusinessCells.cpp" line="65"/>
        <source>showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCharts</name>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="34"/>
        <source>No events in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="34"/>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="72"/>
        <location filename="../widgets/BusinessCharts.cpp" line="82"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="73"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="74"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="75"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="101"/>
        <source>(no currency)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessPages</name>
    <message>
        <location filename="../widgets/BusinessPages.cpp" line="36"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessPages.cpp" line="37"/>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessPages.cpp" line="38"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessPages.cpp" line="39"/>
        <source>Rejected events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessPages.cpp" line="40"/>
        <source>Business wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessPages.cpp" line="41"/>
        <source>Hub map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessStatusLine</name>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="20"/>
        <source>newest event read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="21"/>
        <source>no event read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="25"/>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="28"/>
        <source>Events: unreachable (%1), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="31"/>
        <source>Events: connected, no event read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="34"/>
        <source>Events: stale, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="37"/>
        <source>Events: live, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="41"/>
        <source> · event time up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="45"/>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="37"/>
        <source>Tidewatch: a live operations dashboard for Kafka clusters and Flink jobs.

Commands:
  (none)     open the dashboard
  snapshot   collect once and print the snapshot (JSON or a table), or keep printing with --watch
  render     render one page to a PNG file, offscreen (--page, --size, --out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="46"/>
        <source>Kafka bootstrap servers (host:port[,host:port...]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="47"/>
        <source>servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="49"/>
        <source>Flink REST URL, e.g. http://127.0.0.1:8081.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="49"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="52"/>
        <source>Brokers&apos; Prometheus endpoints (JMX exporter): a template such as http://{host}:9404/metrics, or id=url,id=url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="55"/>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="58"/>
        <source>Connection profile to use (see --profiles-file); repeatable or comma-separated to monitor several clusters at once. The connection options apply to the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="60"/>
        <location filename="../app/CommandLine.cpp" line="81"/>
        <location filename="../app/CommandLine.cpp" line="91"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="63"/>
        <source>Monitor every profile of the profiles file (what the dashboard does when no cluster is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="67"/>
        <source>Wall mode: the key sequence that leaves it, e.g. Ctrl+Alt+Q (default Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="71"/>
        <source>Profiles file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="71"/>
        <location filename="../app/CommandLine.cpp" line="75"/>
        <location filename="../app/CommandLine.cpp" line="105"/>
        <location filename="../app/CommandLine.cpp" line="126"/>
        <location filename="../app/CommandLine.cpp" line="135"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="74"/>
        <source>librdkafka properties file (security, SASL, TLS, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="78"/>
        <source>A librdkafka property, repeatable: -X security.protocol=SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="78"/>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="80"/>
        <source>Name shown for this cluster (Qt reserves --name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="83"/>
        <source>Poll interval in milliseconds (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="84"/>
        <location filename="../app/CommandLine.cpp" line="87"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="86"/>
        <source>Timeout of each request in milliseconds (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="90"/>
        <source>Page to open first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="93"/>
        <source>snapshot: output format, json (default) or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="94"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="96"/>
        <source>snapshot: print a new snapshot every N seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="97"/>
        <location filename="../app/CommandLine.cpp" line="101"/>
        <location filename="../app/CommandLine.cpp" line="110"/>
        <location filename="../app/CommandLine.cpp" line="121"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="100"/>
        <source>snapshot: collect for N seconds before printing, so rates and time lags are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="102"/>
        <source>render: image size, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="103"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="104"/>
        <source>render: the PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="108"/>
        <source>render: seconds to wait for the first data (default 20); then the page is rendered as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="114"/>
        <source>Wall-display mode: full screen, large type, rotating pages; Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="117"/>
        <source>Wall mode: pages to rotate through, comma-separated (default overview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="118"/>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="121"/>
        <source>Wall mode: seconds per page (default 30; 0 keeps the first page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="125"/>
        <source>Alert rules file (JSON, see docs/ALERTS.md); default: the built-in rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="130"/>
        <source>Flink REST basic-auth user; the password comes from the profile or the TIDEWATCH_FLINK_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="132"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="134"/>
        <source>CA certificate(s) of an https Flink endpoint (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="138"/>
        <source>A Flink job&apos;s Kafka input, repeatable: JOB|GROUP[|TOPIC,TOPIC] (JOB may be *).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="139"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="142"/>
        <source>An event topic of the business views, repeatable: TOPIC[:orders|shipments[:json|debezium]] with the default field mapping, or &quot;stack&quot; for the local stack&apos;s three topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="144"/>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="146"/>
        <source>Read the event topics from this many minutes back (0: only new events; default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="148"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="153"/>
        <source>snapshot, or nothing for the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="170"/>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="203"/>
        <source>snapshot reads one cluster: give one --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="222"/>
        <source>--flink-kafka-link needs JOB|GROUP[|TOPIC,TOPIC], got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="239"/>
        <source>--event-topic needs TOPIC[:orders|shipments[:json|debezium]] or stack, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="260"/>
        <source>--events-from-minutes needs whole minutes ≥ 0, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="277"/>
        <source>-X needs key=value, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="284"/>
        <source>--interval needs a number of milliseconds ≥ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="290"/>
        <source>--timeout needs a number of milliseconds ≥ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="296"/>
        <source>--rules: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="301"/>
        <source>--rules: %1 is not a valid rules file:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="318"/>
        <source>--format must be json or table, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="322"/>
        <source>--watch needs a whole number of seconds ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="326"/>
        <source>--warmup needs a whole number of seconds ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="335"/>
        <source>--pages: unknown page %1 (pages: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="342"/>
        <source>--rotate needs a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="349"/>
        <source>--wall-exit-key: not a key sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="359"/>
        <source>--size needs WxH, at least 200x150, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="365"/>
        <source>render needs --out FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="369"/>
        <source>--wait needs a whole number of seconds ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="373"/>
        <source>--page must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="378"/>
        <source>snapshot needs --bootstrap, --flink or a --profile that has them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTopicReader</name>
    <message>
        <location filename="../collectors/EventTopicReader.cpp" line="139"/>
        <source>Metadata request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/EventTopicReader.cpp" line="154"/>
        <source>topic does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/EventTopicReader.cpp" line="229"/>
        <source>no end offset for partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/EventTopicReader.cpp" line="231"/>
        <location filename="../collectors/EventTopicReader.cpp" line="247"/>
        <location filename="../collectors/EventTopicReader.cpp" line="345"/>
        <source>partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlinkParsers</name>
    <message>
        <location filename="../collectors/FlinkJobParsers.cpp" line="83"/>
        <source>The job has no &quot;vertices&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkJobParsers.cpp" line="216"/>
        <source>The checkpoint configuration has no &quot;interval&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkJobParsers.cpp" line="243"/>
        <source>The checkpoint statistics have no &quot;counts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkParsers.cpp" line="43"/>
        <source>The job overview has no &quot;jobs&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkParsers.cpp" line="87"/>
        <source>The response has no &quot;taskmanagers&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/core/Format.cpp" line="34"/>
        <location filename="../models/core/Format.cpp" line="45"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="53"/>
        <source>%1 /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="61"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="65"/>
        <location filename="../models/core/Format.cpp" line="66"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="70"/>
        <source>%1 m %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="73"/>
        <source>%1 h %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="74"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="80"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="82"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="83"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="89"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/Format.cpp" line="91"/>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <location filename="../collectors/HttpFetcher.cpp" line="41"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/HttpFetcher.cpp" line="61"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaCollector</name>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="125"/>
        <source>Metadata request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="293"/>
        <source>cluster unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="297"/>
        <source>not in the cluster metadata (down or fenced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="303"/>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="431"/>
        <source>Record timestamps: %1 of %2 reads failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="441"/>
        <source>Offsets of group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="487"/>
        <source>no metrics URL for this broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="493"/>
        <source>Metrics of broker %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaConfigReader</name>
    <message>
        <location filename="../collectors/KafkaConfigReader.cpp" line="28"/>
        <source>Topic configs: no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaConfigReader.cpp" line="30"/>
        <source>Topic configs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaGroupReader</name>
    <message>
        <location filename="../collectors/KafkaGroupReader.cpp" line="21"/>
        <source>Listing consumer groups failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaHandle</name>
    <message>
        <location filename="../collectors/KafkaHandle.cpp" line="20"/>
        <source>Invalid Kafka property %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaHandle.cpp" line="103"/>
        <source>Cannot create the Kafka client: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaOffsetReader</name>
    <message>
        <location filename="../collectors/KafkaOffsetReader.cpp" line="85"/>
        <source>no leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaOffsetReader.cpp" line="113"/>
        <source>Offsets from broker %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../collectors/KafkaOffsetReader.cpp" line="125"/>
        <source>Offsets of %n partition(s) on broker %1 failed: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../collectors/KafkaOffsetReader.cpp" line="213"/>
        <source>No answer from the coordinator in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaSnapshot</name>
    <message>
        <location filename="../models/core/KafkaSnapshot.cpp" line="83"/>
        <source>topics: %1 (%2 internal) · partitions: %3 (%4 internal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagStatus</name>
    <message>
        <location filename="../collectors/LagStatusEvaluator.cpp" line="121"/>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagStatusEvaluator.cpp" line="125"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagStatusEvaluator.cpp" line="127"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="32"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="34"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="36"/>
        <source>Falling behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="38"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="40"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="42"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="44"/>
        <source>Rewound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagTracker</name>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="327"/>
        <source>consumes slower than its topics grow: it will not catch up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="331"/>
        <source>lag keeps growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="378"/>
        <source>not judged yet: too few commits observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="379"/>
        <source>no committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="383"/>
        <source>lag grew at every commit in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="386"/>
        <source>behind and no progress for longer than the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="388"/>
        <source>commits the same offset while behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="390"/>
        <source>the committed offset went backwards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="42"/>
        <source>%1:%2: expected key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="84"/>
        <source>No profiles file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="89"/>
        <location filename="../models/core/ProfileStore.cpp" line="215"/>
        <source>Cannot parse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="93"/>
        <source>No profile &quot;%1&quot; in %2 (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="113"/>
        <source>Profile &quot;%1&quot;: %2 must be JOB|GROUP[|TOPIC,TOPIC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="128"/>
        <source>Profile &quot;%1&quot;: intervals must be whole milliseconds ≥ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="134"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="176"/>
        <source>Invalid profile name &quot;%1&quot;: it must not be empty or contain &apos;/&apos; or &apos;\&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="189"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="210"/>
        <source>Cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="272"/>
        <source>No profile &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="50"/>
        <source>%1 must be a whole number ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="63"/>
        <source>%1topic is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="69"/>
        <source>%1kind must be orders or shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="76"/>
        <source>%1format must be json or debezium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="82"/>
        <source>%1 must be auto, epoch-ms, epoch-s or iso8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="92"/>
        <source>%1 must be a JSON pointer starting with / (or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="101"/>
        <source>%1: unknown field (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="117"/>
        <source>%1: unknown stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="173"/>
        <source>events.sla.windows.minutes must be whole minutes ≥ 1, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="182"/>
        <source>events.sla.windows.minutes names no window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusTextParser</name>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="101"/>
        <source>invalid escape sequence in a label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="105"/>
        <source>label value is missing its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="176"/>
        <source>%1 line without a valid metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="182"/>
        <source>second HELP line for metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="190"/>
        <source>unknown metric type &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="193"/>
        <source>second TYPE line for metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="207"/>
        <source>invalid label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="210"/>
        <source>expected &apos;=&apos; after label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="213"/>
        <source>expected &apos;&quot;&apos; to start a label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="223"/>
        <source>label %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="229"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="241"/>
        <location filename="../collectors/PrometheusTextParser.cpp" line="244"/>
        <source>invalid metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="254"/>
        <source>sample has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="257"/>
        <source>invalid value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="265"/>
        <source>invalid timestamp &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="270"/>
        <source>unexpected text after the timestamp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTimestampReader</name>
    <message>
        <location filename="../collectors/RecordTimestampReader.cpp" line="28"/>
        <source>no record at this offset (end of the partition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/RecordTimestampReader.cpp" line="32"/>
        <source>offset out of range (below the log start: deleted by retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/RecordTimestampReader.cpp" line="40"/>
        <source>the record has no timestamp (message format before Kafka 0.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/RecordTimestampReader.cpp" line="152"/>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="93"/>
        <source>tidewatch: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="98"/>
        <source>tidewatch: no data within %1 s; rendered the page without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentTableModels</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="23"/>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="24"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="25"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="27"/>
        <source>The status of the shipment&apos;s latest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="33"/>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="34"/>
        <source>The hub of the latest event; &quot;from → to&quot; while in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="38"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="45"/>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="117"/>
        <source>tidewatch: the event topics were not read to their end within %1 s; the business figures are partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="137"/>
        <source>tidewatch: Kafka cluster %1 (%2) unreachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="143"/>
        <source>tidewatch: Flink REST endpoint %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="149"/>
        <source>tidewatch: event topics of %1 (%2) unreachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotMetrics</name>
    <message>
        <location filename="../models/core/SnapshotMetrics.cpp" line="223"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/SnapshotMetrics.cpp" line="231"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/SnapshotMetrics.cpp" line="232"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="43"/>
        <location filename="../app/SnapshotTable.cpp" line="60"/>
        <location filename="../app/SnapshotTable.cpp" line="71"/>
        <location filename="../app/SnapshotTable.cpp" line="162"/>
        <location filename="../app/SnapshotTable.cpp" line="168"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="50"/>
        <source>%1: UNREACHABLE (%2); last data %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="51"/>
        <source>%1: live, collected in %2 with %3 requests
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="59"/>
        <source>Kafka %1 (cluster id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="65"/>
        <source>  partial error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="66"/>
        <source>%1   under-replicated: %2   offline: %3   under min ISR: %4   controller: %5

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="78"/>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="79"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="79"/>
        <source>DOWN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="91"/>
        <source>BROKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="91"/>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="91"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="91"/>
        <location filename="../app/SnapshotTable.cpp" line="151"/>
        <location filename="../app/SnapshotTable.cpp" line="182"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="92"/>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="92"/>
        <source>LEADS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="92"/>
        <location filename="../app/SnapshotTable.cpp" line="118"/>
        <source>BYTES IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="92"/>
        <source>BYTES OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="93"/>
        <source>LOG SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="93"/>
        <source>PRODUCE P99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="93"/>
        <source>METRICS ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="103"/>
        <source>%1 (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="116"/>
        <source>TOPIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="116"/>
        <source>PARTITIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="116"/>
        <source>RF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="116"/>
        <source>MIN ISR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="117"/>
        <source>URP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="117"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="117"/>
        <source>UNDER MIN ISR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="117"/>
        <source>MESSAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="118"/>
        <location filename="../app/SnapshotTable.cpp" line="250"/>
        <source>IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="118"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="127"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="132"/>
        <source>UNHEALTHY TOPIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="132"/>
        <source>PARTITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="132"/>
        <source>LEADER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="133"/>
        <source>REPLICAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="133"/>
        <source>ISR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="141"/>
        <source>%1 (commits without members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="151"/>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="151"/>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="151"/>
        <source>LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="152"/>
        <source>MAX LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="152"/>
        <source>TIME LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="152"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="152"/>
        <source>TREND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="153"/>
        <source>WHY / ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="161"/>
        <source>Flink %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="170"/>
        <source>task managers: %1   slots: %2 free of %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="182"/>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="182"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="182"/>
        <source>UPTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="182"/>
        <source>TASKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="183"/>
        <source>RESTARTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="194"/>
        <source>Job %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="197"/>
        <source>checkpoints: not enabled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="199"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="201"/>
        <source>#%1, %2, state %3 (%4 written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="207"/>
        <source>checkpoints: %1 completed, %2 failed, %3 in progress; latest %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="213"/>
        <source>; state growth %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="216"/>
        <source>last failed checkpoint: #%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="221"/>
        <source>last failure: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="226"/>
        <source>reads Kafka topics %1 as group %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="228"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="233"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="249"/>
        <source>VERTEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="249"/>
        <source>PAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="249"/>
        <source>BACKPRESSURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="249"/>
        <source>BUSY MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="250"/>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="250"/>
        <source>WATERMARK LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="254"/>
        <source>errors:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertTableModel</name>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="29"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="30"/>
        <source>Pending: the condition holds but not yet for the rule&apos;s &apos;for&apos; duration. Firing: it held long enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="32"/>
        <source>FIRING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="32"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="39"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="40"/>
        <source>The rule&apos;s severity label: critical, warning or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="50"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="51"/>
        <source>The rule&apos;s name (alertname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="57"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="58"/>
        <source>The cluster (profile) the alert is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="64"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="65"/>
        <source>What the alert is about: the series labels besides the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="71"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="72"/>
        <source>The rule&apos;s summary, with the series labels and value filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="78"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="79"/>
        <source>How long the condition has held (firing: since it started pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="84"/>
        <source>Active since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="88"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="89"/>
        <source>The value that made the condition true, at the latest evaluation, in the metric&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="109"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="111"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="113"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::BrokerTableModel</name>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="16"/>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="17"/>
        <source>The broker&apos;s node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="23"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="24"/>
        <source>The address the broker advertises to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="32"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="33"/>
        <source>Down when the broker is missing from the cluster metadata (stopped or fenced) or the connection to it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="36"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="36"/>
        <source>DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="40"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="41"/>
        <source>Whether this broker is the active controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="42"/>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="47"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="48"/>
        <source>Partitions this broker is the leader of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="54"/>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="55"/>
        <source>Average request round trip from Tidewatch to the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="56"/>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="98"/>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="106"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="61"/>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="62"/>
        <source>The broker&apos;s rack; unknown: the Kafka client library in use does not report racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="68"/>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="69"/>
        <source>Bytes per second produced to this broker (its metrics endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="78"/>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="79"/>
        <source>Bytes per second fetched by consumers (replication excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="88"/>
        <source>Log size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="89"/>
        <source>Bytes of all replicas on this broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="95"/>
        <source>Produce p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="96"/>
        <source>99th percentile of the total time of Produce requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="104"/>
        <source>Fetch p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="105"/>
        <source>99th percentile of the total time of consumer Fetch requests (includes fetch.max.wait)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::BrokersPage</name>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="19"/>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="39"/>
        <source>No Kafka cluster configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="64"/>
        <source>Broker %1 bytes in/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="66"/>
        <source>Broker %1 bytes out/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="71"/>
        <source>%1: %2 of %3 brokers up, controller %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="75"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessPage</name>
    <message>
        <location filename="../widgets/BusinessPage.cpp" line="51"/>
        <source>%1: no data — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessPage.cpp" line="53"/>
        <source>%1: no data — unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessPage.cpp" line="54"/>
        <source>%1: no event read yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessStatusLine</name>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="54"/>
        <source>Events: waiting for the first data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessWallPage</name>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="33"/>
        <source>Orders per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="34"/>
        <source>Late shipments now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="35"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="36"/>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="45"/>
        <source>Orders created in the last closed event-time minute. Amber below half the hour&apos;s mean, red at none while there were orders before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="47"/>
        <source>Open shipments past their promised delivery. Amber from 1, red from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="49"/>
        <source>Delivered on time in the first SLA window. Amber below 95 %, red below 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="50"/>
        <source>Broken promises in the first SLA window. Amber from 1, red from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="60"/>
        <source>trend: collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="75"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="106"/>
        <source>%1 from %2 · hour&apos;s mean %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="108"/>
        <source>minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="109"/>
        <source>minute %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="112"/>
        <source>no closed minute yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="112"/>
        <location filename="../widgets/BusinessWallPage.cpp" line="126"/>
        <location filename="../widgets/BusinessWallPage.cpp" line="148"/>
        <source>no events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="123"/>
        <source>of %1 open shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="134"/>
        <source>no SLA figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="135"/>
        <source>last %1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="138"/>
        <source>last %1 · nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="144"/>
        <source>in the first SLA window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="145"/>
        <source>in the last %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::ClusterStrip</name>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="28"/>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="30"/>
        <source>waiting for the first data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="32"/>
        <source>live, updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="34"/>
        <source>STALE, last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="36"/>
        <source>UNREACHABLE (%1), last data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="74"/>
        <source>Click a figure to open its details for this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="76"/>
        <source>Brokers up of those in the metadata; the active controller; partitions whose in-sync replicas are fewer than their replicas (under-replicated), without a leader (offline), or below min.insync.replicas; consumer groups in Burrow&apos;s ERR (a partition stopped, stalled or rewound) and WARN (falling behind); the largest time lag of any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="80"/>
        <source>Jobs running of those listed; jobs with a vertex at high back pressure; jobs whose latest checkpoint failed after the latest completed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="119"/>
        <source>alerts: %1 firing, %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="125"/>
        <source>Kafka: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="127"/>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="132"/>
        <source>brokers up %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="135"/>
        <source>controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="136"/>
        <source>NO controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="137"/>
        <source>controller unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="139"/>
        <source>under-replicated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="141"/>
        <source>offline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="142"/>
        <source>under min ISR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="145"/>
        <source>groups %1 (%2 ERR, %3 WARN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="149"/>
        <source>worst time lag %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="157"/>
        <source>Flink: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="159"/>
        <source>Flink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="161"/>
        <source>jobs running %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="163"/>
        <source>back-pressured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="165"/>
        <source>checkpoints failing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::CountTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="15"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="20"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="21"/>
        <source>Exact count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="27"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="28"/>
        <source>Share of the table&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="31"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::EtaSlipTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="91"/>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="92"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="93"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="94"/>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="95"/>
        <source>Previous ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="102"/>
        <source>New ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="109"/>
        <source>Slipped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="110"/>
        <source>New ETA minus previous ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="116"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="117"/>
        <source>Event time of the event that moved the ETA (local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::EventTopicCollector</name>
    <message>
        <location filename="../collectors/EventTopicCollector.cpp" line="181"/>
        <source>partition %1 makes no progress at offset %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::EventTopicTableModel</name>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="109"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="110"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="111"/>
        <source>What the topic carries and how it is encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="112"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="117"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="118"/>
        <source>Partitions assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="124"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="124"/>
        <source>Messages read since Tidewatch started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="125"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="125"/>
        <source>Messages decoded into events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="126"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="126"/>
        <source>Messages the decoder rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="127"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="127"/>
        <source>Events behind the watermark by more than the allowed lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="129"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="129"/>
        <source>Events seen before (same event id or same bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="130"/>
        <source>Tombstones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="130"/>
        <source>Empty messages (deletes in a CDC topic): neither events nor errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="132"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="132"/>
        <source>Messages between Tidewatch&apos;s position and the end of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="133"/>
        <source>Msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="134"/>
        <source>Messages read per second over the last cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="140"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::EventTopicsEditor</name>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="60"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="60"/>
        <source>Carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="60"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="60"/>
        <source>Time format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="66"/>
        <source>Kafka topics whose events feed the Orders, Shipments and SLA pages. Tidewatch reads them without a consumer group and never commits offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="71"/>
        <source>Add orders topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="71"/>
        <source>A topic of order events (plain JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="72"/>
        <source>Add shipments topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="72"/>
        <source>A topic of shipment events (plain JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="75"/>
        <source>Add Debezium topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="75"/>
        <source>A topic of Debezium change events of an orders table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="77"/>
        <source>Remove topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="77"/>
        <source>Stop reading the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="78"/>
        <source>Stack defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="78"/>
        <source>The local stack&apos;s topics: orders, shipments, orders-cdc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="89"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="89"/>
        <source>JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="93"/>
        <source>Where each field is in a message, as a JSON pointer (/hub/code). Empty: the topic does not carry it. For Debezium topics the pointers address the row image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="96"/>
        <source>Default mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="97"/>
        <source>The mapping of the local stack&apos;s generator for this kind and format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="116"/>
        <source>Start reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="117"/>
        <source>How far back reading starts when monitoring begins; 0: only new events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="119"/>
        <source> min back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="120"/>
        <source>Allowed lateness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="121"/>
        <source>Events further behind the watermark are counted and listed as late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="123"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="124"/>
        <source>Keep finished orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="125"/>
        <source>Delivered and cancelled orders and shipments leave the state after this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="127"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="182"/>
        <source>An event topic has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="187"/>
        <source>Event topic %1: the pointer of %2 must start with / (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="227"/>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="227"/>
        <source>shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="229"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="229"/>
        <source>Debezium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="231"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="232"/>
        <source>epoch ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="233"/>
        <source>epoch s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="234"/>
        <source>ISO-8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="294"/>
        <source>Field mapping: select a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="300"/>
        <source>Field mapping of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="300"/>
        <source>the new topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FigureTile</name>
    <message>
        <location filename="../widgets/FigureTile.cpp" line="114"/>
        <source>STALE — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkCheckpointTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="191"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="192"/>
        <source>Checkpoint id; savepoints are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="193"/>
        <source>%1 (savepoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="198"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="199"/>
        <source>COMPLETED, FAILED or IN_PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="204"/>
        <source>%1 of %2 subtasks acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="210"/>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="211"/>
        <source>When the JobManager triggered the checkpoint (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="217"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="218"/>
        <source>From the trigger to the last acknowledgement. Growing durations mean slow state backends or barriers stuck behind back pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="225"/>
        <source>End to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="226"/>
        <source>Flink&apos;s end-to-end duration: until the slowest subtask&apos;s state was persisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="232"/>
        <source>State size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="233"/>
        <source>The job&apos;s full state size in this checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="239"/>
        <source>Checkpointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="240"/>
        <source>What this checkpoint wrote: only the changes when checkpoints are incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="246"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="247"/>
        <source>Why the checkpoint failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="254"/>
        <source>Failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkCollector</name>
    <message>
        <location filename="../collectors/FlinkCollector.cpp" line="50"/>
        <source>no CA certificate could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkCollector.cpp" line="166"/>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkCollector.cpp" line="173"/>
        <source>HTTP %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkJobTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="120"/>
        <source>Job id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="130"/>
        <source>Time RUNNING since the last (re)start; the time since the job was submitted, restarts included, is in the cell tooltip. A job that keeps restarting has a short first figure and a long second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="144"/>
        <source>Ran %1 from submission to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="146"/>
        <source>Submitted %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="151"/>
        <source>Tasks running out of the job&apos;s tasks (all subtasks of all vertices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="152"/>
        <source>%1 / %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="115"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="116"/>
        <source>The job&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="122"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="123"/>
        <source>Flink&apos;s job status: RUNNING, or CREATED, RESTARTING, FAILING, FAILED, CANCELED, FINISHED, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="129"/>
        <source>Running for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="150"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="157"/>
        <source>Back pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="158"/>
        <source>The worst back-pressure level over the job&apos;s vertices, with the share of time its busiest subtask was back-pressured: ok (below 10 %), low (up to 50 %), high (more). A high vertex is slowed down by the one after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="170"/>
        <source>Worst vertex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="173"/>
        <source>Last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="174"/>
        <source>How long ago the latest checkpoint completed, at the time of the snapshot. Red when a checkpoint failed after it; &quot;disabled&quot;: the job does not checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="178"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="182"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="191"/>
        <source>Checkpoint %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="192"/>
        <source>Checkpoint %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="195"/>
        <source>Checkpoint %1 took %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="201"/>
        <source>Failed checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="202"/>
        <source>Checkpoints of this job that failed, as Flink counts them since the job was submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="208"/>
        <source>Watermark lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="209"/>
        <source>How far the job&apos;s event time trails the clock: the largest watermark lag over its vertices, at the moment Flink sampled it. &quot;idle&quot;: all its sources are idle, which is not lag; &quot;no watermark&quot;: no vertex has emitted one. A lag sampled long ago says how old it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="217"/>
        <source>%1 (sampled %2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="221"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="223"/>
        <source>no watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="236"/>
        <source>Largest at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="239"/>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="240"/>
        <source>Flink&apos;s numRestarts since the job was submitted; a growing count means the job keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkPage</name>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="54"/>
        <source>Flink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="71"/>
        <source>Filter jobs by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="81"/>
        <source>Watermark lag in seconds: how far the job&apos;s event time trails the clock, the largest over its vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="83"/>
        <source>Full state size in bytes of the latest completed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="84"/>
        <source>Duration in milliseconds of the latest completed checkpoint, from the trigger to the last acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="142"/>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="164"/>
        <source>Kafka input: none detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="168"/>
        <source>unknown topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="76"/>
        <source>The Kafka topics the job reads and the lag of its consumer group in the latest Kafka snapshot: messages behind, time behind and Burrow&apos;s status. Flink does not report the group id: --flink-kafka-link or a profile&apos;s flink.kafka.link names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="73"/>
        <source>Up: time RUNNING since the last (re)start; submitted: time since the job was submitted. Restarts: Flink&apos;s numRestarts since submission; a growing count means the job keeps failing. Metrics: how old the vertex figures were when Flink sampled them (its REST metric cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FlinkPage.cpp" line="145"/>
        <source>%n task manager(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="146"/>
        <source>task managers unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="149"/>
        <source>%1 of %2 slots free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="150"/>
        <source>slots unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="151"/>
        <source>Flink %1 · %2 · %3 · %4 of %5 jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="170"/>
        <source>%1 → consumer group unknown (name it with --flink-kafka-link or flink.kafka.link in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="176"/>
        <source>%1 → group %2: no Kafka data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="181"/>
        <source>%1 → group %2: not found in Kafka cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="186"/>
        <source>%1 → group %2: lag %3, time lag %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="188"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="192"/>
        <source> (Kafka unreachable: last known values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="195"/>
        <source>Kafka input:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="209"/>
        <source>Watermark lag of %1 (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="211"/>
        <source>State size of %1 (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="213"/>
        <source>Checkpoint duration of %1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="231"/>
        <source>Select a job to see its vertices, checkpoints and Kafka input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="241"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="248"/>
        <source>ended %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="252"/>
        <source>end time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="254"/>
        <source>ran %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="258"/>
        <source>up %1 since the last restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="303"/>
        <source>
Root cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="304"/>
        <source>Last exception (%1)%2:
%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="305"/>
        <source>%1%2
on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="307"/>
        <source>
At the same time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="259"/>
        <source>uptime unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="261"/>
        <source>submitted %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FlinkPage.cpp" line="264"/>
        <source>%n restart(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="266"/>
        <source>restarts unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="267"/>
        <source>%1 of %2 tasks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="271"/>
        <source>checkpointing disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="273"/>
        <source>checkpoints: %1 completed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FlinkPage.cpp" line="277"/>
        <source>%n failed since the last completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="279"/>
        <source>none completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="281"/>
        <source>metrics sampled %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="283"/>
        <source>state growing %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="291"/>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="292"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="295"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="311"/>
        <source>No exception since the job was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkSubtaskTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="15"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="56"/>
        <source>idle %1 (left out of the lag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="58"/>
        <source>watermark %1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="60"/>
        <source>no watermark, nothing read for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="61"/>
        <source>no watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="70"/>
        <source>Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="71"/>
        <source>The operator chain the subtask runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="77"/>
        <source>Subtask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="78"/>
        <source>Subtask index as Flink reports it (0-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="84"/>
        <source>Back pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="85"/>
        <source>Share of time this subtask was back-pressured (Flink&apos;s 60 s moving average); one subtask far above its siblings points at skewed keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="92"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="93"/>
        <source>Share of time this subtask spent processing records (Flink&apos;s 60 s moving average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="99"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="100"/>
        <source>Share of time this subtask waited for input (Flink&apos;s 60 s moving average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="106"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="107"/>
        <source>Source subtasks: their watermark lag as Flink&apos;s watermarkLag gauge reports it, or idle: read nothing for the idle time while neither back-pressured nor busy, so left out of the job&apos;s lag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkVertexTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="35"/>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="61"/>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="69"/>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="39"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="63"/>
        <source>no watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="65"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="78"/>
        <source>Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="79"/>
        <source>The operator chain Flink schedules as one task, in the order of the job plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="84"/>
        <source>Vertex id %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="88"/>
        <source>Parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="89"/>
        <source>Subtasks running this vertex (max parallelism in the cell tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="96"/>
        <source>Max parallelism %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="100"/>
        <source>Back pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="101"/>
        <source>Flink&apos;s back-pressure level of the worst subtask: ok (below 10 % of the time back-pressured), low (up to 50 %), high (more). A high vertex is slowed down by the one after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="108"/>
        <source>Flink&apos;s latest metric fetch started at %1 (its answer may still be from the one before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="146"/>
        <source>How far event time trails the clock at the moment Flink sampled it: sources, their watermarkLag gauge; other vertices, that sample time minus the lowest input watermark. &quot;no watermark&quot;: no subtask has one; &quot;idle&quot;: its sources are idle, which is not lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="114"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="115"/>
        <source>Share of time the busiest subtask spent processing records (not idle, not back-pressured), Flink&apos;s 60 s moving average. Near 100 %: this vertex is the bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="119"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="126"/>
        <source>Average over subtasks: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="131"/>
        <source>Records in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="132"/>
        <source>Records received per second, summed over subtasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="138"/>
        <source>Records out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="139"/>
        <source>Records emitted per second, summed over subtasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="145"/>
        <source>Watermark lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="158"/>
        <source>%n idle subtask(s) left out of the lag</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupPartitionTableModel</name>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="260"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="261"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="262"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="263"/>
        <source>The group&apos;s committed offset; &quot;none&quot;: it never committed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="264"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="269"/>
        <source>End offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="276"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="283"/>
        <source>Time lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="290"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="297"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="298"/>
        <source>The client the partition is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupTableModel</name>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="75"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="76"/>
        <source>The consumer group&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="82"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="95"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="96"/>
        <source>Consumers in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="102"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="103"/>
        <source>Messages behind, summed over the group&apos;s partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="109"/>
        <source>Max lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="110"/>
        <source>Messages behind on the worst partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="116"/>
        <source>Time lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="61"/>
        <source>Interpolated on the end offsets Tidewatch has watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="63"/>
        <source>From the record at the committed offset: its CreateTime, set by the producer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="65"/>
        <source>From the record at the committed offset: its LogAppendTime, set by the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="83"/>
        <source>Stable, Empty (no members), PreparingRebalance, CompletingRebalance, Dead. &quot;(by design)&quot;: no members, yet its offsets move, as a Flink or Spark Kafka source commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="85"/>
        <source>%1 (by design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="90"/>
        <source>No consumer is a member, yet the committed offsets move: an assign-only consumer (a Flink or Spark Kafka source) commits for this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="117"/>
        <source>How long ago the oldest message the group has not consumed was written, on its worst partition: from the end offsets Tidewatch has watched, or the timestamp of the record at the committed offset. &quot;≥&quot;: a lower bound (older than the history and the record could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="126"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="127"/>
        <source>Burrow&apos;s evaluation over the last commits: OK, WARN (lag growing), STOP (no commits while behind), STALL (commits that do not move), REWIND (offset went back), NOTFOUND (not judged yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="134"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="137"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="138"/>
        <source>Lag over the last minute: ↑ growing, ↓ shrinking, → steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="144"/>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="145"/>
        <source>Committed messages per second over the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="154"/>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="155"/>
        <source>Estimated time until the lag is zero at the current consume and produce rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="158"/>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="160"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="171"/>
        <source>Lag (last 5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="172"/>
        <source>Total lag over the last 5 minutes, the highest value of every 7.5 seconds so that short spikes show; the line is scaled to each group&apos;s own range. A break in the line: the lag was unknown (Kafka unreachable). Amber or red: the group&apos;s status is WARN or worse. Sorts by the current lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="248"/>
        <source>No lag history of the last 5 minutes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="250"/>
        <source>Highest lag in the last 5 minutes: %1; now: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupsPage</name>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="26"/>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="38"/>
        <source>Filter groups by id, state or status (e.g. STOP, Empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GroupsPage.cpp" line="94"/>
        <source>%n consumer group(s) · %1 stopped, stalled or rewound</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="117"/>
        <source>Lag of %1 (messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="119"/>
        <source>Time lag of %1 (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="125"/>
        <source>Select a group to see its partitions, members and lag history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="131"/>
        <source>%1 — %2, lag %3, time lag %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="133"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GroupsPage.cpp" line="138"/>
        <source>%1 on %2 (%n partition(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="139"/>
        <source>No active members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="140"/>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::HubMapPage</name>
    <message>
        <location filename="../widgets/HubMapPage.cpp" line="20"/>
        <source>Hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/HubMapPage.cpp" line="27"/>
        <source>%n hub(s) · %1 shipments in transit between hubs · %2 late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::HubMapWidget</name>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="131"/>
        <source>hub: size by shipments at or heading to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="131"/>
        <source>late shipments there (core area by share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="132"/>
        <source>in transit (width by shipments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="167"/>
        <location filename="../widgets/HubMapWidget.cpp" line="434"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="173"/>
        <location filename="../widgets/HubMapWidget.cpp" line="427"/>
        <source>No coordinates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="240"/>
        <source>%1°W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="240"/>
        <source>%1°E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="250"/>
        <source>%1°S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="250"/>
        <source>%1°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="297"/>
        <source>No hub seen in shipment events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="384"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="385"/>
        <source> (%1 late)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::LateEventTableModel</name>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="76"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="77"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="78"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="79"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="80"/>
        <source>The order or shipment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="86"/>
        <source>Event time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="93"/>
        <source>Behind watermark by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="94"/>
        <source>How far the event&apos;s time was behind the newest event time seen when it arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::LateShipmentTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="54"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="55"/>
        <source>Promised delivery (event time, local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="61"/>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="62"/>
        <source>The newest event time seen (the watermark) minus the promised delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="73"/>
        <source>Tidewatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="84"/>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="87"/>
        <source>The cluster the pages show (Ctrl+PgDown / Ctrl+PgUp: next / previous); the overview shows every cluster&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="104"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="105"/>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="106"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="107"/>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="108"/>
        <source>Flink jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="113"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="141"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="145"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="158"/>
        <source>&amp;Next cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="161"/>
        <source>&amp;Previous cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="165"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="306"/>
        <location filename="../widgets/MainWindow.cpp" line="686"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="364"/>
        <source>%1: last Kafka cycle %2 ms, %3 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="483"/>
        <source>no cluster is monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="484"/>
        <source>waiting for the first data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="494"/>
        <source>%1 has no Kafka cluster configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="500"/>
        <source>%1 has no Flink cluster configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="506"/>
        <source>%1 has no event topics configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="519"/>
        <source>ALERT %1 [%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="522"/>
        <source>… and %n more firing alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="530"/>
        <source>%1 UNREACHABLE: %2 — last data %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="532"/>
        <source>%1 STALE — last data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="537"/>
        <source>Kafka %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="540"/>
        <source>Broker %1 DOWN: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="543"/>
        <source>%n partition(s) OFFLINE</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="546"/>
        <source>Flink %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="547"/>
        <source>Flink %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::MinuteChart</name>
    <message>
        <location filename="../widgets/MinuteChart.cpp" line="133"/>
        <source>partial →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MinuteChart.cpp" line="236"/>
        <source>stale: last known figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::OrdersPage</name>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="22"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="22"/>
        <source>The order&apos;s latest status, as the events name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="29"/>
        <source>Orders per event-time minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="30"/>
        <source>Orders created, paid, shipped and cancelled per minute of event time, the last 60 minutes. The shaded minutes at the right are still open (events may still arrive): partial, not a drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="33"/>
        <source>Revenue of paid orders per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="34"/>
        <source>The amounts of orders paid in each event-time minute, per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="37"/>
        <source>Time from an order&apos;s creation to its shipping, over the orders shipped in each SLA window: median (p50) and 95th percentile (p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="78"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="80"/>
        <source>Orders: %1 tracked · %2 open · %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="92"/>
        <source>%1: no order shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="94"/>
        <source>%1: p50 %2, p95 %3 (%4 shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="100"/>
        <source>Order to ship: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="101"/>
        <source>Order to ship — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="103"/>
        <source>Overdue orders (not shipped by their ship-by time): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::OverdueOrderTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="60"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="62"/>
        <source>The order&apos;s latest status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="68"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="69"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="70"/>
        <source>Order amount in its currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="76"/>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="77"/>
        <source>When the order had to ship (event time, local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="83"/>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="84"/>
        <source>The newest event time seen (the watermark) minus the ship-by time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::OverviewPage</name>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="30"/>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="29"/>
        <location filename="../widgets/OverviewPage.cpp" line="31"/>
        <location filename="../widgets/OverviewPage.cpp" line="144"/>
        <source>Flink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="45"/>
        <source>Double-click a group to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="46"/>
        <source>Double-click a broker to open the brokers page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="28"/>
        <location filename="../widgets/OverviewPage.cpp" line="143"/>
        <source>Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="52"/>
        <source>Double-click an alert to open what it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="66"/>
        <location filename="../widgets/OverviewPage.cpp" line="155"/>
        <source>No active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="87"/>
        <source>Consumer groups, most lag first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="103"/>
        <source>No Kafka cluster configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="104"/>
        <source>No Flink cluster configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="143"/>
        <source>Kafka cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="144"/>
        <source>Flink of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="156"/>
        <source>Alerts: %1 firing, %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="176"/>
        <source>%1 — no Kafka data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="179"/>
        <source>%1 — brokers up: %2/%3 · controller: %4 · %5 · under-replicated: %6 · offline: %7 · under min ISR: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="184"/>
        <location filename="../widgets/OverviewPage.cpp" line="198"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="203"/>
        <source>%1 — no Flink data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="206"/>
        <source>%1 — Flink %2 · task managers: %3 · slots: %4 free of %5 · jobs running: %6 of %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="208"/>
        <source>(version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::PartitionTableModel</name>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="131"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="138"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="145"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="146"/>
        <source>The broker that serves reads and writes; none: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="148"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="154"/>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="155"/>
        <source>Brokers holding a copy; the first is the preferred leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="161"/>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="161"/>
        <source>Replicas caught up with the leader (ISR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="166"/>
        <source>Offline: no leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="168"/>
        <source>Under min.insync.replicas (%1): acks=all writes fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="170"/>
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="176"/>
        <source>Preferred leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="177"/>
        <source>Whether the first replica leads; otherwise load may be uneven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="178"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="178"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="183"/>
        <source>Start offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="184"/>
        <source>Oldest offset still kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="190"/>
        <source>End offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="191"/>
        <source>The high watermark: the next offset to be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="197"/>
        <source>Messages in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::PositionTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="75"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="76"/>
        <source>Event time of the shipment&apos;s latest event (local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::RejectedEventTableModel</name>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="36"/>
        <source>Seen at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="37"/>
        <source>When Tidewatch read the message (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="43"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="44"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="45"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="46"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="47"/>
        <source>not-json, missing-field, wrong-type, bad-time, unknown-op, empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="53"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="60"/>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="61"/>
        <source>The first bytes of the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::RejectedPage</name>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="40"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="40"/>
        <source>Why the decoder rejected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="48"/>
        <source>Rejected by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="59"/>
        <source>Event topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="66"/>
        <source>Event quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="70"/>
        <source>Event quality: %1 rejected · %2 late · %3 duplicates · %4 entities evicted by the caps · state %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="77"/>
        <source>Rejected messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="79"/>
        <source>Late events (behind the watermark by more than the allowed lateness, %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::SecretStore</name>
    <message>
        <location filename="../widgets/SecretStore.cpp" line="61"/>
        <source>The keychain did not answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SecretStore.cpp" line="87"/>
        <source>No system keychain: the secret %1 of profile &quot;%2&quot; was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SecretStore.cpp" line="98"/>
        <source>Cannot store the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SecretStore.cpp" line="123"/>
        <source>Cannot read the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SecretStore.cpp" line="144"/>
        <source>Cannot remove the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::SettingsPage</name>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="82"/>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="85"/>
        <source>Profiles in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="86"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="86"/>
        <source>Start a new, empty profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="87"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="87"/>
        <source>Delete the selected profile and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="89"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="89"/>
        <source>Monitor the clusters of this profile, beside those already monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="92"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="92"/>
        <source>Stop monitoring the clusters of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="102"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="106"/>
        <source>Follow the system colours or force a light or dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="107"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="108"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="109"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="111"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="127"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="127"/>
        <source>Unique name of the profile (no &apos;/&apos; or &apos;\&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="127"/>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="128"/>
        <source>Kafka bootstrap servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="128"/>
        <source>host:port,host:port; empty: no Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="129"/>
        <source>broker1:9092,broker2:9092</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="131"/>
        <source>Broker metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="132"/>
        <source>Prometheus endpoints of the brokers: a template with {host} and {id}, or id=url,id=url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="133"/>
        <source>http://{host}:9404/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="134"/>
        <source>Flink REST URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="134"/>
        <source>The Flink REST endpoint; empty: no Flink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="135"/>
        <source>http://flink:8081</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="136"/>
        <source>Flink user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="136"/>
        <source>User for HTTP basic authentication to Flink (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="138"/>
        <source>Flink password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="139"/>
        <source>Password for HTTP basic authentication to Flink: kept in the system keychain, never in the profiles file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="143"/>
        <source>Flink CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="144"/>
        <source>PEM file with the CA certificates of an https Flink endpoint (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="145"/>
        <source>/etc/ssl/flink-ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="151"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="156"/>
        <source>Poll interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="156"/>
        <source>How often Kafka and Flink are polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="158"/>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="158"/>
        <source>Bound on every single request to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="161"/>
        <source>librdkafka properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="164"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="164"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="168"/>
        <source>Extra librdkafka properties (security.protocol, sasl.mechanism, ...). Secret ones (passwords, secrets, keys) go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="170"/>
        <source>Add property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="170"/>
        <source>Add a librdkafka property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="171"/>
        <source>Remove property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="171"/>
        <source>Remove the selected librdkafka property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="184"/>
        <source>Kafka client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="187"/>
        <source>Event topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="195"/>
        <source>Keep secrets for this session only (in memory, lost on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="197"/>
        <source>Without a system keychain, secrets are never written to disk: tick this to keep them in memory until Tidewatch exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="207"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="207"/>
        <source>Write the profile; secrets go to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="397"/>
        <source>A profile named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SettingsPage.cpp" line="442"/>
        <source>Saved &quot;%1&quot; without its %n secret(s): no system keychain is available. Tick &quot;Keep secrets for this session only&quot; and save again to keep them in memory; they are never written in clear.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="451"/>
        <source>Saved &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="452"/>
        <source>Saved &quot;%1&quot;; its secrets are kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="472"/>
        <source>Deleted &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="480"/>
        <source>A profile needs a name and Kafka bootstrap servers or a Flink REST URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="508"/>
        <source>No system keychain is available (%1). Secrets (Flink password, secret librdkafka properties) are never written to the profiles file: keep them for this session only, or start a keychain service (Secret Service, KWallet) and restart Tidewatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="513"/>
        <source>not stored: no keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="515"/>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="516"/>
        <source>checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::ShipmentsPage</name>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="40"/>
        <source>Shipments by their latest status, open and finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="41"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="41"/>
        <source>Open shipments per carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="57"/>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="59"/>
        <source>Open by carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="87"/>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="91"/>
        <source>Shipments: %1 tracked · %2 open · %3 late · %4 ETA slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="98"/>
        <source>Late shipments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="99"/>
        <source>ETA slips: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="101"/>
        <source>Last known positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaBreachTableModel</name>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="88"/>
        <source>ship-by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="88"/>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="100"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="101"/>
        <source>ship-by: an order not shipped by its ship-by time; delivery: a shipment not delivered by its promised delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="108"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="109"/>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="110"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="111"/>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="112"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="119"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="120"/>
        <source>When it shipped or was delivered; &quot;not yet&quot;: still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="121"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="126"/>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="127"/>
        <source>Done (or the watermark, while open) minus due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaPage</name>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="48"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="49"/>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="70"/>
        <source>On time per carrier (worst first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="71"/>
        <source>On time per hub of delivery (worst first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="97"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="101"/>
        <source>SLA: %1 breaches in the last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="114"/>
        <source>no SLA figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="119"/>
        <source>On time, last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="129"/>
        <source>%1 of %2 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="131"/>
        <source>nothing due in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="145"/>
        <source>Breaches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="146"/>
        <source>Breaches in the last %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaShareTableModel</name>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="27"/>
        <source>On time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="28"/>
        <source>Delivered at or before the promise, delivery within the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="34"/>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="35"/>
        <source>Delivered within the last %1, plus open shipments whose promise passed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="42"/>
        <source>Share (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="43"/>
        <source>On time / total; a dash when nothing was due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::StatusLine</name>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="13"/>
        <source>%1: waiting for the first data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="33"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="35"/>
        <source>%1: unreachable (%2), last data %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="37"/>
        <source>%1: stale, last updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="39"/>
        <source>%1: live, updated %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="111"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="117"/>
        <location filename="../widgets/TimeSeriesChart.cpp" line="243"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="118"/>
        <source>Freeze the view; data keeps being recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="122"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="125"/>
        <source>Visible data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="126"/>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="173"/>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="175"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="177"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="179"/>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="181"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="183"/>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="243"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="556"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="560"/>
        <source>%1 (min %2, max %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="564"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="621"/>
        <source>Export visible data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="621"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="626"/>
        <location filename="../widgets/TimeSeriesChart.cpp" line="638"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="627"/>
        <location filename="../widgets/TimeSeriesChart.cpp" line="639"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="633"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="633"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::TopicTableModel</name>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="21"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="22"/>
        <source>The topic&apos;s name; internal topics start with __</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="28"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="29"/>
        <source>Number of partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="35"/>
        <source>RF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="36"/>
        <source>Replication factor: replicas per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="44"/>
        <source>Under-replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="45"/>
        <source>Partitions whose in-sync replicas are fewer than their replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="51"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="52"/>
        <source>Partitions without a leader: nobody can read or write them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="58"/>
        <source>Under min ISR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="59"/>
        <source>Partitions with fewer in-sync replicas than min.insync.replicas: acks=all writes fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="65"/>
        <source>Messages in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="66"/>
        <source>Messages per second, from the growth of the end offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="72"/>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="73"/>
        <source>Bytes per second produced, from the brokers&apos; metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="79"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="80"/>
        <source>Bytes on disk, all replicas together, from the brokers&apos; metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="89"/>
        <source>Consumer lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="90"/>
        <source>Messages behind, summed over every group reading the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="94"/>
        <source>%n group(s) read this topic</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::TopicsPage</name>
    <message>
        <location filename="../widgets/TopicsPage.cpp" line="20"/>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TopicsPage.cpp" line="29"/>
        <source>Filter topics by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TopicsPage.cpp" line="58"/>
        <source>%1 · under-replicated partitions: %2 · offline: %3 · under min ISR: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TopicsPage.cpp" line="70"/>
        <source>Partitions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TopicsPage.cpp" line="86"/>
        <source>Every partition is fully replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TopicsPage.cpp" line="87"/>
        <source>Partitions that need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::WallBar</name>
    <message>
        <location filename="../widgets/WallBar.cpp" line="43"/>
        <source>All sources live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeLag</name>
    <message>
        <location filename="../collectors/TimeLagEstimator.cpp" line="35"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/TimeLagEstimator.cpp" line="37"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <source>Try &apos;tidewatch --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
