<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertCells</name>
    <message>
        <location filename="../models/itemmodels/AlertCells.cpp" line="+31"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertex</source>
        <translation>Vertex</translation>
    </message>
</context>
<context>
    <name>AlertHandling</name>
    <message>
        <location filename="../models/itemmodels/AlertHandling.cpp" line="+13"/>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../alerts/AlertRule.cpp" line="+210"/>
        <source>unclosed &apos;{{&apos; at position %1</source>
        <translation>nicht geschlossenes &apos;{{&apos; an Position %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported template function &apos;%1&apos; (use humanize, humanizePercentage or humanizeDuration)</source>
        <translation>nicht unterstützte Vorlagenfunktion „%1“ (verwenden Sie humanize, humanizePercentage oder humanizeDuration)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported template action &apos;%1&apos; (use {{ $value }}, {{ $value | humanizePercentage }} or {{ $labels.NAME }})</source>
        <translation>nicht unterstützte Vorlagenaktion „%1“ (verwenden Sie {{ $value }}, {{ $value | humanizePercentage }} oder {{ $labels.NAME }})</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="+81"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown op &apos;%1&apos; (use &gt;, &gt;=, &lt;, &lt;=, == or !=)</source>
        <translation>unbekannter Operator &apos;%1&apos; (verwenden Sie &gt;, &gt;=, &lt;, &lt;=, == oder !=)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>missing (a non-empty string is required)</source>
        <translation>fehlt (eine nicht leere Zeichenkette ist erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+139"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>missing (a number is required)</source>
        <translation>fehlt (eine Zahl ist erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a duration string such as &quot;5m&quot;</source>
        <translation>muss eine Dauer als Zeichenkette sein, etwa &quot;5m&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad duration &apos;%1&apos; (use e.g. 30s, 5m, 1h30m)</source>
        <translation>fehlerhafte Dauer &apos;%1&apos; (verwenden Sie z. B. 30s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration &apos;%1&apos; is out of range: from 0 to %2 (Prometheus&apos;s longest duration)</source>
        <translation>Dauer &apos;%1&apos; liegt außerhalb des Bereichs: von 0 bis %2 (die längste Dauer in Prometheus)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object of label name to value</source>
        <translation>muss ein Objekt sein, das Label-Namen auf Werte abbildet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>matcher &apos;%1&apos; must be a string</source>
        <translation>Matcher &apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad matcher &apos;%1&apos; (use name=value, name!=value, name=~regex or name!~regex)</source>
        <translation>fehlerhafter Matcher &apos;%1&apos; (verwenden Sie name=value, name!=value, name=~regex oder name!~regex)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object or an array of strings</source>
        <translation>muss ein Objekt oder ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown metric &apos;%1&apos; (see docs/METRICS.md)</source>
        <translation>unbekannte Metrik &apos;%1&apos; (siehe docs/METRICS.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid label name &apos;%1&apos;</source>
        <translation>ungültiger Label-Name &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid regex &apos;%1&apos; for label &apos;%2&apos;: %3</source>
        <translation>ungültiger regulärer Ausdruck &apos;%1&apos; für Label &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is out of range: from 0 to %1 (Prometheus&apos;s longest duration)</source>
        <translation>liegt außerhalb des Bereichs: von 0 bis %1 (die längste Dauer in Prometheus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not allowed with op == or != (there is no inside to clear to)</source>
        <translation>ist mit op == oder != nicht erlaubt (es gibt keinen Bereich, in den der Wert zurückkehren könnte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be above the threshold %1 for op %2: a firing alert clears when the value falls to it</source>
        <translation>darf bei op %2 nicht über dem Schwellenwert %1 liegen: Ein aktiver Alarm wird behoben, sobald der Wert auf diese Grenze fällt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must not be below the threshold %1 for op %2: a firing alert clears when the value rises to it</source>
        <translation>darf bei op %2 nicht unter dem Schwellenwert %1 liegen: Ein aktiver Alarm wird behoben, sobald der Wert auf diese Grenze steigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown severity &apos;%1&apos; (use critical, warning or info)</source>
        <translation>unbekannter Schweregrad &apos;%1&apos; (verwenden Sie critical, warning oder info)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>label given twice</source>
        <translation>Label doppelt angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the alertname label is the rule&apos;s &quot;alert&quot; field</source>
        <translation>das Label alertname ist das Feld &quot;alert&quot; der Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the severity label is the rule&apos;s &quot;severity&quot; field</source>
        <translation>das Label severity ist das Feld &quot;severity&quot; der Regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid label name (use [a-zA-Z_][a-zA-Z0-9_]*, not starting with __)</source>
        <translation>ungültiger Label-Name (verwenden Sie [a-zA-Z_][a-zA-Z0-9_]*, nicht mit __ beginnend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty (leave the label out instead)</source>
        <translation>darf nicht leer sein (lassen Sie das Label stattdessen weg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>bad template: %1</source>
        <translation>fehlerhaftes Template: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an object with a &quot;rules&quot; array</source>
        <translation>erwartet wird ein Objekt mit einem Array &quot;rules&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>given more than once (JSON keeps only the last)</source>
        <translation>mehr als einmal angegeben (JSON behält nur den letzten Wert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>duplicate of rule %1 (same alert and matchers)</source>
        <translation>Duplikat von Regel %1 (gleicher Alarm und gleiche Matcher)</translation>
    </message>
</context>
<context>
    <name>BusinessCells</name>
    <message>
        <location filename="../models/itemmodels/BusinessCells.cpp" line="+32"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packed</source>
        <translation>verpackt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>versendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatched</source>
        <translation>verschickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label created</source>
        <translation>Versandetikett erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked up</source>
        <translation>abgeholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in transit</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived at a hub</source>
        <translation>im Hub angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out for delivery</source>
        <translation>in Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delayed</source>
        <translation>verzögert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery problem</source>
        <translation>Zustellproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>zurückgesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown change operation</source>
        <translation>unbekannte Änderungsoperation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required field missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field of the wrong type</source>
        <translation>Feld mit falschem Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable time</source>
        <translation>unlesbare Zeitangabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event time in the future</source>
        <translation>Ereigniszeit in der Zukunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty message</source>
        <translation>leere Nachricht</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Code in the events: %1</source>
        <translation>Code in den Ereignissen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>BusinessCharts</name>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="+34"/>
        <source>No events in the last hour</source>
        <translation>Keine Ereignisse in der letzten Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+11"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(no currency)</source>
        <translation>(keine Währung)</translation>
    </message>
</context>
<context>
    <name>BusinessPages</name>
    <message>
        <location filename="../widgets/BusinessPages.cpp" line="+36"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected events</source>
        <translation>Abgewiesene Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business wall</source>
        <translation>Business-Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub map</source>
        <translation>Hub-Karte</translation>
    </message>
</context>
<context>
    <name>BusinessStatusLine</name>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="+22"/>
        <source>newest event read %1</source>
        <translation>neuestes Ereignis %1 gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no event read yet</source>
        <translation>noch kein Ereignis gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: unreachable (%1), %2</source>
        <translation>Ereignisse: nicht erreichbar (%1), %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: connected, no event read yet</source>
        <translation>Ereignisse: verbunden, noch kein Ereignis gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: stale, %1</source>
        <translation>Ereignisse: veraltet, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: live, %1</source>
        <translation>Ereignisse: live, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · event time up to %1</source>
        <translation> · Ereigniszeit bis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>ChartUnits</name>
    <message>
        <location filename="../widgets/ChartUnits.cpp" line="+36"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+44"/>
        <source>--%1 needs a whole number of %2 from %3 to %4, got: %5</source>
        <translation>--%1 erwartet eine ganze Anzahl %2 von %3 bis %4, erhalten: %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>-X %1=@FILE: cannot read %2: %3</source>
        <translation>-X %1=@FILE: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-X %1=@FILE: %2 is larger than %3 bytes</source>
        <translation>-X %1=@FILE: %2 ist größer als %3 Bytes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kafka bootstrap servers (host:port[,host:port...]).</source>
        <translation>Kafka-Bootstrap-Server (host:port[,host:port...]).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flink REST URL, e.g. http://127.0.0.1:8081.</source>
        <translation>Flink-REST-URL, z. B. http://127.0.0.1:8081.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+7"/>
        <location line="+49"/>
        <location line="+12"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Brokers&apos; Prometheus endpoints (JMX exporter): a template such as http://{host}:9404/metrics, or id=url,id=url.</source>
        <translation>Prometheus-Endpunkte der Broker (JMX-Exporter): eine Vorlage wie http://{host}:9404/metrics oder id=url,id=url.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spec</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection profile to use (see --profiles-file); repeatable or comma-separated to monitor several clusters at once. The connection options apply to the first.</source>
        <translation>Zu verwendendes Verbindungsprofil (siehe --profiles-file); wiederholbar oder durch Kommas getrennt, um mehrere Cluster gleichzeitig zu überwachen. Die Verbindungsoptionen gelten für das erste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <location line="+12"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Monitor every profile of the profiles file (what the dashboard does when no cluster is given).</source>
        <translation>Jedes Profil der Profildatei überwachen (das tut das Dashboard, wenn kein Cluster angegeben ist).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wall mode: the key sequence that leaves it, e.g. Ctrl+Alt+Q (default Esc).</source>
        <translation>Wandmodus: die Tastenfolge, die ihn beendet, z. B. Ctrl+Alt+Q (Standard: Esc).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles file (default: %1).</source>
        <translation>Profildatei (Standard: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+42"/>
        <location line="+35"/>
        <location line="+21"/>
        <location line="+15"/>
        <location line="+44"/>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+4"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>librdkafka properties file (security, SASL, TLS, ...).</source>
        <translation>librdkafka-Eigenschaftsdatei (Sicherheit, SASL, TLS, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A librdkafka property, repeatable: -X security.protocol=SSL.</source>
        <translation>Eine librdkafka-Eigenschaft, wiederholbar: -X security.protocol=SSL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value</source>
        <translation>Schlüssel=Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name shown for this cluster (Qt reserves --name).</source>
        <translation>Angezeigter Name dieses Clusters (Qt reserviert --name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll interval in milliseconds (default 2000).</source>
        <translation>Abfrageintervall in Millisekunden (Standard: 2000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Timeout of each request in milliseconds (default 5000).</source>
        <translation>Timeout jeder Anfrage in Millisekunden (Standard: 5000).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>snapshot: output format, json (default) or table; rules export: prometheus (default) or json.</source>
        <translation>snapshot: Ausgabeformat, json (Standard) oder table; rules export: prometheus (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>rules test: keep the generated rule and test files in this folder.</source>
        <translation>rules test: die erzeugten Regel- und Testdateien in diesem Ordner behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alert rules file (JSON, see docs/ALERTS.md); default: %1 if it exists, else the built-in rules.</source>
        <translation>Alarmregeldatei (JSON, siehe docs/ALERTS.md); Standard: %1, falls vorhanden, sonst die eingebauten Regeln.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send firing and resolved alerts to this Alertmanager (API v2), repeatable; added to the profiles file&apos;s alertmanager.N.url. A user goes in the URL (http://user@host:9093), the password in TIDEWATCH_ALERTMANAGER_PASSWORD.</source>
        <translation>Aktive und behobene Alarme an diesen Alertmanager senden (API v2), wiederholbar; ergänzt alertmanager.N.url der Profildatei. Ein Benutzer steht in der URL (http://user@host:9093), das Passwort in TIDEWATCH_ALERTMANAGER_PASSWORD.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>POST new firing and resolved alerts as JSON to this URL, repeatable (docs/ALERTS.md); a bearer token comes from TIDEWATCH_WEBHOOK_TOKEN, a basic-auth password from TIDEWATCH_WEBHOOK_PASSWORD.</source>
        <translation>Neue aktive und behobene Alarme als JSON per POST an diese URL senden, wiederholbar (docs/ALERTS.md); ein Bearer-Token kommt aus TIDEWATCH_WEBHOOK_TOKEN, ein Basic-Auth-Passwort aus TIDEWATCH_WEBHOOK_PASSWORD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alert history database (SQLite); default: alert-history.sqlite in the user&apos;s data folder.</source>
        <translation>Datenbank der Alarmhistorie (SQLite); Standard: alert-history.sqlite im Datenordner des Benutzers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the charts&apos; history in memory only: neither read nor write the history files.</source>
        <translation>Den Verlauf der Diagramme nur im Speicher halten: die Verlaufsdateien weder lesen noch schreiben.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PostgreSQL whose replication slots the Pipelines page shows: a libpq connection string (&quot;host=127.0.0.1 port=15432 dbname=shop user=tidewatch&quot;); the password comes from the profile or the TIDEWATCH_POSTGRES_PASSWORD environment variable.</source>
        <translation>PostgreSQL, dessen Replikationsslots die Seite „Pipelines“ anzeigt: ein libpq-Verbindungsstring (&quot;host=127.0.0.1 port=15432 dbname=shop user=tidewatch&quot;); das Passwort kommt aus dem Profil oder der Umgebungsvariablen TIDEWATCH_POSTGRES_PASSWORD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kafka Connect worker&apos;s Prometheus endpoint with Debezium&apos;s figures (JMX exporter).</source>
        <translation>Prometheus-Endpunkt des Kafka-Connect-Workers mit den Kennzahlen von Debezium (JMX-Exporter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A pipeline, repeatable: &quot;NAME: kind:id &gt; kind:id ...&quot; with kind database (a replication slot), connector, topic, group or flink.</source>
        <translation>Eine Pipeline, wiederholbar: &quot;NAME: kind:id &gt; kind:id ...&quot; mit kind database (ein Replikationsslot), connector, topic, group oder flink.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka Connect REST URL, repeatable (one per Connect cluster), e.g. http://127.0.0.1:8083; user:password@ in the URL for basic auth.</source>
        <translation>Kafka-Connect-REST-URL, wiederholbar (eine pro Connect-Cluster), z. B. http://127.0.0.1:8083; user:password@ in der URL für Basic Auth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificate(s) of https Kafka Connect workers (PEM).</source>
        <translation>CA-Zertifikat(e) von Kafka-Connect-Workern mit https (PEM).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client certificate (PEM) for an https Flink endpoint that requires one; an encrypted key&apos;s passphrase comes from TIDEWATCH_FLINK_KEY_PASSWORD.</source>
        <translation>Client-Zertifikat (PEM) für einen https-Flink-Endpunkt, der eines verlangt; die Passphrase eines verschlüsselten Schlüssels kommt aus TIDEWATCH_FLINK_KEY_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key (PEM) of --flink-cert, when not in its file.</source>
        <translation>Der private Schlüssel (PEM) zu --flink-cert, wenn er nicht in dessen Datei steht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic-auth user of the broker metrics endpoints; the password comes from the profile or TIDEWATCH_BROKER_METRICS_PASSWORD.</source>
        <translation>Basic-Auth-Benutzer der Metrik-Endpunkte der Broker; das Passwort kommt aus dem Profil oder aus TIDEWATCH_BROKER_METRICS_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificate(s) of https broker metrics endpoints (PEM).</source>
        <translation>CA-Zertifikat(e) von https-Metrik-Endpunkten der Broker (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client certificate (PEM) for the broker metrics endpoints; an encrypted key&apos;s passphrase comes from TIDEWATCH_BROKER_METRICS_KEY_PASSWORD.</source>
        <translation>Client-Zertifikat (PEM) für die Metrik-Endpunkte der Broker; die Passphrase eines verschlüsselten Schlüssels kommt aus TIDEWATCH_BROKER_METRICS_KEY_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key (PEM) of --broker-metrics-cert, when not in its file.</source>
        <translation>Der private Schlüssel (PEM) zu --broker-metrics-cert, wenn er nicht in dessen Datei steht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basic-auth user of the Kafka Connect workers whose URL has none; the password comes from the profile or TIDEWATCH_CONNECT_PASSWORD.</source>
        <translation>Basic-Auth-Benutzer der Kafka-Connect-Worker, deren URL keinen enthält; das Passwort kommt aus dem Profil oder aus TIDEWATCH_CONNECT_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client certificate (PEM) for https Kafka Connect workers; an encrypted key&apos;s passphrase comes from TIDEWATCH_CONNECT_KEY_PASSWORD.</source>
        <translation>Client-Zertifikat (PEM) für Kafka-Connect-Worker mit https; die Passphrase eines verschlüsselten Schlüssels kommt aus TIDEWATCH_CONNECT_KEY_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key (PEM) of --connect-cert, when not in its file.</source>
        <translation>Der private Schlüssel (PEM) zu --connect-cert, wenn er nicht in dessen Datei steht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>serve: the exporter&apos;s address (default 127.0.0.1:9464; the profiles file&apos;s exporter.listen).</source>
        <translation>serve: die Adresse des Exporters (Standard: 127.0.0.1:9464; exporter.listen der Profildatei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>addr:port</source>
        <translation>Adresse:Port</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dashboard: also export to Prometheus on this address while it runs.</source>
        <translation>Dashboard: während der Laufzeit zusätzlich auf dieser Adresse nach Prometheus exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter basic-auth user; the password comes from the profiles file (exporter.password) or the TIDEWATCH_EXPORTER_PASSWORD environment variable.</source>
        <translation>Basic-Auth-Benutzer des Exporters; das Passwort kommt aus der Profildatei (exporter.password) oder der Umgebungsvariablen TIDEWATCH_EXPORTER_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter: serve https with this PEM file (certificate and private key).</source>
        <translation>Exporter: https mit dieser PEM-Datei (Zertifikat und privater Schlüssel) bereitstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter: the private key (PEM) when it is not in the certificate&apos;s file.</source>
        <translation>Exporter: der private Schlüssel (PEM), wenn er nicht in der Zertifikatsdatei steht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language of the interface: cs, de or en (default: the one chosen in Settings, else the system&apos;s). snapshot and serve always write English.</source>
        <translation>Die Sprache der Oberfläche: cs, de oder en (Standard: die in den Einstellungen gewählte, sonst die des Systems). snapshot und serve schreiben immer Englisch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>snapshot, render, serve, or nothing for the dashboard.</source>
        <translation>snapshot, render, serve oder nichts für das Dashboard.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--language must be one of %1, got: %2</source>
        <translation>--language muss einer der Werte %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rules: --format must be prometheus or json, got: %1</source>
        <translation>rules: --format muss prometheus oder json sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>-X needs key=value</source>
        <translation>-X erwartet key=value</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: -X %1 puts a secret on the command line, where every user of this machine can read it (ps); use -X %1=@FILE or --kafka-config FILE instead</source>
        <translation>Warnung: -X %1 legt ein Geheimnis auf die Befehlszeile, wo jeder Benutzer dieses Rechners es lesen kann (ps); verwenden Sie stattdessen -X %1=@FILE oder --kafka-config FILE</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>render needs --out FILE.png (or a folder for several images)</source>
        <translation>render braucht --out DATEI.png (oder einen Ordner für mehrere Bilder)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--theme is an option of render; the dashboard uses the theme of Settings</source>
        <translation>--theme ist eine Option von render; das Dashboard verwendet das Design aus den Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--listen is an option of serve; the dashboard takes --exporter-listen</source>
        <translation>--listen ist eine Option von serve; das Dashboard nimmt --exporter-listen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the exporter&apos;s user %1 has no password: set exporter.password in the profiles file or TIDEWATCH_EXPORTER_PASSWORD</source>
        <translation>der Benutzer %1 des Exporters hat kein Passwort: setzen Sie exporter.password in der Profildatei oder TIDEWATCH_EXPORTER_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>serve needs --bootstrap, --flink, --connect, a --profile that has them, or profiles in %1</source>
        <translation>serve braucht --bootstrap, --flink, --connect, ein --profile, das diese enthält, oder Profile in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>snapshot needs --bootstrap, --flink, --connect or a --profile that has them</source>
        <translation>snapshot braucht --bootstrap, --flink, --connect oder ein --profile, das diese enthält</translation>
    </message>
    <message>
        <location line="-621"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Tidewatch: a live operations dashboard for Kafka clusters and Flink jobs.

Commands:
  (none)     open the dashboard
  snapshot   collect once and print the snapshot (JSON or a table), or keep printing with --watch
  render     render pages to PNG files, offscreen (--page, --size, --theme, --out); with
             several pages or sizes --out is a folder of &lt;page&gt;-&lt;W&gt;x&lt;H&gt;-&lt;theme&gt;.png files
  rules      alert rules without a display:
             rules export [--format prometheus|json] [--rules FILE] [--out FILE]
             rules test [--rules FILE] [--keep DIR]   (runs promtool test rules on generated tests)
             rules check FILE                          (line-precise errors of a rules file)
             rules import FILE [--out FILE]            (a Prometheus rule file into our JSON)
             Without --rules: the user&apos;s rules file if it exists, else the built-in rules.
             Exit codes: 0 ok; 1 invalid rules, rejected import or failed promtool tests;
             2 bad command line; 3 a file could not be read or written, or promtool is missing.
  serve      run headless: collectors, alert rules and the Prometheus exporter on /metrics</source>
        <translation>Tidewatch: ein Live-Dashboard für den Betrieb von Kafka-Clustern und Flink-Jobs.

Befehle:
  (keiner)   das Dashboard öffnen
  snapshot   einmal erfassen und den Snapshot ausgeben (JSON oder Tabelle), oder mit --watch fortlaufend ausgeben
  render     Seiten offscreen als PNG-Dateien rendern (--page, --size, --theme, --out); bei
             mehreren Seiten oder Größen ist --out ein Ordner mit Dateien &lt;page&gt;-&lt;W&gt;x&lt;H&gt;-&lt;theme&gt;.png
  rules      Alarmregeln ohne Anzeige:
             rules export [--format prometheus|json] [--rules FILE] [--out FILE]
             rules test [--rules FILE] [--keep DIR]   (führt promtool test rules mit erzeugten Tests aus)
             rules check FILE                          (zeilengenaue Fehler einer Regeldatei)
             rules import FILE [--out FILE]            (eine Prometheus-Regeldatei in unser JSON)
             Ohne --rules: die Regeldatei des Benutzers, falls vorhanden, sonst die eingebauten Regeln.
             Exit-Codes: 0 ok; 1 ungültige Regeln, abgewiesener Import oder fehlgeschlagene promtool-Tests;
             2 fehlerhafte Befehlszeile; 3 eine Datei konnte nicht gelesen oder geschrieben werden, oder promtool fehlt.
  serve      ohne Oberfläche laufen: Collectors, Alarmregeln und der Prometheus-Exporter unter /metrics</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Page to open first: %1. render: a comma-separated list or all.</source>
        <translation>Zuerst geöffnete Seite: %1. render: eine durch Kommas getrennte Liste oder all.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>snapshot: print a new snapshot every N seconds.</source>
        <translation>snapshot: alle N Sekunden einen neuen Snapshot ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+12"/>
        <location line="+475"/>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+24"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="-558"/>
        <source>snapshot: collect for N seconds before printing, so rates and time lags are known.</source>
        <translation>snapshot: vor der Ausgabe N Sekunden lang erfassen, damit Raten und zeitlicher Lag bekannt sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>render: image size, e.g. 1600x1000, or several: 1600x900,1280x720.</source>
        <translation>render: Bildgröße, z. B. 1600x1000, oder mehrere: 1600x900,1280x720.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>render: the PNG file to write, or the folder for several images; rules export/import: the file to write (default stdout).</source>
        <translation>render: die zu schreibende PNG-Datei oder der Ordner für mehrere Bilder; rules export/import: die zu schreibende Datei (Standard: stdout).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render: light, dark or system (default: the theme chosen in Settings).</source>
        <translation>render: light, dark oder system (Standard: das in den Einstellungen gewählte Design).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>render: seconds to wait for the first data (default 20); then the page is rendered as it is.</source>
        <translation>render: Sekunden, die auf die ersten Daten gewartet wird (Standard: 20); danach wird die Seite so gerendert, wie sie ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wall-display mode: full screen, large type, rotating pages; Esc leaves it.</source>
        <translation>Wandanzeige-Modus: Vollbild, große Schrift, wechselnde Seiten; Esc beendet ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wall mode: pages to rotate through, comma-separated (default overview).</source>
        <translation>Wandmodus: Seiten, zwischen denen gewechselt wird, durch Kommas getrennt (Standard: overview).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wall mode: seconds per page (default 30; 0 keeps the first page).</source>
        <translation>Wandmodus: Sekunden pro Seite (Standard: 30; 0 behält die erste Seite).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Flink REST basic-auth user; the password comes from the profile or the TIDEWATCH_FLINK_PASSWORD environment variable.</source>
        <translation>Basic-Auth-Benutzer für Flink REST; das Passwort kommt aus dem Profil oder der Umgebungsvariablen TIDEWATCH_FLINK_PASSWORD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <location line="+21"/>
        <location line="+26"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>CA certificate(s) of an https Flink endpoint (PEM).</source>
        <translation>CA-Zertifikat(e) eines https-Flink-Endpunkts (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Flink job&apos;s Kafka input, repeatable: JOB|GROUP[|TOPIC,TOPIC] (JOB may be *).</source>
        <translation>Kafka-Eingabe eines Flink-Jobs, wiederholbar: JOB|GROUP[|TOPIC,TOPIC] (JOB darf * sein).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event topic of the business views, repeatable: TOPIC[:orders|shipments[:json|debezium]] with the default field mapping, or &quot;stack&quot; for the local stack&apos;s three topics.</source>
        <translation>Ein Ereignis-Topic der Business-Ansichten, wiederholbar: TOPIC[:orders|shipments[:json|debezium]] mit der Standard-Feldzuordnung, oder &quot;stack&quot; für die drei Topics des lokalen Stacks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the event topics from this many minutes back (0: only new events; default 30).</source>
        <translation>Die Ereignis-Topics ab so vielen Minuten zurück lesen (0: nur neue Ereignisse; Standard: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+297"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>snapshot reads one cluster: give one --profile</source>
        <translation>snapshot liest einen Cluster: geben Sie ein --profile an</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--pipeline: %1</source>
        <translation>--pipeline: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--flink-kafka-link needs JOB|GROUP[|TOPIC,TOPIC], got: %1</source>
        <translation>--flink-kafka-link erwartet JOB|GROUP[|TOPIC,TOPIC], erhalten: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--event-topic needs TOPIC[:orders|shipments[:json|debezium]] or stack, got: %1</source>
        <translation>--event-topic erwartet TOPIC[:orders|shipments[:json|debezium]] oder stack, erhalten: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>-X needs key=value, got: %1</source>
        <translation>-X erwartet key=value, erhalten: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--rules: %1 is not a valid rules file:
  %2</source>
        <translation>--rules: %1 ist keine gültige Regeldatei:
  %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>--alertmanager and --webhook belong to the dashboard and serve</source>
        <translation>--alertmanager und --webhook gehören zum Dashboard und zu serve</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be json or table, got: %1</source>
        <translation>--format muss json oder table sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--pages: unknown page %1 (pages: %2)</source>
        <translation>--pages: unbekannte Seite %1 (Seiten: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--wall-exit-key: not a key sequence: %1</source>
        <translation>--wall-exit-key: keine Tastenfolge: %1</translation>
    </message>
    <message>
        <location filename="../app/RenderOptions.cpp" line="+46"/>
        <source>--page must be one of %1, a comma-separated list of them or all</source>
        <translation>--page muss eines von %1 sein, eine durch Kommas getrennte Liste davon oder all</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--size needs WxH, at least 200x150, got: %1</source>
        <translation>--size erwartet BxH, mindestens 200x150, erhalten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--theme must be light, dark or system, got: %1</source>
        <translation>--theme muss light, dark oder system sein, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>ConnectParsers</name>
    <message>
        <location filename="../collectors/ConnectParsers.cpp" line="+28"/>
        <location line="+158"/>
        <source>The response is nested too deeply</source>
        <translation>Die Antwort ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+164"/>
        <source>The response is not valid JSON</source>
        <translation>Die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+164"/>
        <source>The response is not a JSON object</source>
        <translation>Die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The answer of / has no &quot;version&quot;: not a Kafka Connect worker?</source>
        <translation>Die Antwort von / hat keine &quot;version&quot;: kein Kafka-Connect-Worker?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The worker lists connector names only (expand=status needs Kafka Connect 2.3 or later)</source>
        <translation>Der Worker listet nur Connector-Namen auf (expand=status braucht Kafka Connect 2.3 oder neuer)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connector &quot;%1&quot; is not described by an object</source>
        <translation>Connector &quot;%1&quot; wird nicht durch ein Objekt beschrieben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The answer does not name connector &quot;%1&quot;</source>
        <translation>Die Antwort nennt Connector &quot;%1&quot; nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer has no &quot;topics&quot; list</source>
        <translation>Die Antwort hat keine &quot;topics&quot;-Liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A topic name is not a string</source>
        <translation>Ein Topic-Name ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The answer has no &quot;offsets&quot; list</source>
        <translation>Die Antwort hat keine &quot;offsets&quot;-Liste</translation>
    </message>
</context>
<context>
    <name>DefaultRules</name>
    <message>
        <location filename="../alerts/DefaultRuleTexts.cpp" line="+14"/>
        <source>{{ $labels.cluster }}: {{ $labels.source }} is unreachable</source>
        <comment>rule TidewatchSourceDown: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $labels.source }} ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidewatch has not reached the {{ $labels.source }} source of {{ $labels.cluster }} for 30 seconds; its numbers are not current.</source>
        <comment>rule TidewatchSourceDown: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Tidewatch erreicht die Quelle {{ $labels.source }} von {{ $labels.cluster }} seit 30 Sekunden nicht; ihre Werte sind nicht aktuell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: broker {{ $labels.broker }} is down</source>
        <comment>rule KafkaBrokerDown: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: Broker {{ $labels.broker }} ist ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker {{ $labels.broker }} is missing from the cluster metadata or cannot be reached.</source>
        <comment>rule KafkaBrokerDown: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Broker {{ $labels.broker }} fehlt in den Cluster-Metadaten oder ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: no active controller</source>
        <comment>rule KafkaNoActiveController: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: kein aktiver Controller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster has had no active controller for 30 seconds: leader elections and topic changes are stuck.</source>
        <comment>rule KafkaNoActiveController: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Der Cluster hat seit 30 Sekunden keinen aktiven Controller: Leader-Wahlen und Topic-Änderungen hängen fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} offline partitions</source>
        <comment>rule KafkaOfflinePartitions: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value }} Partitionen offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions without a leader can be neither written nor read.</source>
        <comment>rule KafkaOfflinePartitions: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Partitionen ohne Leader können weder beschrieben noch gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} partitions under min.insync.replicas</source>
        <comment>rule KafkaUnderMinIsrPartitions: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value }} Partitionen unter min.insync.replicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Producers with acks=all are refused on these partitions until their ISR recovers.</source>
        <comment>rule KafkaUnderMinIsrPartitions: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Producer mit acks=all werden auf diesen Partitionen abgewiesen, bis sich ihre ISR erholt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} under-replicated partitions</source>
        <comment>rule KafkaUnderReplicatedPartitions: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value }} unterreplizierte Partitionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some replicas have fallen out of sync for more than a minute; one more broker failure may lose data.</source>
        <comment>rule KafkaUnderReplicatedPartitions: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Einige Replikate sind seit mehr als einer Minute nicht mehr synchron; ein weiterer Broker-Ausfall kann zu Datenverlust führen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value | humanizePercentage }} of partitions off their preferred leader</source>
        <comment>rule KafkaLeadersNotPreferred: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value | humanizePercentage }} der Partitionen nicht beim bevorzugten Leader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 10 % of the partitions have been led by another replica than their preferred one for 15 minutes, so some brokers carry more leaders than planned (see the Brokers page). Kafka&apos;s automatic leader rebalance would have moved them back within 5 minutes: it is off or failing. Run a preferred leader election.</source>
        <comment>rule KafkaLeadersNotPreferred: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Seit 15 Minuten werden mehr als 10 % der Partitionen von einem anderen Replikat als ihrem bevorzugten geführt, sodass einige Broker mehr Leader tragen als geplant (siehe Seite „Broker“). Kafkas automatisches Leader-Rebalancing hätte sie innerhalb von 5 Minuten zurückverschoben: Es ist ausgeschaltet oder schlägt fehl. Führen Sie eine Wahl der bevorzugten Leader durch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: consumer group {{ $labels.consumergroup }} is in error</source>
        <comment>rule KafkaConsumerGroupStatusError: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: Consumer-Gruppe {{ $labels.consumergroup }} ist im Fehlerzustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partition of {{ $labels.consumergroup }} is stopped, stalled or rewound (Burrow status ERR).</source>
        <comment>rule KafkaConsumerGroupStatusError: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Eine Partition von {{ $labels.consumergroup }} ist gestoppt, festgefahren oder zurückgesetzt (Burrow-Status ERR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $labels.consumergroup }} is {{ $value | humanizeDuration }} behind</source>
        <comment>rule KafkaConsumerGroupTimeLagHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $labels.consumergroup }} liegt {{ $value | humanizeDuration }} zurück</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{{ $labels.cluster }}: Flink job {{ $labels.job }} is back-pressured ({{ $value | humanizePercentage }} of the time)</source>
        <comment>rule FlinkJobBackpressureHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: Flink-Job {{ $labels.job }} steht unter Backpressure ({{ $value | humanizePercentage }} der Zeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{{ $labels.cluster }}: Flink job {{ $labels.job }} last checkpointed {{ $value | humanizeDuration }} ago</source>
        <comment>rule FlinkCheckpointStale: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: letzter Checkpoint von Flink-Job {{ $labels.job }} vor {{ $value | humanizeDuration }}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{ $labels.cluster }}: Flink job {{ $labels.job }} watermark is {{ $value | humanizeDuration }} behind</source>
        <comment>rule FlinkWatermarkLagHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: Watermark von Flink-Job {{ $labels.job }} liegt {{ $value | humanizeDuration }} zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{{ $labels.cluster }}: no new business events for {{ $value | humanizeDuration }}</source>
        <comment>rule BusinessEventsStale: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: seit {{ $value | humanizeDuration }} keine neuen Geschäftsereignisse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{{ $labels.cluster }}: pipeline {{ $labels.pipeline }} is {{ $value | humanizeDuration }} behind</source>
        <comment>rule PipelineEndToEndLagHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: Pipeline {{ $labels.pipeline }} liegt {{ $value | humanizeDuration }} zurück</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The slowest partition of {{ $labels.consumergroup }} has been more than 5 minutes behind for 2 minutes.</source>
        <comment>rule KafkaConsumerGroupTimeLagHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Die langsamste Partition von {{ $labels.consumergroup }} liegt seit 2 Minuten mehr als 5 Minuten zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $labels.consumergroup }} lost data on {{ $value }} partitions</source>
        <comment>rule KafkaConsumerGroupDataLost: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $labels.consumergroup }} hat Daten auf {{ $value }} Partitionen verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committed offset of {{ $labels.consumergroup }} is below the log start offset: retention deleted records the group never read.</source>
        <comment>rule KafkaConsumerGroupDataLost: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Der committete Offset von {{ $labels.consumergroup }} liegt unter dem Log-Start-Offset: Die Retention hat Datensätze gelöscht, die die Gruppe nie gelesen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $labels.consumergroup }} may lose unread data in {{ $value | humanizeDuration }}</source>
        <comment>rule KafkaConsumerGroupRetentionRisk: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $labels.consumergroup }} kann in {{ $value | humanizeDuration }} ungelesene Daten verlieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the current produce and consume rates, retention deletes records {{ $labels.consumergroup }} has not read within 30 minutes.</source>
        <comment>rule KafkaConsumerGroupRetentionRisk: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Bei den aktuellen Produktions- und Konsumraten löscht die Retention innerhalb von 30 Minuten Datensätze, die {{ $labels.consumergroup }} nicht gelesen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} partitions with a hanging transaction</source>
        <comment>rule KafkaHangingTransaction: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value }} Partitionen mit hängender Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transaction has been open for longer than the profile&apos;s threshold: read_committed consumers of those partitions cannot read past it.</source>
        <comment>rule KafkaHangingTransaction: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Eine Transaktion ist länger offen als der Schwellenwert des Profils: read_committed-Consumer dieser Partitionen können nicht über sie hinaus lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: Flink job {{ $labels.job }} is not running</source>
        <comment>rule FlinkJobNotRunning: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: Flink-Job {{ $labels.job }} läuft nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job {{ $labels.job }} ({{ $labels.job_id }}) has not been RUNNING for a minute.</source>
        <comment>rule FlinkJobNotRunning: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Job {{ $labels.job }} ({{ $labels.job_id }}) ist seit einer Minute nicht im Zustand RUNNING.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A vertex of {{ $labels.job }} has spent more than half its time back-pressured for 2 minutes.</source>
        <comment>rule FlinkJobBackpressureHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Ein Vertex von {{ $labels.job }} steht seit 2 Minuten mehr als die Hälfte der Zeit unter Backpressure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No checkpoint of {{ $labels.job }} has completed for more than 10 minutes; a restart would replay that much input.</source>
        <comment>rule FlinkCheckpointStale: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Seit mehr als 10 Minuten wurde kein Checkpoint von {{ $labels.job }} abgeschlossen; ein Neustart würde so viel Eingabe erneut verarbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} checkpoints of Flink job {{ $labels.job }} failed in a row</source>
        <comment>rule FlinkCheckpointsFailing: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value }} Checkpoints von Flink-Job {{ $labels.job }} nacheinander fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last {{ $value }} checkpoints of {{ $labels.job }} failed with none completing since; a restart would replay everything since the last completed one (or the whole input if none ever completed).</source>
        <comment>rule FlinkCheckpointsFailing: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Die letzten {{ $value }} Checkpoints von {{ $labels.job }} sind fehlgeschlagen, und seitdem wurde keiner abgeschlossen; ein Neustart würde alles seit dem letzten abgeschlossenen erneut verarbeiten (oder die gesamte Eingabe, falls noch nie einer abgeschlossen wurde).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event time in {{ $labels.job }} has lagged more than 10 minutes behind the clock for 5 minutes.</source>
        <comment>rule FlinkWatermarkLagHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Die Ereigniszeit in {{ $labels.job }} liegt seit 5 Minuten mehr als 10 Minuten hinter der Uhr zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidewatch reads the event topics of {{ $labels.cluster }} but no new event arrived: the producers are silent or stuck, and the order, shipment and SLA figures are getting old.</source>
        <comment>rule BusinessEventsStale: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Tidewatch liest die Ereignis-Topics von {{ $labels.cluster }}, aber es ist kein neues Ereignis eingetroffen: Die Producer schweigen oder hängen fest, und die Zahlen zu Aufträgen, Sendungen und SLA veralten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: only {{ $value | humanizePercentage }} of shipments on time (15 min)</source>
        <comment>rule BusinessSlaOnTimeLow: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: nur {{ $value | humanizePercentage }} der Sendungen pünktlich (15 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than 95 % of the shipments due in the last 15 minutes of event time were delivered by their promise; see the SLA page for the carriers and hubs.</source>
        <comment>rule BusinessSlaOnTimeLow: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Weniger als 95 % der Sendungen, die in den letzten 15 Minuten Ereigniszeit fällig waren, wurden zum zugesagten Termin zugestellt; Spediteure und Hubs zeigt die Seite „SLA“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} shipments are late</source>
        <comment>rule BusinessLateShipmentsHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value }} Sendungen verspätet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 20 open shipments are past their promised delivery; see the Shipments page.</source>
        <comment>rule BusinessLateShipmentsHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Mehr als 20 offene Sendungen haben ihren zugesagten Liefertermin überschritten; siehe Seite „Sendungen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: connector {{ $labels.connector }} failed</source>
        <comment>rule KafkaConnectConnectorFailed: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: Connector {{ $labels.connector }} fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Kafka Connect connector {{ $labels.connector }} ({{ $labels.type }}) on {{ $labels.connect }} is FAILED: it moves no data. Its trace is on the Pipelines page; restart it once the cause is fixed.</source>
        <comment>rule KafkaConnectConnectorFailed: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Der Kafka-Connect-Connector {{ $labels.connector }} ({{ $labels.type }}) auf {{ $labels.connect }} ist FAILED: Er überträgt keine Daten. Sein Trace steht auf der Seite „Pipelines“; starten Sie ihn neu, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} task(s) of connector {{ $labels.connector }} failed</source>
        <comment>rule KafkaConnectTaskFailed: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value }} Task(s) von Connector {{ $labels.connector }} fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks of the Kafka Connect connector {{ $labels.connector }} on {{ $labels.connect }} are FAILED: their share of the data stands still while the connector itself may still say RUNNING. The root cause of each task&apos;s trace is on the Pipelines page; restart the task once the cause is fixed.</source>
        <comment>rule KafkaConnectTaskFailed: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Tasks des Kafka-Connect-Connectors {{ $labels.connector }} auf {{ $labels.connect }} sind FAILED: Ihr Anteil an den Daten steht still, während der Connector selbst womöglich noch RUNNING meldet. Die Grundursache aus dem Trace jedes Tasks steht auf der Seite „Pipelines“; starten Sie den Task neu, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: replication slot {{ $labels.slot }} keeps growing</source>
        <comment>rule PostgresReplicationSlotGrowing: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: Replikationsslot {{ $labels.slot }} wächst weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WAL behind slot {{ $labels.slot }} has grown for 10 minutes: its consumer (a CDC connector) is paused, failing or too slow, and PostgreSQL keeps the WAL for it until the disk fills.</source>
        <comment>rule PostgresReplicationSlotGrowing: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Das WAL hinter Slot {{ $labels.slot }} wächst seit 10 Minuten: Sein Consumer (ein CDC-Connector) ist pausiert, schlägt fehl oder ist zu langsam, und PostgreSQL hält das WAL für ihn vor, bis die Festplatte voll ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hops of pipeline {{ $labels.pipeline }} together are more than 5 minutes behind the source (at least that much when a hop&apos;s lag is unknown); see the Pipelines page for the worst hop.</source>
        <comment>rule PipelineEndToEndLagHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Die Hops der Pipeline {{ $labels.pipeline }} liegen zusammen mehr als 5 Minuten hinter der Quelle zurück (mindestens so viel, wenn der Lag eines Hops unbekannt ist); den schlechtesten Hop zeigt die Seite „Pipelines“.</translation>
    </message>
</context>
<context>
    <name>DeliveryChannel</name>
    <message>
        <location filename="../alerts/DeliveryChannel.cpp" line="+73"/>
        <source>TLS is not available (no TLS backend)</source>
        <translation>TLS ist nicht verfügbar (kein TLS-Backend)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read CA certificates from %1</source>
        <translation>CA-Zertifikate können nicht aus %1 gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the client certificate %1 or its key %2</source>
        <translation>das Client-Zertifikat %1 oder sein Schlüssel %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>EventTopicReader</name>
    <message>
        <location filename="../collectors/EventTopicReader.cpp" line="+145"/>
        <source>Metadata request failed: %1</source>
        <translation>Metadaten-Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>topic does not exist</source>
        <translation>Topic existiert nicht</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>no end offset for partition %1</source>
        <translation>kein End-Offset für Partition %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+98"/>
        <source>partition %1: %2</source>
        <translation>Partition %1: %2</translation>
    </message>
</context>
<context>
    <name>ExamplePlaceholder</name>
    <message>
        <location filename="../widgets/ExamplePlaceholder.cpp" line="+30"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../exporter/Exporter.cpp" line="+57"/>
        <location line="+44"/>
        <source>%1 is not an IP address</source>
        <translation>%1 ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+5"/>
        <location line="+27"/>
        <location line="+14"/>
        <source>cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the internal listener has no port</source>
        <translation>der interne Listener hat keinen Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS listener failed</source>
        <translation>der TLS-Listener ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ExporterSettings</name>
    <message>
        <location filename="../exporter/ExporterSettings.cpp" line="+37"/>
        <source>not an ADDR:PORT listen address (e.g. 127.0.0.1:9464 or [::1]:9464): %1</source>
        <translation>keine Listen-Adresse der Form ADDR:PORT (z. B. 127.0.0.1:9464 oder [::1]:9464): %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>FlinkParsers</name>
    <message>
        <location filename="../collectors/FlinkJobParsers.cpp" line="+86"/>
        <source>The job has no &quot;vertices&quot; list</source>
        <translation>Der Job hat keine &quot;vertices&quot;-Liste</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The checkpoint configuration has no &quot;interval&quot;</source>
        <translation>Die Checkpoint-Konfiguration hat kein &quot;interval&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The checkpoint statistics have no &quot;counts&quot;</source>
        <translation>Die Checkpoint-Statistik hat keine &quot;counts&quot;</translation>
    </message>
    <message>
        <location filename="../collectors/FlinkParsers.cpp" line="+44"/>
        <source>The job overview has no &quot;jobs&quot; list</source>
        <translation>Die Job-Übersicht hat keine &quot;jobs&quot;-Liste</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The response has no &quot;taskmanagers&quot; list</source>
        <translation>Die Antwort hat keine &quot;taskmanagers&quot;-Liste</translation>
    </message>
    <message>
        <location filename="../collectors/FlinkJson.h" line="+27"/>
        <source>The response nests deeper than %1 levels</source>
        <translation>Die Antwort ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not valid JSON</source>
        <translation>Die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response is not a JSON array</source>
        <translation>Die Antwort ist kein JSON-Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The response is not a JSON object</source>
        <translation>Die Antwort ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/core/Format.cpp" line="+35"/>
        <location line="+11"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 m %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
</context>
<context>
    <name>GroupDepth</name>
    <message>
        <location filename="../collectors/GroupDepth.cpp" line="+33"/>
        <source>time lag unknown yet</source>
        <translation>Zeit-Lag noch unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>consume or produce rate unknown yet</source>
        <translation>Konsum- oder Produktionsrate noch unbekannt</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>consumes at least as fast as the topic grows</source>
        <translation>konsumiert mindestens so schnell, wie das Topic wächst</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>message size unknown (needs the brokers&apos; log size metrics)</source>
        <translation>Nachrichtengröße unbekannt (braucht die Log-Größen-Metriken der Broker)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no committed offset</source>
        <translation>kein committeter Offset</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>caught up: nothing unread</source>
        <translation>aufgeholt: nichts ungelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the topic&apos;s retention is not known yet</source>
        <translation>die Retention des Topics ist noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compacted topic: retention deletes nothing (compaction keeps the newest per key)</source>
        <translation>kompaktiertes Topic: Die Retention löscht nichts (die Compaction behält den neuesten Datensatz je Schlüssel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end offset unknown</source>
        <translation>End-Offset unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited retention</source>
        <translation>unbegrenzte Retention</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the topic or partition no longer exists</source>
        <translation>das Topic oder die Partition existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="+86"/>
        <source>Burrow status %1</source>
        <translation>Burrow-Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../models/history/HistoryRecorder.cpp" line="+87"/>
        <source>The history of %1 is not kept on disk: %2</source>
        <translation>Der Verlauf von %1 wird nicht auf der Festplatte gespeichert: %2</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The history of %1 is written again</source>
        <translation>Der Verlauf von %1 wird wieder geschrieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The disk is full: the history of %1 is not written (%2); the charts go on in memory, writing is retried</source>
        <translation>Die Festplatte ist voll: Der Verlauf von %1 wird nicht geschrieben (%2); die Diagramme laufen im Speicher weiter, das Schreiben wird erneut versucht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history of %1 cannot be written: %2; writing is retried</source>
        <translation>Der Verlauf von %1 kann nicht geschrieben werden: %2; das Schreiben wird erneut versucht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history of %1 reached its disk budget of %2 MB: the oldest buckets are deleted first (%3 deleted now)</source>
        <translation>Der Verlauf von %1 hat sein Speicherbudget von %2 MB erreicht: Die ältesten Intervalle werden zuerst gelöscht (jetzt %3 gelöscht)</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../models/history/HistoryStore.cpp" line="+81"/>
        <source>cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>damaged (%1)</source>
        <translation>beschädigt (%1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+2"/>
        <source>a database of another program</source>
        <translation>eine Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written by a newer Tidewatch (schema %1)</source>
        <translation>von einem neueren Tidewatch geschrieben (Schema %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2 and cannot be renamed aside; the history is not written</source>
        <translation>%1 ist %2 und kann nicht beiseite umbenannt werden; der Verlauf wird nicht geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history file %1 was %2: kept as %3, a new one started</source>
        <translation>Die Verlaufsdatei %1 war %2: als %3 aufbewahrt, eine neue wurde begonnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the history is not open</source>
        <translation>der Verlauf ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>HttpClientAuth</name>
    <message>
        <location filename="../collectors/HttpClientAuth.cpp" line="+18"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No CA certificate could be read from %1 (a PEM file is expected)</source>
        <translation>Aus %1 konnte kein CA-Zertifikat gelesen werden (erwartet wird eine PEM-Datei)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A client key (%1) needs a client certificate</source>
        <translation>Ein Client-Schlüssel (%1) braucht ein Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client certificate could be read from %1 (a PEM file is expected)</source>
        <translation>Aus %1 konnte kein Client-Zertifikat gelesen werden (erwartet wird eine PEM-Datei)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No private key could be read from %1 (missing, or encrypted and no passphrase given)</source>
        <translation>Aus %1 konnte kein privater Schlüssel gelesen werden (fehlt, oder verschlüsselt und keine Passphrase angegeben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No private key could be read from %1 (wrong passphrase?)</source>
        <translation>Aus %1 konnte kein privater Schlüssel gelesen werden (falsche Passphrase?)</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <location filename="../collectors/HttpFetcher.cpp" line="+57"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
</context>
<context>
    <name>IniFileCheck</name>
    <message>
        <location filename="../models/core/IniFileCheck.cpp" line="+66"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: line %2 is neither [section], key=value nor a ; comment</source>
        <translation>%1 kann nicht gelesen werden: Zeile %2 ist weder [Abschnitt] noch key=value noch ein ;-Kommentar</translation>
    </message>
</context>
<context>
    <name>KafkaCollector</name>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="+191"/>
        <source>Metadata request failed: %1</source>
        <translation>Metadaten-Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>cluster unreachable</source>
        <translation>Cluster nicht erreichbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in the cluster metadata (down or fenced)</source>
        <translation>nicht in den Cluster-Metadaten (ausgefallen oder abgegrenzt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Record timestamps: %1 of %2 reads failed (%3)</source>
        <translation>Record-Zeitstempel: %1 von %2 Lesevorgängen fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <location line="+476"/>
        <source>Offsets of group %1: %2</source>
        <translation>Offsets der Gruppe %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>the end offsets of %n partition(s) could not be read this cycle</source>
        <translation>
            <numerusform>die End-Offsets von %n Partition konnten in diesem Zyklus nicht gelesen werden</numerusform>
            <numerusform>die End-Offsets von %n Partitionen konnten in diesem Zyklus nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no metrics URL for this broker</source>
        <translation>keine Metrik-URL für diesen Broker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metrics of broker %1: %2</source>
        <translation>Metriken von Broker %1: %2</translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollectorDepth.cpp" line="+95"/>
        <location line="+9"/>
        <source>Last stable offsets: %1</source>
        <translation>Last Stable Offsets: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown: no broker metrics in the profile (librdkafka has no DescribeLogDirs)</source>
        <translation>unbekannt: keine Broker-Metriken im Profil (librdkafka hat kein DescribeLogDirs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown: the brokers&apos; metrics give no log size</source>
        <translation>unbekannt: Die Metriken der Broker liefern keine Log-Größe</translation>
    </message>
</context>
<context>
    <name>KafkaConfigReader</name>
    <message>
        <location filename="../collectors/KafkaConfigReader.cpp" line="+75"/>
        <source>Topic configs: no answer in time</source>
        <translation>Topic-Konfigurationen: keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topic configs: %1</source>
        <translation>Topic-Konfigurationen: %1</translation>
    </message>
</context>
<context>
    <name>KafkaErrorText</name>
    <message>
        <location filename="../collectors/KafkaErrorText.cpp" line="+55"/>
        <source>authentication failed: the broker rejected the SASL user or password (check sasl.mechanisms, sasl.username, sasl.password): %1</source>
        <translation>Authentifizierung fehlgeschlagen: Der Broker hat den SASL-Benutzer oder das Passwort abgewiesen (prüfen Sie sasl.mechanisms, sasl.username, sasl.password): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>certificate verify failed: the broker&apos;s TLS certificate is not trusted or does not name the host (check ssl.ca.location): %1</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: Dem TLS-Zertifikat des Brokers wird nicht vertraut, oder es nennt den Host nicht (prüfen Sie ssl.ca.location): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake failure: the broker refused the connection, it may require a client certificate it trusts (check ssl.certificate.location, ssl.key.location): %1</source>
        <translation>TLS-Handshake fehlgeschlagen: Der Broker hat die Verbindung abgelehnt; möglicherweise verlangt er ein Client-Zertifikat, dem er vertraut (prüfen Sie ssl.certificate.location, ssl.key.location): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection broke during its set-up: the listener may expect another security.protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL): %1</source>
        <translation>Die Verbindung ist während des Aufbaus abgebrochen: Der Listener erwartet möglicherweise ein anderes security.protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the broker&apos;s host name cannot be resolved: no such host, or DNS does not answer (check bootstrap.servers, and the advertised listeners the brokers name): %1</source>
        <translation>Der Hostname des Brokers kann nicht aufgelöst werden: kein solcher Host, oder DNS antwortet nicht (prüfen Sie bootstrap.servers und die Advertised Listeners, die die Broker nennen): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>KafkaGroupReader</name>
    <message>
        <location filename="../collectors/KafkaGroupReader.cpp" line="+21"/>
        <source>Listing consumer groups failed: %1</source>
        <translation>Auflisten der Consumer-Gruppen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>KafkaHandle</name>
    <message>
        <location filename="../collectors/KafkaHandle.cpp" line="+28"/>
        <source>Invalid Kafka property %1: %2</source>
        <translation>Ungültige Kafka-Eigenschaft %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is ignored: a transactional producer writes to the cluster</source>
        <translation>%1 wird ignoriert: Ein transaktionaler Producer schreibt in den Cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is ignored: an idempotent producer asks the cluster for a producer id (InitProducerId)</source>
        <translation>%1 wird ignoriert: Ein idempotenter Producer fordert beim Cluster eine Producer-ID an (InitProducerId)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is ignored: monitoring never creates topics</source>
        <translation>%1 wird ignoriert: Die Überwachung legt nie Topics an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is ignored: Tidewatch&apos;s clients are members of no consumer group</source>
        <translation>%1 wird ignoriert: Die Clients von Tidewatch sind in keiner Consumer-Gruppe Mitglied</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is ignored: Tidewatch never commits or stores offsets</source>
        <translation>%1 wird ignoriert: Tidewatch committet und speichert nie Offsets</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot create the Kafka client: %1</source>
        <translation>Der Kafka-Client kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>KafkaMetadataReader</name>
    <message numerus="yes">
        <location filename="../collectors/KafkaMetadataReader.cpp" line="+58"/>
        <source>topic %1: %n partition(s) with a negative id in the metadata, skipped</source>
        <translation>
            <numerusform>Topic %1: %n Partition mit negativer ID in den Metadaten, übersprungen</numerusform>
            <numerusform>Topic %1: %n Partitionen mit negativer ID in den Metadaten, übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KafkaOffsetReader</name>
    <message>
        <location filename="../collectors/KafkaOffsetReader.cpp" line="+86"/>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Offsets from broker %1 failed: %2</source>
        <translation>Offsets von Broker %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Offsets of %n partition(s) on broker %1 failed: %2</source>
        <translation>
            <numerusform>Offsets von %n Partition auf Broker %1 fehlgeschlagen: %2</numerusform>
            <numerusform>Offsets von %n Partitionen auf Broker %1 fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No answer from the coordinator in time</source>
        <translation>Keine rechtzeitige Antwort vom Koordinator</translation>
    </message>
</context>
<context>
    <name>KafkaRetentionReader</name>
    <message>
        <location filename="../collectors/KafkaRetentionReader.cpp" line="+43"/>
        <source>Retention configs: no answer in time</source>
        <translation>Retention-Konfigurationen: keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention configs: %1</source>
        <translation>Retention-Konfigurationen: %1</translation>
    </message>
</context>
<context>
    <name>KafkaSnapshot</name>
    <message>
        <location filename="../models/core/KafkaSnapshot.cpp" line="+112"/>
        <source>topics: %1 (%2 internal) · partitions: %3 (%4 internal)</source>
        <translation>Topics: %1 (%2 intern) · Partitionen: %3 (%4 intern)</translation>
    </message>
</context>
<context>
    <name>LabelRegex</name>
    <message>
        <location filename="../alerts/LabelRegex.cpp" line="+64"/>
        <source>invalid escape sequence: \C</source>
        <translation>ungültige Escape-Sequenz: \C</translation>
    </message>
</context>
<context>
    <name>LagStatus</name>
    <message>
        <location filename="../collectors/LagStatusEvaluator.cpp" line="+121"/>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="+34"/>
        <source>not judged yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>falling behind</source>
        <translation>fällt zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stuck</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stalled</source>
        <translation>festgefahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rewound</source>
        <translation>zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>LagTracker</name>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="+339"/>
        <source>consumes slower than its topics grow: it will not catch up</source>
        <translation>konsumiert langsamer, als seine Topics wachsen: holt nicht auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lag keeps growing</source>
        <translation>Lag wächst weiter</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>not judged yet: too few commits observed</source>
        <translation>noch nicht beurteilt: zu wenige Commits beobachtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no committed offsets</source>
        <translation>keine committeten Offsets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lag grew at every commit in the window</source>
        <translation>Lag ist bei jedem Commit im Zeitfenster gewachsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>behind and no progress for longer than the window</source>
        <translation>im Rückstand und länger als das Zeitfenster kein Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commits the same offset while behind</source>
        <translation>committet im Rückstand immer denselben Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the committed offset went backwards</source>
        <translation>der committete Offset ist zurückgegangen</translation>
    </message>
</context>
<context>
    <name>NotificationConfig</name>
    <message>
        <location filename="../alerts/NotificationConfig.cpp" line="+25"/>
        <source>not an http(s) URL: %1</source>
        <translation>keine http(s)-URL: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a password in the URL is refused (anyone can read the command line); set it in the environment or the profiles file: %1</source>
        <translation>ein Passwort in der URL wird abgewiesen (jeder kann die Befehlszeile lesen); setzen Sie es in der Umgebung oder der Profildatei: %1</translation>
    </message>
</context>
<context>
    <name>NotificationThrottle</name>
    <message>
        <location filename="../alerts/NotificationThrottle.cpp" line="+73"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert %1 is firing.</source>
        <translation>Alarm %1 ist aktiv.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n alerts firing</source>
        <translation>
            <numerusform>%n Alarm aktiv</numerusform>
            <numerusform>%n Alarme aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineConfig</name>
    <message>
        <location filename="../models/core/PipelineConfig.cpp" line="+37"/>
        <source>a pipeline needs NAME: kind:id &gt; kind:id ..., got: %1</source>
        <translation>eine Pipeline erwartet NAME: kind:id &gt; kind:id ..., erhalten: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pipeline %1: a hop is kind:id with kind database, connector, topic, group or flink, got: %2</source>
        <translation>Pipeline %1: ein Hop ist kind:id mit kind database, connector, topic, group oder flink, erhalten: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pipeline %1 has no hops</source>
        <translation>Pipeline %1 hat keine Hops</translation>
    </message>
</context>
<context>
    <name>PipelineHops</name>
    <message>
        <location filename="../models/core/PipelineHops.cpp" line="+33"/>
        <source>source not reached</source>
        <translation>Quelle nicht erreicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data is stale</source>
        <translation>Daten sind veraltet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the slot lost WAL its consumer still needs</source>
        <translation>der Slot hat WAL verloren, das sein Consumer noch braucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no consumer is connected to the slot</source>
        <translation>kein Consumer ist mit dem Slot verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the slot&apos;s WAL is about to be removed</source>
        <translation>das WAL des Slots wird demnächst entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%n partition(s) offline</source>
        <translation>
            <numerusform>%n Partition offline</numerusform>
            <numerusform>%n Partitionen offline</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partitions below min.insync.replicas</source>
        <translation>Partitionen unter min.insync.replicas</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n partition(s) under-replicated</source>
        <translation>
            <numerusform>%n Partition unterrepliziert</numerusform>
            <numerusform>%n Partitionen unterrepliziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partition(s) under-replicated (replica on broker %1 missing)</source>
        <translation>
            <numerusform>%n Partition unterrepliziert (Replikat auf Broker %1 fehlt)</numerusform>
            <numerusform>%n Partitionen unterrepliziert (Replikat auf Broker %1 fehlt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n Task fehlgeschlagen</numerusform>
            <numerusform>%n Tasks fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connector is paused</source>
        <translation>der Connector ist pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connector is stopped</source>
        <translation>der Connector ist gestoppt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tasks are not all running</source>
        <translation>nicht alle Tasks laufen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>back-pressured</source>
        <translation>unter Backpressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back-pressured, bottleneck: %1</source>
        <translation>unter Backpressure, Engpass: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the latest checkpoint failed</source>
        <translation>der neueste Checkpoint ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the job is %1</source>
        <translation>Job-Zustand: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not found in the collected data</source>
        <translation>nicht in den erfassten Daten gefunden</translation>
    </message>
</context>
<context>
    <name>PipelineProfileKeys</name>
    <message>
        <location filename="../models/core/PipelineProfileKeys.cpp" line="+36"/>
        <source>pipelines.auto must be true or false</source>
        <translation>pipelines.auto muss true oder false sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <location filename="../collectors/PostgresConnection.cpp" line="+89"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no connection within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>PostgresSlotTracker</name>
    <message>
        <location filename="../collectors/PostgresSlotTracker.cpp" line="+69"/>
        <source>unexpected answer to the replication slot query</source>
        <translation>unerwartete Antwort auf die Abfrage der Replikationsslots</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server did not say its WAL position</source>
        <translation>der Server hat seine WAL-Position nicht genannt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unexpected numbers for slot %1</source>
        <translation>unerwartete Zahlen für Slot %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="+38"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than the limit of %2 bytes</source>
        <translation>%1 ist größer als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: expected key=value</source>
        <translation>%1:%2: key=value erwartet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No profiles file at %1</source>
        <translation>Keine Profildatei unter %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Profile &quot;%1&quot;: %2 must be whole milliseconds from %3 to %4</source>
        <translation>Profil &quot;%1&quot;: %2 muss eine ganze Zahl von Millisekunden von %3 bis %4 sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profile &quot;%1&quot;: transaction.hanging.seconds must be whole seconds from 1 to 604800</source>
        <translation>Profil &quot;%1&quot;: transaction.hanging.seconds muss eine ganze Zahl von Sekunden von 1 bis 604800 sein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile &quot;%1&quot;: %2 must be whole bytes ≥ 1024</source>
        <translation>Profil &quot;%1&quot;: %2 muss eine ganze Zahl von Bytes ≥ 1024 sein</translation>
    </message>
    <message>
        <location filename="../alerts/NotificationProfileKeys.cpp" line="+51"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: unknown key (known: %2)</source>
        <translation>%1: unbekannter Schlüssel (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1url must be an http(s) URL without a password</source>
        <translation>%1url muss eine http(s)-URL ohne Passwort sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1cert.file and %1key.file go together</source>
        <translation>%1cert.file und %1key.file gehören zusammen</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+21"/>
        <location filename="../models/core/ProfileStore.cpp" line="-107"/>
        <location line="+295"/>
        <source>Cannot parse %1</source>
        <translation>%1 kann nicht geparst werden</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="-291"/>
        <source>No profile &quot;%1&quot; in %2 (known: %3)</source>
        <translation>Kein Profil &quot;%1&quot; in %2 (bekannt: %3)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Profile &quot;%1&quot;: %2 must be JOB|GROUP[|TOPIC,TOPIC]</source>
        <translation>Profil &quot;%1&quot;: %2 muss JOB|GROUP[|TOPIC,TOPIC] sein</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+4"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Invalid profile name &quot;%1&quot;: it must not be empty or contain &apos;/&apos; or &apos;\&apos;</source>
        <translation>Ungültiger Profilname &quot;%1&quot;: Er darf nicht leer sein und weder &apos;/&apos; noch &apos;\&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../alerts/NotificationProfileKeys.cpp" line="+20"/>
        <location filename="../models/core/ProfileStore.cpp" line="+25"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-11"/>
        <location filename="../models/core/ProfileStore.cpp" line="+80"/>
        <source>Cannot create the folder of %1</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="+100"/>
        <source>No profile &quot;%1&quot; in %2</source>
        <translation>Kein Profil &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location filename="../alerts/NotificationProfileKeys.cpp" line="-180"/>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="+51"/>
        <source>%1 must be a whole number ≥ %2</source>
        <translation>%1 muss eine ganze Zahl ≥ %2 sein</translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="+9"/>
        <location line="+126"/>
        <source>%1 is too large (at most %2)</source>
        <translation>%1 ist zu groß (höchstens %2)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1topic is missing</source>
        <translation>%1topic fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1kind must be orders or shipments</source>
        <translation>%1kind muss orders oder shipments sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1format must be json or debezium</source>
        <translation>%1format muss json oder debezium sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be auto, epoch-ms, epoch-s or iso8601</source>
        <translation>%1 muss auto, epoch-ms, epoch-s oder iso8601 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a JSON pointer starting with / (or empty)</source>
        <translation>%1 muss ein JSON-Pointer sein, der mit / beginnt (oder leer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown field (known: %2)</source>
        <translation>%1: unbekanntes Feld (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: unknown stage</source>
        <translation>%1: unbekannte Stufe</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>events.sla.windows.minutes must be whole minutes ≥ 1, separated by commas</source>
        <translation>events.sla.windows.minutes muss ganze Minuten ≥ 1 enthalten, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>events.sla.windows.minutes names no window</source>
        <translation>events.sla.windows.minutes nennt kein Zeitfenster</translation>
    </message>
</context>
<context>
    <name>PrometheusRuleImport</name>
    <message>
        <location filename="../alerts/PrometheusRuleImport.cpp" line="+44"/>
        <source>expected a map with a &apos;groups&apos; list</source>
        <translation>erwartet wird eine Map mit einer Liste &apos;groups&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown field (Tidewatch cannot represent it)</source>
        <translation>unbekanntes Feld (Tidewatch kann es nicht abbilden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given more than once</source>
        <translation>mehr als einmal angegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a group must be a map</source>
        <translation>eine Gruppe muss eine Map sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a group needs a &apos;rules&apos; list</source>
        <translation>eine Gruppe braucht eine Liste &apos;rules&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a rule must be a map</source>
        <translation>eine Regel muss eine Map sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording rules cannot be represented (only alerting rules)</source>
        <translation>Recording-Regeln können nicht abgebildet werden (nur Alerting-Regeln)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be a map</source>
        <translation>muss eine Map sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unsupported annotation (use summary, description, runbook_url)</source>
        <translation>nicht unterstützte Annotation (verwenden Sie summary, description, runbook_url)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+39"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>bad duration &apos;%1&apos;</source>
        <translation>fehlerhafte Dauer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>duplicate of rule %1 (same alert and matchers)</source>
        <translation>Duplikat von Regel %1 (gleicher Alarm und gleiche Matcher)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot be represented (%1); Tidewatch reads `metric{matchers} op number` and its own hysteresis form</source>
        <translation>kann nicht abgebildet werden (%1); Tidewatch liest `metric{matchers} op number` und seine eigene Hysterese-Form</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the ALERTS part must be ALERTS{alertname=&quot;%1&quot;,alertstate=&quot;firing&quot;,severity=...} ignoring alertname, alertstate, severity and the rule&apos;s labels</source>
        <translation>der ALERTS-Teil muss ALERTS{alertname=&quot;%1&quot;,alertstate=&quot;firing&quot;,severity=...} lauten und alertname, alertstate, severity sowie die Labels der Regel mit ignoring ausnehmen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>PrometheusTextParser</name>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="+102"/>
        <source>invalid escape sequence in a label value</source>
        <translation>ungültige Escape-Sequenz in einem Label-Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label value is missing its closing quote</source>
        <translation>dem Label-Wert fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 line without a valid metric name</source>
        <translation>%1-Zeile ohne gültigen Metriknamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>second HELP line for metric %1</source>
        <translation>zweite HELP-Zeile für Metrik %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown metric type &quot;%1&quot; for %2</source>
        <translation>unbekannter Metriktyp &quot;%1&quot; für %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>second TYPE line for metric %1</source>
        <translation>zweite TYPE-Zeile für Metrik %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid label name</source>
        <translation>ungültiger Label-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;=&apos; after label name</source>
        <translation>&apos;=&apos; nach dem Label-Namen erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;&quot;&apos; to start a label value</source>
        <translation>&apos;&quot;&apos; am Anfang eines Label-Werts erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>label %1 appears twice</source>
        <translation>Label %1 kommt zweimal vor</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Label-Wert erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>invalid metric name</source>
        <translation>ungültiger Metrikname</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sample has no value</source>
        <translation>Sample hat keinen Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid value &quot;%1&quot;</source>
        <translation>ungültiger Wert &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid timestamp &quot;%1&quot;</source>
        <translation>ungültiger Zeitstempel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after the timestamp</source>
        <translation>unerwarteter Text nach dem Zeitstempel</translation>
    </message>
</context>
<context>
    <name>PromqlRuleExpr</name>
    <message>
        <location filename="../alerts/PromqlRuleExpr.cpp" line="+83"/>
        <source>column %1: unexpected character &apos;%2&apos;</source>
        <translation>Spalte %1: unerwartetes Zeichen &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>column %1: bad escape in a string</source>
        <translation>Spalte %1: ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1: unsupported escape &apos;\%2&apos; in a string</source>
        <translation>Spalte %1: nicht unterstützte Escape-Sequenz &apos;\%2&apos; in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column %1: unterminated string</source>
        <translation>Spalte %1: nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the two sides of &apos;or&apos; must compare the same series with the same op</source>
        <translation>die beiden Seiten von &apos;or&apos; müssen dieselbe Serie mit demselben Operator vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the right side of &apos;and&apos; must be ALERTS{...}</source>
        <translation>die rechte Seite von &apos;and&apos; muss ALERTS{...} sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a comparison (&gt;, &gt;=, &lt;, &lt;=, == or !=)</source>
        <translation>Vergleich erwartet (&gt;, &gt;=, &lt;, &lt;=, == oder !=)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bool modifier is not supported</source>
        <translation>der Modifikator bool wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a metric name</source>
        <translation>Metrikname erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+31"/>
        <source>expected a label name</source>
        <translation>Label-Name erwartet</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected =, !=, =~ or !~</source>
        <translation>=, !=, =~ oder !~ erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a quoted label value</source>
        <translation>Label-Wert in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
</context>
<context>
    <name>RecordTimestampReader</name>
    <message>
        <location filename="../collectors/RecordTimestampReader.cpp" line="+28"/>
        <source>no record at this offset (end of the partition)</source>
        <translation>kein Record an diesem Offset (Ende der Partition)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offset out of range (below the log start: deleted by retention)</source>
        <translation>Offset außerhalb des Bereichs (vor dem Log-Anfang: durch Retention gelöscht)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the record has no timestamp (message format before Kafka 0.10)</source>
        <translation>der Record hat keinen Zeitstempel (Nachrichtenformat vor Kafka 0.10)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="+73"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>tidewatch: no data within %1 s; rendered the page without it</source>
        <translation>tidewatch: keine Daten innerhalb von %1 s; die Seite wurde ohne sie gerendert</translation>
    </message>
</context>
<context>
    <name>ReplicaDiagnosis</name>
    <message>
        <location filename="../models/itemmodels/ReplicaDiagnosis.cpp" line="+37"/>
        <source>broker %1: 1 partition</source>
        <translation>Broker %1: 1 Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker %1: %2 partitions</source>
        <translation>Broker %1: %2 Partitionen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Broker %1 is down: 1 partition is missing its replica</source>
        <translation>Broker %1 ist ausgefallen: Bei 1 Partition fehlt sein Replikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broker %1 is down: %2 partitions are missing its replica</source>
        <translation>Broker %1 ist ausgefallen: Bei %2 Partitionen fehlt sein Replikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broker %1 is up but out of sync: 1 partition is missing its replica</source>
        <translation>Broker %1 läuft, ist aber nicht synchron: Bei 1 Partition fehlt sein Replikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broker %1 is up but out of sync: %2 partitions are missing its replica</source>
        <translation>Broker %1 läuft, ist aber nicht synchron: Bei %2 Partitionen fehlt sein Replikat</translation>
    </message>
</context>
<context>
    <name>RuleFileError</name>
    <message>
        <location filename="../alerts/RuleFileError.cpp" line="+13"/>
        <source>line %1:</source>
        <translation>Zeile %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rule %1: </source>
        <translation>Regel %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule %1 (%2): </source>
        <translation>Regel %1 (%2): </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field &quot;%1&quot;: </source>
        <translation>Feld &quot;%1&quot;: </translation>
    </message>
</context>
<context>
    <name>RuleFiles</name>
    <message>
        <location filename="../alerts/RuleFiles.cpp" line="+43"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>die Datei überschreitet die Grenze von %1 MiB</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>rule %1 (%2): %3: %4</source>
        <translation>Regel %1 (%2): %3: %4</translation>
    </message>
</context>
<context>
    <name>RuleTestGenerator</name>
    <message>
        <location filename="../alerts/RuleTestGenerator.cpp" line="+206"/>
        <source>rule %1 (%2)</source>
        <translation>Regel %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: not tested: no label value for &apos;%2&apos; that satisfies its matchers was found</source>
        <translation>%1: nicht getestet: kein Label-Wert für &apos;%2&apos; gefunden, der seine Matcher erfüllt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not tested: another rule of the same name also matches its test series</source>
        <translation>%1: nicht getestet: Eine andere Regel mit demselben Namen passt ebenfalls auf ihre Testserie</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <location filename="../app/RulesCommand.cpp" line="+84"/>
        <source>Try &apos;tidewatch --help&apos;.</source>
        <translation>Siehe &apos;tidewatch --help&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>promtool did not finish within 5 minutes</source>
        <translation>promtool ist nicht innerhalb von 5 Minuten fertig geworden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tidewatch: promtool is not installed (Debian package prometheus); it runs the tests</source>
        <translation>tidewatch: promtool ist nicht installiert (Debian-Paket prometheus); es führt die Tests aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tidewatch: cannot create a temporary folder: %1</source>
        <translation>tidewatch: temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tidewatch: cannot create the folder %1</source>
        <translation>tidewatch: der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>tidewatch: promtool check rules failed on the exported rules:</source>
        <translation>tidewatch: promtool check rules ist an den exportierten Regeln gescheitert:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No enabled rule to test.</source>
        <translation>Keine aktivierte Regel zum Testen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tidewatch: promtool test rules failed: the exported rules do not mean what the rules mean in Tidewatch:</source>
        <translation>tidewatch: promtool test rules ist gescheitert: Die exportierten Regeln bedeuten nicht dasselbe wie die Regeln in Tidewatch:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files are in %1.</source>
        <translation>Die Dateien liegen in %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rule(s) exported and tested with promtool: SUCCESS</source>
        <translation>
            <numerusform>%n Regel exportiert und mit promtool getestet: SUCCESS</numerusform>
            <numerusform>%n Regeln exportiert und mit promtool getestet: SUCCESS</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rules %1 needs exactly one FILE</source>
        <translation>rules %1 erwartet genau eine FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n rule(s), valid</source>
        <translation>
            <numerusform>%1: %n Regel, gültig</numerusform>
            <numerusform>%1: %n Regeln, gültig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rules needs one of: export, test, check FILE, import FILE</source>
        <translation>rules erwartet eines von: export, test, check FILE, import FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules %1 takes no FILE argument (use --rules FILE)</source>
        <translation>rules %1 nimmt kein FILE-Argument (verwenden Sie --rules FILE)</translation>
    </message>
</context>
<context>
    <name>SettingsRecovery</name>
    <message>
        <location filename="../app/SettingsRecovery.cpp" line="+20"/>
        <source>The settings file %1 cannot be read and could not be copied to %2; defaults are used for what it held.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden und konnte nicht nach %2 kopiert werden; für ihren Inhalt gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 cannot be read; it was kept as %2 and defaults are used for what it held.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden; sie wurde als %2 aufbewahrt, und für ihren Inhalt gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles file %1: no profile is loaded from it, and it is not changed until it is fixed.</source>
        <translation>Profildatei %1: Es wird kein Profil daraus geladen, und sie wird nicht verändert, bis sie korrigiert ist.</translation>
    </message>
</context>
<context>
    <name>ShipmentTableModels</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="+23"/>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status of the shipment&apos;s latest event</source>
        <translation>Der Status des neuesten Ereignisses der Sendung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub of the latest event; &quot;from → to&quot; while in transit</source>
        <translation>Der Hub des neuesten Ereignisses; „von → nach“ während des Transports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Silence</name>
    <message>
        <location filename="../alerts/Silence.cpp" line="+34"/>
        <source>A silence needs at least one matcher.</source>
        <translation>Eine Stummschaltung braucht mindestens einen Matcher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A matcher has no label name.</source>
        <translation>Ein Matcher hat keinen Label-Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid regular expression in %1%2&quot;%3&quot;.</source>
        <translation>Ungültiger regulärer Ausdruck in %1%2&quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least one matcher must not match the empty string.</source>
        <translation>Mindestens ein Matcher darf nicht auf die leere Zeichenkette passen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of a silence must be after its start.</source>
        <translation>Das Ende einer Stummschaltung muss nach ihrem Beginn liegen.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="+53"/>
        <location line="+32"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>tidewatch: the event topics were not read to their end within %1 s; the business figures are partial</source>
        <translation>tidewatch: die Ereignis-Topics wurden nicht innerhalb von %1 s bis zum Ende gelesen; die Business-Kennzahlen sind unvollständig</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>tidewatch: Kafka cluster %1 (%2) unreachable: %3</source>
        <translation>tidewatch: Kafka-Cluster %1 (%2) nicht erreichbar: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tidewatch: Flink REST endpoint %1 failed: %2</source>
        <translation>tidewatch: Flink-REST-Endpunkt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tidewatch: PostgreSQL %1 unreachable: %2</source>
        <translation>tidewatch: PostgreSQL %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tidewatch: event topics of %1 (%2) unreachable: %3</source>
        <translation>tidewatch: Ereignis-Topics von %1 (%2) nicht erreichbar: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tidewatch: Kafka Connect worker %1 failed: %2</source>
        <translation>tidewatch: Kafka-Connect-Worker %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotMetrics</name>
    <message>
        <location filename="../models/core/SnapshotMetrics.cpp" line="+289"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <location filename="../app/SnapshotTable.cpp" line="+23"/>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+101"/>
        <location line="+16"/>
        <location line="+27"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>%1: UNREACHABLE (%2); last data %3
</source>
        <translation>%1: NICHT ERREICHBAR (%2); letzte Daten: %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: live, collected in %2 with %3 requests
</source>
        <translation>%1: live, erfasst in %2 mit %3 Anfragen
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kafka %1 (cluster id %2)</source>
        <translation>Kafka %1 (Cluster-ID %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  partial error: %1
</source>
        <translation>  Teilfehler: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1   under-replicated: %2   offline: %3   under min ISR: %4   controller: %5

</source>
        <translation>%1   unterrepliziert: %2   offline: %3   unter min. ISR: %4   Controller: %5

</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DOWN: %1</source>
        <translation>AUSGEFALLEN: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>BROKER</source>
        <translation>BROKER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <location line="+32"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEADS</source>
        <translation>FÜHRT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>BYTES IN</source>
        <translation>BYTES EIN</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>BYTES OUT</source>
        <translation>BYTES AUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LOG SIZE</source>
        <translation>LOG-GRÖSSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCE P99</source>
        <translation>PRODUCE P99</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>METRICS ERROR</source>
        <translation>METRIKFEHLER</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (internal)</source>
        <translation>%1 (intern)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARTITIONS</source>
        <translation>PARTITIONEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RF</source>
        <translation>RF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MIN ISR</source>
        <translation>MIN. ISR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URP</source>
        <translation>URP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNDER MIN ISR</source>
        <translation>UNTER MIN. ISR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+143"/>
        <source>IN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UNHEALTHY TOPIC</source>
        <translation>FEHLERHAFTES TOPIC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEADER</source>
        <translation>LEADER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REPLICAS</source>
        <translation>REPLIKATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (commits without members)</source>
        <translation>%1 (Commits ohne Mitglieder)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAG</source>
        <translation>LAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAX LAG</source>
        <translation>MAX. LAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME LAG</source>
        <translation>ZEIT-LAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TREND</source>
        <translation>TREND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHY / ERROR</source>
        <translation>GRUND / FEHLER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flink %1 (version %2)</source>
        <translation>Flink %1 (Version %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>task managers: %1   slots: %2 free of %3

</source>
        <translation>Task Manager: %1   Slots: %2 von %3 frei

</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPTIME</source>
        <translation>LAUFZEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TASKS</source>
        <translation>TASKS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTARTS</source>
        <translation>NEUSTARTS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job %1 (%2)
</source>
        <translation>Job %1 (%2)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checkpoints: not enabled
</source>
        <translation>Checkpoints: nicht aktiviert
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1, %2, state %3 (%4 written)</source>
        <translation>#%1, %2, Zustand %3 (%4 geschrieben)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checkpoints: %1 completed, %2 failed, %3 in progress; latest %4</source>
        <translation>Checkpoints: %1 abgeschlossen, %2 fehlgeschlagen, %3 laufend; neuester %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; state growth %1/s</source>
        <translation>; Zustandswachstum %1/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last failed checkpoint: #%1: %2
</source>
        <translation>letzter fehlgeschlagener Checkpoint: #%1: %2
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last failure: %1 (%2)
</source>
        <translation>letzter Fehler: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reads Kafka topics %1 as group %2
</source>
        <translation>liest die Kafka-Topics %1 als Gruppe %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VERTEX</source>
        <translation>VERTEX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PAR</source>
        <translation>PAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKPRESSURE</source>
        <translation>BACKPRESSURE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BUSY MAX</source>
        <translation>BUSY MAX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>AUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WATERMARK LAG</source>
        <translation>WATERMARK-LAG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors:
</source>
        <translation>Fehler:
</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AcknowledgeDialog</name>
    <message>
        <location filename="../widgets/AcknowledgeDialog.cpp" line="+22"/>
        <source>Acknowledge alert</source>
        <translation>Alarm bestätigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what you are doing about it</source>
        <translation>Optional: was Sie dagegen unternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acknowledgement ends when the alert resolves.</source>
        <translation>Die Bestätigung endet, wenn der Alarm behoben ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertHistoryFilter</name>
    <message>
        <location filename="../models/itemmodels/AlertHistoryFilter.cpp" line="+126"/>
        <source>&apos;%1&apos; is not a matcher (use name=value, name!=value, name=~regex or name!~regex)</source>
        <translation>&apos;%1&apos; ist kein Matcher (verwenden Sie name=value, name!=value, name=~regex oder name!~regex)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a label name</source>
        <translation>&apos;%1&apos; ist kein Label-Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>ungültiger regulärer Ausdruck &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/AlertHistoryModel.cpp" line="+41"/>
        <source>State</source>
        <extracomment>Column header: an alert&apos;s state (firing, pending, no data, resolved)</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firing, pending (the condition holds, not yet for the rule&apos;s &apos;for&apos;), no data (the series the rule needs is missing) or resolved</source>
        <translation>Aktiv, ausstehend (die Bedingung gilt, aber noch nicht für die Dauer &apos;for&apos; der Regel), keine Daten (die Serie, die die Regel braucht, fehlt) oder behoben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No data since %1</source>
        <translation>Keine Daten seit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s severity label</source>
        <translation>Das Label severity der Regel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s name (alertname)</source>
        <translation>Der Name der Regel (alertname)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster (profile) the alert is about</source>
        <translation>Der Cluster (das Profil), den der Alarm betrifft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the alert is about, by name (&quot;group orders&quot;, &quot;job tidewatch-orders&quot;); every label, ids included, in the cell&apos;s tooltip</source>
        <translation>Worum es im Alarm geht, mit Namen (&quot;Gruppe orders&quot;, &quot;Job tidewatch-orders&quot;); alle Labels, IDs eingeschlossen, im Tooltip der Zelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest value, in the metric&apos;s unit; a dash when there is no data</source>
        <translation>Der neueste Wert, in der Einheit der Metrik; ein Strich, wenn keine Daten vorliegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <extracomment>Column header: the time at which the alert became pending</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the condition started to hold</source>
        <translation>Wann die Bedingung zu gelten begann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Firing</source>
        <extracomment>Column header: the time at which the alert started firing</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it started firing</source>
        <translation>Wann der Alarm aktiv wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it was resolved</source>
        <translation>Wann der Alarm behoben wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who acknowledged the alert, and when</source>
        <translation>Wer den Alarm bestätigt hat, und wann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>Bestätigt von %1 um %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silenced</source>
        <extracomment>Column header: until when a silence mutes the alert</extracomment>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The silence that silences the alert now: its end and who created it</source>
        <translation>Die Stummschaltung, die den Alarm gerade stummschaltet: ihr Ende und wer sie angelegt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Silence %1 by %2</source>
        <translation>Stummschaltung %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s summary, with the series labels and value filled in</source>
        <translation>Die Zusammenfassung der Regel, mit eingesetzten Labels und Wert der Serie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>acked by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>silenced until %1</source>
        <translation>stummgeschaltet bis %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertHistoryWriter</name>
    <message>
        <location filename="../alerts/AlertHistoryWriter.cpp" line="+23"/>
        <source>Alert history %1: %2 (the alerts work on without it)</source>
        <translation>Alarmhistorie %1: %2 (die Alarme arbeiten ohne sie weiter)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertTableModel</name>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="+18"/>
        <source>State</source>
        <extracomment>Column header: an alert&apos;s state (FIRING or pending)</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Pending: the condition holds but not yet for the rule&apos;s &apos;for&apos; duration. Firing: it held long enough. No data: the rule&apos;s source delivers nothing for it; the alert is kept as it was</source>
        <translation>Ausstehend: Die Bedingung gilt, aber noch nicht für die &apos;for&apos;-Dauer der Regel. Aktiv: Sie galt lange genug. Keine Daten: Die Quelle der Regel liefert dafür nichts; der Alarm bleibt, wie er war</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rule&apos;s severity label: critical, warning or info</source>
        <translation>Das Label severity der Regel: kritisch, Warnung oder Info</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s name (alertname)</source>
        <translation>Der Name der Regel (alertname)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster (profile) the alert is about</source>
        <translation>Der Cluster (das Profil), den der Alarm betrifft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the alert is about, by name (&quot;group orders&quot;, &quot;job tidewatch-orders&quot;); every label, ids included, in the cell&apos;s tooltip</source>
        <translation>Worum es im Alarm geht, mit Namen (&quot;Gruppe orders&quot;, &quot;Job tidewatch-orders&quot;); alle Labels, IDs eingeschlossen, im Tooltip der Zelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s summary, with the series labels and value filled in</source>
        <translation>Die Zusammenfassung der Regel, mit eingesetzten Labels und Wert der Serie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since</source>
        <extracomment>Column header: how long the alert has been active</extracomment>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the condition has held (firing: since it started pending)</source>
        <translation>Wie lange die Bedingung schon gilt (aktiv: seit sie ausstehend wurde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active since %1</source>
        <translation>Aktiv seit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value that made the condition true, at the latest evaluation, in the metric&apos;s unit</source>
        <translation>Der Wert, der die Bedingung bei der letzten Auswertung erfüllt hat, in der Einheit der Metrik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by whom; silenced until when (silenced alerts notify nobody and do not turn the wall banner red)</source>
        <translation>Von wem bestätigt; bis wann stummgeschaltet (stummgeschaltete Alarme benachrichtigen niemanden und färben das Banner der Wandanzeige nicht rot)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertsPage</name>
    <message>
        <location filename="../widgets/AlertsPage.cpp" line="+73"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Silence…</source>
        <translation>&amp;Stummschalten…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active (firing, pending, no data)</source>
        <translation>Offen (aktiv, ausstehend, keine Daten)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels, e.g. consumergroup=~&quot;orders.*&quot;, broker!=2</source>
        <translation>Labels, z. B. consumergroup=~&quot;orders.*&quot;, broker!=2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rows the filters show, times in ISO 8601 UTC</source>
        <translation>Die Zeilen, die die Filter zeigen, Zeiten in ISO 8601 UTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History of the selected alert</source>
        <translation>Verlauf des ausgewählten Alarms</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Alert handling is not running</source>
        <translation>Die Alarmbearbeitung läuft nicht</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 firing (%2 silenced) · %3 pending · %4 no data · %5 rows shown of %6</source>
        <translation>%1 aktiv (%2 stummgeschaltet) · %3 ausstehend · %4 ohne Daten · %5 von %6 Zeilen angezeigt</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The alert is no longer active.</source>
        <translation>Der Alarm ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Export alerts</source>
        <translation>Alarme exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BoundedReply</name>
    <message>
        <location filename="../collectors/BoundedReply.cpp" line="+37"/>
        <source>no answer within %1 ms from %2</source>
        <translation>keine Antwort innerhalb von %1 ms von %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 redirects to another origin (%2): refused, so no credentials are sent there</source>
        <translation>%1 leitet auf einen anderen Ursprung um (%2): abgewiesen, damit dorthin keine Zugangsdaten gesendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirects more than %2 times</source>
        <translation>%1 leitet mehr als %2-mal um</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the answer from %1 exceeds the limit of %2 bytes</source>
        <translation>die Antwort von %1 überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer from %1 announces %2 bytes, over the limit of %3 bytes</source>
        <translation>die Antwort von %1 kündigt %2 Bytes an, über der Grenze von %3 Bytes</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BrokerTableModel</name>
    <message>
        <location filename="../models/itemmodels/BrokerTableModel.cpp" line="+17"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker&apos;s node id</source>
        <translation>Die Node-ID des Brokers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing replicas</source>
        <translation>Fehlende Replikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions whose replica on this broker is not in sync (not in the ISR): what a broker outage costs in redundancy</source>
        <translation>Partitionen, deren Replikat auf diesem Broker nicht synchron ist (nicht im ISR): was ein Ausfall des Brokers an Redundanz kostet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n Partition</numerusform>
            <numerusform>%n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address the broker advertises to clients</source>
        <translation>Die Adresse, die der Broker den Clients mitteilt</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>State</source>
        <extracomment>Column header: whether a Kafka broker is up or down</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down when the broker is missing from the cluster metadata (stopped or fenced) or the connection to it fails</source>
        <translation>Ausgefallen, wenn der Broker in den Cluster-Metadaten fehlt (gestoppt oder abgegrenzt) oder die Verbindung zu ihm fehlschlägt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether this broker is the active controller</source>
        <translation>Ob dieser Broker der aktive Controller ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leads</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions this broker is the leader of; amber when that differs from the partitions it is the preferred leader of (leadership moved, e.g. after a restart)</source>
        <translation>Partitionen, deren Leader dieser Broker ist; gelb, wenn das von den Partitionen abweicht, deren bevorzugter Leader er ist (die Leader-Rolle hat gewechselt, z. B. nach einem Neustart)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leads %1 partition(s); preferred leader of %2</source>
        <translation>Leader von %1 Partition(en); bevorzugter Leader von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred of</source>
        <translation>Bevorzugt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions whose preferred (first) replica is this broker: what it leads once every partition is on its preferred leader</source>
        <translation>Partitionen, deren bevorzugtes (erstes) Replikat dieser Broker ist: was er führt, sobald jede Partition bei ihrem bevorzugten Leader ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition replicas assigned to this broker, in sync or not</source>
        <translation>Diesem Broker zugewiesene Partitionsreplikate, synchron oder nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round trip</source>
        <translation>Round Trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average request round trip from Tidewatch to the broker</source>
        <translation>Durchschnittliche Round-Trip-Zeit von Anfragen von Tidewatch an den Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+8"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker&apos;s rack; unknown: the Kafka client library in use does not report racks</source>
        <translation>Das Rack des Brokers; unbekannt: Die verwendete Kafka-Client-Bibliothek meldet keine Racks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second produced to this broker (its metrics endpoint)</source>
        <translation>Bytes pro Sekunde, die an diesen Broker produziert werden (sein Metrik-Endpunkt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second fetched by consumers (replication excluded)</source>
        <translation>Bytes pro Sekunde, die Consumer abrufen (ohne Replikation)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log size</source>
        <translation>Log-Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of all replicas on this broker</source>
        <translation>Bytes aller Replikate auf diesem Broker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Produce p99</source>
        <translation>Produce p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>99th percentile of the total time of Produce requests</source>
        <translation>99. Perzentil der Gesamtdauer von Produce-Anfragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetch p99</source>
        <translation>Fetch p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>99th percentile of the total time of consumer Fetch requests (includes fetch.max.wait)</source>
        <translation>99. Perzentil der Gesamtdauer von Fetch-Anfragen der Consumer (einschließlich fetch.max.wait)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BrokersPage</name>
    <message>
        <location filename="../widgets/BrokersPage.cpp" line="+20"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skew: the busiest broker&apos;s count over the mean per broker (1× is even). A partition led by another replica than its first (preferred) one puts its load on that broker; kafka-leader-election --election-type preferred moves leadership back</source>
        <translation>Schieflage: die Anzahl des meistbelasteten Brokers im Verhältnis zum Mittel je Broker (1× ist gleichmäßig). Eine Partition, die von einem anderen Replikat als ihrem ersten (bevorzugten) geführt wird, legt ihre Last auf diesen Broker; kafka-leader-election --election-type preferred gibt die Leader-Rolle zurück</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request latency</source>
        <translation>Anfragelatenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average round trip of the collector&apos;s requests to each broker</source>
        <translation>Durchschnittliche Round-Trip-Zeit der Anfragen des Collectors an jeden Broker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Kafka cluster configured</source>
        <translation>Kein Kafka-Cluster konfiguriert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Broker %1 bytes in/s</source>
        <translation>Broker %1 Bytes ein/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker %1 bytes out/s</source>
        <translation>Broker %1 Bytes aus/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker %1 round trip</source>
        <translation>Broker %1 Round Trip</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %2 of %n broker(s) up, controller %3</source>
        <translation>
            <numerusform>%1: %2 von %n Broker online, Controller %3</numerusform>
            <numerusform>%1: %2 von %n Brokern online, Controller %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leader balance: unknown (no partition has a leader)</source>
        <translation>Leader-Verteilung: unbekannt (keine Partition hat einen Leader)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leader skew %1× (broker %2 leads %3 of %4 partitions)</source>
        <translation>Leader-Schieflage %1× (Broker %2 führt %3 von %4 Partitionen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replica skew %1×</source>
        <translation>Replikat-Schieflage %1×</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partition(s) off their preferred leader</source>
        <translation>
            <numerusform>%n Partition nicht beim bevorzugten Leader</numerusform>
            <numerusform>%n Partitionen nicht beim bevorzugten Leader</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every partition on its preferred leader</source>
        <translation>jede Partition beim bevorzugten Leader</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessPage</name>
    <message>
        <location filename="../widgets/BusinessPage.cpp" line="+51"/>
        <source>%1: no data — %2</source>
        <translation>%1: keine Daten — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data — unreachable: %2</source>
        <translation>%1: keine Daten — nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no event read yet</source>
        <translation>%1: noch kein Ereignis gelesen</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessStatusLine</name>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="+9"/>
        <source>Events: waiting for the first data</source>
        <translation>Ereignisse: Warten auf die ersten Daten</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessWallPage</name>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="+33"/>
        <source>Orders per minute</source>
        <translation>Aufträge pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late shipments now</source>
        <translation>Verspätete Sendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breaches</source>
        <translation>SLA-Verstöße</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders created in the last closed event-time minute. Amber below half the hour&apos;s mean, red at none while there were orders before</source>
        <translation>Aufträge, die in der letzten abgeschlossenen Ereigniszeit-Minute angelegt wurden. Gelb unter dem halben Stundenmittel, rot bei null, wenn es vorher Aufträge gab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open shipments past their promised delivery. Amber from 1, red from %1</source>
        <translation>Offene Sendungen nach ihrem zugesagten Liefertermin. Gelb ab 1, rot ab %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered on time in the first SLA window. Amber below 95 %, red below 90 %</source>
        <translation>Pünktlich zugestellt im ersten SLA-Zeitfenster. Gelb unter 95 %, rot unter 90 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promises in the first SLA window. Amber from 1, red from %1</source>
        <translation>Gebrochene Zusagen im ersten SLA-Zeitfenster. Gelb ab 1, rot ab %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trend: collecting</source>
        <translation>Trend: wird gesammelt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 from %2 · hour&apos;s mean %3</source>
        <translation>%1 von %2 · Stundenmittel %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minute %1</source>
        <translation>Minute %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute %1 · %2</source>
        <translation>Minute %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no closed minute yet</source>
        <translation>noch keine abgeschlossene Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+27"/>
        <source>no events yet</source>
        <translation>noch keine Ereignisse</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>of %1 open shipments</source>
        <translation>von %1 offenen Sendungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no SLA figures yet</source>
        <translation>noch keine SLA-Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1 · %2 of %3</source>
        <translation>letzte %1 · %2 von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last %1 · nothing due</source>
        <translation>letzte %1 · nichts fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in the first SLA window</source>
        <translation>im ersten SLA-Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1 · %2 late deliveries · %3 missed ship-by</source>
        <translation>letzte %1 · %2 verspätete Zustellungen · %3 verpasste Versandtermine</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ClusterStrip</name>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="+42"/>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the first data</source>
        <translation>warten auf die ersten Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live, updated %1</source>
        <translation>live, aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STALE, last updated %1</source>
        <translation>VERALTET, zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNREACHABLE (%1), last data %2</source>
        <translation>NICHT ERREICHBAR (%1), letzte Daten: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Click a figure to open its details for this cluster</source>
        <translation>Klicken Sie auf eine Zahl, um ihre Details für diesen Cluster zu öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokers up of those in the metadata; the active controller; partitions whose in-sync replicas are fewer than their replicas (under-replicated), without a leader (offline), or below min.insync.replicas; consumer groups in Burrow&apos;s ERR (a partition stopped, stalled or rewound) and WARN (falling behind); the largest time lag of any group</source>
        <translation>Laufende Broker (von denen in den Metadaten); der aktive Controller; Partitionen mit weniger In-Sync-Replikaten als Replikaten (unterrepliziert), ohne Leader (offline) oder unter min.insync.replicas; Consumer-Gruppen in Burrows ERR (eine Partition gestoppt, hängend oder zurückgesetzt) und WARN (fällt zurück); der größte zeitliche Lag aller Gruppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs running of those listed; jobs with a vertex at high back pressure; jobs whose latest checkpoint failed after the latest completed one</source>
        <translation>Laufende Jobs (von den aufgeführten); Jobs mit einem Vertex unter hoher Backpressure; Jobs, deren neuester Checkpoint nach dem neuesten abgeschlossenen fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>alerts: %1 firing, %2 pending</source>
        <translation>Alarme: %1 aktiv, %2 ausstehend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kafka: not configured</source>
        <translation>Kafka: nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>brokers up %1/%2</source>
        <translation>Broker laufen %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO controller</source>
        <translation>KEIN Controller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controller unknown</source>
        <translation>Controller unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under-replicated %1</source>
        <translation>unterrepliziert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline %1</source>
        <translation>offline %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under min ISR %1</source>
        <translation>unter min. ISR %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>groups %1 (%2 stuck, %3 falling behind)</source>
        <extracomment>The group counts in plain words: ERR groups are &quot;stuck&quot;, WARN groups &quot;falling behind&quot;</extracomment>
        <translation>Gruppen %1 (%2 hängen fest, %3 fallen zurück)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>worst time lag %1 (%2)</source>
        <translation>größter Zeit-Lag %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flink: not configured</source>
        <translation>Flink: nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flink</source>
        <translation>Flink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs running %1/%2</source>
        <translation>Jobs laufen %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back-pressured %1</source>
        <translation>mit Backpressure %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkpoints failing %1</source>
        <translation>Checkpoints scheitern %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectCollector</name>
    <message>
        <location filename="../collectors/ConnectCollector.cpp" line="+137"/>
        <source>HTTP %1%2</source>
        <translation>HTTP %1%2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectionFileField</name>
    <message>
        <location filename="../widgets/ConnectionFileField.cpp" line="+18"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the file %2 does not exist</source>
        <translation>%1: Die Datei %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not a file</source>
        <translation>%1: %2 ist keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file %2 cannot be read (permissions)</source>
        <translation>%1: Die Datei %2 kann nicht gelesen werden (Berechtigungen)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectionPropertiesTable</name>
    <message>
        <location filename="../widgets/ConnectionPropertiesTable.cpp" line="+65"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other librdkafka properties. Secret ones (passwords, secrets, keys) go to the system keychain. Properties of the Security tab are set there, not here.</source>
        <translation>Weitere librdkafka-Eigenschaften. Geheime (Passwörter, Secrets, Schlüssel) kommen in den Schlüsselbund des Systems. Eigenschaften des Reiters „Sicherheit“ werden dort gesetzt, nicht hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a librdkafka property</source>
        <translation>Eine librdkafka-Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove property</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected librdkafka property</source>
        <translation>Die ausgewählte librdkafka-Eigenschaft entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other librdkafka properties:</source>
        <translation>Weitere librdkafka-Eigenschaften:</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectionTestView</name>
    <message>
        <location filename="../widgets/ConnectionTestView.cpp" line="+12"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The steps of the last connection test</source>
        <translation>Die Schritte des letzten Verbindungstests</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectionTester</name>
    <message>
        <location filename="../collectors/ConnectionTester.cpp" line="+82"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a host:port address</source>
        <translation>Keine Adresse der Form host:port</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Name resolution</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The name %1 could not be resolved: %2</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>Keine Verbindung zu %1 Port %2 möglich: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to %1 port %2</source>
        <translation>Verbunden mit %1 Port %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+27"/>
        <location line="+5"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, certificate of %2 (issued by %3) verified</source>
        <translation>%1, Zertifikat von %2 (ausgestellt von %3) geprüft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GET %1 failed: %2 (check the user and password)</source>
        <translation>GET %1 fehlgeschlagen: %2 (prüfen Sie Benutzer und Passwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET %1 failed: %2</source>
        <translation>GET %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flink REST</source>
        <translation>Flink REST</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 answered, but not as Flink&apos;s REST API does: %2</source>
        <translation>%1 hat geantwortet, aber nicht wie die REST-API von Flink: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flink %1 at %2</source>
        <translation>Flink %1 unter %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Broker metrics</source>
        <translation>Broker-Metriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the brokers&apos; addresses, and the metadata could not be read</source>
        <translation>Braucht die Adressen der Broker, und die Metadaten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broker %1 metrics</source>
        <translation>Metriken von Broker %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No metrics URL for this broker</source>
        <translation>Keine Metrik-URL für diesen Broker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered (%2 bytes)</source>
        <translation>%1 hat geantwortet (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client configuration</source>
        <translation>Client-Konfiguration</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>TLS (librdkafka)</source>
        <translation>TLS (librdkafka)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>librdkafka&apos;s TLS connection works</source>
        <translation>Die TLS-Verbindung von librdkafka funktioniert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SASL authentication</source>
        <translation>SASL-Authentifizierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authenticated with %1 as &quot;%2&quot;</source>
        <translation>Authentifiziert mit %1 als &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reached: no broker answered</source>
        <translation>Nicht erreicht: Kein Broker hat geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No metadata: %1</source>
        <translation>Keine Metadaten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n broker(s): %1; %2 topic(s)</source>
        <translation>
            <numerusform>%n Broker: %1; Topics: %2</numerusform>
            <numerusform>%n Broker: %1; Topics: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Describe consumer groups</source>
        <translation>Consumer-Gruppen beschreiben</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n group(s) could not be described: %2</source>
        <translation>
            <numerusform>%1 von %n Gruppe konnte nicht beschrieben werden: %2</numerusform>
            <numerusform>%1 von %n Gruppen konnten nicht beschrieben werden: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n group(s) listed and described</source>
        <translation>
            <numerusform>%n Gruppe aufgelistet und beschrieben</numerusform>
            <numerusform>%n Gruppen aufgelistet und beschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has neither Kafka bootstrap servers nor a Flink REST URL</source>
        <translation>Das Profil hat weder Kafka-Bootstrap-Server noch eine Flink-REST-URL</translation>
    </message>
</context>
<context>
    <name>Tidewatch::CountTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="+17"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact count</source>
        <translation>Genaue Anzahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the table&apos;s total</source>
        <translation>Anteil an der Summe der Tabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Tidewatch::Dashboard</name>
    <message>
        <location filename="../app/Dashboard.cpp" line="+60"/>
        <source>Alert history %1: %2 (the alerts work on without it)</source>
        <translation>Alarmhistorie %1: %2 (die Alarme arbeiten ohne sie weiter)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Delete history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also delete the stored chart history of &quot;%1&quot;?</source>
        <translation>Auch den gespeicherten Diagrammverlauf von „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>Tidewatch::EtaSlipTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="+53"/>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous ETA</source>
        <translation>Vorherige ETA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New ETA</source>
        <translation>Neue ETA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slipped by</source>
        <translation>Verschoben um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ETA minus previous ETA</source>
        <translation>Neue ETA minus vorherige ETA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event time of the event that moved the ETA (local)</source>
        <translation>Ereigniszeit des Ereignisses, das die ETA verschoben hat (lokal)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::EventTopicCollector</name>
    <message>
        <location filename="../collectors/EventTopicCollector.cpp" line="+181"/>
        <source>partition %1 makes no progress at offset %2 of %3</source>
        <translation>Partition %1 kommt bei Offset %2 von %3 nicht voran</translation>
    </message>
</context>
<context>
    <name>Tidewatch::EventTopicTableModel</name>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="+108"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the topic carries and how it is encoded</source>
        <translation>Was das Topic enthält und wie es kodiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions assigned</source>
        <translation>Zugewiesene Partitionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages read since Tidewatch started</source>
        <translation>Seit dem Start von Tidewatch gelesene Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages decoded into events</source>
        <translation>Zu Ereignissen dekodierte Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages the decoder rejected</source>
        <translation>Nachrichten, die der Decoder abgewiesen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <extracomment>Column header: how many events arrived after the watermark</extracomment>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events behind the watermark by more than the allowed lateness</source>
        <translation>Ereignisse, die um mehr als die erlaubte Verspätung hinter dem Watermark liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events seen before (same event id or same bytes)</source>
        <translation>Bereits gesehene Ereignisse (gleiche Ereignis-ID oder gleiche Bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tombstones</source>
        <translation>Tombstones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty messages (deletes in a CDC topic): neither events nor errors</source>
        <translation>Leere Nachrichten (Löschungen in einem CDC-Topic): weder Ereignisse noch Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag</source>
        <extracomment>Column header: how many messages of the topic are still unread</extracomment>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages between Tidewatch&apos;s position and the end of the topic</source>
        <translation>Nachrichten zwischen der Position von Tidewatch und dem Ende des Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages read per second over the last cycles</source>
        <translation>In den letzten Zyklen pro Sekunde gelesene Nachrichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Tidewatch::EventTopicsEditor</name>
    <message>
        <location filename="../widgets/EventTopicsEditor.cpp" line="+60"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carries</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time format</source>
        <translation>Zeitformat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kafka topics whose events feed the Orders, Shipments and SLA pages. Tidewatch reads them without a consumer group and never commits offsets.</source>
        <translation>Kafka-Topics, deren Ereignisse die Seiten Aufträge, Sendungen und SLA speisen. Tidewatch liest sie ohne Consumer-Gruppe und committet nie Offsets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add orders topic</source>
        <translation>Auftrags-Topic hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A topic of order events (plain JSON)</source>
        <translation>Ein Topic mit Auftragsereignissen (reines JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add shipments topic</source>
        <translation>Sendungs-Topic hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A topic of shipment events (plain JSON)</source>
        <translation>Ein Topic mit Sendungsereignissen (reines JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Debezium topic</source>
        <translation>Debezium-Topic hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A topic of Debezium change events of an orders table</source>
        <translation>Ein Topic mit Debezium-Änderungsereignissen einer Auftragstabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove topic</source>
        <translation>Topic entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop reading the selected topic</source>
        <translation>Das ausgewählte Topic nicht mehr lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack defaults</source>
        <translation>Stack-Standardwerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The local stack&apos;s topics: orders, shipments, orders-cdc</source>
        <translation>Die Topics des lokalen Stacks: orders, shipments, orders-cdc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON pointer</source>
        <translation>JSON-Pointer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where each field is in a message, as a JSON pointer (/hub/code). Empty: the topic does not carry it. For Debezium topics the pointers address the row image.</source>
        <translation>Wo jedes Feld in einer Nachricht steht, als JSON-Pointer (/hub/code). Leer: Das Topic enthält das Feld nicht. Bei Debezium-Topics adressieren die Pointer das Zeilenabbild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default mapping</source>
        <translation>Standardzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping of the local stack&apos;s generator for this kind and format</source>
        <translation>Die Zuordnung des Generators im lokalen Stack für diese Art und dieses Format</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start reading:</source>
        <translation>Lesebeginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back reading starts when monitoring begins; 0: only new events</source>
        <translation>Wie weit zurück das Lesen beginnt, wenn die Überwachung startet; 0: nur neue Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min back</source>
        <translation> min zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed lateness:</source>
        <translation>Erlaubte Verspätung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events further behind the watermark are counted and listed as late</source>
        <translation>Ereignisse, die weiter hinter dem Watermark liegen, werden gezählt und als verspätet aufgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep finished orders:</source>
        <translation>Abgeschlossene Aufträge behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered and cancelled orders and shipments leave the state after this long</source>
        <translation>Gelieferte und stornierte Aufträge und Sendungen werden nach dieser Zeit aus dem Zustand entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>An event topic has no name</source>
        <translation>Ein Ereignis-Topic hat keinen Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event topic %1: the pointer of %2 must start with / (&quot;%3&quot;)</source>
        <translation>Ereignis-Topic %1: Der Pointer für %2 muss mit / beginnen (&quot;%3&quot;)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debezium</source>
        <translation>Debezium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch ms</source>
        <translation>Unix-Zeit (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch s</source>
        <translation>Unix-Zeit (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO-8601</source>
        <translation>ISO-8601</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Field mapping: select a topic</source>
        <translation>Feldzuordnung: Wählen Sie ein Topic aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field mapping of the new topic:</source>
        <translation>Feldzuordnung für das neue Topic:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field mapping of %1:</source>
        <translation>Feldzuordnung für %1:</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ExporterSettingsBox</name>
    <message>
        <location filename="../widgets/ExporterSettingsBox.cpp" line="+21"/>
        <source>Prometheus exporter</source>
        <translation>Prometheus-Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export metrics while Tidewatch runs</source>
        <translation>Metriken exportieren, solange Tidewatch läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the monitored clusters&apos; metrics and alerts on /metrics for Prometheus</source>
        <translation>Die Metriken und Alarme der überwachten Cluster unter /metrics für Prometheus bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address and port to listen on; 127.0.0.1 keeps it to this machine</source>
        <translation>Adresse und Port, auf denen gelauscht wird; 127.0.0.1 beschränkt den Zugriff auf diesen Rechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FigureTile</name>
    <message>
        <location filename="../widgets/FigureTile.cpp" line="+114"/>
        <source>STALE — %1</source>
        <translation>VERALTET — %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkCheckpointTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="+277"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint id; savepoints are marked</source>
        <translation>Checkpoint-ID; Savepoints sind gekennzeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (savepoint)</source>
        <translation>%1 (Savepoint)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMPLETED, FAILED or IN_PROGRESS</source>
        <translation>COMPLETED, FAILED oder IN_PROGRESS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 subtasks acknowledged</source>
        <translation>%1 von %2 Subtasks bestätigt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the JobManager triggered the checkpoint (local time)</source>
        <translation>Wann der JobManager den Checkpoint ausgelöst hat (Ortszeit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the trigger to the last acknowledgement. Growing durations mean slow state backends or barriers stuck behind back pressure</source>
        <translation>Vom Auslösen bis zur letzten Bestätigung. Wachsende Dauern deuten auf langsame State-Backends oder auf Barriers, die hinter Backpressure festhängen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amber above half the checkpoint interval (%1), red above it</source>
        <translation>Gelb über dem halben Checkpoint-Intervall (%1), rot darüber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber above %1, red above %2 (the checkpoint interval is unknown)</source>
        <translation>Gelb über %1, rot über %2 (das Checkpoint-Intervall ist unbekannt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End to end</source>
        <translation>End-to-End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink&apos;s end-to-end duration: until the slowest subtask&apos;s state was persisted</source>
        <translation>Flinks End-to-End-Dauer: bis der Zustand des langsamsten Subtasks persistiert war</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State size</source>
        <translation>Zustandsgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s full state size in this checkpoint</source>
        <translation>Die gesamte Zustandsgröße des Jobs in diesem Checkpoint</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkpointed</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this checkpoint wrote: only the changes when checkpoints are incremental</source>
        <translation>Was dieser Checkpoint geschrieben hat: bei inkrementellen Checkpoints nur die Änderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the checkpoint failed</source>
        <translation>Warum der Checkpoint fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed at %1: %2</source>
        <translation>Fehlgeschlagen um %1: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkCollector</name>
    <message>
        <location filename="../collectors/FlinkCollector.cpp" line="+129"/>
        <source>the cycle&apos;s deadline of %1 ms passed</source>
        <translation>die Frist des Zyklus von %1 ms ist abgelaufen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>HTTP %1%2</source>
        <translation>HTTP %1%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the task manager id &quot;%1&quot; cannot be used in a URL</source>
        <translation>die TaskManager-ID &quot;%1&quot; kann nicht in einer URL verwendet werden</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the job id &quot;%1&quot; cannot be used in a URL</source>
        <translation>die Job-ID &quot;%1&quot; kann nicht in einer URL verwendet werden</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>the vertex id &quot;%1&quot; cannot be used in a URL</source>
        <translation>die Vertex-ID &quot;%1&quot; kann nicht in einer URL verwendet werden</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkJobTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="+121"/>
        <source>Job id %1</source>
        <translation>Job-ID %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time RUNNING since the last (re)start; the time since the job was submitted, restarts included, is in the cell tooltip. A job that keeps restarting has a short first figure and a long second one</source>
        <translation>Zeit im Zustand RUNNING seit dem letzten (Neu-)Start; die Zeit seit dem Einreichen des Jobs, Neustarts eingeschlossen, steht im Tooltip der Zelle. Ein Job, der immer wieder neu startet, hat eine kurze erste und eine lange zweite Zeitangabe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ran %1 from submission to its end</source>
        <translation>Lief %1 vom Einreichen bis zu seinem Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted %1 ago</source>
        <translation>Vor %1 eingereicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks running out of the job&apos;s tasks (all subtasks of all vertices)</source>
        <translation>Laufende Tasks von allen Tasks des Jobs (alle Subtasks aller Vertices)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2 running</source>
        <translation>%1 / %2 laufen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s name</source>
        <translation>Der Name des Jobs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State</source>
        <extracomment>Column header: a Flink job&apos;s status (RUNNING, FAILED, ...)</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink&apos;s job status: RUNNING, or CREATED, RESTARTING, FAILING, FAILED, CANCELED, FINISHED, ...</source>
        <translation>Flinks Job-Status: RUNNING oder CREATED, RESTARTING, FAILING, FAILED, CANCELED, FINISHED, ...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Running for</source>
        <translation>Läuft seit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back pressure</source>
        <translation>Backpressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worst back-pressure level over the job&apos;s vertices, with the share of time its busiest subtask was back-pressured: ok (below 10 %), low (up to 50 %), high (more). A high vertex is slowed down by the one after it</source>
        <translation>Die schlechteste Backpressure-Stufe über die Vertices des Jobs, mit dem Zeitanteil, in dem sein am stärksten gebremster Subtask unter Backpressure stand: ok (unter 10 %), low (bis 50 %), high (mehr). Ein Vertex mit high wird vom nachfolgenden ausgebremst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worst vertex: %1</source>
        <translation>Schlechtester Vertex: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last checkpoint</source>
        <translation>Letzter Checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long ago the latest checkpoint completed, at the time of the snapshot. Red when a checkpoint failed after it; &quot;disabled&quot;: the job does not checkpoint</source>
        <translation>Wie lange der Abschluss des letzten Checkpoints zum Zeitpunkt des Snapshots zurücklag. Rot, wenn danach ein Checkpoint fehlgeschlagen ist; „deaktiviert“: Der Job erstellt keine Checkpoints</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checkpoint %1 failed</source>
        <translation>Checkpoint %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint %1 failed: %2</source>
        <translation>Checkpoint %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkpoint %1 took %2</source>
        <translation>Checkpoint %1 dauerte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed checkpoints</source>
        <translation>Checkpoint-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints of this job that failed, as Flink counts them since the job was submitted</source>
        <translation>Fehlgeschlagene Checkpoints dieses Jobs, wie Flink sie seit dem Einreichen des Jobs zählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watermark lag</source>
        <translation>Watermark-Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the job&apos;s event time trails the clock: the largest watermark lag over its vertices, at the moment Flink sampled it. &quot;idle&quot;: all its sources are idle, which is not lag; &quot;no watermark&quot;: no vertex has emitted one. A lag sampled long ago says how old it is</source>
        <translation>Wie weit die Ereigniszeit des Jobs hinter der Uhr zurückliegt: der größte Watermark-Lag über seine Vertices, zu dem Zeitpunkt, als Flink ihn erfasst hat. „im Leerlauf“: Alle seine Quellen sind im Leerlauf, das ist kein Lag; „kein Watermark“: Kein Vertex hat eines ausgegeben. Bei einem vor längerer Zeit erfassten Lag steht dabei, wie alt er ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (sampled %2 ago)</source>
        <translation>%1 (erfasst vor %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no watermark</source>
        <translation>kein Watermark</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Largest at %1</source>
        <translation>Am größten bei %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink&apos;s numRestarts since the job was submitted; a growing count means the job keeps failing</source>
        <translation>Flinks numRestarts seit dem Einreichen des Jobs; eine wachsende Zahl heißt, dass der Job immer wieder fehlschlägt</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkPage</name>
    <message>
        <location filename="../widgets/FlinkPage.cpp" line="+72"/>
        <source>Flink</source>
        <translation>Flink</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter jobs by name</source>
        <translation>Jobs nach Name filtern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Watermark lag in seconds: how far the job&apos;s event time trails the clock, the largest over its vertices</source>
        <translation>Watermark-Lag in Sekunden: wie weit die Ereigniszeit des Jobs hinter der Uhr zurückliegt, der größte über seine Vertices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full state size in bytes of the latest completed checkpoint</source>
        <translation>Gesamte Zustandsgröße in Bytes des letzten abgeschlossenen Checkpoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration in milliseconds of the latest completed checkpoint, from the trigger to the last acknowledgement</source>
        <translation>Dauer in Millisekunden des letzten abgeschlossenen Checkpoints, vom Auslösen bis zur letzten Bestätigung</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+348"/>
        <source>%1 of %n slot(s) free</source>
        <translation>
            <numerusform>%1 von %n Slot frei</numerusform>
            <numerusform>%1 von %n Slots frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-346"/>
        <source>Flink %1 · %2 · %3 · %4 of %n job(s) running</source>
        <translation>
            <numerusform>Flink %1 · %2 · %3 · %4 von %n Job in Betrieb</numerusform>
            <numerusform>Flink %1 · %2 · %3 · %4 von %n Jobs in Betrieb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Kafka input: none detected.</source>
        <translation>Kafka-Eingang: keiner erkannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown topics</source>
        <translation>unbekannte Topics</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>The Kafka topics the job reads and the lag of its consumer group in the latest Kafka snapshot: messages behind, time behind and Burrow&apos;s status. Flink does not report the group id: --flink-kafka-link or a profile&apos;s flink.kafka.link names it</source>
        <translation>Die Kafka-Topics, die der Job liest, und der Lag seiner Consumer-Gruppe im letzten Kafka-Snapshot: Rückstand in Nachrichten, zeitlicher Rückstand und Burrows Status. Flink meldet die Gruppen-ID nicht: --flink-kafka-link oder flink.kafka.link eines Profils benennt sie</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Up: time RUNNING since the last (re)start; submitted: time since the job was submitted. Restarts: Flink&apos;s numRestarts since submission; a growing count means the job keeps failing. Metrics: how old the vertex figures were when Flink sampled them (its REST metric cache)</source>
        <translation>In Betrieb: Zeit im Zustand RUNNING seit dem letzten (Neu-)Start; eingereicht: Zeit seit dem Einreichen des Jobs. Neustarts: Flinks numRestarts seit dem Einreichen; eine wachsende Zahl heißt, dass der Job immer wieder fehlschlägt. Metriken: wie alt die Vertex-Zahlen waren, als Flink sie erfasst hat (sein REST-Metrik-Cache)</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n task manager(s)</source>
        <translation>
            <numerusform>%n TaskManager</numerusform>
            <numerusform>%n TaskManager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task managers unknown</source>
        <translation>TaskManager unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+348"/>
        <source>slots unknown</source>
        <translation>Slots unbekannt</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>%1 → consumer group unknown (name it with --flink-kafka-link or flink.kafka.link in the profile)</source>
        <translation>%1 → Consumer-Gruppe unbekannt (mit --flink-kafka-link oder flink.kafka.link im Profil benennen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 → group %2: no Kafka data yet</source>
        <translation>%1 → Gruppe %2: noch keine Kafka-Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → group %2: not found in Kafka cluster %3</source>
        <translation>%1 → Gruppe %2: nicht im Kafka-Cluster %3 gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → group %2: lag %3, time lag %4, %5</source>
        <translation>%1 → Gruppe %2: Lag %3, Zeit-Lag %4, %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → group %2: lag %3, time lag %4, %5 (Kafka unreachable: last known values)</source>
        <translation>%1 → Gruppe %2: Lag %3, Zeit-Lag %4, %5 (Kafka nicht erreichbar: letzte bekannte Werte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kafka input:
%1</source>
        <translation>Kafka-Eingang:
%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Select a job to see its vertices, checkpoints and Kafka input</source>
        <translation>Wählen Sie einen Job aus, um seine Vertices, Checkpoints und seinen Kafka-Eingang zu sehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ended %1 (%2)</source>
        <translation>beendet %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end time unknown</source>
        <translation>Endzeit unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ran %1</source>
        <translation>lief %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>up %1 since the last restart</source>
        <translation>seit dem letzten Neustart %1 in Betrieb</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 of %n task(s) running</source>
        <translation>
            <numerusform>%1 von %n Task in Betrieb</numerusform>
            <numerusform>%1 von %n Tasks in Betrieb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>
Root cause: %1</source>
        <translation>
Grundursache: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1%2
on %3</source>
        <translation>%1%2
auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
At the same time: %1</source>
        <translation>
Gleichzeitig: %1</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>uptime unknown</source>
        <translation>Laufzeit unbekannt</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Back-pressure ratio of each vertex over time (0: never waits for downstream, 1: always; the highest of its subtasks)</source>
        <translation>Backpressure-Anteil jedes Vertex im Zeitverlauf (0: wartet nie auf nachgelagerte Vertices, 1: immer; der höchste Wert seiner Subtasks)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vertex that holds the job up: busy at least 50 % of the time and not back-pressured itself, while a vertex feeding it is back-pressured (as Flink&apos;s web UI judges it)</source>
        <translation>Der Vertex, der den Job aufhält: mindestens 50 % der Zeit ausgelastet und selbst ohne Backpressure, während ein Vertex, der ihn speist, unter Backpressure steht (so wie Flinks Web-UI es beurteilt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heap used of the maximum and the JVM&apos;s CPU load per TaskManager, from Flink&apos;s metric cache (it adds up to its fetcher interval to the age)</source>
        <translation>Genutzter Heap im Verhältnis zum Maximum und CPU-Last der JVM je TaskManager, aus Flinks Metrik-Cache (das Alter kann dadurch um bis zu dessen Abrufintervall höher sein)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Watermark lag</source>
        <translation>Watermark-Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State size</source>
        <translation>Zustandsgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint duration</source>
        <translation>Checkpoint-Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back pressure (0–1)</source>
        <translation>Backpressure (0–1)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 is held up by %2 (busy %3 %)</source>
        <translation>%1 wird von %2 aufgehalten (%3 % ausgelastet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is held up by %2 (busy %3 %; %4 back-pressured)</source>
        <translation>%1 wird von %2 aufgehalten (%3 % ausgelastet; Rückstau in %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>+%n more job(s) held up</source>
        <translation>
            <numerusform>+%n weiterer aufgehaltener Job</numerusform>
            <numerusform>+%n weitere aufgehaltene Jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Watermark lag of %1</source>
        <translation>Watermark-Lag von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State size of %1</source>
        <translation>Zustandsgröße von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint duration of %1</source>
        <translation>Checkpoint-Dauer von %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>submitted %1 ago</source>
        <translation>vor %1 eingereicht</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n Neustart</numerusform>
            <numerusform>%n Neustarts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restarts unknown</source>
        <translation>Neustarts unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checkpointing disabled</source>
        <translation>Checkpoints deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkpoints: %1 completed, %2 failed</source>
        <translation>Checkpoints: %1 abgeschlossen, %2 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed since the last completed</source>
        <translation>
            <numerusform>%n seit dem letzten abgeschlossenen fehlgeschlagen</numerusform>
            <numerusform>%n seit dem letzten abgeschlossenen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none completed yet</source>
        <translation>noch keiner abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics sampled %1 ago</source>
        <translation>Metriken vor %1 erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state growing %1/s</source>
        <translation>Zustand wächst um %1/s</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last exception (%1):
%2%3</source>
        <translation>Letzte Exception (%1):
%2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last exception in %1 (%2):
%3%4</source>
        <translation>Letzte Exception in %1 (%2):
%3%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (root cause: %2)</source>
        <translation>%1 (eigentliche Ursache: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>
Earlier failures (%n):</source>
        <translation>
            <numerusform>
Frühere Fehler (%n):</numerusform>
            <numerusform>
Frühere Fehler (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>

Earlier failures:
%1</source>
        <translation>

Frühere Fehler:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No TaskManager is registered.</source>
        <translation>Kein TaskManager ist registriert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>heap unknown</source>
        <translation>Heap unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heap %1 of %2 (%3 %)</source>
        <translation>Heap %1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>heap %1 (maximum unknown)</source>
        <translation>Heap %1 (Maximum unbekannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU unknown</source>
        <translation>CPU unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asked %1 ago</source>
        <translation>abgefragt vor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TaskManager %1: %2 · %3 · %4 (%5)</source>
        <translation>TaskManager %1: %2 · %3 · %4 (%5)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No exception since the job was submitted.</source>
        <translation>Keine Exception seit dem Einreichen des Jobs.</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkSubtaskTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkSubtaskTableModel.cpp" line="+15"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>idle %1 (left out of the lag)</source>
        <translation>%1 im Leerlauf (beim Lag nicht berücksichtigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watermark %1 behind</source>
        <translation>Watermark %1 zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no watermark, nothing read for %1</source>
        <translation>kein Watermark, seit %1 nichts gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no watermark</source>
        <translation>kein Watermark</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator chain the subtask runs</source>
        <translation>Die Operator-Kette, die der Subtask ausführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subtask</source>
        <translation>Subtask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtask index as Flink reports it (0-based)</source>
        <translation>Subtask-Index, wie Flink ihn meldet (ab 0 gezählt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back pressure</source>
        <translation>Backpressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of time this subtask was back-pressured (Flink&apos;s 60 s moving average); one subtask far above its siblings points at skewed keys</source>
        <translation>Zeitanteil, in dem dieser Subtask unter Backpressure stand (Flinks gleitender 60-s-Mittelwert); ein Subtask weit über den anderen deutet auf ungleich verteilte Schlüssel hin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Busy</source>
        <translation>Ausgelastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of time this subtask spent processing records (Flink&apos;s 60 s moving average)</source>
        <translation>Zeitanteil, in dem dieser Subtask Datensätze verarbeitet hat (Flinks gleitender 60-s-Mittelwert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of time this subtask waited for input (Flink&apos;s 60 s moving average)</source>
        <translation>Zeitanteil, in dem dieser Subtask auf Eingaben gewartet hat (Flinks gleitender 60-s-Mittelwert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source subtasks: their watermark lag as Flink&apos;s watermarkLag gauge reports it, or idle: read nothing for the idle time while neither back-pressured nor busy, so left out of the job&apos;s lag</source>
        <translation>Quell-Subtasks: ihr Watermark-Lag, wie Flinks Gauge watermarkLag ihn meldet, oder im Leerlauf: Diese Subtasks haben während der Leerlaufzeit nichts gelesen und waren weder unter Backpressure noch ausgelastet, daher bleiben sie beim Lag des Jobs unberücksichtigt</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkVertexTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="-324"/>
        <location line="+65"/>
        <location line="+8"/>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bottleneck: %1 (busy %2 %)</source>
        <translation>Engpass: %1 (ausgelastet %2 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no watermark</source>
        <translation>kein Watermark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator chain Flink schedules as one task, in the order of the job plan</source>
        <translation>Die Operator-Kette, die Flink als einen Task einplant, in der Reihenfolge des Job-Plans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vertex id %1, %2</source>
        <translation>Vertex-ID %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vertex that slows the job down: busy (at least 50 % of the time), not back-pressured itself, while a vertex feeding it is back-pressured. Fix or scale this one; the red back pressure upstream is its effect</source>
        <translation>Der Vertex, der den Job bremst: ausgelastet (mindestens 50 % der Zeit), selbst ohne Backpressure, während ein Vertex, der ihn speist, unter Backpressure steht. Beheben oder skalieren Sie diesen; die rote Backpressure davor ist seine Folge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busy %1 % and not back-pressured, while the vertices feeding it are</source>
        <translation>Zu %1 % ausgelastet und ohne Backpressure, während die Vertices, die ihn speisen, unter Backpressure stehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parallelism</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtasks running this vertex (max parallelism in the cell tooltip)</source>
        <translation>Subtasks, die diesen Vertex ausführen (maximale Parallelität im Tooltip der Zelle)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Max parallelism %1</source>
        <translation>Maximale Parallelität %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back pressure</source>
        <translation>Backpressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink&apos;s back-pressure level of the worst subtask: ok (below 10 % of the time back-pressured), low (up to 50 %), high (more). A high vertex is slowed down by the one after it</source>
        <translation>Flinks Backpressure-Stufe des schlechtesten Subtasks: ok (unter 10 % der Zeit unter Backpressure), low (bis 50 %), high (mehr). Ein Vertex mit high wird vom nachfolgenden ausgebremst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flink&apos;s latest metric fetch started at %1 (its answer may still be from the one before)</source>
        <translation>Flinks letzter Metrikabruf begann um %1 (seine Antwort kann noch vom vorherigen stammen)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>How far event time trails the clock at the moment Flink sampled it: sources, their watermarkLag gauge; other vertices, that sample time minus the lowest input watermark. &quot;no watermark&quot;: no subtask has one; &quot;idle&quot;: its sources are idle, which is not lag</source>
        <translation>Wie weit die Ereigniszeit hinter der Uhr zurückliegt, zu dem Zeitpunkt, als Flink sie erfasst hat: bei Quellen ihr Gauge watermarkLag, bei anderen Vertices dieser Erfassungszeitpunkt minus das niedrigste Eingangs-Watermark. „kein Watermark“: Kein Subtask hat eines; „im Leerlauf“: Seine Quellen sind im Leerlauf, das ist kein Lag</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Busy</source>
        <translation>Ausgelastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of time the busiest subtask spent processing records (not idle, not back-pressured), Flink&apos;s 60 s moving average. Near 100 %: this vertex is the bottleneck</source>
        <translation>Zeitanteil, in dem der am stärksten ausgelastete Subtask Datensätze verarbeitet hat (weder im Leerlauf noch unter Backpressure), Flinks gleitender 60-s-Mittelwert. Nahe 100 %: Dieser Vertex ist der Engpass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Average over subtasks: %1 %</source>
        <translation>Mittelwert über die Subtasks: %1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Records in</source>
        <translation>Datensätze ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records received per second, summed over subtasks</source>
        <translation>Empfangene Datensätze pro Sekunde, summiert über die Subtasks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records out</source>
        <translation>Datensätze aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records emitted per second, summed over subtasks</source>
        <translation>Ausgegebene Datensätze pro Sekunde, summiert über die Subtasks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watermark lag</source>
        <translation>Watermark-Lag</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n idle subtask(s) left out of the lag</source>
        <translation>
            <numerusform>%n Subtask im Leerlauf, beim Lag nicht berücksichtigt</numerusform>
            <numerusform>%n Subtasks im Leerlauf, beim Lag nicht berücksichtigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupPartitionTableModel</name>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="+265"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burrow&apos;s evaluation of this partition; the tooltip names Burrow&apos;s code</source>
        <translation>Burrows Bewertung dieser Partition; der Tooltip nennt Burrows Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s committed offset; &quot;none&quot;: it never committed here</source>
        <translation>Der committete Offset der Gruppe; „keiner“: Die Gruppe hat hier nie committet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End offset</source>
        <translation>End-Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The high watermark: the next offset to be written</source>
        <translation>Das High Watermark: der nächste zu schreibende Offset</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lag</source>
        <extracomment>Column header: how many messages a consumer group is behind</extracomment>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages behind on this partition</source>
        <translation>Rückstand in Nachrichten auf dieser Partition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time lag</source>
        <translation>Zeit-Lag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log start offset: records below it were deleted by retention</source>
        <translation>Der Log-Start-Offset: Datensätze darunter wurden durch Retention gelöscht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last stable</source>
        <translation>Last Stable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last stable offset (LSO): a read_committed consumer reads up to it; below the end offset while a transaction is open. The lag of a group the profile names read_committed ends here</source>
        <translation>Der Last Stable Offset (LSO): Ein read_committed-Consumer liest bis zu ihm; er liegt unter dem End-Offset, solange eine Transaktion offen ist. Der Lag einer Gruppe, die das Profil als read_committed benennt, endet hier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lag is measured to this offset</source>
        <translation>Der Lag wird bis zu diesem Offset gemessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data lost, or when retention deletes the first record the group has not read at the current rates; the tooltip says why an estimate is missing</source>
        <translation>Daten verloren, oder wann die Retention bei den aktuellen Raten den ersten Datensatz löscht, den die Gruppe nicht gelesen hat; der Tooltip sagt, warum eine Schätzung fehlt</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client the partition is assigned to</source>
        <translation>Der Client, dem die Partition zugewiesen ist</translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupTableModel</name>
    <message>
        <location line="-257"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consumer group&apos;s id</source>
        <translation>Die ID der Consumer-Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Burrow&apos;s evaluation over the last commits: ok, falling behind (lag growing; WARN), stopped (no commits while behind; STOP), stalled (commits that do not move; STALL), rewound (offset went back; REWIND), stuck (a partition stopped, stalled or rewound; ERR), not judged yet (NOTFOUND). The cell&apos;s tooltip names Burrow&apos;s code and the reason</source>
        <translation>Burrows Bewertung der letzten Commits: ok, fällt zurück (Lag wächst; WARN), gestoppt (keine Commits trotz Rückstand; STOP), festgefahren (Commits, die sich nicht bewegen; STALL), zurückgesetzt (Offset ging zurück; REWIND), blockiert (eine Partition gestoppt, festgefahren oder zurückgesetzt; ERR), noch nicht bewertet (NOTFOUND). Der Tooltip der Zelle nennt Burrows Code und den Grund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <extracomment>Column header: a Kafka consumer group&apos;s state (Stable, Empty, ...)</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable (Stable), no members (Empty), rebalancing (PreparingRebalance, CompletingRebalance), deleted (Dead). &quot;(by design)&quot;: no members, yet its offsets move, as a Flink or Spark Kafka source commits</source>
        <translation>stabil (Stable), ohne Mitglieder (Empty), Rebalancing (PreparingRebalance, CompletingRebalance), gelöscht (Dead). &quot;(beabsichtigt)&quot;: keine Mitglieder, aber die Offsets bewegen sich, weil eine Kafka-Quelle von Flink oder Spark committet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No consumer is a member, yet the committed offsets move: an assign-only consumer (a Flink or Spark Kafka source) commits for this group (Kafka state %1)</source>
        <translation>Kein Consumer ist Mitglied, aber die committeten Offsets bewegen sich: Ein Consumer ohne Gruppenmitgliedschaft (assign statt subscribe, etwa eine Kafka-Quelle von Flink oder Spark) committet für diese Gruppe (Kafka-Zustand %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kafka state %1</source>
        <translation>Kafka-Zustand %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers in the group</source>
        <translation>Consumer in der Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lag</source>
        <extracomment>Column header: how many messages a consumer group is behind</extracomment>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages behind, summed over the group&apos;s partitions</source>
        <translation>Rückstand in Nachrichten, summiert über die Partitionen der Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max lag</source>
        <translation>Max. Lag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages behind on the worst partition</source>
        <translation>Rückstand in Nachrichten auf der schlechtesten Partition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time lag</source>
        <translation>Zeit-Lag</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data lost: on some partition the group is behind the log start (retention deleted records it never read). Otherwise the soonest time at which retention (retention.ms, retention.bytes) deletes a record the group has not read yet, at the current produce and consume rates</source>
        <translation>Daten verloren: Auf einer Partition liegt die Gruppe hinter dem Log-Start zurück (die Retention hat Datensätze gelöscht, die sie nie gelesen hat). Sonst der früheste Zeitpunkt, zu dem die Retention (retention.ms, retention.bytes) bei den aktuellen Produktions- und Konsumraten einen Datensatz löscht, den die Gruppe noch nicht gelesen hat</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>data lost (%n partition(s))</source>
        <translation>
            <numerusform>Daten verloren (%n Partition)</numerusform>
            <numerusform>Daten verloren (%n Partitionen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hanging txn</source>
        <translation>Hängende Txn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions the group reads whose last stable offset has stayed below the end offset for longer than the profile&apos;s threshold: a transaction that neither commits nor aborts</source>
        <translation>Partitionen, die die Gruppe liest und deren Last Stable Offset länger als der Schwellenwert des Profils unter dem End-Offset geblieben ist: eine Transaktion, die weder committet noch abbricht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total lag over the last 5 minutes, the highest value of every 7.5 seconds so that short spikes show; the line is scaled to each group&apos;s own range. A break in the line: the lag was unknown (Kafka unreachable). Amber or red: the group is falling behind or worse. Sorts by the current lag</source>
        <translation>Gesamt-Lag der letzten 5 Minuten, der höchste Wert je 7,5 Sekunden, damit kurze Spitzen sichtbar bleiben; die Linie ist auf den eigenen Wertebereich jeder Gruppe skaliert. Eine Lücke in der Linie: Der Lag war unbekannt (Kafka nicht erreichbar). Gelb oder Rot: Die Gruppe fällt zurück oder steht schlechter da. Sortiert nach dem aktuellen Lag</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Interpolated on the end offsets Tidewatch has watched</source>
        <translation>Interpoliert aus den End-Offsets, die Tidewatch beobachtet hat</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no members</source>
        <translation>ohne Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebalancing</source>
        <translation>Rebalancing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 on %n host(s)</source>
        <translation>
            <numerusform>%1 auf %n Host</numerusform>
            <numerusform>%1 auf %n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 on %2 (%n partition(s)), member %3</source>
        <translation>
            <numerusform>%1 auf %2 (%n Partition), Mitglied %3</numerusform>
            <numerusform>%1 auf %2 (%n Partitionen), Mitglied %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From the record at the committed offset: its CreateTime, set by the producer&apos;s clock</source>
        <translation>Aus dem Datensatz am committeten Offset: seine CreateTime, gesetzt von der Uhr des Producers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the record at the committed offset: its LogAppendTime, set by the broker</source>
        <translation>Aus dem Datensatz am committeten Offset: seine LogAppendTime, gesetzt vom Broker</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown: the group&apos;s offsets could not be read (%1)</source>
        <translation>Unbekannt: Die Offsets der Gruppe konnten nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not current: this cycle could not read the group&apos;s offsets (%1). The figure was read at %2.</source>
        <translation>Nicht aktuell: In diesem Zyklus konnten die Offsets der Gruppe nicht gelesen werden (%1). Der Wert wurde um %2 gelesen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (by design)</source>
        <translation>%1 (beabsichtigt)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>How long ago the oldest message the group has not consumed was written, on its worst partition: from the end offsets Tidewatch has watched, or the timestamp of the record at the committed offset. &quot;≥&quot;: a lower bound (older than the history and the record could not be read)</source>
        <translation>Wie lange es her ist, dass die älteste noch nicht konsumierte Nachricht der Gruppe geschrieben wurde, auf ihrer schlechtesten Partition: aus den End-Offsets, die Tidewatch beobachtet hat, oder aus dem Zeitstempel des Datensatzes am committeten Offset. „≥“: eine Untergrenze (älter als der Verlauf, und der Datensatz konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag over the last minute: ↑ growing, ↓ shrinking, → steady</source>
        <translation>Lag in der letzten Minute: ↑ steigend, ↓ sinkend, → gleichbleibend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consumed</source>
        <translation>Konsumiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed messages per second over the last minute</source>
        <translation>Committete Nachrichten pro Sekunde in der letzten Minute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catch-up</source>
        <translation>Aufholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated time until the lag is zero at the current consume and produce rates</source>
        <translation>Geschätzte Zeit, bis der Lag bei den aktuellen Konsum- und Produktionsraten null ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members&apos; client ids and the hosts they run on</source>
        <translation>Die Client-IDs der Mitglieder und die Hosts, auf denen sie laufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lag (last 5 min)</source>
        <translation>Lag (letzte 5 min)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No lag history of the last 5 minutes yet</source>
        <translation>Noch kein Lag-Verlauf der letzten 5 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest lag in the last 5 minutes: %1; now: %2</source>
        <translation>Höchster Lag in den letzten 5 Minuten: %1; jetzt: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupTopicTableModel</name>
    <message>
        <location filename="../models/itemmodels/GroupTopicTableModel.cpp" line="+14"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>data lost</source>
        <translation>Daten verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The committed offset is below the log start offset: retention deleted records the group never read</source>
        <translation>Der committete Offset liegt unter dem Log-Start-Offset: Die Retention hat Datensätze gelöscht, die die Gruppe nie gelesen hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the current produce and consume rates the partition&apos;s retention.bytes reaches the group&apos;s position then (Kafka deletes whole segments: then or later)</source>
        <translation>Bei den aktuellen Produktions- und Konsumraten erreicht retention.bytes der Partition zu diesem Zeitpunkt die Position der Gruppe (Kafka löscht ganze Segmente: dann oder später)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the current produce and consume rates the oldest unread record becomes older than retention.ms then (Kafka deletes whole segments: then or later)</source>
        <translation>Bei den aktuellen Produktions- und Konsumraten wird der älteste ungelesene Datensatz zu diesem Zeitpunkt älter als retention.ms (Kafka löscht ganze Segmente: dann oder später)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>end offset</source>
        <translation>End-Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last stable offset</source>
        <translation>Last Stable Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A topic the group reads</source>
        <translation>Ein Topic, das die Gruppe liest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group has committed offsets on this topic, which the cluster no longer has</source>
        <translation>Die Gruppe hat committete Offsets auf diesem Topic, das der Cluster nicht mehr hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s partitions of this topic (with a known lag / all)</source>
        <translation>Die Partitionen dieses Topics, die die Gruppe liest (mit bekanntem Lag / alle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lag</source>
        <extracomment>Column header: how many messages a consumer group is behind</extracomment>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages behind on this topic, summed over its partitions with a known lag</source>
        <translation>Rückstand in Nachrichten auf diesem Topic, summiert über seine Partitionen mit bekanntem Lag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Max lag</source>
        <translation>Max. Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages behind on the topic&apos;s worst partition</source>
        <translation>Rückstand in Nachrichten auf der schlechtesten Partition des Topics</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time lag</source>
        <translation>Zeit-Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic&apos;s worst partition&apos;s time lag</source>
        <translation>Der Zeit-Lag der schlechtesten Partition des Topics</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consumed</source>
        <translation>Konsumiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed messages per second on this topic over the last minute</source>
        <translation>Committete Nachrichten pro Sekunde auf diesem Topic in der letzten Minute</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lag to</source>
        <translation>Lag bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the lag ends: the end offset (high watermark), or the last stable offset for a group the profile names read_committed (groups.read.committed)</source>
        <translation>Wo der Lag endet: beim End-Offset (High Watermark) oder, bei einer Gruppe, die das Profil als read_committed benennt (groups.read.committed), beim Last Stable Offset</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data lost: the group is behind the log start on some partition. Otherwise the soonest time at which retention (retention.ms, retention.bytes) deletes a record the group has not read, at the current rates</source>
        <translation>Daten verloren: Die Gruppe liegt auf einer Partition hinter dem Log-Start zurück. Sonst der früheste Zeitpunkt, zu dem die Retention (retention.ms, retention.bytes) bei den aktuellen Raten einen Datensatz löscht, den die Gruppe nicht gelesen hat</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>data lost (%n partition(s))</source>
        <translation>
            <numerusform>Daten verloren (%n Partition)</numerusform>
            <numerusform>Daten verloren (%n Partitionen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hanging txn</source>
        <translation>Hängende Txn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions of the topic whose last stable offset has stayed below the end offset for longer than the profile&apos;s threshold (transaction.hanging.seconds): a transaction that neither commits nor aborts holds read_committed consumers there</source>
        <translation>Partitionen des Topics, deren Last Stable Offset länger als der Schwellenwert des Profils (transaction.hanging.seconds) unter dem End-Offset geblieben ist: Eine Transaktion, die weder committet noch abbricht, hält read_committed-Consumer dort fest</translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupsPage</name>
    <message>
        <location filename="../widgets/GroupsPage.cpp" line="+30"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%n consumer group(s) · %1 stopped, stalled or rewound</source>
        <translation>
            <numerusform>%n Consumer-Gruppe · %1 gestoppt, festgefahren oder zurückgesetzt</numerusform>
            <numerusform>%n Consumer-Gruppen · %1 gestoppt, festgefahren oder zurückgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lag of %1 (messages)</source>
        <translation>Lag von %1 (Nachrichten)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a group to see its partitions, members and lag history</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Partitionen, Mitglieder und ihren Lag-Verlauf zu sehen</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Filter groups by id, status, state or client (e.g. stopped, no members)</source>
        <translation>Gruppen nach ID, Status, Zustand oder Client filtern (z. B. gestoppt, ohne Mitglieder)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Lag (messages)</source>
        <translation>Lag (Nachrichten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time lag</source>
        <translation>Zeit-Lag</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Time lag of %1</source>
        <translation>Zeit-Lag von %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2, %3, lag %4, time lag %5</source>
        <translation>%1 — %2, %3, Lag %4, Zeit-Lag %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · read_committed: lag to the last stable offset</source>
        <translation> · read_committed: Lag bis zum Last Stable Offset</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · data lost on %n partition(s)</source>
        <translation>
            <numerusform> · Daten verloren auf %n Partition</numerusform>
            <numerusform> · Daten verloren auf %n Partitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n hanging transaction(s)</source>
        <translation>
            <numerusform> · %n hängende Transaktion</numerusform>
            <numerusform> · %n hängende Transaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 on %2 (%n partition(s))</source>
        <translation>
            <numerusform>%1 auf %2 (%n Partition)</numerusform>
            <numerusform>%1 auf %2 (%n Partitionen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No active members.</source>
        <translation>Keine aktiven Mitglieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::HelpMenu</name>
    <message>
        <location filename="../widgets/HelpMenu.cpp" line="+44"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Tidewatch</source>
        <translation>Ü&amp;ber Tidewatch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Esc (or --wall-exit-key)</source>
        <translation>Esc (oder --wall-exit-key)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the wall display</source>
        <translation>Wandanzeige verlassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidewatch %1</source>
        <translation>Tidewatch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A live operations dashboard for Kafka clusters and Flink jobs.</source>
        <translation>Ein Live-Dashboard für den Betrieb von Kafka-Clustern und Flink-Jobs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The user guide is not installed with this build. It is docs/GUIDE.md in Tidewatch&apos;s source tree.</source>
        <translation>Das Benutzerhandbuch ist in diesem Build nicht installiert. Es liegt im Quellbaum von Tidewatch unter docs/GUIDE.md.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidewatch user guide</source>
        <translation>Tidewatch-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Tidewatch</source>
        <translation>Über Tidewatch</translation>
    </message>
</context>
<context>
    <name>Tidewatch::HttpConnectionFields</name>
    <message>
        <location filename="../widgets/HttpConnectionFields.cpp" line="+20"/>
        <source>kept in the keychain, never in the profiles file</source>
        <translation>im Schlüsselbund gespeichert, nie in der Profildatei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP basic authentication user (optional)</source>
        <translation>Benutzer für HTTP-Basic-Authentifizierung (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP basic authentication password: a secret</source>
        <translation>Passwort für HTTP-Basic-Authentifizierung: ein Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file with the CA certificate(s) of an https endpoint, trusted beside the system ones (optional)</source>
        <translation>PEM-Datei mit den CA-Zertifikaten eines https-Endpunkts, denen zusätzlich zu denen des Systems vertraut wird (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM client certificate, for endpoints that require one (optional)</source>
        <translation>PEM-Client-Zertifikat für Endpunkte, die eines verlangen (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM private key of the client certificate; empty: in the certificate&apos;s file</source>
        <translation>Privater PEM-Schlüssel des Client-Zertifikats; leer: in der Datei des Zertifikats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key passphrase:</source>
        <translation>Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase of an encrypted client key: a secret</source>
        <translation>Passphrase eines verschlüsselten Client-Schlüssels: ein Geheimnis</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Flink CA file</source>
        <translation>Flink-CA-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flink client certificate</source>
        <translation>Flink-Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flink client key</source>
        <translation>Flink-Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink: a client key needs its client certificate</source>
        <translation>Flink: Ein Client-Schlüssel braucht sein Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker metrics CA file</source>
        <translation>CA-Datei der Broker-Metriken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broker metrics client certificate</source>
        <translation>Client-Zertifikat der Broker-Metriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker metrics client key</source>
        <translation>Client-Schlüssel der Broker-Metriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker metrics: a client key needs its client certificate</source>
        <translation>Broker-Metriken: Ein Client-Schlüssel braucht sein Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kafka Connect CA file</source>
        <translation>Kafka-Connect-CA-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kafka Connect client certificate</source>
        <translation>Kafka-Connect-Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka Connect client key</source>
        <translation>Kafka-Connect-Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka Connect: a client key needs its client certificate</source>
        <translation>Kafka Connect: Ein Client-Schlüssel braucht sein Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Tidewatch::HubMapPage</name>
    <message>
        <location filename="../widgets/HubMapPage.cpp" line="+20"/>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n hub(s) · %1 shipments in transit between hubs · %2 late</source>
        <translation>
            <numerusform>%n Hub · %1 Sendungen unterwegs zwischen Hubs · %2 verspätet</numerusform>
            <numerusform>%n Hubs · %1 Sendungen unterwegs zwischen Hubs · %2 verspätet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::HubMapWidget</name>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="+154"/>
        <source>hub: size by shipments at or heading to it</source>
        <translation>Hub: Größe nach Sendungen dort oder auf dem Weg dorthin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late shipments there (core area by share)</source>
        <translation>verspätete Sendungen dort (Kernfläche nach Anteil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in transit (width by shipments)</source>
        <translation>unterwegs (Breite nach Sendungen)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+306"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+293"/>
        <source>No coordinates:</source>
        <translation>Keine Koordinaten:</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>%1°W</source>
        <translation>%1°W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1°E</source>
        <translation>%1°O</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1°S</source>
        <translation>%1°S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1°N</source>
        <translation>%1°N</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No hub seen in shipment events yet</source>
        <translation>Noch kein Hub in Sendungsereignissen gesehen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 late)</source>
        <extracomment>Drawn in amber right after the hub&apos;s label (&quot;FRA 12&quot;), e.g. &quot;FRA 12 (3 late)&quot;</extracomment>
        <translation> (%1 verspätet)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::KafkaConnectionForm</name>
    <message>
        <location filename="../widgets/KafkaConnectionForm.cpp" line="+51"/>
        <source>security.protocol: how the client talks to the brokers</source>
        <translation>security.protocol: wie der Client mit den Brokern kommuniziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLAINTEXT (no TLS, no authentication)</source>
        <translation>PLAINTEXT (kein TLS, keine Authentifizierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL (TLS, optionally with a client certificate)</source>
        <translation>SSL (TLS, optional mit Client-Zertifikat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SASL_PLAINTEXT (authentication without TLS)</source>
        <translation>SASL_PLAINTEXT (Authentifizierung ohne TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SASL_SSL (authentication over TLS)</source>
        <translation>SASL_SSL (Authentifizierung über TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security protocol:</source>
        <translation>Sicherheitsprotokoll:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sasl.mechanism: how the client authenticates</source>
        <translation>sasl.mechanism: wie sich der Client authentifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not set: librdkafka&apos;s default, GSSAPI)</source>
        <translation>(nicht gesetzt: Standard von librdkafka, GSSAPI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SASL mechanism:</source>
        <translation>SASL-Mechanismus:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept in the keychain, never in the profiles file</source>
        <translation>im Schlüsselbund gespeichert, nie in der Profildatei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.username</source>
        <translation>sasl.username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.password: a secret</source>
        <translation>sasl.password: ein Geheimnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sasl.oauthbearer.method</source>
        <translation>sasl.oauthbearer.method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIDC client credentials</source>
        <translation>OIDC-Client-Credentials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (sasl.oauthbearer.config in the property table)</source>
        <translation>Standard (sasl.oauthbearer.config in der Eigenschaftentabelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAUTHBEARER method:</source>
        <translation>OAUTHBEARER-Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.oauthbearer.client.id</source>
        <translation>sasl.oauthbearer.client.id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.oauthbearer.client.secret: a secret</source>
        <translation>sasl.oauthbearer.client.secret: ein Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token endpoint:</source>
        <translation>Token-Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sasl.oauthbearer.token.endpoint.url: the identity provider&apos;s token URL</source>
        <translation>sasl.oauthbearer.token.endpoint.url: die Token-URL des Identitätsanbieters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.oauthbearer.scope (optional)</source>
        <translation>sasl.oauthbearer.scope (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssl.ca.location: PEM file with the CA certificate(s) of the brokers; empty: the system&apos;s</source>
        <translation>ssl.ca.location: PEM-Datei mit den CA-Zertifikaten der Broker; leer: die des Systems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssl.certificate.location: PEM client certificate (mutual TLS)</source>
        <translation>ssl.certificate.location: PEM-Client-Zertifikat (gegenseitiges TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssl.key.location: PEM private key of the client certificate</source>
        <translation>ssl.key.location: privater PEM-Schlüssel des Client-Zertifikats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key passphrase:</source>
        <translation>Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssl.key.password: passphrase of an encrypted key; a secret</source>
        <translation>ssl.key.password: Passphrase eines verschlüsselten Schlüssels; ein Geheimnis</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Unknown security protocol &quot;%1&quot;: choose PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL</source>
        <translation>Unbekanntes Sicherheitsprotokoll &quot;%1&quot;: Wählen Sie PLAINTEXT, SSL, SASL_PLAINTEXT oder SASL_SSL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SASL mechanism %1 needs a SASL security protocol (SASL_PLAINTEXT or SASL_SSL); with %2 it is not used. Choose a SASL protocol or set no mechanism.</source>
        <translation>Der SASL-Mechanismus %1 braucht ein SASL-Sicherheitsprotokoll (SASL_PLAINTEXT oder SASL_SSL); mit %2 wird er nicht verwendet. Wählen Sie ein SASL-Protokoll oder keinen Mechanismus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown SASL mechanism &quot;%1&quot;</source>
        <translation>Unbekannter SASL-Mechanismus &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SASL %1 needs a user</source>
        <translation>SASL %1 braucht einen Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OIDC (sasl.oauthbearer.method=oidc) is not available: %1</source>
        <translation>OIDC (sasl.oauthbearer.method=oidc) ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OIDC needs a client id and a client secret</source>
        <translation>OIDC braucht eine Client-ID und ein Client-Secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OIDC needs the token endpoint&apos;s http(s) URL</source>
        <translation>OIDC braucht die http(s)-URL des Token-Endpunkts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kafka CA file</source>
        <translation>Kafka-CA-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kafka client certificate</source>
        <translation>Kafka-Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka client key</source>
        <translation>Kafka-Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Kafka client certificate and its key go together: give both or neither</source>
        <translation>Ein Kafka-Client-Zertifikat und sein Schlüssel gehören zusammen: Geben Sie beide oder keines von beiden an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sasl.oauthbearer.method=oidc</source>
        <translation>sasl.oauthbearer.method=oidc</translation>
    </message>
</context>
<context>
    <name>Tidewatch::LabelRowsEditor</name>
    <message>
        <location filename="../widgets/LabelRowsEditor.cpp" line="+50"/>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value or regex</source>
        <translation>Wert oder Regex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (template)</source>
        <translation>Wert (Vorlage)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a label matcher</source>
        <translation>Einen Label-Matcher hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a label</source>
        <translation>Ein Label hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>= equals, != differs, =~ matches the regex (whole value), !~ does not match</source>
        <translation>= gleich, != ungleich, =~ passt auf die Regex (ganzer Wert), !~ passt nicht auf die Regex</translation>
    </message>
</context>
<context>
    <name>Tidewatch::LanguageChooser</name>
    <message>
        <location filename="../widgets/LanguageChooser.cpp" line="+22"/>
        <source>The language of the interface, and of numbers and dates in it</source>
        <translation>Die Sprache der Oberfläche, auch für Zahlen und Datumsangaben darin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <extracomment>The language choice that follows the operating system&apos;s language</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language applies when Tidewatch is started again.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Tidewatch.</translation>
    </message>
</context>
<context>
    <name>Tidewatch::LateEventTableModel</name>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="-66"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order or shipment id</source>
        <translation>Die Auftrags- oder Sendungs-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event time</source>
        <translation>Ereigniszeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Behind watermark by</source>
        <translation>Rückstand zum Watermark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the event&apos;s time was behind the newest event time seen when it arrived</source>
        <translation>Wie weit die Zeit des Ereignisses bei seinem Eintreffen hinter der neuesten bis dahin gesehenen Ereigniszeit lag</translation>
    </message>
</context>
<context>
    <name>Tidewatch::LateShipmentTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="-63"/>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised delivery (event time, local)</source>
        <translation>Zugesagte Zustellung (Ereigniszeit, lokal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late by</source>
        <translation>Verspätet um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest event time seen (the watermark) minus the promised delivery</source>
        <translation>Die neueste gesehene Ereigniszeit (das Watermark) minus die zugesagte Zustellung</translation>
    </message>
</context>
<context>
    <name>Tidewatch::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="+82"/>
        <source>Tidewatch</source>
        <translation>Tidewatch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster the pages show (Ctrl+PgDown / Ctrl+PgUp: next / previous); the overview shows every cluster&apos;s health</source>
        <translation>Der Cluster, den die Seiten zeigen (Strg+Bild ab / Strg+Bild auf: nächster / vorheriger); die Übersicht zeigt den Zustand aller Cluster</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink jobs</source>
        <translation>Flink-Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Next cluster</source>
        <translation>&amp;Nächster Cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous cluster</source>
        <translation>&amp;Vorheriger Cluster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+145"/>
        <location line="+251"/>
        <location line="+227"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>%1: last Kafka cycle %2 ms, %3 requests</source>
        <translation>%1: letzter Kafka-Zyklus %2 ms, %3 Anfragen</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>no cluster is monitored</source>
        <translation>kein Cluster wird überwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the first data of %1</source>
        <translation>erste Daten von %1 stehen noch aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no Kafka cluster configured</source>
        <translation>%1 hat keinen Kafka-Cluster konfiguriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no Flink cluster configured</source>
        <translation>%1 hat keinen Flink-Cluster konfiguriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no event topics configured</source>
        <translation>%1 hat keine Ereignis-Topics konfiguriert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ALERT %1 [%2] %3</source>
        <translation>ALARM %1 [%2] %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>event topics</source>
        <translation>Ereignis-Topics</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>… and %n more firing alert(s)</source>
        <translation>
            <numerusform>… und %n weiterer aktiver Alarm</numerusform>
            <numerusform>… und %n weitere aktive Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 UNREACHABLE: %2 — last data %3</source>
        <translation>%1 NICHT ERREICHBAR: %2 — letzte Daten %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 STALE — last data %2</source>
        <translation>%1 VERALTET — letzte Daten %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kafka %1</source>
        <translation>Kafka %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broker %1 DOWN: %2</source>
        <translation>Broker %1 AUSGEFALLEN: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n partition(s) OFFLINE</source>
        <translation>
            <numerusform>%n Partition OFFLINE</numerusform>
            <numerusform>%n Partitionen OFFLINE</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flink %1 (%2)</source>
        <translation>Flink %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink %1</source>
        <translation>Flink %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::MinuteChart</name>
    <message>
        <location filename="../widgets/MinuteChart.cpp" line="+134"/>
        <source>partial →</source>
        <translation>unvollständig →</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>stale: last known figures</source>
        <translation>veraltet: letzte bekannte Werte</translation>
    </message>
</context>
<context>
    <name>Tidewatch::NotificationSettings</name>
    <message>
        <location filename="../widgets/NotificationSettings.cpp" line="+81"/>
        <location line="+4"/>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show &amp;desktop notifications for new firing alerts</source>
        <translation>&amp;Desktop-Benachrichtigungen für neue aktive Alarme anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a &amp;sound with them</source>
        <translation>Dazu einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insecure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alertmanagers</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alertmanager base URLs (…/api/v2/alerts is appended); passwords go to the keychain</source>
        <translation>Basis-URLs von Alertmanager (…/api/v2/alerts wird angehängt); Passwörter kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URLs that get each alert change as JSON; passwords and tokens go to the keychain</source>
        <translation>URLs, die jede Alarmänderung als JSON erhalten; Passwörter und Tokens kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firing alerts are sent to Alertmanager again this often</source>
        <translation>Aktive Alarme werden in diesem Abstand erneut an Alertmanager gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resend interval:</source>
        <translation>&amp;Wiederholungsintervall:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When more new alerts than the storm size arrive within the storm window, they become one summary notification.</source>
        <translation>Kommen innerhalb des Sturmfensters mehr neue Alarme als die Sturmgröße, werden sie zu einer Sammelbenachrichtigung zusammengefasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More new alerts than this within the storm window become one summary</source>
        <translation>Mehr neue Alarme als diese Zahl innerhalb des Sturmfensters werden zu einer Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;torm size (alerts):</source>
        <translation>S&amp;turmgröße (Alarme):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storm &amp;window:</source>
        <translation>Sturm&amp;fenster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications are at least this far apart</source>
        <translation>Desktop-Benachrichtigungen liegen mindestens so weit auseinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Least time between notifications:</source>
        <translation>&amp;Mindestabstand zwischen Benachrichtigungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery status</source>
        <translation>Zustellstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save notifications</source>
        <translation>Benachrichtigungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write these settings to %1 (secrets to the keychain) and apply them</source>
        <translation>Diese Einstellungen in %1 schreiben (Geheimnisse in den Schlüsselbund) und anwenden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Accept any server certificate (not for production)</source>
        <translation>Jedes Serverzertifikat akzeptieren (nicht für den Produktivbetrieb)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No keychain answers: passwords and tokens cannot be kept. Remove them, or tick &quot;keep for this session only&quot; on the Connections tab.</source>
        <translation>Kein Schlüsselbund antwortet: Passwörter und Tokens können nicht gespeichert werden. Entfernen Sie sie oder aktivieren Sie auf dem Reiter „Verbindungen“ die Option „Geheimnisse nur für diese Sitzung behalten“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing sent yet</source>
        <translation>noch nichts gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing</source>
        <translation>schlägt fehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivering</source>
        <translation>stellt zu</translation>
    </message>
</context>
<context>
    <name>Tidewatch::OrdersPage</name>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="+23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The order&apos;s latest status, as the events name it</source>
        <translation>Der letzte Status des Auftrags, wie die Ereignisse ihn nennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders per event-time minute</source>
        <translation>Aufträge pro Ereigniszeit-Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders created, paid, shipped and cancelled per minute of event time, the last 60 minutes. The shaded minutes at the right are still open (events may still arrive): partial, not a drop</source>
        <translation>Angelegte, bezahlte, versendete und stornierte Aufträge pro Minute Ereigniszeit, die letzten 60 Minuten. Die schattierten Minuten rechts sind noch offen (Ereignisse können noch eintreffen): unvollständig, kein Einbruch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue of paid orders per minute</source>
        <translation>Umsatz bezahlter Aufträge pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of orders paid in each event-time minute, per currency</source>
        <translation>Die Beträge der in jeder Ereigniszeit-Minute bezahlten Aufträge, je Währung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time from an order&apos;s creation to its shipping, over the orders shipped in each SLA window: median (p50) and 95th percentile (p95)</source>
        <translation>Zeit von der Anlage eines Auftrags bis zu seinem Versand, über die in jedem SLA-Fenster versendeten Aufträge: Median (p50) und 95. Perzentil (p95)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders: %1 tracked · %2 open · %3 overdue</source>
        <translation>Aufträge: %1 verfolgt · %2 offen · %3 überfällig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: no order shipped</source>
        <translation>%1: kein Auftrag versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: p50 %2, p95 %3 (%4 shipped)</source>
        <translation>%1: p50 %2, p95 %3 (%4 versendet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order to ship: unknown</source>
        <translation>Auftrag bis Versand: unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order to ship — %1</source>
        <translation>Auftrag bis Versand — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue orders (not shipped by their ship-by time): %1</source>
        <translation>Überfällige Aufträge (nicht bis zu ihrem Versandtermin versendet): %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::OverdueOrderTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="+29"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order&apos;s latest status</source>
        <translation>Der letzte Status des Auftrags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order amount in its currency</source>
        <translation>Auftragsbetrag in seiner Währung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship by</source>
        <translation>Versand bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the order had to ship (event time, local)</source>
        <translation>Bis wann der Auftrag versendet sein musste (Ereigniszeit, lokal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue by</source>
        <translation>Überfällig um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest event time seen (the watermark) minus the ship-by time</source>
        <translation>Die neueste gesehene Ereigniszeit (das Watermark) minus den Versandtermin</translation>
    </message>
</context>
<context>
    <name>Tidewatch::OverviewPage</name>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="+37"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <location line="+160"/>
        <source>Flink</source>
        <translation>Flink</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Double-click a group to open it</source>
        <translation>Doppelklicken Sie auf eine Gruppe, um sie zu öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a broker to open the brokers page</source>
        <translation>Doppelklicken Sie auf einen Broker, um die Broker-Seite zu öffnen</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+162"/>
        <source>Kafka cluster</source>
        <translation>Kafka-Cluster</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Double-click an alert to open what it is about</source>
        <translation>Doppelklicken Sie auf einen Alarm, um zu öffnen, worauf er sich bezieht</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+129"/>
        <source>No active alerts</source>
        <translation>Keine aktiven Alarme</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Consumer groups, most lag first</source>
        <translation>Consumer-Gruppen, größter Lag zuerst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No Kafka cluster configured</source>
        <translation>Kein Kafka-Cluster konfiguriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Flink cluster configured</source>
        <translation>Kein Flink-Cluster konfiguriert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kafka cluster %1</source>
        <translation>Kafka-Cluster %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink of %1</source>
        <translation>Flink von %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alerts: %1 firing (%2 silenced), %3 pending</source>
        <translation>Alarme: %1 aktiv (%2 stummgeschaltet), %3 ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts: %1 firing, %2 pending</source>
        <translation>Alarme: %1 aktiv, %2 ausstehend</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaders per broker: %1</source>
        <translation>Leader je Broker: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not on the preferred leader: %n partition(s) · %1</source>
        <translation>
            <numerusform>Nicht beim bevorzugten Leader: %n Partition · %1</numerusform>
            <numerusform>Nicht beim bevorzugten Leader: %n Partitionen · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every partition on its preferred leader · %1</source>
        <translation>Jede Partition beim bevorzugten Leader · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partition led by another replica than its first (preferred) one puts more load on that broker; kafka-leader-election --election-type preferred moves leadership back</source>
        <translation>Eine Partition, die von einem anderen Replikat als ihrem ersten (bevorzugten) geführt wird, belastet diesen Broker stärker; kafka-leader-election --election-type preferred gibt die Leader-Rolle zurück</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — no Kafka data</source>
        <translation>%1 — keine Kafka-Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — brokers up: %2/%3 · controller: %4 · %5 · under-replicated: %6 · offline: %7 · under min ISR: %8</source>
        <translation>%1 — Broker online: %2/%3 · Controller: %4 · %5 · unterrepliziert: %6 · offline: %7 · unter min. ISR: %8</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — no Flink data</source>
        <translation>%1 — keine Flink-Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Flink %2 · task managers: %3 · slots: %4 free of %5 · jobs running: %6 of %7</source>
        <translation>%1 — Flink %2 · TaskManager: %3 · Slots: %4 von %5 frei · laufende Jobs: %6 von %7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::PartitionTableModel</name>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="+207"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leader</source>
        <extracomment>Column header: the broker that leads a partition</extracomment>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker that serves reads and writes; none: offline</source>
        <translation>Der Broker, der Lese- und Schreibzugriffe bedient; keiner: offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokers holding a copy; the first is the preferred leader</source>
        <translation>Broker mit einer Kopie; der erste ist der bevorzugte Leader</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In sync</source>
        <translation>In Sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replicas caught up with the leader (ISR)</source>
        <translation>Replikate, die mit dem Leader gleichauf sind (ISR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: no leader</source>
        <translation>Offline: kein Leader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under min.insync.replicas (%1): acks=all writes fail</source>
        <translation>Unter min.insync.replicas (%1): Schreibvorgänge mit acks=all schlagen fehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation>Unterrepliziert: %1 von %2 Replikaten in Sync</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing replicas</source>
        <translation>Fehlende Replikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas not in sync, by broker id: the brokers this partition is waiting for. Sort by this column to group the partitions by the broker they miss</source>
        <translation>Nicht synchrone Replikate, nach Broker-ID: die Broker, auf die diese Partition wartet. Sortieren Sie nach dieser Spalte, um die Partitionen nach dem fehlenden Broker zu gruppieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not in the ISR: broker(s) %1</source>
        <translation>Nicht im ISR: Broker %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred leader</source>
        <translation>Bevorzugter Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the first replica leads; otherwise load may be uneven</source>
        <translation>Ob das erste Replikat Leader ist; andernfalls kann die Last ungleich verteilt sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start offset</source>
        <translation>Start-Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest offset still kept (the log start offset)</source>
        <translation>Ältester noch vorgehaltener Offset (der Log-Start-Offset)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End offset</source>
        <translation>End-Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The high watermark: the next offset to be written</source>
        <translation>Das High Watermark: der nächste zu schreibende Offset</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages in</source>
        <translation>Nachrichten ein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Of mean</source>
        <translation>Ggü. Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This partition&apos;s messages per second over the mean of its topic&apos;s partitions: 1× is its fair share; the topic&apos;s busiest partition is the hot one</source>
        <translation>Nachrichten pro Sekunde dieser Partition im Verhältnis zum Mittel der Partitionen ihres Topics: 1× ist ihr fairer Anteil; die am stärksten belastete Partition des Topics ist der Hotspot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes appended per second to the leader&apos;s log (brokers&apos; metrics); unknown without them, after a leader change and when retention deleted a segment</source>
        <translation>Bytes pro Sekunde, die an das Log des Leaders angehängt werden (Metriken der Broker); unbekannt ohne diese, nach einem Leader-Wechsel und wenn die Retention ein Segment gelöscht hat</translation>
    </message>
</context>
<context>
    <name>Tidewatch::PipelineDiagram</name>
    <message>
        <location filename="../widgets/PipelineDiagram.cpp" line="+77"/>
        <source>DATABASE SLOT</source>
        <translation>DATENBANK-SLOT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SINK CONNECTOR</source>
        <translation>SINK-CONNECTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE CONNECTOR</source>
        <translation>SOURCE-CONNECTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONNECTOR</source>
        <translation>CONNECTOR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONSUMER GROUP</source>
        <translation>CONSUMER-GRUPPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FLINK JOB</source>
        <translation>FLINK-JOB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/s WAL</source>
        <translation>%1/s WAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate unknown</source>
        <translation>Rate unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no lag of its own</source>
        <translation>kein eigener Lag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 msgs</source>
        <translation>%1 Nachr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lag %1</source>
        <translation>Lag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>end to end: unknown</source>
        <translation>End-to-End: unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end to end: at least %1</source>
        <translation>End-to-End: mindestens %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end to end: %1</source>
        <translation>End-to-End: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No pipelines: no connector, Flink job or sink reads or writes a known topic yet, and the profile defines none.</source>
        <translation>Keine Pipelines: Noch liest oder schreibt kein Connector, Flink-Job oder Sink ein bekanntes Topic, und das Profil definiert keine.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (defined in the profile)</source>
        <translation>%1 (im Profil definiert)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>WORST</source>
        <translation>SCHLECHTESTE</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Debezium: %1 behind the source</source>
        <translation>Debezium: %1 hinter der Quelle</translation>
    </message>
</context>
<context>
    <name>Tidewatch::PipelineSettingsEditor</name>
    <message>
        <location filename="../widgets/PipelineSettingsEditor.cpp" line="+18"/>
        <source>Also show the pipelines found automatically</source>
        <translation>Auch die automatisch gefundenen Pipelines anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A libpq connection string of the database whose replication slots are watched; empty: no database part. Never put the password in it.</source>
        <translation>Ein libpq-Verbindungsstring der Datenbank, deren Replikationsslots überwacht werden; leer: kein Datenbankteil. Tragen Sie nie das Passwort darin ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL:</source>
        <translation>PostgreSQL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database password: kept in the system keychain, never in the profiles file</source>
        <translation>Das Datenbankpasswort: im Schlüsselbund des Systems gespeichert, nie in der Profildatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL password:</source>
        <translation>PostgreSQL-Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kafka Connect worker&apos;s Prometheus endpoint (JMX exporter) with Debezium&apos;s figures; empty: none</source>
        <translation>Der Prometheus-Endpunkt des Kafka-Connect-Workers (JMX-Exporter) mit den Kennzahlen von Debezium; leer: keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debezium metrics:</source>
        <translation>Debezium-Metriken:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your pipelines, one per line: a name, a colon, then the hops joined by &apos;&gt;&apos;, each kind:id with kind database (a replication slot), connector, topic, group or flink (a job name). A pipeline of the same name as an automatic one replaces it.</source>
        <translation>Ihre Pipelines, eine pro Zeile: ein Name, ein Doppelpunkt, dann die mit &apos;&gt;&apos; verbundenen Stationen, jede als kind:id mit kind database (ein Replikationsslot), connector, topic, group oder flink (ein Job-Name). Eine Pipeline mit demselben Namen wie eine automatische ersetzt diese.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipelines:</source>
        <translation>Pipelines:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Pipelines, line %1: %2</source>
        <translation>Pipelines, Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::PipelinesPage</name>
    <message>
        <location filename="../widgets/PipelinesPage.cpp" line="+23"/>
        <source>Pipelines: waiting for data</source>
        <translation>Pipelines: Daten stehen noch aus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pipelines: none known</source>
        <translation>Pipelines: keine bekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n pipeline(s), all ok</source>
        <translation>
            <numerusform>%n Pipeline, alles ok</numerusform>
            <numerusform>%n Pipelines, alle ok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of %1 pipeline(s) not ok · worst: %2 at %3 (%4) · %5</source>
        <translation>
            <numerusform>Pipelines nicht ok: %n von %1 · schlechteste: %2 bei %3 (%4) · %5</numerusform>
            <numerusform>Pipelines nicht ok: %n von %1 · schlechteste: %2 bei %3 (%4) · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::PositionTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="+13"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event time of the shipment&apos;s latest event (local)</source>
        <translation>Ereigniszeit des letzten Ereignisses der Sendung (lokal)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RejectedEventTableModel</name>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="-57"/>
        <source>Seen at</source>
        <translation>Gesehen um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When Tidewatch read the message (local)</source>
        <translation>Wann Tidewatch die Nachricht gelesen hat (lokal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the message was rejected; the tooltip names the code (not-json, missing-field, wrong-type, bad-time, unknown-op, empty)</source>
        <translation>Warum die Nachricht abgewiesen wurde; der Tooltip nennt den Code (not-json, missing-field, wrong-type, bad-time, unknown-op, empty)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first bytes of the message</source>
        <translation>Die ersten Bytes der Nachricht</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RejectedPage</name>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="+44"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the decoder rejected messages</source>
        <translation>Warum der Decoder Nachrichten abgewiesen hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected by reason</source>
        <translation>Abgewiesen nach Grund</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Event topics</source>
        <translation>Ereignis-Topics</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event quality</source>
        <translation>Ereignisqualität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event quality: %1 rejected · %2 late · %3 duplicates · %4 entities evicted by the caps · state %5</source>
        <translation>Ereignisqualität: %1 abgewiesen · %2 verspätet · %3 Duplikate · %4 Entitäten durch die Obergrenzen verdrängt · Zustand %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected messages: %1</source>
        <translation>Abgewiesene Nachrichten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late events (behind the watermark by more than the allowed lateness, %1): %2</source>
        <translation>Verspätete Ereignisse (um mehr als die erlaubte Verspätung, %1, hinter dem Watermark): %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RuleEditorDialog</name>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="+21"/>
        <source>New alert rule</source>
        <translation>Neue Alarmregel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert rule %1</source>
        <translation>Alarmregel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview on the current data</source>
        <translation>Vorschau mit den aktuellen Daten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the rule to the rules file; it takes effect at once</source>
        <translation>Die Regel in der Regeldatei speichern; sie gilt sofort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the rule first:
%1</source>
        <translation>Korrigieren Sie zuerst die Regel:
%1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RuleForm</name>
    <message>
        <location filename="../widgets/RuleForm.cpp" line="+44"/>
        <source>The alert&apos;s name (alertname), e.g. OrdersLagHigh</source>
        <translation>Der Name des Alarms (alertname), z. B. OrdersLagHigh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metric to compare; type to search</source>
        <translation>Die zu vergleichende Metrik; tippen Sie, um zu suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metric&apos;s HELP text (docs/METRICS.md)</source>
        <translation>Der HELP-Text der Metrik (docs/METRICS.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison, as in PromQL</source>
        <translation>Der Vergleich, wie in PromQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number in the metric&apos;s base unit: seconds, bytes, ratios 0..1</source>
        <translation>Eine Zahl in der Basiseinheit der Metrik: Sekunden, Bytes, Verhältnisse 0..1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The threshold in the metric&apos;s unit</source>
        <translation>Der Schwellenwert in der Einheit der Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear at</source>
        <translation>Aufheben bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hysteresis: once firing, keep firing until the value has crossed this threshold back (not for == and !=)</source>
        <translation>Hysterese: Ein aktiver Alarm bleibt aktiv, bis der Wert diese Schwelle in Gegenrichtung überschritten hat (nicht für == und !=)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a firing alert clears</source>
        <translation>Wo ein aktiver Alarm aufgehoben wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the condition must hold before the alert fires: 30s, 5m, 1h30m; 0s: at once</source>
        <translation>Wie lange die Bedingung gelten muss, bevor der Alarm aktiv wird: 30s, 5m, 1h30m; 0s: sofort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a firing alert keeps firing after the condition stopped holding</source>
        <translation>Wie lange ein aktiver Alarm aktiv bleibt, nachdem die Bedingung nicht mehr gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical, warning or info</source>
        <translation>kritisch, Warnung oder Info</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One line; {{ $labels.NAME }} and {{ $value }} are filled in</source>
        <translation>Eine Zeile; {{ $labels.NAME }} und {{ $value }} werden eingesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details; {{ $labels.NAME }} and {{ $value }} are filled in</source>
        <translation>Details; {{ $labels.NAME }} und {{ $value }} werden eingesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link to what to do (annotation runbook_url); a template too</source>
        <translation>Ein Link zur Handlungsanleitung (Annotation runbook_url); ebenfalls eine Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled rule stays in the file but is not evaluated</source>
        <translation>Eine deaktivierte Regel bleibt in der Datei, wird aber nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{{ $labels.consumergroup }} is {{ $value }} s behind</source>
        <translation>{{ $labels.consumergroup }} liegt {{ $value }} s zurück</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label matchers:</source>
        <translation>Label-Matcher:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Condition:</source>
        <translation>Bedingung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep_firing_for:</source>
        <translation>keep_firing_for:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For:</source>
        <translation>Dauer (for):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra labels:</source>
        <translation>Zusätzliche Labels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook URL:</source>
        <translation>Runbook-URL:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Extra label %1</source>
        <translation>Zusätzliches Label %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label matchers</source>
        <translation>Label-Matcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear threshold</source>
        <translation>Aufhebungsschwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra labels</source>
        <translation>Zusätzliche Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook URL</source>
        <translation>Runbook-URL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name: the rule needs a name</source>
        <translation>Name: Die Regel braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label matchers: row %1 has a value but no label name</source>
        <translation>Label-Matcher: Zeile %1 hat einen Wert, aber keinen Label-Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold: &apos;%1&apos; is not a number</source>
        <translation>Schwellenwert: &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear threshold: &apos;%1&apos; is not a number</source>
        <translation>Aufhebungsschwelle: &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Dauer (for)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep_firing_for</source>
        <translation>keep_firing_for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; is not a Prometheus duration (e.g. 30s, 5m, 1h30m)</source>
        <translation>%1: &apos;%2&apos; ist keine Prometheus-Dauer (z. B. 30s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra labels: row %1 has a value but no label name</source>
        <translation>Zusätzliche Labels: Zeile %1 hat einen Wert, aber keinen Label-Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name: another rule has the name %1 and the same label matchers</source>
        <translation>Name: Eine andere Regel hat den Namen %1 und dieselben Label-Matcher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not a Tidewatch metric: choose one of the list</source>
        <translation>Keine Tidewatch-Metrik: Wählen Sie eine aus der Liste</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulePreview</name>
    <message>
        <location filename="../widgets/RulePreview.cpp" line="+81"/>
        <source>Waiting for data: no source has delivered samples yet</source>
        <translation>Daten stehen aus: Noch keine Quelle hat Messwerte geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No series match %1 now</source>
        <translation>Derzeit passt keine Serie auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n series match now; the condition holds for %1</source>
        <translation>
            <numerusform>%n Serie passt jetzt; die Bedingung gilt für %1 davon</numerusform>
            <numerusform>%n Serien passen jetzt; die Bedingung gilt für %1 davon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;i&gt;The annotations are filled in for the first matching series.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Annotationen werden für die erste passende Serie ausgefüllt.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;For %1:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für %1:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;Would fire&apos; runs this rule on the data arriving while the editor is open (for %1 now); &apos;for&apos; counts from then, not from when the condition really started to hold.%2</source>
        <translation>„Würde auslösen“ wendet diese Regel auf die Daten an, die eintreffen, während der Editor offen ist (derzeit seit %1); „for“ zählt ab dann, nicht ab dem Zeitpunkt, zu dem die Bedingung tatsächlich zu gelten begann.%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The rule is disabled: the app does not evaluate it.</source>
        <translation> Die Regel ist deaktiviert: Die App wertet sie nicht aus.</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulePreviewModel</name>
    <message>
        <location filename="../models/itemmodels/RulePreviewModel.cpp" line="+33"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels of a series the rule matches now</source>
        <translation>Die Labels einer Serie, auf die die Regel jetzt passt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest value, in the metric&apos;s unit</source>
        <translation>Der letzte Wert, in der Einheit der Metrik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds now</source>
        <translation>Gilt jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the condition holds for the latest value</source>
        <translation>Ob die Bedingung für den letzten Wert gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Would fire</source>
        <translation>Würde auslösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state of a scratch evaluation of this rule over the samples arriving while the editor is open: &apos;for&apos; counts from when the preview started, not from when the condition really started to hold</source>
        <translation>Der Zustand einer Probeauswertung dieser Regel über die Messwerte, die eintreffen, während der Editor offen ist: „for“ zählt ab dem Start der Vorschau, nicht ab dem Zeitpunkt, zu dem die Bedingung tatsächlich zu gelten begann</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fires if the condition keeps holding for %1 more (seen holding for %2 so far)</source>
        <translation>Löst aus, wenn die Bedingung noch %1 lang gilt (gilt bisher seit %2)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firing (until the value crosses the clear threshold %1)</source>
        <translation>aktiv (bis der Wert die Aufhebungsschwelle %1 überschreitet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firing (kept by keep_firing_for)</source>
        <translation>aktiv (gehalten durch keep_firing_for)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending, fires in %1</source>
        <translation>ausstehend, löst in %1 aus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no labels)</source>
        <translation>(keine Labels)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RuleTableModel</name>
    <message>
        <location filename="../models/itemmodels/RuleTableModel.cpp" line="+40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert&apos;s name (alertname)</source>
        <translation>Der Name des Alarms (alertname)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metric the rule compares (docs/METRICS.md)</source>
        <translation>Die Metrik, die die Regel vergleicht (docs/METRICS.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The condition as PromQL</source>
        <translation>Die Bedingung als PromQL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
Clears at %2 (hysteresis)</source>
        <translation>%1
Aufgehoben bei %2 (Hysterese)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For</source>
        <extracomment>Column header: an alert rule&apos;s &apos;for&apos; duration (how long the condition must hold)</extracomment>
        <translation>Dauer (for)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the condition must hold before the alert fires</source>
        <translation>Wie lange die Bedingung gelten muss, bevor der Alarm aktiv wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep_firing_for %1</source>
        <translation>keep_firing_for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical, warning or info</source>
        <translation>kritisch, Warnung oder Info</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled rule stays in the file but is not evaluated</source>
        <translation>Eine deaktivierte Regel bleibt in der Datei, wird aber nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State now</source>
        <translation>Zustand jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the app&apos;s evaluation says now: alerts firing and pending, or no series to evaluate</source>
        <translation>Was die Auswertung der App jetzt ergibt: aktive und ausstehende Alarme oder keine auszuwertende Serie</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n series match now</source>
        <translation>
            <numerusform>%n Serie passt jetzt</numerusform>
            <numerusform>%n Serien passen jetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 firing, %2 pending</source>
        <translation>%1 aktiv, %2 ausstehend</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n firing</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for data</source>
        <translation>Daten stehen aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>ok (%n series)</source>
        <translation>
            <numerusform>ok (%n Serie)</numerusform>
            <numerusform>ok (%n Serien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulesFile</name>
    <message>
        <location filename="../alerts/RulesFile.cpp" line="+32"/>
        <source>No rules file at %1: the built-in rules are in force.</source>
        <translation>Keine Regeldatei unter %1: Die eingebauten Regeln gelten.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rule(s) from %1.</source>
        <translation>
            <numerusform>%n Regel aus %1.</numerusform>
            <numerusform>%n Regeln aus %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 has %n error(s); the rules last read from it stay in force.</source>
        <translation>
            <numerusform>%1 hat %n Fehler; die zuletzt daraus gelesenen Regeln gelten weiter.</numerusform>
            <numerusform>%1 hat %n Fehler; die zuletzt daraus gelesenen Regeln gelten weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 has %n error(s); the built-in rules are in force.</source>
        <translation>
            <numerusform>%1 hat %n Fehler; die eingebauten Regeln gelten.</numerusform>
            <numerusform>%1 hat %n Fehler; die eingebauten Regeln gelten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 does not parse (%2); it is not overwritten. Fix it, or save the rules to another file.</source>
        <translation>%1 lässt sich nicht parsen (%2); die Datei wird nicht überschrieben. Korrigieren Sie sie oder speichern Sie die Regeln in einer anderen Datei.</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulesPage</name>
    <message>
        <location filename="../widgets/RulesPage.cpp" line="+65"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a new rule</source>
        <translation>Eine neue Regel schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected rule (or double-click it)</source>
        <translation>Die ausgewählte Regel bearbeiten (oder doppelklicken Sie darauf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A copy of the selected rule, under a new name</source>
        <translation>Eine Kopie der ausgewählten Regel unter neuem Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>A disabled rule stays in the file but is not evaluated</source>
        <translation>Eine deaktivierte Regel bleibt in der Datei, wird aber nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected rule (Undo brings it back)</source>
        <translation>Die ausgewählte Regel löschen („Rückgängig“ stellt sie wieder her)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the rules as they were before the last change</source>
        <translation>Die Regeln so wiederherstellen, wie sie vor der letzten Änderung waren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read a Tidewatch rules file or a Prometheus rule file</source>
        <translation>Eine Tidewatch-Regeldatei oder eine Prometheus-Regeldatei lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the rules as Tidewatch JSON or as a Prometheus rule file</source>
        <translation>Die Regeln als Tidewatch-JSON oder als Prometheus-Regeldatei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the rules file again</source>
        <translation>Die Regeldatei erneut lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the rules to another file and use that one</source>
        <translation>Die Regeln in einer anderen Datei speichern und diese verwenden</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The rules file still has errors.</source>
        <translation>Die Regeldatei enthält noch Fehler.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No rules file: changes cannot be saved.</source>
        <translation>Keine Regeldatei: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is never overwritten while it has errors. Fix it (it is read again when it changes) or Save as… another file.</source>
        <translation>Die Datei wird nie überschrieben, solange sie Fehler enthält. Korrigieren Sie sie (sie wird bei jeder Änderung neu gelesen) oder speichern Sie mit „Speichern unter…“ in eine andere Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list shows changes that are not saved and not in force.</source>
        <translation>Die Liste zeigt Änderungen, die nicht gespeichert sind und nicht gelten.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a rule to see its whole condition.</source>
        <translation>Wählen Sie eine Regel aus, um ihre vollständige Bedingung zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 for %3, %4</source>
        <translation>%1: %2 für %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clears at %1 (hysteresis)</source>
        <translation>aufgehoben bei %1 (Hysterese)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved rule %1</source>
        <translation>Regel %1 gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Added rule %1</source>
        <translation>Regel %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of alert rule %1</source>
        <translation>Kopie von Alarmregel %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enabled rule %1</source>
        <translation>Regel %1 aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled rule %1</source>
        <translation>Regel %1 deaktiviert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted rule %1 (Undo brings it back)</source>
        <translation>Regel %1 gelöscht („Rückgängig“ stellt sie wieder her)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, but not saved: there is no rules file. Use Save as….</source>
        <translation>%1, aber nicht gespeichert: Es gibt keine Regeldatei. Verwenden Sie „Speichern unter…“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, but not saved: %2</source>
        <translation>%1, aber nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — saved to %2, in force now</source>
        <translation>%1 — in %2 gespeichert, gilt jetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n rule(s) to %1</source>
        <translation>
            <numerusform>%n Regel in %1 gespeichert</numerusform>
            <numerusform>%n Regeln in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing imported: %1 has errors:
%2</source>
        <translation>Nichts importiert: %1 enthält Fehler:
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Replaced the rules with %n rule(s) of %1</source>
        <translation>
            <numerusform>Regeln durch %n Regel aus %1 ersetzt</numerusform>
            <numerusform>Regeln durch %n Regeln aus %1 ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Merged %n rule(s) of %1</source>
        <translation>
            <numerusform>%n Regel aus %1 zusammengeführt</numerusform>
            <numerusform>%n Regeln aus %1 zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n rule(s) to %1</source>
        <translation>
            <numerusform>%n Regel nach %1 exportiert</numerusform>
            <numerusform>%n Regeln nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the enabled rules to %1 as a Prometheus rule file</source>
        <translation>Die aktivierten Regeln als Prometheus-Regeldatei nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Import alert rules</source>
        <translation>Alarmregeln importieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rules files (*.json *.yml *.yaml);;All files (*)</source>
        <translation>Regeldateien (*.json *.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace all rules with those of %1, or merge them (a rule with the same name and matchers is replaced, the others are added)?</source>
        <translation>Alle Regeln durch die aus %1 ersetzen oder zusammenführen (eine Regel mit demselben Namen und denselben Matchern wird ersetzt, die anderen werden hinzugefügt)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Tidewatch rules (*.json)</source>
        <translation>Tidewatch-Regeln (*.json)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Prometheus rule file (*.yml)</source>
        <translation>Prometheus-Regeldatei (*.yml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export alert rules</source>
        <translation>Alarmregeln exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save alert rules as</source>
        <translation>Alarmregeln speichern unter</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SecretStore</name>
    <message>
        <location filename="../widgets/SecretStore.cpp" line="+62"/>
        <source>the keychain did not answer within %1 ms</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain refused access (it is locked, or the request was denied)</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (er ist gesperrt, oder die Anfrage wurde abgelehnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service or KWallet can be reached</source>
        <translation>es gibt keine D-Bus-Sitzung (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt), daher sind weder Secret Service noch KWallet erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Secret Service (GNOME Keyring, KeePassXC, ...) or KWallet answered on the D-Bus session bus at %1</source>
        <translation>weder ein Secret Service (GNOME Keyring, KeePassXC, ...) noch KWallet hat auf dem D-Bus-Sitzungsbus unter %1 geantwortet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (the keychain said: %1)</source>
        <translation> (Meldung des Schlüsselbunds: %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No system keychain: the secret %1 of profile &quot;%2&quot; was not stored</source>
        <translation>Kein Schlüsselbund des Systems: Das Geheimnis %1 des Profils &quot;%2&quot; wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot store the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation>Das Geheimnis %1 des Profils &quot;%2&quot; kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation>Das Geheimnis %1 des Profils &quot;%2&quot; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation>Das Geheimnis %1 des Profils &quot;%2&quot; kann nicht entfernt werden: %3</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SettingsPage</name>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="+72"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles in %1</source>
        <translation>Profile in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new, empty profile</source>
        <translation>Ein neues, leeres Profil beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected profile and its secrets</source>
        <translation>Das ausgewählte Profil und seine Geheimnisse löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitor the clusters of this profile, beside those already monitored</source>
        <translation>Die Cluster dieses Profils überwachen, zusätzlich zu den bereits überwachten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop monitoring the clusters of this profile</source>
        <translation>Die Cluster dieses Profils nicht mehr überwachen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system colours or force a light or dark theme</source>
        <translation>Den Systemfarben folgen oder ein helles bzw. dunkles Design erzwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique name of the profile (no &apos;/&apos; or &apos;\&apos;)</source>
        <translation>Eindeutiger Name des Profils (ohne &apos;/&apos; oder &apos;\&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka bootstrap servers:</source>
        <translation>Kafka-Bootstrap-Server:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host:port,host:port; empty: no Kafka</source>
        <translation>host:port,host:port; leer: kein Kafka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broker metrics:</source>
        <translation>Broker-Metriken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus endpoints of the brokers: a template with {host} and {id}, or id=url,id=url</source>
        <translation>Prometheus-Endpunkte der Broker: eine Vorlage mit {host} und {id} oder id=url,id=url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flink REST URL:</source>
        <translation>Flink-REST-URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Flink REST endpoint; empty: no Flink</source>
        <translation>Der Flink-REST-Endpunkt; leer: kein Flink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kafka Connect URLs:</source>
        <translation>Kafka-Connect-URLs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka Connect REST URLs, comma-separated, one per Connect cluster; empty: no Connect. user:password@ in a URL for basic authentication</source>
        <translation>Kafka-Connect-REST-URLs, durch Kommas getrennt, eine pro Connect-Cluster; leer: kein Connect. user:password@ in einer URL für Basic-Authentifizierung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kafka security</source>
        <translation>Kafka-Sicherheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka properties</source>
        <translation>Kafka-Eigenschaften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flink REST</source>
        <translation>Flink REST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker metrics</source>
        <translation>Broker-Metriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka Connect</source>
        <translation>Kafka Connect</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP TLS and auth</source>
        <translation>HTTP-TLS und -Authentifizierung</translation>
    </message>
    <message>
        <location line="-30"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poll interval:</source>
        <translation>Abfrageintervall:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often Kafka and Flink are polled</source>
        <translation>Wie oft Kafka und Flink abgefragt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout:</source>
        <translation>Anfrage-Timeout:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bound on every single request to a cluster</source>
        <translation>Obergrenze für jede einzelne Anfrage an einen Cluster</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Event topics</source>
        <translation>Ereignis-Topics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep secrets for this session only (in memory, lost on exit)</source>
        <translation>Geheimnisse nur für diese Sitzung behalten (im Speicher, beim Beenden verloren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a system keychain, secrets are never written to disk: tick this to keep them in memory until Tidewatch exits</source>
        <translation>Ohne Schlüsselbund des Systems werden Geheimnisse nie auf die Festplatte geschrieben: Aktivieren Sie dies, um sie im Speicher zu behalten, bis Tidewatch beendet wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the profile; secrets go to the system keychain</source>
        <translation>Das Profil schreiben; Geheimnisse kommen in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as profile…</source>
        <translation>Als Profil speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the command-line cluster a saved profile</source>
        <translation>Den Cluster aus der Befehlszeile als gespeichertes Profil anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try every connection of the form&apos;s profile step by step (in the background)</source>
        <translation>Jede Verbindung des Profils aus dem Formular schrittweise testen (im Hintergrund)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name the profile and Save it</source>
        <translation>Geben Sie dem Profil einen Namen und speichern Sie es</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is set in the Kafka security tab, not in the property table</source>
        <translation>%1 wird auf dem Reiter „Kafka-Sicherheit“ gesetzt, nicht in der Eigenschaftentabelle</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (command line)</source>
        <translation>%1 (Befehlszeile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster given on the command line: monitored, not saved</source>
        <translation>Der auf der Befehlszeile angegebene Cluster: überwacht, nicht gespeichert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>From the command line — not saved. Save as profile… keeps it for the next start.</source>
        <translation>Aus der Befehlszeile — nicht gespeichert. „Als Profil speichern…“ behält ihn für den nächsten Start.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Nothing to test: give Kafka bootstrap servers or a Flink REST URL</source>
        <translation>Nichts zu testen: Geben Sie Kafka-Bootstrap-Server oder eine Flink-REST-URL an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connections of &quot;%1&quot;…</source>
        <translation>Die Verbindungen von &quot;%1&quot; werden getestet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection test: every step passed</source>
        <translation>Verbindungstest: Alle Schritte erfolgreich</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connection test: %n step(s) failed (see the Connection test tab)</source>
        <translation>
            <numerusform>Verbindungstest: %n Schritt fehlgeschlagen (siehe Reiter „Verbindungstest“)</numerusform>
            <numerusform>Verbindungstest: %n Schritte fehlgeschlagen (siehe Reiter „Verbindungstest“)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A profile named &quot;%1&quot; exists already</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Saved &quot;%1&quot; without its %n secret(s): no system keychain is available. Tick &quot;Keep secrets for this session only&quot; and save again to keep them in memory; they are never written in clear.</source>
        <translation>
            <numerusform>&quot;%1&quot; ohne %n Geheimnis gespeichert: Kein Schlüsselbund des Systems verfügbar. Aktivieren Sie „Geheimnisse nur für diese Sitzung behalten“ und speichern Sie erneut, um es im Speicher zu behalten; es wird nie im Klartext geschrieben.</numerusform>
            <numerusform>&quot;%1&quot; ohne seine %n Geheimnisse gespeichert: Kein Schlüsselbund des Systems verfügbar. Aktivieren Sie „Geheimnisse nur für diese Sitzung behalten“ und speichern Sie erneut, um sie im Speicher zu behalten; sie werden nie im Klartext geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved &quot;%1&quot;</source>
        <translation>&quot;%1&quot; gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved &quot;%1&quot;; its secrets are kept for this session only</source>
        <translation>&quot;%1&quot; gespeichert; seine Geheimnisse werden nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted &quot;%1&quot;</source>
        <translation>&quot;%1&quot; gelöscht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A profile needs a name and Kafka bootstrap servers or a Flink REST URL</source>
        <translation>Ein Profil braucht einen Namen und Kafka-Bootstrap-Server oder eine Flink-REST-URL</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No system keychain: %1. Secrets (passwords, key passphrases, client secrets) are never written to the profiles file, so they are not saved: tick &quot;Keep secrets for this session only&quot; to keep them in memory until Tidewatch exits, or start a Secret Service or KWallet in a desktop session with D-Bus and restart Tidewatch.</source>
        <translation>Kein Schlüsselbund des Systems: %1. Geheimnisse (Passwörter, Passphrasen von Schlüsseln, Client-Secrets) werden nie in die Profildatei geschrieben und daher nicht gespeichert: Aktivieren Sie „Geheimnisse nur für diese Sitzung behalten“, um sie im Speicher zu behalten, bis Tidewatch beendet wird, oder starten Sie einen Secret Service oder KWallet in einer Desktop-Sitzung mit D-Bus und starten Sie Tidewatch danach neu.</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ShipmentsPage</name>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="+44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipments by their latest status, open and finished</source>
        <translation>Sendungen nach ihrem letzten Status, offen und abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open shipments per carrier</source>
        <translation>Offene Sendungen je Spediteur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open by carrier</source>
        <translation>Offen nach Spediteur</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipments: %1 tracked · %2 open · %3 late · %4 ETA slips</source>
        <translation>Sendungen: %1 verfolgt · %2 offen · %3 verspätet · %4 ETA-Verschiebungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Late shipments: %1</source>
        <translation>Verspätete Sendungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA slips: %1</source>
        <translation>ETA-Verschiebungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last known positions: %1</source>
        <translation>Letzte bekannte Positionen: %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SilenceDialog</name>
    <message>
        <location filename="../widgets/SilenceDialog.cpp" line="+57"/>
        <source>New silence</source>
        <translation>Neue Stummschaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts whose labels match every matcher are silenced: no desktop notification, no red banner. Regexes are anchored.</source>
        <translation>Alarme, deren Labels auf jeden Matcher passen, werden stummgeschaltet: keine Desktop-Benachrichtigung, kein rotes Banner. Reguläre Ausdrücke sind verankert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;matcher</source>
        <translation>&amp;Matcher hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove matcher</source>
        <translation>Matcher ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 hours</source>
        <translation>2 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8 hours</source>
        <translation>8 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom end</source>
        <translation>Eigenes Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Endet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (maintenance, known issue, ticket)</source>
        <translation>Warum (Wartung, bekanntes Problem, Ticket)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Silence</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Matcher %1: &apos;%2&apos; is not a label name</source>
        <translation>Matcher %1: &apos;%2&apos; ist kein Label-Name</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say who creates the silence</source>
        <translation>Geben Sie an, wer die Stummschaltung erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why (a comment), as Alertmanager requires</source>
        <translation>Geben Sie einen Grund (Kommentar) an; Alertmanager verlangt ihn</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Silences %n current alert(s):</source>
        <translation>
            <numerusform>Schaltet %n aktuellen Alarm stumm:</numerusform>
            <numerusform>Schaltet %n aktuelle Alarme stumm:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::SilenceTableModel</name>
    <message>
        <location filename="../models/itemmodels/SilenceTableModel.cpp" line="+15"/>
        <source>State</source>
        <extracomment>Column header: a silence&apos;s state (active, pending, expired)</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active: it silences matching alerts now; pending: it starts later; expired: it ended</source>
        <translation>Aktiv: schaltet passende Alarme jetzt stumm; ausstehend: beginnt später; abgelaufen: ist beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts whose labels match all of these are silenced</source>
        <translation>Alarme, deren Labels auf alle diese Matcher passen, werden stummgeschaltet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silence %1</source>
        <translation>Stummschaltung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it starts</source>
        <translation>Wann sie beginnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it ends (expire now sets this to now)</source>
        <translation>Wann sie endet („Jetzt beenden“ setzt dies auf jetzt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who created it</source>
        <translation>Wer sie erstellt hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SilencesView</name>
    <message>
        <location filename="../widgets/SilencesView.cpp" line="+22"/>
        <source>&amp;Expire now</source>
        <translation>&amp;Jetzt beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New silence…</source>
        <translation>&amp;Neue Stummschaltung…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the selected silence now: its alerts notify and alarm again</source>
        <translation>Die ausgewählte Stummschaltung jetzt beenden: Die betroffenen Alarme benachrichtigen und alarmieren wieder</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaBreachTableModel</name>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="+88"/>
        <source>ship-by</source>
        <translation>Versandtermin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ship-by: an order not shipped by its ship-by time; delivery: a shipment not delivered by its promised delivery</source>
        <translation>Versandtermin: ein Auftrag, der nicht bis zu seinem Versandtermin versendet wurde; Zustellung: eine Sendung, die nicht bis zur zugesagten Zustellung zugestellt wurde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <extracomment>Column header: the promised delivery time of a shipment</extracomment>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it shipped or was delivered; &quot;not yet&quot;: still open</source>
        <translation>Wann versendet oder zugestellt wurde; „noch nicht“: noch offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Late by</source>
        <translation>Verspätet um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (or the watermark, while open) minus due</source>
        <translation>Erledigt (oder, solange offen, das Watermark) minus Fälligkeit</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaPage</name>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="+50"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>On time per carrier (worst first)</source>
        <translation>Pünktlich je Spediteur (schlechteste zuerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time per hub of delivery (worst first)</source>
        <translation>Pünktlich je Zustell-Hub (schlechteste zuerst)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SLA: %1 breaches</source>
        <translation>SLA: %1 Verstöße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLA, last %1: %2 of %3 deliveries late or overdue · %4</source>
        <translation>SLA, letzte %1: %2 von %3 Zustellungen verspätet oder überfällig · %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln order(s) not shipped by their ship-by time</source>
        <translation>
            <numerusform>%Ln Auftrag nicht bis zu seinem Versandtermin versendet</numerusform>
            <numerusform>%Ln Aufträge nicht bis zu ihrem Versandtermin versendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Breaches in the last %1 (late deliveries and missed ship-by times): %2</source>
        <translation>Verstöße in den letzten %1 (verspätete Zustellungen und verpasste Versandtermine): %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>no SLA figures yet</source>
        <translation>noch keine SLA-Zahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On time, last %1</source>
        <translation>Pünktlich, letzte %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 on time</source>
        <translation>%1 von %2 pünktlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing due in the window</source>
        <translation>nichts fällig im Zeitfenster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Breaches: %1</source>
        <translation>Verstöße: %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaShareTableModel</name>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="-101"/>
        <source>On time (%1)</source>
        <translation>Pünktlich (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered at or before the promise, delivery within the last %1</source>
        <translation>Spätestens zum zugesagten Termin zugestellt, Zustellung innerhalb der letzten %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total (%1)</source>
        <translation>Gesamt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered within the last %1, plus open shipments whose promise passed in it</source>
        <translation>Innerhalb der letzten %1 zugestellt, plus offene Sendungen, deren zugesagter Termin darin verstrichen ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share (%1)</source>
        <translation>Anteil (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time / total; a dash when nothing was due</source>
        <translation>Pünktlich / gesamt; ein Strich, wenn nichts fällig war</translation>
    </message>
</context>
<context>
    <name>Tidewatch::StatusLine</name>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="+15"/>
        <source>%1: waiting for the first data</source>
        <translation>%1: erste Daten stehen noch aus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unreachable (%2), last data %3</source>
        <translation>%1: nicht erreichbar (%2), letzte Daten %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: stale, last updated %2</source>
        <translation>%1: veraltet, zuletzt aktualisiert %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: live, updated %2</source>
        <translation>%1: live, aktualisiert %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="+99"/>
        <location filename="../widgets/TimeSeriesChartNavigation.cpp" line="+63"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the latest data, following the clock (or double-click the chart)</source>
        <translation>Zurück zu den neuesten Daten, der Uhr folgend (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay the same time yesterday (dashed)</source>
        <translation>Dieselbe Zeit von gestern überlagern (gestrichelt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution of the history shown: the finest that covers the range</source>
        <translation>Auflösung des angezeigten Verlaufs: die feinste, die den Zeitraum abdeckt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+180"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Freeze the view; data keeps being recorded</source>
        <translation>Die Ansicht einfrieren; Daten werden weiter aufgezeichnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visible data as CSV…</source>
        <translation>Sichtbare Daten als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7 d</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>+%n more</source>
        <comment>legend entries left out of a short chart</comment>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, yesterday</source>
        <translation>%1, gestern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (min %2, max %3)</source>
        <translation>%1 (min. %2, max. %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, yesterday: %2</source>
        <translation>%1, gestern: %2</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChartExport.cpp" line="+74"/>
        <source>Could not write %1: the export failed</source>
        <translation>%1 konnte nicht geschrieben werden: Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export visible data</source>
        <translation>Sichtbare Daten exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChartNavigation.cpp" line="-33"/>
        <source>%1 s buckets</source>
        <translation>%1-s-Intervalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min buckets</source>
        <translation>%1-min-Intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h buckets</source>
        <translation>%1-h-Intervalle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Time range · %1</source>
        <comment>the resolution shown</comment>
        <translation>Zeitraum · %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raw samples</source>
        <translation>Rohwerte</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChartPaint.cpp" line="+152"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>Tidewatch::TopicTableModel</name>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="-270"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic&apos;s name; internal topics start with __</source>
        <translation>Der Name des Topics; interne Topics beginnen mit __</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of partitions</source>
        <translation>Anzahl der Partitionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RF</source>
        <translation>RF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication factor: replicas per partition</source>
        <translation>Replikationsfaktor: Replikate pro Partition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Min ISR</source>
        <translation>Min. ISR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic&apos;s min.insync.replicas: with fewer replicas in sync, producers with acks=all are refused</source>
        <translation>min.insync.replicas des Topics: Sind weniger Replikate synchron, werden Producer mit acks=all abgewiesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions whose in-sync replicas are fewer than their replicas</source>
        <translation>Partitionen mit weniger In-Sync-Replikaten als Replikaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions without a leader: nobody can read or write them</source>
        <translation>Partitionen ohne Leader: Niemand kann aus ihnen lesen oder in sie schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under min ISR</source>
        <translation>Unter min. ISR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions with fewer in-sync replicas than min.insync.replicas: acks=all writes fail</source>
        <translation>Partitionen mit weniger In-Sync-Replikaten als min.insync.replicas: Schreibvorgänge mit acks=all schlagen fehl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages in</source>
        <translation>Nachrichten ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per second, from the growth of the end offsets</source>
        <translation>Nachrichten pro Sekunde, aus dem Wachstum der End-Offsets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second produced, from the brokers&apos; metrics</source>
        <translation>Produzierte Bytes pro Sekunde, aus den Metriken der Broker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes on disk, all replicas together, from the brokers&apos; metrics</source>
        <translation>Bytes auf der Festplatte, alle Replikate zusammen, aus den Metriken der Broker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consumer lag</source>
        <translation>Consumer-Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages behind, summed over every group reading the topic</source>
        <translation>Rückstand in Nachrichten, summiert über alle Gruppen, die das Topic lesen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n group(s) read this topic</source>
        <translation>
            <numerusform>%n Gruppe liest dieses Topic</numerusform>
            <numerusform>%n Gruppen lesen dieses Topic</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off preferred</source>
        <translation>Nicht bevorzugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions led by another replica than their preferred (first) one: their load sits on another broker than planned</source>
        <translation>Partitionen, die von einem anderen Replikat als ihrem bevorzugten (ersten) geführt werden: Ihre Last liegt auf einem anderen Broker als geplant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Msg skew</source>
        <translation>Nachr.-Schieflage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per second of the busiest partition over the mean of the topic&apos;s partitions (1× is even), and which partition that is; unknown while a rate is unknown or nothing is produced</source>
        <translation>Nachrichten pro Sekunde der am stärksten belasteten Partition im Verhältnis zum Mittel der Partitionen des Topics (1× ist gleichmäßig) und welche Partition das ist; unbekannt, solange eine Rate unbekannt ist oder nichts produziert wird</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Partition %1 takes %2× the mean messages per second of the topic&apos;s %n partition(s)</source>
        <translation>
            <numerusform>Partition %1 hat %2× so viele Nachrichten pro Sekunde wie das Mittel der %n Partition des Topics</numerusform>
            <numerusform>Partition %1 hat %2× so viele Nachrichten pro Sekunde wie das Mittel der %n Partitionen des Topics</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bytes skew</source>
        <translation>Bytes-Schieflage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes appended per second to the busiest partition over the mean of the topic&apos;s partitions, from the growth of the leaders&apos; logs (brokers&apos; metrics); unknown without them</source>
        <translation>An die am stärksten belastete Partition angehängte Bytes pro Sekunde im Verhältnis zum Mittel der Partitionen des Topics, aus dem Wachstum der Logs der Leader (Metriken der Broker); unbekannt ohne diese</translation>
    </message>
</context>
<context>
    <name>Tidewatch::TopicsPage</name>
    <message>
        <location filename="../widgets/TopicsPage.cpp" line="+26"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter topics by name</source>
        <translation>Topics nach Name filtern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Messages produced per second: the selected topic, or the %n busiest topics when none is selected</source>
        <translation>
            <numerusform>Produzierte Nachrichten pro Sekunde: das ausgewählte Topic oder, wenn keines ausgewählt ist, die Top %n der am stärksten belasteten Topics</numerusform>
            <numerusform>Produzierte Nachrichten pro Sekunde: das ausgewählte Topic oder, wenn keines ausgewählt ist, die %n am stärksten belasteten Topics</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · under-replicated partitions: %2 · offline: %3 · under min ISR: %4</source>
        <translation>%1 · unterreplizierte Partitionen: %2 · offline: %3 · unter min. ISR: %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Partition balance: unknown until a topic has traffic on two partitions and every rate is known</source>
        <translation>Partitionsverteilung: unbekannt, bis ein Topic Datenverkehr auf zwei Partitionen hat und jede Rate bekannt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hottest partition: %1 p%2 takes %3× its topic&apos;s mean messages/s</source>
        <translation>Am stärksten belastete Partition: %1 p%2 hat %3× so viele Nachrichten/s wie das Mittel ihres Topics</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of %1 topic(s) with traffic have a partition at 2× the mean or more</source>
        <translation>
            <numerusform>%n von %1 Topics mit Datenverkehr hat eine Partition bei mindestens 2× dem Mittel</numerusform>
            <numerusform>%n von %1 Topics mit Datenverkehr haben eine Partition bei mindestens 2× dem Mittel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no partition at 2× its topic&apos;s mean</source>
        <translation>keine Partition bei 2× dem Mittel ihres Topics</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Partitions of %1</source>
        <translation>Partitionen von %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every partition is fully replicated</source>
        <translation>Alle Partitionen sind vollständig repliziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions that need attention</source>
        <translation>Partitionen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions that need attention — missing replicas: %1</source>
        <translation>Partitionen, die Aufmerksamkeit brauchen — fehlende Replikate: %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::TrayNotifier</name>
    <message>
        <location filename="../widgets/TrayNotifier.cpp" line="+30"/>
        <source>&amp;Open Tidewatch</source>
        <translation>Tidewatch ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alerts page</source>
        <translation>&amp;Alarmseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute notifications for 1 hour</source>
        <translation>Benachrichtigungen für 1 Stunde &amp;stummschalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Tidewatch::WallBar</name>
    <message numerus="yes">
        <location filename="../widgets/WallBar.cpp" line="+96"/>
        <source>… and %n more firing alert(s)</source>
        <translation>
            <numerusform>… und %n weiterer aktiver Alarm</numerusform>
            <numerusform>… und %n weitere aktive Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all clear</source>
        <translation>alles in Ordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only silenced alerts</source>
        <translation>nur stummgeschaltete Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition: %1</source>
        <translation>Zustand: %1</translation>
    </message>
</context>
<context>
    <name>TimeLag</name>
    <message>
        <location filename="../collectors/TimeLagEstimator.cpp" line="+35"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>TlsTunnel</name>
    <message>
        <location filename="../exporter/TlsTunnel.cpp" line="+24"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the test handshake timed out</source>
        <translation>der Test-Handshake hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Qt has no TLS backend here (%1)</source>
        <translation>Qt hat hier kein TLS-Backend (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA, EC oder DSA)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the private key does not fit the certificate (%1)</source>
        <translation>der private Schlüssel passt nicht zum Zertifikat (%1)</translation>
    </message>
</context>
<context>
    <name>TopicTableModel</name>
    <message>
        <location filename="../models/itemmodels/TopicTableModel.cpp" line="-127"/>
        <source>%1× (p%2)</source>
        <extracomment>A partition skew: %1 is the busiest partition&apos;s rate over the mean, %2 the partition</extracomment>
        <translation>%1× (p%2)</translation>
    </message>
</context>
<context>
    <name>TrayAlertFeed</name>
    <message>
        <location filename="../widgets/TrayAlertFeed.cpp" line="+35"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tidewatch: no alert firing</source>
        <translation>Tidewatch: kein Alarm aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tidewatch: %n alert(s) firing</source>
        <translation>
            <numerusform>Tidewatch: %n Alarm aktiv</numerusform>
            <numerusform>Tidewatch: %n Alarme aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications muted until %1</source>
        <translation>Benachrichtigungen stummgeschaltet bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop notifications are off</source>
        <translation>Desktop-Benachrichtigungen sind aus</translation>
    </message>
</context>
<context>
    <name>WorstCondition</name>
    <message>
        <location filename="../models/core/WorstCondition.cpp" line="+57"/>
        <source>waiting for %1 data</source>
        <translation>Daten von %1 stehen noch aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stale, last data %2</source>
        <translation>%1 veraltet, letzte Daten %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unreachable, last data %2</source>
        <translation>%1 nicht erreichbar, letzte Daten %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>broker %1 down</source>
        <translation>Broker %1 ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brokers %1 down</source>
        <translation>Broker %1 ausgefallen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink</source>
        <translation>Flink</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no controller</source>
        <translation>kein Controller</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
            <numerusform>%n unter min. ISR</numerusform>
            <numerusform>%n unter min. ISR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n under-replicated</source>
        <translation>
            <numerusform>%n unterrepliziert</numerusform>
            <numerusform>%n unterrepliziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) in error</source>
        <translation>
            <numerusform>%n Gruppe mit Fehler</numerusform>
            <numerusform>%n Gruppen mit Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) in warning</source>
        <translation>
            <numerusform>%n Gruppe mit Warnung</numerusform>
            <numerusform>%n Gruppen mit Warnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) not running</source>
        <translation>
            <numerusform>%n Job läuft nicht</numerusform>
            <numerusform>%n Jobs laufen nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) failing checkpoints</source>
        <translation>
            <numerusform>%n Job mit fehlschlagenden Checkpoints</numerusform>
            <numerusform>%n Jobs mit fehlschlagenden Checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) back-pressured</source>
        <translation>
            <numerusform>%n Job mit Backpressure</numerusform>
            <numerusform>%n Jobs mit Backpressure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n critical alert(s) firing</source>
        <translation>
            <numerusform>%n kritischer Alarm aktiv</numerusform>
            <numerusform>%n kritische Alarme aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning alert(s) firing</source>
        <translation>
            <numerusform>%n Warnalarm aktiv</numerusform>
            <numerusform>%n Warnalarme aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only silenced alerts firing</source>
        <translation>nur stummgeschaltete Alarme aktiv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All clear</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source configured</source>
        <translation>Keine Quelle konfiguriert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no source configured</source>
        <translation>keine Quelle konfiguriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all sources live, updated %1</source>
        <translation>alle Quellen live, aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source live</source>
        <translation>keine Quelle live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 sources live, oldest live data %3</source>
        <translation>%1 von %2 Quellen live, älteste Live-Daten %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+94"/>
        <source>Try &apos;tidewatch --help&apos;.</source>
        <translation>Versuchen Sie &apos;tidewatch --help&apos;.</translation>
    </message>
</context>
</TS>
