<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="33"/>
        <source>Tidewatch: a live operations dashboard for Kafka clusters and Flink jobs.

Commands:
  (none)     open the dashboard
  snapshot   collect once and print the snapshot (JSON or a table), or keep printing with --watch
  render     render one page to a PNG file, offscreen (--page, --size, --out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="42"/>
        <source>Kafka bootstrap servers (host:port[,host:port...]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="43"/>
        <source>servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="45"/>
        <source>Flink REST URL, e.g. http://127.0.0.1:8081.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="45"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="48"/>
        <source>Brokers&apos; Prometheus endpoints (JMX exporter): a template such as http://{host}:9404/metrics, or id=url,id=url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="51"/>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="53"/>
        <source>Connection profile to use (see --profiles-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="54"/>
        <location filename="../app/CommandLine.cpp" line="67"/>
        <location filename="../app/CommandLine.cpp" line="78"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="57"/>
        <source>Profiles file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="57"/>
        <location filename="../app/CommandLine.cpp" line="61"/>
        <location filename="../app/CommandLine.cpp" line="92"/>
        <location filename="../app/CommandLine.cpp" line="117"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="60"/>
        <source>librdkafka properties file (security, SASL, TLS, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="64"/>
        <source>A librdkafka property, repeatable: -X security.protocol=SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="64"/>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>Name shown for this cluster (Qt reserves --name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="69"/>
        <source>Poll interval in milliseconds (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <location filename="../app/CommandLine.cpp" line="73"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="72"/>
        <source>Timeout of each request in milliseconds (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="76"/>
        <source>Page to open first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="80"/>
        <source>snapshot: output format, json (default) or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="81"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="83"/>
        <source>snapshot: print a new snapshot every N seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="84"/>
        <location filename="../app/CommandLine.cpp" line="88"/>
        <location filename="../app/CommandLine.cpp" line="97"/>
        <location filename="../app/CommandLine.cpp" line="108"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="87"/>
        <source>snapshot: collect for N seconds before printing, so rates and time lags are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="89"/>
        <source>render: image size, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="90"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="91"/>
        <source>render: the PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="95"/>
        <source>render: seconds to wait for the first data (default 20); then the page is rendered as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="101"/>
        <source>Wall-display mode: full screen, large type, rotating pages; Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="104"/>
        <source>Wall mode: pages to rotate through, comma-separated (default overview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="105"/>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="108"/>
        <source>Wall mode: seconds per page (default 30; 0 keeps the first page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="112"/>
        <source>Flink REST basic-auth user; the password comes from the profile or the TIDEWATCH_FLINK_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="114"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="116"/>
        <source>CA certificate(s) of an https Flink endpoint (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="120"/>
        <source>A Flink job&apos;s Kafka input, repeatable: JOB|GROUP[|TOPIC,TOPIC] (JOB may be *).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="121"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="126"/>
        <source>snapshot, or nothing for the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="143"/>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="174"/>
        <source>--flink-kafka-link needs JOB|GROUP[|TOPIC,TOPIC], got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="191"/>
        <source>-X needs key=value, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="198"/>
        <source>--interval needs a number of milliseconds ≥ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="204"/>
        <source>--timeout needs a number of milliseconds ≥ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="216"/>
        <source>--format must be json or table, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="220"/>
        <source>--watch needs a whole number of seconds ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="224"/>
        <source>--warmup needs a whole number of seconds ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="235"/>
        <source>--pages: unknown page %1 (pages: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="242"/>
        <source>--rotate needs a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="250"/>
        <source>--size needs WxH, at least 200x150, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="256"/>
        <source>render needs --out FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="260"/>
        <source>--wait needs a whole number of seconds ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="267"/>
        <source>--page must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="272"/>
        <source>snapshot needs --bootstrap, --flink or a --profile that has them</source>
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
        <location filename="../collectors/FlinkJobParsers.cpp" line="180"/>
        <source>The checkpoint statistics have no &quot;counts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkParsers.cpp" line="42"/>
        <source>The job overview has no &quot;jobs&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkParsers.cpp" line="85"/>
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
        <location filename="../collectors/KafkaCollector.cpp" line="113"/>
        <source>Metadata request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="257"/>
        <source>cluster unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="261"/>
        <source>not in the cluster metadata (down or fenced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="266"/>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="326"/>
        <source>Offsets of group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="370"/>
        <source>no metrics URL for this broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="376"/>
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
        <location filename="../collectors/KafkaHandle.cpp" line="19"/>
        <source>Invalid Kafka property %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/KafkaHandle.cpp" line="52"/>
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
    <name>ProfileStore</name>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="29"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="40"/>
        <source>%1:%2: expected key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="82"/>
        <source>No profiles file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="87"/>
        <location filename="../models/core/ProfileStore.cpp" line="208"/>
        <source>Cannot parse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="91"/>
        <source>No profile &quot;%1&quot; in %2 (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="111"/>
        <source>Profile &quot;%1&quot;: %2 must be JOB|GROUP[|TOPIC,TOPIC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="126"/>
        <source>Profile &quot;%1&quot;: intervals must be whole milliseconds ≥ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="169"/>
        <source>Invalid profile name &quot;%1&quot;: it must not be empty or contain &apos;/&apos; or &apos;\&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="182"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="203"/>
        <source>Cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="264"/>
        <source>No profile &quot;%1&quot; in %2</source>
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
    <name>RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="68"/>
        <source>tidewatch: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="73"/>
        <source>tidewatch: no data within %1 s; rendered the page without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="42"/>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="93"/>
        <source>tidewatch: Kafka cluster %1 (%2) unreachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="99"/>
        <source>tidewatch: Flink REST endpoint %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="43"/>
        <location filename="../app/SnapshotTable.cpp" line="60"/>
        <location filename="../app/SnapshotTable.cpp" line="161"/>
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
        <source>under-replicated: %1   offline: %2   under min ISR: %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="76"/>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="77"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="77"/>
        <source>DOWN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="89"/>
        <source>BROKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="89"/>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="89"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="89"/>
        <location filename="../app/SnapshotTable.cpp" line="150"/>
        <location filename="../app/SnapshotTable.cpp" line="179"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="90"/>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="90"/>
        <source>LEADS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="90"/>
        <location filename="../app/SnapshotTable.cpp" line="118"/>
        <source>BYTES IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="90"/>
        <source>BYTES OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="91"/>
        <source>LOG SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="91"/>
        <source>PRODUCE P99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="91"/>
        <source>METRICS ERROR</source>
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
        <location filename="../app/SnapshotTable.cpp" line="247"/>
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
        <location filename="../app/SnapshotTable.cpp" line="150"/>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="150"/>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="150"/>
        <source>LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="151"/>
        <source>MAX LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="151"/>
        <source>TIME LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="151"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="151"/>
        <source>TREND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="152"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="160"/>
        <source>Flink %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="165"/>
        <source>task managers: %1   slots: %2 free of %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="179"/>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="179"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="179"/>
        <source>UPTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="179"/>
        <source>TASKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="180"/>
        <source>RESTARTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="191"/>
        <source>Job %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="194"/>
        <source>checkpoints: not enabled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="196"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="198"/>
        <source>#%1, %2, state %3 (%4 written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="204"/>
        <source>checkpoints: %1 completed, %2 failed, %3 in progress; latest %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="210"/>
        <source>; state growth %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="213"/>
        <source>last failed checkpoint: #%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="218"/>
        <source>last failure: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="223"/>
        <source>reads Kafka topics %1 as group %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="225"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="230"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="246"/>
        <source>VERTEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="246"/>
        <source>PAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="246"/>
        <source>BACKPRESSURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="246"/>
        <source>BUSY MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="247"/>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="247"/>
        <source>WATERMARK LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="251"/>
        <source>errors:
</source>
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
        <location filename="../widgets/BrokersPage.cpp" line="66"/>
        <source>Broker %1 bytes in/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="68"/>
        <source>Broker %1 bytes out/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="73"/>
        <source>%1: %2 of %3 brokers up, controller %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="77"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkCheckpointTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="189"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="190"/>
        <source>Checkpoint id; savepoints are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="191"/>
        <source>%1 (savepoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="197"/>
        <source>COMPLETED, FAILED or IN_PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="202"/>
        <source>%1 of %2 subtasks acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="208"/>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="209"/>
        <source>When the JobManager triggered the checkpoint (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="215"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="216"/>
        <source>From the trigger to the last acknowledgement. Growing durations mean slow state backends or barriers stuck behind back pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="223"/>
        <source>End to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="224"/>
        <source>Flink&apos;s end-to-end duration: until the slowest subtask&apos;s state was persisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="230"/>
        <source>State size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="231"/>
        <source>The job&apos;s full state size in this checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="237"/>
        <source>Checkpointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="238"/>
        <source>What this checkpoint wrote: only the changes when checkpoints are incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="244"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="245"/>
        <source>Why the checkpoint failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="252"/>
        <source>Failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkCollector</name>
    <message>
        <location filename="../collectors/FlinkCollector.cpp" line="51"/>
        <source>no CA certificate could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkCollector.cpp" line="167"/>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectors/FlinkCollector.cpp" line="174"/>
        <source>HTTP %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkJobTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="23"/>
        <source>Job id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="41"/>
        <source>%1 / %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="55"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="57"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="59"/>
        <source>Running for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="61"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkPage</name>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="53"/>
        <source>Flink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="69"/>
        <source>Filter jobs by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="71"/>
        <source>Uptime: time RUNNING since the last (re)start. Restarts: Flink&apos;s numRestarts since the job was submitted; a growing count means the job keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="78"/>
        <source>Watermark lag in seconds: how far the job&apos;s event time trails the clock, the largest over its vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="80"/>
        <source>Full state size in bytes of the latest completed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="81"/>
        <source>Duration in milliseconds of the latest completed checkpoint, from the trigger to the last acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="136"/>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FlinkPage.cpp" line="137"/>
        <source>Flink %1 · %n task manager(s) · %2 of %3 slots free · %4 of %5 jobs running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="153"/>
        <source>Kafka input: none detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="157"/>
        <source>unknown topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="73"/>
        <source>The Kafka topics the job reads and the lag of its consumer group in the latest Kafka snapshot: messages behind, time behind and Burrow&apos;s status. Flink does not report the group id: --flink-kafka-link or a profile&apos;s flink.kafka.link names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="159"/>
        <source>%1 → consumer group unknown (name it with --flink-kafka-link or flink.kafka.link in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="165"/>
        <source>%1 → group %2: no Kafka data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="170"/>
        <source>%1 → group %2: not found in Kafka cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="175"/>
        <source>%1 → group %2: lag %3, time lag %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="177"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="181"/>
        <source> (Kafka unreachable: last known values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="184"/>
        <source>Kafka input:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="198"/>
        <source>Watermark lag of %1 (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="200"/>
        <source>State size of %1 (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="202"/>
        <source>Checkpoint duration of %1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="220"/>
        <source>Select a job to see its vertices, checkpoints and Kafka input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="229"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="233"/>
        <source>up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="233"/>
        <source>uptime unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/FlinkPage.cpp" line="235"/>
        <source>%n restart(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="237"/>
        <source>restarts unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="238"/>
        <source>%1 of %2 tasks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="242"/>
        <source>checkpointing disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="244"/>
        <source>checkpoints: %1 completed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="248"/>
        <source>state growing %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="256"/>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="257"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="260"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="267"/>
        <source>Last exception (%1)%2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="268"/>
        <source>%1
on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="271"/>
        <source>No exception since the job was submitted.</source>
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
        <source>Measured at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="112"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="113"/>
        <source>Share of time the busiest subtask spent processing records (not idle, not back-pressured), Flink&apos;s 60 s moving average. Near 100 %: this vertex is the bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="117"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="124"/>
        <source>Average over subtasks: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="129"/>
        <source>Records in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="130"/>
        <source>Records received per second, summed over subtasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="136"/>
        <source>Records out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="137"/>
        <source>Records emitted per second, summed over subtasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="143"/>
        <source>Watermark lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="144"/>
        <source>How far event time trails the clock: the JobManager&apos;s time minus the lowest watermark over subtasks. &quot;no watermark&quot;: no subtask has emitted one yet; &quot;idle&quot;: its sources are idle, which is not lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="156"/>
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
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="141"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="142"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="143"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="144"/>
        <source>The group&apos;s committed offset; &quot;none&quot;: it never committed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="145"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="150"/>
        <source>End offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="157"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="164"/>
        <source>Time lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="171"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="178"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="179"/>
        <source>The client the partition is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupTableModel</name>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="51"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="52"/>
        <source>The consumer group&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="58"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="59"/>
        <source>Stable, Empty (no members), PreparingRebalance, CompletingRebalance, Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="65"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="66"/>
        <source>Consumers in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="72"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="73"/>
        <source>Messages behind, summed over the group&apos;s partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="79"/>
        <source>Max lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="80"/>
        <source>Messages behind on the worst partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="86"/>
        <source>Time lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="87"/>
        <source>How long ago the newest message the group has committed was written, on its worst partition. &quot;≥&quot;: older than the history Tidewatch has kept so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="95"/>
        <source>Burrow&apos;s evaluation over the last commits: OK, WARN (lag growing), STOP (no commits while behind), STALL (commits that do not move), REWIND (offset went back), NOTFOUND (not judged yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="101"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="102"/>
        <source>Lag over the last minute: ↑ growing, ↓ shrinking, → steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="108"/>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="109"/>
        <source>Committed messages per second over the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="118"/>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="119"/>
        <source>Estimated time until the lag is zero at the current consume and produce rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="122"/>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="124"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupsPage</name>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="23"/>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="35"/>
        <source>Filter groups by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GroupsPage.cpp" line="80"/>
        <source>%n consumer group(s) · %1 stopped, stalled or rewound</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="98"/>
        <source>Lag of %1 (messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="100"/>
        <source>Time lag of %1 (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="105"/>
        <source>Select a group to see its partitions, members and lag history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="111"/>
        <source>%1 — %2, lag %3, time lag %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="113"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GroupsPage.cpp" line="118"/>
        <source>%1 on %2 (%n partition(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="119"/>
        <source>No active members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="120"/>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="47"/>
        <source>Tidewatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="58"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="59"/>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="60"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="61"/>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="62"/>
        <source>Flink jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="65"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="86"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="87"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="90"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="97"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="158"/>
        <source>Last Kafka cycle: %1 ms, %2 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="213"/>
        <source>%1 UNREACHABLE: %2 — last data %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="215"/>
        <source>%1 STALE — last data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="218"/>
        <source>Kafka %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="221"/>
        <source>Broker %1 DOWN: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="224"/>
        <source>%n partition(s) OFFLINE</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="227"/>
        <source>Flink %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidewatch::OverviewPage</name>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="22"/>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="23"/>
        <location filename="../widgets/OverviewPage.cpp" line="56"/>
        <source>Flink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="37"/>
        <source>Double-click a group to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="38"/>
        <source>Double-click a broker to open the brokers page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="41"/>
        <source>Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="50"/>
        <source>Consumer groups, most lag first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="63"/>
        <source>No Kafka cluster configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="64"/>
        <source>No Flink cluster configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="96"/>
        <source>%1 — brokers up: %2/%3 · controller: %4 · topics: %5 · partitions: %6 · under-replicated: %7 · offline: %8 · under min ISR: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="101"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="117"/>
        <source>%1 — Flink %2 · task managers: %3 · slots: %4 free of %5 · jobs running: %6 of %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="119"/>
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
        <location filename="../widgets/SettingsPage.cpp" line="79"/>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="82"/>
        <source>Profiles in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="83"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="83"/>
        <source>Start a new, empty profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="84"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="84"/>
        <source>Delete the selected profile and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="85"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="85"/>
        <source>Monitor the clusters of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="94"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="98"/>
        <source>Follow the system colours or force a light or dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="99"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="100"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="101"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="103"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="119"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="119"/>
        <source>Unique name of the profile (no &apos;/&apos; or &apos;\&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="119"/>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="120"/>
        <source>Kafka bootstrap servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="120"/>
        <source>host:port,host:port; empty: no Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="121"/>
        <source>broker1:9092,broker2:9092</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="123"/>
        <source>Broker metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="124"/>
        <source>Prometheus endpoints of the brokers: a template with {host} and {id}, or id=url,id=url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="125"/>
        <source>http://{host}:9404/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="126"/>
        <source>Flink REST URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="126"/>
        <source>The Flink REST endpoint; empty: no Flink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="127"/>
        <source>http://flink:8081</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="128"/>
        <source>Flink user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="128"/>
        <source>User for HTTP basic authentication to Flink (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="130"/>
        <source>Flink password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="131"/>
        <source>Password for HTTP basic authentication to Flink: kept in the system keychain, never in the profiles file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="135"/>
        <source>Flink CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="136"/>
        <source>PEM file with the CA certificates of an https Flink endpoint (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="137"/>
        <source>/etc/ssl/flink-ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="143"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="148"/>
        <source>Poll interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="148"/>
        <source>How often Kafka and Flink are polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="150"/>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="150"/>
        <source>Bound on every single request to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="153"/>
        <source>librdkafka properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="156"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="156"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="160"/>
        <source>Extra librdkafka properties (security.protocol, sasl.mechanism, ...). Secret ones (passwords, secrets, keys) go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="162"/>
        <source>Add property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="162"/>
        <source>Add a librdkafka property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="163"/>
        <source>Remove property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="163"/>
        <source>Remove the selected librdkafka property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="178"/>
        <source>Keep secrets for this session only (in memory, lost on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="180"/>
        <source>Without a system keychain, secrets are never written to disk: tick this to keep them in memory until Tidewatch exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="190"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="190"/>
        <source>Write the profile; secrets go to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="377"/>
        <source>A profile named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SettingsPage.cpp" line="421"/>
        <source>Saved &quot;%1&quot; without its %n secret(s): no system keychain is available. Tick &quot;Keep secrets for this session only&quot; and save again to keep them in memory; they are never written in clear.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="430"/>
        <source>Saved &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="431"/>
        <source>Saved &quot;%1&quot;; its secrets are kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="450"/>
        <source>Deleted &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="458"/>
        <source>A profile needs a name and Kafka bootstrap servers or a Flink REST URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="478"/>
        <source>No system keychain is available (%1). Secrets (Flink password, secret librdkafka properties) are never written to the profiles file: keep them for this session only, or start a keychain service (Secret Service, KWallet) and restart Tidewatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="483"/>
        <source>not stored: no keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="485"/>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="486"/>
        <source>checking the keychain…</source>
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
        <location filename="../widgets/StatusLine.cpp" line="32"/>
        <source>%1: unreachable (%2), last data %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="34"/>
        <source>%1: stale, last updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="36"/>
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
    <message numerus="yes">
        <location filename="../widgets/TopicsPage.cpp" line="58"/>
        <source>%n topic(s) · under-replicated partitions: %1 · offline: %2 · under min ISR: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../app/main.cpp" line="67"/>
        <source>Try &apos;tidewatch --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
