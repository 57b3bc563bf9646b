<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AlertCells</name>
    <message>
        <location filename="../models/itemmodels/AlertCells.cpp" line="+31"/>
        <source>group</source>
        <translation>skupina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job</source>
        <translation>úloha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partition</source>
        <translation>partice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertex</source>
        <translation>vrchol</translation>
    </message>
</context>
<context>
    <name>AlertHandling</name>
    <message>
        <location filename="../models/itemmodels/AlertHandling.cpp" line="+13"/>
        <source>silenced</source>
        <translation>ztlumeno</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../alerts/AlertRule.cpp" line="+210"/>
        <source>unclosed &apos;{{&apos; at position %1</source>
        <translation>neuzavřené &apos;{{&apos; na pozici %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported template function &apos;%1&apos; (use humanize, humanizePercentage or humanizeDuration)</source>
        <translation>nepodporovaná funkce šablony „%1“ (použijte humanize, humanizePercentage nebo humanizeDuration)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported template action &apos;%1&apos; (use {{ $value }}, {{ $value | humanizePercentage }} or {{ $labels.NAME }})</source>
        <translation>nepodporovaná akce šablony „%1“ (použijte {{ $value }}, {{ $value | humanizePercentage }} nebo {{ $labels.NAME }})</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../alerts/AlertRules.cpp" line="+81"/>
        <source>unknown field</source>
        <translation>neznámé pole</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown op &apos;%1&apos; (use &gt;, &gt;=, &lt;, &lt;=, == or !=)</source>
        <translation>neznámý op &apos;%1&apos; (použijte &gt;, &gt;=, &lt;, &lt;=, == nebo !=)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be true or false</source>
        <translation>musí být true nebo false</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>missing (a non-empty string is required)</source>
        <translation>chybí (vyžaduje se neprázdný řetězec)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>must be a string</source>
        <translation>musí být řetězec</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+139"/>
        <source>must not be empty</source>
        <translation>nesmí být prázdné</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>missing (a number is required)</source>
        <translation>chybí (vyžaduje se číslo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number</source>
        <translation>musí být číslo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a duration string such as &quot;5m&quot;</source>
        <translation>musí být řetězec s dobou trvání, např. &quot;5m&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad duration &apos;%1&apos; (use e.g. 30s, 5m, 1h30m)</source>
        <translation>chybná doba trvání &apos;%1&apos; (použijte např. 30s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration &apos;%1&apos; is out of range: from 0 to %2 (Prometheus&apos;s longest duration)</source>
        <translation>doba trvání &apos;%1&apos; je mimo rozsah: od 0 do %2 (nejdelší doba trvání v Prometheu)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object of label name to value</source>
        <translation>musí být objekt, který mapuje názvy labelů na hodnoty</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>matcher &apos;%1&apos; must be a string</source>
        <translation>matcher &apos;%1&apos; musí být řetězec</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad matcher &apos;%1&apos; (use name=value, name!=value, name=~regex or name!~regex)</source>
        <translation>chybný matcher &apos;%1&apos; (použijte name=value, name!=value, name=~regex nebo name!~regex)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object or an array of strings</source>
        <translation>musí být objekt nebo pole řetězců</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown metric &apos;%1&apos; (see docs/METRICS.md)</source>
        <translation>neznámá metrika &apos;%1&apos; (viz docs/METRICS.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid label name &apos;%1&apos;</source>
        <translation>neplatný název labelu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid regex &apos;%1&apos; for label &apos;%2&apos;: %3</source>
        <translation>neplatný regulární výraz &apos;%1&apos; pro label &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is out of range: from 0 to %1 (Prometheus&apos;s longest duration)</source>
        <translation>je mimo rozsah: od 0 do %1 (nejdelší doba trvání v Prometheu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>must be a finite number</source>
        <translation>musí být konečné číslo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not allowed with op == or != (there is no inside to clear to)</source>
        <translation>není povoleno s op == ani != (neexistuje vnitřní oblast, do které by se hodnota mohla vrátit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be above the threshold %1 for op %2: a firing alert clears when the value falls to it</source>
        <translation>nesmí být nad prahem %1 pro op %2: aktivní výstraha skončí, když hodnota klesne na tuto úroveň</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must not be below the threshold %1 for op %2: a firing alert clears when the value rises to it</source>
        <translation>nesmí být pod prahem %1 pro op %2: aktivní výstraha skončí, když hodnota stoupne na tuto úroveň</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown severity &apos;%1&apos; (use critical, warning or info)</source>
        <translation>neznámá závažnost &apos;%1&apos; (použijte critical, warning nebo info)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>label given twice</source>
        <translation>label zadán dvakrát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the alertname label is the rule&apos;s &quot;alert&quot; field</source>
        <translation>label alertname je pole &quot;alert&quot; pravidla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the severity label is the rule&apos;s &quot;severity&quot; field</source>
        <translation>label severity je pole &quot;severity&quot; pravidla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid label name (use [a-zA-Z_][a-zA-Z0-9_]*, not starting with __)</source>
        <translation>neplatný název labelu (použijte [a-zA-Z_][a-zA-Z0-9_]*, nezačínající __)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty (leave the label out instead)</source>
        <translation>nesmí být prázdné (label raději vynechte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>bad template: %1</source>
        <translation>chybná šablona: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not valid JSON: %1</source>
        <translation>neplatný JSON: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an object with a &quot;rules&quot; array</source>
        <translation>očekává se objekt s polem &quot;rules&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>given more than once (JSON keeps only the last)</source>
        <translation>zadáno víckrát (JSON ponechá jen poslední výskyt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an object</source>
        <translation>není objekt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>duplicate of rule %1 (same alert and matchers)</source>
        <translation>duplikát pravidla %1 (stejná výstraha i matchery)</translation>
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
        <translation>vytvořeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nové</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>zadáno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>zaplaceno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packed</source>
        <translation>zabaleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>potvrzeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>odesláno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatched</source>
        <translation>expedováno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>doručeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>dokončeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>odmítnuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label created</source>
        <translation>štítek vytvořen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked up</source>
        <translation>převzato dopravcem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in transit</source>
        <translation>na cestě</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived at a hub</source>
        <translation>v překladišti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out for delivery</source>
        <translation>v doručování</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delayed</source>
        <translation>zpožděno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery problem</source>
        <translation>problém s doručením</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>ztraceno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>vráceno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON</source>
        <translation>není JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>není objekt JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown change operation</source>
        <translation>neznámá operace změny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required field missing</source>
        <translation>chybí povinné pole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field of the wrong type</source>
        <translation>pole nesprávného typu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable time</source>
        <translation>nečitelný čas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event time in the future</source>
        <translation>čas události v budoucnosti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty message</source>
        <translation>prázdná zpráva</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Code in the events: %1</source>
        <translation>Kód v událostech: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %1</source>
        <translation>všechny (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>showing %1 of %2</source>
        <translation>zobrazeno %1 z %2</translation>
    </message>
</context>
<context>
    <name>BusinessCharts</name>
    <message>
        <location filename="../widgets/BusinessCharts.cpp" line="+34"/>
        <source>No events in the last hour</source>
        <translation>Za poslední hodinu žádné události</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events yet</source>
        <translation>Zatím žádné události</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+11"/>
        <source>created</source>
        <translation>vytvořené</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>paid</source>
        <translation>zaplacené</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>odeslané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>zrušené</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(no currency)</source>
        <translation>(bez měny)</translation>
    </message>
</context>
<context>
    <name>BusinessPages</name>
    <message>
        <location filename="../widgets/BusinessPages.cpp" line="+36"/>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipments</source>
        <translation>Zásilky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected events</source>
        <translation>Odmítnuté události</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business wall</source>
        <translation>Obchodní nástěnka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub map</source>
        <translation>Mapa překladišť</translation>
    </message>
</context>
<context>
    <name>BusinessStatusLine</name>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="+22"/>
        <source>newest event read %1</source>
        <translation>nejnovější událost přečtena %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no event read yet</source>
        <translation>zatím nepřečtena žádná událost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events: %1</source>
        <translation>Události: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: unreachable (%1), %2</source>
        <translation>Události: nedostupné (%1), %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: connected, no event read yet</source>
        <translation>Události: připojeno, zatím nepřečtena žádná událost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: stale, %1</source>
        <translation>Události: zastaralá data, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: live, %1</source>
        <translation>Události: živá data, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · event time up to %1</source>
        <translation> · čas událostí do %1</translation>
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
        <translation>počet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes</source>
        <translation>bajty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes/s</source>
        <translation>bajty/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration</source>
        <translation>doba</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+44"/>
        <source>--%1 needs a whole number of %2 from %3 to %4, got: %5</source>
        <translation>--%1 vyžaduje celé číslo (%2) od %3 do %4, zadáno: %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>-X %1=@FILE: cannot read %2: %3</source>
        <translation>-X %1=@FILE: nelze přečíst %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-X %1=@FILE: %2 is larger than %3 bytes</source>
        <translation>-X %1=@FILE: %2 je větší než %3 bajtů</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kafka bootstrap servers (host:port[,host:port...]).</source>
        <translation>Bootstrap servery Kafky (host:port[,host:port...]).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>servers</source>
        <translation>servery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flink REST URL, e.g. http://127.0.0.1:8081.</source>
        <translation>URL rozhraní Flink REST, např. http://127.0.0.1:8081.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+7"/>
        <location line="+49"/>
        <location line="+12"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Brokers&apos; Prometheus endpoints (JMX exporter): a template such as http://{host}:9404/metrics, or id=url,id=url.</source>
        <translation>Prometheus endpointy brokerů (JMX exporter): šablona jako http://{host}:9404/metrics, nebo id=url,id=url.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spec</source>
        <translation>specifikace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection profile to use (see --profiles-file); repeatable or comma-separated to monitor several clusters at once. The connection options apply to the first.</source>
        <translation>Profil připojení, který se má použít (viz --profiles-file); lze opakovat nebo oddělit čárkami a sledovat tak několik clusterů najednou. Volby připojení platí pro první z nich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <location line="+12"/>
        <source>name</source>
        <translation>název</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Monitor every profile of the profiles file (what the dashboard does when no cluster is given).</source>
        <translation>Sledovat všechny profily ze souboru profilů (to dělá dashboard, když není zadán žádný cluster).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wall mode: the key sequence that leaves it, e.g. Ctrl+Alt+Q (default Esc).</source>
        <translation>Režim nástěnné obrazovky: klávesová zkratka, která jej ukončí, např. Ctrl+Alt+Q (výchozí Esc).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys</source>
        <translation>klávesy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles file (default: %1).</source>
        <translation>Soubor profilů (výchozí: %1).</translation>
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
        <translation>soubor</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>librdkafka properties file (security, SASL, TLS, ...).</source>
        <translation>Soubor vlastností librdkafka (zabezpečení, SASL, TLS, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A librdkafka property, repeatable: -X security.protocol=SSL.</source>
        <translation>Vlastnost librdkafka, lze opakovat: -X security.protocol=SSL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name shown for this cluster (Qt reserves --name).</source>
        <translation>Název zobrazovaný pro tento cluster (--name si vyhrazuje Qt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll interval in milliseconds (default 2000).</source>
        <translation>Interval dotazování v milisekundách (výchozí 2000).</translation>
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
        <translation>Časový limit každého požadavku v milisekundách (výchozí 5000).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>snapshot: output format, json (default) or table; rules export: prometheus (default) or json.</source>
        <translation>snapshot: výstupní formát, json (výchozí) nebo table; rules export: prometheus (výchozí) nebo json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format</source>
        <translation>formát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot: print a new snapshot every N seconds.</source>
        <translation>snapshot: vypisovat nový snímek každých N sekund.</translation>
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
        <translation>sekundy</translation>
    </message>
    <message>
        <location line="-558"/>
        <source>snapshot: collect for N seconds before printing, so rates and time lags are known.</source>
        <translation>snapshot: před výpisem sbírat data N sekund, aby byly známé rychlosti a časové lagy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WxH</source>
        <translation>ŠxV</translation>
    </message>
    <message>
        <location line="-90"/>
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
        <translation>Tidewatch: živý provozní dashboard pro clustery Kafka a úlohy Flink.

Příkazy:
  (žádný)    otevře dashboard
  snapshot   jednou sesbírá data a vypíše snímek (JSON nebo tabulku), s --watch vypisuje dál
  render     vykreslí stránky do souborů PNG bez okna (--page, --size, --theme, --out);
             s více stránkami nebo velikostmi je --out složka se soubory &lt;page&gt;-&lt;W&gt;x&lt;H&gt;-&lt;theme&gt;.png
  rules      pravidla výstrah bez grafického rozhraní:
             rules export [--format prometheus|json] [--rules FILE] [--out FILE]
             rules test [--rules FILE] [--keep DIR]   (spustí promtool test rules na vygenerovaných testech)
             rules check FILE                          (chyby souboru pravidel s přesným řádkem)
             rules import FILE [--out FILE]            (převede soubor pravidel Prometheus do našeho JSON)
             Bez --rules: soubor pravidel uživatele, pokud existuje, jinak vestavěná pravidla.
             Návratové kódy: 0 ok; 1 neplatná pravidla, odmítnutý import nebo neúspěšné testy promtool;
             2 chybný příkazový řádek; 3 soubor nešlo přečíst ani zapsat, nebo chybí promtool.
  serve      běží bez grafického rozhraní: kolektory, pravidla výstrah a exportér pro Prometheus na /metrics</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Page to open first: %1. render: a comma-separated list or all.</source>
        <translation>Stránka, která se otevře jako první: %1. render: seznam oddělený čárkami nebo all.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>render: image size, e.g. 1600x1000, or several: 1600x900,1280x720.</source>
        <translation>render: velikost obrázku, např. 1600x1000, nebo několik: 1600x900,1280x720.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>render: the PNG file to write, or the folder for several images; rules export/import: the file to write (default stdout).</source>
        <translation>render: soubor PNG, který se zapíše, nebo složka pro více obrázků; rules export/import: soubor, který se zapíše (výchozí stdout).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render: light, dark or system (default: the theme chosen in Settings).</source>
        <translation>render: light, dark nebo system (výchozí: motiv zvolený v Nastavení).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>motiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rules test: keep the generated rule and test files in this folder.</source>
        <translation>rules test: ponechat vygenerované soubory pravidel a testů v této složce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>složka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>render: seconds to wait for the first data (default 20); then the page is rendered as it is.</source>
        <translation>render: kolik sekund čekat na první data (výchozí 20); pak se stránka vykreslí tak, jak je.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wall-display mode: full screen, large type, rotating pages; Esc leaves it.</source>
        <translation>Režim nástěnné obrazovky: celá obrazovka, velké písmo, střídání stránek; Esc jej ukončí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wall mode: pages to rotate through, comma-separated (default overview).</source>
        <translation>Režim nástěnné obrazovky: stránky, které se střídají, oddělené čárkami (výchozí overview).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages</source>
        <translation>stránky</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wall mode: seconds per page (default 30; 0 keeps the first page).</source>
        <translation>Režim nástěnné obrazovky: sekundy na stránku (výchozí 30; 0 ponechá první stránku).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert rules file (JSON, see docs/ALERTS.md); default: %1 if it exists, else the built-in rules.</source>
        <translation>Soubor pravidel výstrah (JSON, viz docs/ALERTS.md); výchozí: %1, pokud existuje, jinak vestavěná pravidla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send firing and resolved alerts to this Alertmanager (API v2), repeatable; added to the profiles file&apos;s alertmanager.N.url. A user goes in the URL (http://user@host:9093), the password in TIDEWATCH_ALERTMANAGER_PASSWORD.</source>
        <translation>Posílat aktivní a vyřešené výstrahy tomuto Alertmanageru (API v2), lze opakovat; přidá se k alertmanager.N.url ze souboru profilů. Uživatel patří do URL (http://user@host:9093), heslo do TIDEWATCH_ALERTMANAGER_PASSWORD.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>POST new firing and resolved alerts as JSON to this URL, repeatable (docs/ALERTS.md); a bearer token comes from TIDEWATCH_WEBHOOK_TOKEN, a basic-auth password from TIDEWATCH_WEBHOOK_PASSWORD.</source>
        <translation>Posílat nové aktivní a vyřešené výstrahy jako JSON metodou POST na tuto URL, lze opakovat (docs/ALERTS.md); bearer token se bere z TIDEWATCH_WEBHOOK_TOKEN, heslo pro basic auth z TIDEWATCH_WEBHOOK_PASSWORD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alert history database (SQLite); default: alert-history.sqlite in the user&apos;s data folder.</source>
        <translation>Databáze historie výstrah (SQLite); výchozí: alert-history.sqlite v datové složce uživatele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the charts&apos; history in memory only: neither read nor write the history files.</source>
        <translation>Historii grafů držet jen v paměti: soubory historie nečíst ani nezapisovat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flink REST basic-auth user; the password comes from the profile or the TIDEWATCH_FLINK_PASSWORD environment variable.</source>
        <translation>Uživatel pro basic auth k Flink REST; heslo se bere z profilu nebo z proměnné prostředí TIDEWATCH_FLINK_PASSWORD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <location line="+21"/>
        <location line="+26"/>
        <source>user</source>
        <translation>uživatel</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>CA certificate(s) of an https Flink endpoint (PEM).</source>
        <translation>Certifikát(y) CA pro https endpoint Flinku (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Flink job&apos;s Kafka input, repeatable: JOB|GROUP[|TOPIC,TOPIC] (JOB may be *).</source>
        <translation>Vstup z Kafky pro úlohu Flink, lze opakovat: JOB|GROUP[|TOPIC,TOPIC] (JOB může být *).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>propojení</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event topic of the business views, repeatable: TOPIC[:orders|shipments[:json|debezium]] with the default field mapping, or &quot;stack&quot; for the local stack&apos;s three topics.</source>
        <translation>Topic událostí pro obchodní pohledy, lze opakovat: TOPIC[:orders|shipments[:json|debezium]] s výchozím mapováním polí, nebo &quot;stack&quot; pro tři topicy lokálního stacku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the event topics from this many minutes back (0: only new events; default 30).</source>
        <translation>Číst topicy událostí od tolika minut zpět (0: jen nové události; výchozí 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+297"/>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>PostgreSQL whose replication slots the Pipelines page shows: a libpq connection string (&quot;host=127.0.0.1 port=15432 dbname=shop user=tidewatch&quot;); the password comes from the profile or the TIDEWATCH_POSTGRES_PASSWORD environment variable.</source>
        <translation>PostgreSQL, jehož replikační sloty ukazuje stránka Pipelines: připojovací řetězec libpq (&quot;host=127.0.0.1 port=15432 dbname=shop user=tidewatch&quot;); heslo se bere z profilu nebo z proměnné prostředí TIDEWATCH_POSTGRES_PASSWORD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kafka Connect worker&apos;s Prometheus endpoint with Debezium&apos;s figures (JMX exporter).</source>
        <translation>Prometheus endpoint workeru Kafka Connect s metrikami Debezia (JMX exporter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A pipeline, repeatable: &quot;NAME: kind:id &gt; kind:id ...&quot; with kind database (a replication slot), connector, topic, group or flink.</source>
        <translation>Pipeline, lze opakovat: &quot;NAME: kind:id &gt; kind:id ...&quot; s kind database (replikační slot), connector, topic, group nebo flink.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka Connect REST URL, repeatable (one per Connect cluster), e.g. http://127.0.0.1:8083; user:password@ in the URL for basic auth.</source>
        <translation>URL rozhraní REST Kafka Connect, lze opakovat (jedna na každý cluster Connect), např. http://127.0.0.1:8083; user:password@ v URL pro basic auth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificate(s) of https Kafka Connect workers (PEM).</source>
        <translation>Certifikát(y) CA pro https workery Kafka Connect (PEM).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client certificate (PEM) for an https Flink endpoint that requires one; an encrypted key&apos;s passphrase comes from TIDEWATCH_FLINK_KEY_PASSWORD.</source>
        <translation>Klientský certifikát (PEM) pro https endpoint Flinku, který jej vyžaduje; heslo k šifrovanému klíči se bere z TIDEWATCH_FLINK_KEY_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key (PEM) of --flink-cert, when not in its file.</source>
        <translation>Soukromý klíč (PEM) k --flink-cert, pokud není v jeho souboru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic-auth user of the broker metrics endpoints; the password comes from the profile or TIDEWATCH_BROKER_METRICS_PASSWORD.</source>
        <translation>Uživatel pro basic auth k endpointům metrik brokerů; heslo se bere z profilu nebo z TIDEWATCH_BROKER_METRICS_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificate(s) of https broker metrics endpoints (PEM).</source>
        <translation>Certifikát(y) CA pro https endpointy metrik brokerů (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client certificate (PEM) for the broker metrics endpoints; an encrypted key&apos;s passphrase comes from TIDEWATCH_BROKER_METRICS_KEY_PASSWORD.</source>
        <translation>Klientský certifikát (PEM) pro endpointy metrik brokerů; heslo k šifrovanému klíči se bere z TIDEWATCH_BROKER_METRICS_KEY_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key (PEM) of --broker-metrics-cert, when not in its file.</source>
        <translation>Soukromý klíč (PEM) k --broker-metrics-cert, pokud není v jeho souboru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basic-auth user of the Kafka Connect workers whose URL has none; the password comes from the profile or TIDEWATCH_CONNECT_PASSWORD.</source>
        <translation>Uživatel pro basic auth k workerům Kafka Connect, jejichž URL žádného neobsahuje; heslo se bere z profilu nebo z TIDEWATCH_CONNECT_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client certificate (PEM) for https Kafka Connect workers; an encrypted key&apos;s passphrase comes from TIDEWATCH_CONNECT_KEY_PASSWORD.</source>
        <translation>Klientský certifikát (PEM) pro https workery Kafka Connect; heslo k šifrovanému klíči se bere z TIDEWATCH_CONNECT_KEY_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key (PEM) of --connect-cert, when not in its file.</source>
        <translation>Soukromý klíč (PEM) k --connect-cert, pokud není v jeho souboru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>serve: the exporter&apos;s address (default 127.0.0.1:9464; the profiles file&apos;s exporter.listen).</source>
        <translation>serve: adresa exportéru (výchozí 127.0.0.1:9464; exporter.listen ze souboru profilů).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>addr:port</source>
        <translation>adresa:port</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dashboard: also export to Prometheus on this address while it runs.</source>
        <translation>Dashboard: za běhu také exportovat pro Prometheus na této adrese.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter basic-auth user; the password comes from the profiles file (exporter.password) or the TIDEWATCH_EXPORTER_PASSWORD environment variable.</source>
        <translation>Uživatel exportéru pro basic auth; heslo se bere ze souboru profilů (exporter.password) nebo z proměnné prostředí TIDEWATCH_EXPORTER_PASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter: serve https with this PEM file (certificate and private key).</source>
        <translation>Exportér: poskytovat https s tímto souborem PEM (certifikát a soukromý klíč).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter: the private key (PEM) when it is not in the certificate&apos;s file.</source>
        <translation>Exportér: soukromý klíč (PEM), pokud není v souboru certifikátu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language of the interface: cs, de or en (default: the one chosen in Settings, else the system&apos;s). snapshot and serve always write English.</source>
        <translation>Jazyk rozhraní: cs, de nebo en (výchozí: jazyk zvolený v Nastavení, jinak jazyk systému). snapshot a serve vypisují vždy anglicky.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code</source>
        <translation>kód</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>snapshot, render, serve, or nothing for the dashboard.</source>
        <translation>snapshot, render, serve, nebo nic pro dashboard.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--language must be one of %1, got: %2</source>
        <translation>--language musí být jeden z kódů %1, zadáno: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rules: --format must be prometheus or json, got: %1</source>
        <translation>rules: --format musí být prometheus nebo json, zadáno: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command: %1</source>
        <translation>Neznámý příkaz: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>snapshot reads one cluster: give one --profile</source>
        <translation>snapshot čte jeden cluster: zadejte jeden --profile</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--pipeline: %1</source>
        <translation>--pipeline: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--flink-kafka-link needs JOB|GROUP[|TOPIC,TOPIC], got: %1</source>
        <translation>--flink-kafka-link vyžaduje JOB|GROUP[|TOPIC,TOPIC], zadáno: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--event-topic needs TOPIC[:orders|shipments[:json|debezium]] or stack, got: %1</source>
        <translation>--event-topic vyžaduje TOPIC[:orders|shipments[:json|debezium]] nebo stack, zadáno: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>-X needs key=value</source>
        <translation>-X vyžaduje key=value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-X needs key=value, got: %1</source>
        <translation>-X vyžaduje key=value, zadáno: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>warning: -X %1 puts a secret on the command line, where every user of this machine can read it (ps); use -X %1=@FILE or --kafka-config FILE instead</source>
        <translation>varování: -X %1 dává tajný údaj na příkazový řádek, kde jej může přečíst každý uživatel tohoto počítače (ps); použijte místo toho -X %1=@FILE nebo --kafka-config FILE</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>warning: %1</source>
        <translation>varování: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>milliseconds</source>
        <translation>milisekundy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rules: %1 is not a valid rules file:
  %2</source>
        <translation>--rules: %1 není platný soubor pravidel:
  %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>--alertmanager and --webhook belong to the dashboard and serve</source>
        <translation>--alertmanager a --webhook patří k dashboardu a k serve</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be json or table, got: %1</source>
        <translation>--format musí být json nebo table, zadáno: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--pages: unknown page %1 (pages: %2)</source>
        <translation>--pages: neznámá stránka %1 (stránky: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--wall-exit-key: not a key sequence: %1</source>
        <translation>--wall-exit-key: není klávesová zkratka: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>render needs --out FILE.png (or a folder for several images)</source>
        <translation>render vyžaduje --out FILE.png (nebo složku pro více obrázků)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--theme is an option of render; the dashboard uses the theme of Settings</source>
        <translation>--theme je volba příkazu render; dashboard používá motiv z Nastavení</translation>
    </message>
    <message>
        <location filename="../app/RenderOptions.cpp" line="+46"/>
        <source>--page must be one of %1, a comma-separated list of them or all</source>
        <translation>--page musí být jedna z %1, jejich seznam oddělený čárkami nebo all</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--size needs WxH, at least 200x150, got: %1</source>
        <translation>--size vyžaduje ŠxV, alespoň 200x150, zadáno: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--theme must be light, dark or system, got: %1</source>
        <translation>--theme musí být light, dark nebo system, zadáno: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="+10"/>
        <source>--listen is an option of serve; the dashboard takes --exporter-listen</source>
        <translation>--listen je volba příkazu serve; dashboard přijímá --exporter-listen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the exporter&apos;s user %1 has no password: set exporter.password in the profiles file or TIDEWATCH_EXPORTER_PASSWORD</source>
        <translation>uživatel exportéru %1 nemá heslo: nastavte exporter.password v souboru profilů nebo TIDEWATCH_EXPORTER_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>serve needs --bootstrap, --flink, --connect, a --profile that has them, or profiles in %1</source>
        <translation>serve vyžaduje --bootstrap, --flink, --connect, --profile, který je obsahuje, nebo profily v %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>snapshot needs --bootstrap, --flink, --connect or a --profile that has them</source>
        <translation>snapshot vyžaduje --bootstrap, --flink, --connect nebo --profile, který je obsahuje</translation>
    </message>
</context>
<context>
    <name>ConnectParsers</name>
    <message>
        <location filename="../collectors/ConnectParsers.cpp" line="+28"/>
        <location line="+158"/>
        <source>The response is nested too deeply</source>
        <translation>Odpověď je vnořená příliš hluboko</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+164"/>
        <source>The response is not valid JSON</source>
        <translation>Odpověď není platný JSON</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+164"/>
        <source>The response is not a JSON object</source>
        <translation>Odpověď není objekt JSON</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The answer of / has no &quot;version&quot;: not a Kafka Connect worker?</source>
        <translation>Odpověď na / nemá &quot;version&quot;: není to worker Kafka Connect?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The worker lists connector names only (expand=status needs Kafka Connect 2.3 or later)</source>
        <translation>Worker uvádí jen názvy konektorů (expand=status vyžaduje Kafka Connect 2.3 nebo novější)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connector &quot;%1&quot; is not described by an object</source>
        <translation>Konektor &quot;%1&quot; není popsán objektem</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The answer does not name connector &quot;%1&quot;</source>
        <translation>Odpověď neuvádí konektor &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer has no &quot;topics&quot; list</source>
        <translation>Odpověď nemá seznam &quot;topics&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A topic name is not a string</source>
        <translation>Název topicu není řetězec</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The answer has no &quot;offsets&quot; list</source>
        <translation>Odpověď nemá seznam &quot;offsets&quot;</translation>
    </message>
</context>
<context>
    <name>DefaultRules</name>
    <message>
        <location filename="../alerts/DefaultRuleTexts.cpp" line="+14"/>
        <source>{{ $labels.cluster }}: {{ $labels.source }} is unreachable</source>
        <comment>rule TidewatchSourceDown: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: zdroj {{ $labels.source }} je nedostupný</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidewatch has not reached the {{ $labels.source }} source of {{ $labels.cluster }} for 30 seconds; its numbers are not current.</source>
        <comment>rule TidewatchSourceDown: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Tidewatch se už 30 sekund nemůže spojit se zdrojem {{ $labels.source }} clusteru {{ $labels.cluster }}; jeho údaje nejsou aktuální.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: broker {{ $labels.broker }} is down</source>
        <comment>rule KafkaBrokerDown: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: broker {{ $labels.broker }} je mimo provoz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker {{ $labels.broker }} is missing from the cluster metadata or cannot be reached.</source>
        <comment>rule KafkaBrokerDown: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Broker {{ $labels.broker }} chybí v metadatech clusteru nebo je nedostupný.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: no active controller</source>
        <comment>rule KafkaNoActiveController: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: žádný aktivní kontroler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster has had no active controller for 30 seconds: leader elections and topic changes are stuck.</source>
        <comment>rule KafkaNoActiveController: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Cluster už 30 sekund nemá aktivní kontroler: volby leaderů a změny topiců uvízly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} offline partitions</source>
        <comment>rule KafkaOfflinePartitions: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: partice offline ({{ $value }})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions without a leader can be neither written nor read.</source>
        <comment>rule KafkaOfflinePartitions: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Do partic bez leadera nelze zapisovat ani z nich číst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} partitions under min.insync.replicas</source>
        <comment>rule KafkaUnderMinIsrPartitions: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: partice pod min.insync.replicas ({{ $value }})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Producers with acks=all are refused on these partitions until their ISR recovers.</source>
        <comment>rule KafkaUnderMinIsrPartitions: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Producenti s acks=all jsou u těchto partic odmítáni, dokud se jejich ISR neobnoví.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} under-replicated partitions</source>
        <comment>rule KafkaUnderReplicatedPartitions: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: nedostatečně replikované partice ({{ $value }})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some replicas have fallen out of sync for more than a minute; one more broker failure may lose data.</source>
        <comment>rule KafkaUnderReplicatedPartitions: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Některé repliky jsou déle než minutu mimo synchronizaci; při výpadku dalšího brokeru může dojít ke ztrátě dat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value | humanizePercentage }} of partitions off their preferred leader</source>
        <comment>rule KafkaLeadersNotPreferred: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $value | humanizePercentage }} partic nemá preferovaného leadera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 10 % of the partitions have been led by another replica than their preferred one for 15 minutes, so some brokers carry more leaders than planned (see the Brokers page). Kafka&apos;s automatic leader rebalance would have moved them back within 5 minutes: it is off or failing. Run a preferred leader election.</source>
        <comment>rule KafkaLeadersNotPreferred: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Víc než 10 % partic už 15 minut vede jiná replika než jejich preferovaná, takže některé brokery nesou víc leaderů, než bylo plánováno (viz stránka Brokery). Automatické vyvažování leaderů v Kafce by je vrátilo zpět do 5 minut: je vypnuté nebo selhává. Spusťte volbu preferovaného leadera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: consumer group {{ $labels.consumergroup }} is in error</source>
        <comment>rule KafkaConsumerGroupStatusError: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: skupina konzumentů {{ $labels.consumergroup }} je ve stavu chyby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partition of {{ $labels.consumergroup }} is stopped, stalled or rewound (Burrow status ERR).</source>
        <comment>rule KafkaConsumerGroupStatusError: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Některá partice skupiny {{ $labels.consumergroup }} je zastavená, uvízlá nebo vrácená zpět (stav ERR podle Burrow).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $labels.consumergroup }} is {{ $value | humanizeDuration }} behind</source>
        <comment>rule KafkaConsumerGroupTimeLagHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: {{ $labels.consumergroup }} zaostává o {{ $value | humanizeDuration }}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{{ $labels.cluster }}: Flink job {{ $labels.job }} is back-pressured ({{ $value | humanizePercentage }} of the time)</source>
        <comment>rule FlinkJobBackpressureHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: úloha Flink {{ $labels.job }} je pod zpětným tlakem ({{ $value | humanizePercentage }} času)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{{ $labels.cluster }}: Flink job {{ $labels.job }} last checkpointed {{ $value | humanizeDuration }} ago</source>
        <comment>rule FlinkCheckpointStale: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: úloha Flink {{ $labels.job }} má poslední checkpoint před {{ $value | humanizeDuration }}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{ $labels.cluster }}: Flink job {{ $labels.job }} watermark is {{ $value | humanizeDuration }} behind</source>
        <comment>rule FlinkWatermarkLagHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: watermark úlohy Flink {{ $labels.job }} zaostává o {{ $value | humanizeDuration }}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{{ $labels.cluster }}: no new business events for {{ $value | humanizeDuration }}</source>
        <comment>rule BusinessEventsStale: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: už {{ $value | humanizeDuration }} žádné nové obchodní události</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{{ $labels.cluster }}: pipeline {{ $labels.pipeline }} is {{ $value | humanizeDuration }} behind</source>
        <comment>rule PipelineEndToEndLagHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: pipeline {{ $labels.pipeline }} zaostává o {{ $value | humanizeDuration }}</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The slowest partition of {{ $labels.consumergroup }} has been more than 5 minutes behind for 2 minutes.</source>
        <comment>rule KafkaConsumerGroupTimeLagHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Nejpomalejší partice skupiny {{ $labels.consumergroup }} už 2 minuty zaostává o více než 5 minut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $labels.consumergroup }} lost data on {{ $value }} partitions</source>
        <comment>rule KafkaConsumerGroupDataLost: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: skupina {{ $labels.consumergroup }} přišla o data (počet partic: {{ $value }})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committed offset of {{ $labels.consumergroup }} is below the log start offset: retention deleted records the group never read.</source>
        <comment>rule KafkaConsumerGroupDataLost: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Commitnutý offset skupiny {{ $labels.consumergroup }} je pod začátkem logu (log start offset): retence smazala záznamy, které skupina nikdy nepřečetla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $labels.consumergroup }} may lose unread data in {{ $value | humanizeDuration }}</source>
        <comment>rule KafkaConsumerGroupRetentionRisk: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: skupina {{ $labels.consumergroup }} může za {{ $value | humanizeDuration }} přijít o nepřečtená data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the current produce and consume rates, retention deletes records {{ $labels.consumergroup }} has not read within 30 minutes.</source>
        <comment>rule KafkaConsumerGroupRetentionRisk: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Při současné rychlosti produkce a konzumace retence do 30 minut smaže záznamy, které skupina {{ $labels.consumergroup }} ještě nepřečetla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} partitions with a hanging transaction</source>
        <comment>rule KafkaHangingTransaction: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: partice s visící transakcí ({{ $value }})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transaction has been open for longer than the profile&apos;s threshold: read_committed consumers of those partitions cannot read past it.</source>
        <comment>rule KafkaHangingTransaction: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Transakce je otevřená déle, než dovoluje práh v profilu: konzumenti read_committed se na těchto particích přes ni nedostanou dál.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: Flink job {{ $labels.job }} is not running</source>
        <comment>rule FlinkJobNotRunning: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: úloha Flink {{ $labels.job }} neběží</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job {{ $labels.job }} ({{ $labels.job_id }}) has not been RUNNING for a minute.</source>
        <comment>rule FlinkJobNotRunning: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Úloha {{ $labels.job }} ({{ $labels.job_id }}) už minutu není ve stavu RUNNING.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A vertex of {{ $labels.job }} has spent more than half its time back-pressured for 2 minutes.</source>
        <comment>rule FlinkJobBackpressureHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Některý vrchol úlohy {{ $labels.job }} je už 2 minuty víc než polovinu času pod zpětným tlakem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No checkpoint of {{ $labels.job }} has completed for more than 10 minutes; a restart would replay that much input.</source>
        <comment>rule FlinkCheckpointStale: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Úloha {{ $labels.job }} už víc než 10 minut nedokončila žádný checkpoint; restart by znovu zpracoval vstup za celou tuto dobu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} checkpoints of Flink job {{ $labels.job }} failed in a row</source>
        <comment>rule FlinkCheckpointsFailing: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: checkpointy úlohy Flink {{ $labels.job }} selhaly {{ $value }}× za sebou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last {{ $value }} checkpoints of {{ $labels.job }} failed with none completing since; a restart would replay everything since the last completed one (or the whole input if none ever completed).</source>
        <comment>rule FlinkCheckpointsFailing: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Checkpointy úlohy {{ $labels.job }} selhaly {{ $value }}× za sebou a žádný se od té doby nedokončil; restart by znovu zpracoval vše od posledního dokončeného checkpointu (nebo celý vstup, pokud se žádný nikdy nedokončil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event time in {{ $labels.job }} has lagged more than 10 minutes behind the clock for 5 minutes.</source>
        <comment>rule FlinkWatermarkLagHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Event time úlohy {{ $labels.job }} už 5 minut zaostává za hodinami o víc než 10 minut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidewatch reads the event topics of {{ $labels.cluster }} but no new event arrived: the producers are silent or stuck, and the order, shipment and SLA figures are getting old.</source>
        <comment>rule BusinessEventsStale: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Tidewatch čte topicy událostí clusteru {{ $labels.cluster }}, ale nepřišla žádná nová událost: producenti mlčí nebo uvízli a údaje o objednávkách, zásilkách a SLA zastarávají.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: only {{ $value | humanizePercentage }} of shipments on time (15 min)</source>
        <comment>rule BusinessSlaOnTimeLow: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: včas doručeno jen {{ $value | humanizePercentage }} zásilek (15 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than 95 % of the shipments due in the last 15 minutes of event time were delivered by their promise; see the SLA page for the carriers and hubs.</source>
        <comment>rule BusinessSlaOnTimeLow: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Méně než 95 % zásilek, jejichž slíbený termín doručení připadl na posledních 15 minut času událostí, bylo doručeno včas; dopravce a překladiště najdete na stránce SLA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} shipments are late</source>
        <comment>rule BusinessLateShipmentsHigh: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: opožděné zásilky ({{ $value }})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 20 open shipments are past their promised delivery; see the Shipments page.</source>
        <comment>rule BusinessLateShipmentsHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Víc než 20 otevřených zásilek je po slíbeném termínu doručení; viz stránka Zásilky.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: connector {{ $labels.connector }} failed</source>
        <comment>rule KafkaConnectConnectorFailed: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: konektor {{ $labels.connector }} selhal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Kafka Connect connector {{ $labels.connector }} ({{ $labels.type }}) on {{ $labels.connect }} is FAILED: it moves no data. Its trace is on the Pipelines page; restart it once the cause is fixed.</source>
        <comment>rule KafkaConnectConnectorFailed: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Konektor Kafka Connect {{ $labels.connector }} ({{ $labels.type }}) na {{ $labels.connect }} je ve stavu FAILED: nepřenáší žádná data. Jeho výpis chyby najdete na stránce Pipeline; po odstranění příčiny konektor restartujte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: {{ $value }} task(s) of connector {{ $labels.connector }} failed</source>
        <comment>rule KafkaConnectTaskFailed: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: selhané úlohy konektoru {{ $labels.connector }} ({{ $value }})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks of the Kafka Connect connector {{ $labels.connector }} on {{ $labels.connect }} are FAILED: their share of the data stands still while the connector itself may still say RUNNING. The root cause of each task&apos;s trace is on the Pipelines page; restart the task once the cause is fixed.</source>
        <comment>rule KafkaConnectTaskFailed: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Úlohy konektoru Kafka Connect {{ $labels.connector }} na {{ $labels.connect }} jsou ve stavu FAILED: jejich podíl dat stojí, přestože samotný konektor může dál hlásit RUNNING. Původní příčinu z výpisu chyby každé úlohy najdete na stránce Pipeline; po odstranění příčiny úlohu restartujte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{{ $labels.cluster }}: replication slot {{ $labels.slot }} keeps growing</source>
        <comment>rule PostgresReplicationSlotGrowing: summary</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>{{ $labels.cluster }}: replikační slot {{ $labels.slot }} stále roste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WAL behind slot {{ $labels.slot }} has grown for 10 minutes: its consumer (a CDC connector) is paused, failing or too slow, and PostgreSQL keeps the WAL for it until the disk fills.</source>
        <comment>rule PostgresReplicationSlotGrowing: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>WAL zadržovaný slotem {{ $labels.slot }} roste už 10 minut: jeho konzument (konektor CDC) je pozastavený, selhává nebo je příliš pomalý a PostgreSQL pro něj WAL uchovává, dokud se disk nezaplní.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hops of pipeline {{ $labels.pipeline }} together are more than 5 minutes behind the source (at least that much when a hop&apos;s lag is unknown); see the Pipelines page for the worst hop.</source>
        <comment>rule PipelineEndToEndLagHigh: description</comment>
        <extracomment>Keep each {{ ... }} as it is: the label or value is put there.</extracomment>
        <translation>Kroky pipeline {{ $labels.pipeline }} dohromady zaostávají za zdrojem o víc než 5 minut (je-li lag některého kroku neznámý, nejméně o tolik); nejhorší krok najdete na stránce Pipeline.</translation>
    </message>
</context>
<context>
    <name>DeliveryChannel</name>
    <message>
        <location filename="../alerts/DeliveryChannel.cpp" line="+73"/>
        <source>TLS is not available (no TLS backend)</source>
        <translation>TLS není k dispozici (chybí backend TLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read CA certificates from %1</source>
        <translation>nelze přečíst certifikáty CA z %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the client certificate %1 or its key %2</source>
        <translation>nelze přečíst klientský certifikát %1 nebo jeho klíč %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no answer within %1 ms</source>
        <translation>žádná odpověď do %1 ms</translation>
    </message>
</context>
<context>
    <name>EventTopicReader</name>
    <message>
        <location filename="../collectors/EventTopicReader.cpp" line="+145"/>
        <source>Metadata request failed: %1</source>
        <translation>Požadavek na metadata selhal: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>topic does not exist</source>
        <translation>topic neexistuje</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>no end offset for partition %1</source>
        <translation>žádný koncový offset pro partici %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+98"/>
        <source>partition %1: %2</source>
        <translation>partice %1: %2</translation>
    </message>
</context>
<context>
    <name>ExamplePlaceholder</name>
    <message>
        <location filename="../widgets/ExamplePlaceholder.cpp" line="+30"/>
        <source>e.g. %1</source>
        <translation>např. %1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../exporter/Exporter.cpp" line="+57"/>
        <location line="+44"/>
        <source>%1 is not an IP address</source>
        <translation>%1 není IP adresa</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+5"/>
        <location line="+27"/>
        <location line="+14"/>
        <source>cannot listen on %1: %2</source>
        <translation>nelze naslouchat na %1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the internal listener has no port</source>
        <translation>interní naslouchací soket nemá port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS listener failed</source>
        <translation>naslouchání přes TLS selhalo</translation>
    </message>
</context>
<context>
    <name>ExporterSettings</name>
    <message>
        <location filename="../exporter/ExporterSettings.cpp" line="+37"/>
        <source>not an ADDR:PORT listen address (e.g. 127.0.0.1:9464 or [::1]:9464): %1</source>
        <translation>není naslouchací adresa ve tvaru ADDR:PORT (např. 127.0.0.1:9464 nebo [::1]:9464): %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot write %1</source>
        <translation>nelze zapsat %1</translation>
    </message>
</context>
<context>
    <name>FlinkParsers</name>
    <message>
        <location filename="../collectors/FlinkJobParsers.cpp" line="+86"/>
        <source>The job has no &quot;vertices&quot; list</source>
        <translation>Úloha nemá seznam &quot;vertices&quot;</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The checkpoint configuration has no &quot;interval&quot;</source>
        <translation>Konfigurace checkpointů nemá &quot;interval&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The checkpoint statistics have no &quot;counts&quot;</source>
        <translation>Statistiky checkpointů nemají &quot;counts&quot;</translation>
    </message>
    <message>
        <location filename="../collectors/FlinkJson.h" line="+27"/>
        <source>The response nests deeper than %1 levels</source>
        <translation>Odpověď je vnořená hlouběji než %1 úrovní</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not valid JSON</source>
        <translation>Odpověď není platný JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response is not a JSON array</source>
        <translation>Odpověď není pole JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The response is not a JSON object</source>
        <translation>Odpověď není objekt JSON</translation>
    </message>
    <message>
        <location filename="../collectors/FlinkParsers.cpp" line="+44"/>
        <source>The job overview has no &quot;jobs&quot; list</source>
        <translation>Přehled úloh nemá seznam &quot;jobs&quot;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The response has no &quot;taskmanagers&quot; list</source>
        <translation>Odpověď nemá seznam &quot;taskmanagers&quot;</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/core/Format.cpp" line="+35"/>
        <location line="+11"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 /s</source>
        <translation>%1/s</translation>
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
        <translation>nikdy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>právě teď</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>před %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>neznámý</translation>
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
        <translation>časový lag zatím neznámý</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>consume or produce rate unknown yet</source>
        <translation>rychlost konzumace nebo produkce zatím neznámá</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>consumes at least as fast as the topic grows</source>
        <translation>konzumuje aspoň tak rychle, jak topic roste</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>message size unknown (needs the brokers&apos; log size metrics)</source>
        <translation>velikost zprávy neznámá (vyžaduje metriky velikosti logu z brokerů)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no committed offset</source>
        <translation>žádný commitnutý offset</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>caught up: nothing unread</source>
        <translation>dohnáno: nic nepřečteného</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the topic&apos;s retention is not known yet</source>
        <translation>retence topicu zatím není známá</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compacted topic: retention deletes nothing (compaction keeps the newest per key)</source>
        <translation>kompaktovaný topic: retence nic nemaže (kompakce ponechává nejnovější záznam pro každý klíč)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end offset unknown</source>
        <translation>koncový offset neznámý</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited retention</source>
        <translation>neomezená retence</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the topic or partition no longer exists</source>
        <translation>topic nebo partice už neexistuje</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../models/itemmodels/GroupTableModel.cpp" line="+86"/>
        <source>Burrow status %1</source>
        <translation>stav Burrow %1</translation>
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
        <translation>Historie %1 se neukládá na disk: %2</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The history of %1 is written again</source>
        <translation>Historie %1 se opět zapisuje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The disk is full: the history of %1 is not written (%2); the charts go on in memory, writing is retried</source>
        <translation>Disk je plný: historie %1 se nezapisuje (%2); grafy pokračují v paměti, zápis se zkusí znovu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history of %1 cannot be written: %2; writing is retried</source>
        <translation>Historii %1 nelze zapsat: %2; zápis se zkusí znovu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history of %1 reached its disk budget of %2 MB: the oldest buckets are deleted first (%3 deleted now)</source>
        <translation>Historie %1 dosáhla svého diskového limitu %2 MB: nejstarší intervaly se mažou jako první (nyní smazáno: %3)</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../models/history/HistoryStore.cpp" line="+81"/>
        <source>cannot delete %1: %2</source>
        <translation>%1 nelze smazat: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>not an SQLite database</source>
        <translation>není databáze SQLite</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>damaged (%1)</source>
        <translation>poškozený (%1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+2"/>
        <source>a database of another program</source>
        <translation>databáze jiného programu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written by a newer Tidewatch (schema %1)</source>
        <translation>zapsaný novějším Tidewatch (schéma %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2 and cannot be renamed aside; the history is not written</source>
        <translation>%1 (%2) nelze přejmenovat stranou; historie se nezapisuje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history file %1 was %2: kept as %3, a new one started</source>
        <translation>Soubor historie %1 (%2): uchován jako %3, založen nový</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder %1</source>
        <translation>složku %1 nelze vytvořit</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the history is not open</source>
        <translation>historie není otevřena</translation>
    </message>
</context>
<context>
    <name>HttpClientAuth</name>
    <message>
        <location filename="../collectors/HttpClientAuth.cpp" line="+18"/>
        <source>Cannot read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No CA certificate could be read from %1 (a PEM file is expected)</source>
        <translation>Z %1 nelze přečíst žádný certifikát CA (očekává se soubor PEM)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A client key (%1) needs a client certificate</source>
        <translation>Klientský klíč (%1) vyžaduje klientský certifikát</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client certificate could be read from %1 (a PEM file is expected)</source>
        <translation>Z %1 nelze přečíst žádný klientský certifikát (očekává se soubor PEM)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No private key could be read from %1 (missing, or encrypted and no passphrase given)</source>
        <translation>Z %1 nelze přečíst žádný soukromý klíč (chybí, nebo je zašifrovaný a nebylo zadáno heslo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No private key could be read from %1 (wrong passphrase?)</source>
        <translation>Z %1 nelze přečíst žádný soukromý klíč (chybné heslo?)</translation>
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
        <translation>žádná odpověď včas</translation>
    </message>
</context>
<context>
    <name>IniFileCheck</name>
    <message>
        <location filename="../models/core/IniFileCheck.cpp" line="+66"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nelze přečíst: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: line %2 is neither [section], key=value nor a ; comment</source>
        <translation>%1 nelze přečíst: řádek %2 není [sekce], key=value ani komentář začínající ;</translation>
    </message>
</context>
<context>
    <name>KafkaCollector</name>
    <message>
        <location filename="../collectors/KafkaCollector.cpp" line="+191"/>
        <source>Metadata request failed: %1</source>
        <translation>Požadavek na metadata selhal: %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>cluster unreachable</source>
        <translation>cluster je nedostupný</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in the cluster metadata (down or fenced)</source>
        <translation>není v metadatech clusteru (neběží nebo je odstaven)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection %1</source>
        <translation>stav spojení %1</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Record timestamps: %1 of %2 reads failed (%3)</source>
        <translation>Časová razítka záznamů: %1 z %2 čtení selhalo (%3)</translation>
    </message>
    <message>
        <location line="+476"/>
        <source>Offsets of group %1: %2</source>
        <translation>Offsety skupiny %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>the end offsets of %n partition(s) could not be read this cycle</source>
        <translation>
            <numerusform>koncové offsety %n partice nebylo možné v tomto cyklu přečíst</numerusform>
            <numerusform>koncové offsety %n partic nebylo možné v tomto cyklu přečíst</numerusform>
            <numerusform>koncové offsety %n partic nebylo možné v tomto cyklu přečíst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no metrics URL for this broker</source>
        <translation>pro tento broker není URL metrik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metrics of broker %1: %2</source>
        <translation>Metriky brokeru %1: %2</translation>
    </message>
    <message>
        <location filename="../collectors/KafkaCollectorDepth.cpp" line="+95"/>
        <location line="+9"/>
        <source>Last stable offsets: %1</source>
        <translation>Poslední stabilní offsety: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown: no broker metrics in the profile (librdkafka has no DescribeLogDirs)</source>
        <translation>neznámé: profil neuvádí metriky brokerů (librdkafka nemá DescribeLogDirs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown: the brokers&apos; metrics give no log size</source>
        <translation>neznámé: metriky brokerů neuvádějí velikost logu</translation>
    </message>
</context>
<context>
    <name>KafkaConfigReader</name>
    <message>
        <location filename="../collectors/KafkaConfigReader.cpp" line="+75"/>
        <source>Topic configs: no answer in time</source>
        <translation>Konfigurace topiců: žádná odpověď včas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topic configs: %1</source>
        <translation>Konfigurace topiců: %1</translation>
    </message>
</context>
<context>
    <name>KafkaErrorText</name>
    <message>
        <location filename="../collectors/KafkaErrorText.cpp" line="+55"/>
        <source>authentication failed: the broker rejected the SASL user or password (check sasl.mechanisms, sasl.username, sasl.password): %1</source>
        <translation>ověření selhalo: broker odmítl uživatele nebo heslo SASL (zkontrolujte sasl.mechanisms, sasl.username, sasl.password): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>certificate verify failed: the broker&apos;s TLS certificate is not trusted or does not name the host (check ssl.ca.location): %1</source>
        <translation>ověření certifikátu selhalo: TLS certifikát brokeru není důvěryhodný nebo neodpovídá názvu hostitele (zkontrolujte ssl.ca.location): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake failure: the broker refused the connection, it may require a client certificate it trusts (check ssl.certificate.location, ssl.key.location): %1</source>
        <translation>selhání TLS handshaku: broker odmítl spojení, možná vyžaduje klientský certifikát, kterému důvěřuje (zkontrolujte ssl.certificate.location, ssl.key.location): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection broke during its set-up: the listener may expect another security.protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL): %1</source>
        <translation>spojení se přerušilo při navazování: naslouchací port možná očekává jiný security.protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the broker&apos;s host name cannot be resolved: no such host, or DNS does not answer (check bootstrap.servers, and the advertised listeners the brokers name): %1</source>
        <translation>název hostitele brokeru nelze přeložit: takový hostitel neexistuje, nebo DNS neodpovídá (zkontrolujte bootstrap.servers a advertised listeners, které brokery uvádějí): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS error: %1</source>
        <translation>chyba TLS: %1</translation>
    </message>
</context>
<context>
    <name>KafkaGroupReader</name>
    <message>
        <location filename="../collectors/KafkaGroupReader.cpp" line="+21"/>
        <source>Listing consumer groups failed: %1</source>
        <translation>Výpis skupin konzumentů selhal: %1</translation>
    </message>
</context>
<context>
    <name>KafkaHandle</name>
    <message>
        <location filename="../collectors/KafkaHandle.cpp" line="+28"/>
        <source>Invalid Kafka property %1: %2</source>
        <translation>Neplatná vlastnost Kafky %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is ignored: a transactional producer writes to the cluster</source>
        <translation>%1 se ignoruje: transakční producent zapisuje do clusteru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is ignored: an idempotent producer asks the cluster for a producer id (InitProducerId)</source>
        <translation>%1 se ignoruje: idempotentní producent žádá cluster o id producenta (InitProducerId)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is ignored: monitoring never creates topics</source>
        <translation>%1 se ignoruje: monitorování nikdy nevytváří topicy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is ignored: Tidewatch&apos;s clients are members of no consumer group</source>
        <translation>%1 se ignoruje: klienti Tidewatche nejsou členy žádné skupiny konzumentů</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is ignored: Tidewatch never commits or stores offsets</source>
        <translation>%1 se ignoruje: Tidewatch nikdy necommituje ani neukládá offsety</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot create the Kafka client: %1</source>
        <translation>Nelze vytvořit klienta Kafka: %1</translation>
    </message>
</context>
<context>
    <name>KafkaMetadataReader</name>
    <message numerus="yes">
        <location filename="../collectors/KafkaMetadataReader.cpp" line="+58"/>
        <source>topic %1: %n partition(s) with a negative id in the metadata, skipped</source>
        <translation>
            <numerusform>topic %1: %n partice se záporným id v metadatech, přeskočena</numerusform>
            <numerusform>topic %1: %n partice se záporným id v metadatech, přeskočeny</numerusform>
            <numerusform>topic %1: %n partic se záporným id v metadatech, přeskočeno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KafkaOffsetReader</name>
    <message>
        <location filename="../collectors/KafkaOffsetReader.cpp" line="+86"/>
        <source>no leader</source>
        <translation>bez leadera</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Offsets from broker %1 failed: %2</source>
        <translation>Offsety z brokeru %1 selhaly: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Offsets of %n partition(s) on broker %1 failed: %2</source>
        <translation>
            <numerusform>Offsety %n partice na brokeru %1 selhaly: %2</numerusform>
            <numerusform>Offsety %n partic na brokeru %1 selhaly: %2</numerusform>
            <numerusform>Offsety %n partic na brokeru %1 selhaly: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No answer from the coordinator in time</source>
        <translation>Koordinátor neodpověděl včas</translation>
    </message>
</context>
<context>
    <name>KafkaRetentionReader</name>
    <message>
        <location filename="../collectors/KafkaRetentionReader.cpp" line="+43"/>
        <source>Retention configs: no answer in time</source>
        <translation>Konfigurace retence: žádná odpověď včas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention configs: %1</source>
        <translation>Konfigurace retence: %1</translation>
    </message>
</context>
<context>
    <name>KafkaSnapshot</name>
    <message>
        <location filename="../models/core/KafkaSnapshot.cpp" line="+112"/>
        <source>topics: %1 (%2 internal) · partitions: %3 (%4 internal)</source>
        <translation>topicy: %1 (interní: %2) · partice: %3 (interní: %4)</translation>
    </message>
</context>
<context>
    <name>LabelRegex</name>
    <message>
        <location filename="../alerts/LabelRegex.cpp" line="+64"/>
        <source>invalid escape sequence: \C</source>
        <translation>neplatná escape sekvence: \C</translation>
    </message>
</context>
<context>
    <name>LagStatus</name>
    <message>
        <location filename="../collectors/LagStatusEvaluator.cpp" line="+121"/>
        <source>caught up</source>
        <translation>dohnáno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <location filename="../models/core/LagStatus.cpp" line="+34"/>
        <source>not judged yet</source>
        <translation>zatím nehodnoceno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>falling behind</source>
        <translation>zaostává</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stuck</source>
        <translation>zaseknutá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>zastavená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stalled</source>
        <translation>uvízlá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rewound</source>
        <translation>vrácená zpět</translation>
    </message>
</context>
<context>
    <name>LagTracker</name>
    <message>
        <location filename="../collectors/LagTracker.cpp" line="+339"/>
        <source>consumes slower than its topics grow: it will not catch up</source>
        <translation>konzumuje pomaleji, než rostou její topicy: zpoždění nedožene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lag keeps growing</source>
        <translation>lag stále roste</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>not judged yet: too few commits observed</source>
        <translation>zatím nevyhodnoceno: pozorováno příliš málo commitů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no committed offsets</source>
        <translation>žádné commitnuté offsety</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lag grew at every commit in the window</source>
        <translation>lag vzrostl při každém commitu v okně</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>behind and no progress for longer than the window</source>
        <translation>zaostává a déle než okno nepostupuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commits the same offset while behind</source>
        <translation>commituje stále stejný offset, přestože zaostává</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the committed offset went backwards</source>
        <translation>commitnutý offset se posunul zpět</translation>
    </message>
</context>
<context>
    <name>NotificationConfig</name>
    <message>
        <location filename="../alerts/NotificationConfig.cpp" line="+25"/>
        <source>not an http(s) URL: %1</source>
        <translation>není URL http(s): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a password in the URL is refused (anyone can read the command line); set it in the environment or the profiles file: %1</source>
        <translation>heslo v URL se odmítá (příkazový řádek si může přečíst kdokoli); nastavte je v proměnné prostředí nebo v souboru profilů: %1</translation>
    </message>
</context>
<context>
    <name>NotificationThrottle</name>
    <message>
        <location filename="../alerts/NotificationThrottle.cpp" line="+73"/>
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert %1 is firing.</source>
        <translation>Výstraha %1 je aktivní.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n alerts firing</source>
        <translation>
            <numerusform>%n aktivní výstraha</numerusform>
            <numerusform>%n aktivní výstrahy</numerusform>
            <numerusform>%n aktivních výstrah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 a %n další</numerusform>
            <numerusform>%1 a %n další</numerusform>
            <numerusform>%1 a %n dalších</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineConfig</name>
    <message>
        <location filename="../models/core/PipelineConfig.cpp" line="+37"/>
        <source>a pipeline needs NAME: kind:id &gt; kind:id ..., got: %1</source>
        <translation>pipeline vyžaduje NAME: kind:id &gt; kind:id ..., zadáno: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pipeline %1: a hop is kind:id with kind database, connector, topic, group or flink, got: %2</source>
        <translation>pipeline %1: krok má tvar kind:id, kde kind je database, connector, topic, group nebo flink, zadáno: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pipeline %1 has no hops</source>
        <translation>pipeline %1 nemá žádné kroky</translation>
    </message>
</context>
<context>
    <name>PipelineHops</name>
    <message>
        <location filename="../models/core/PipelineHops.cpp" line="+33"/>
        <source>source not reached</source>
        <translation>zdroj není dosažitelný</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data is stale</source>
        <translation>data jsou zastaralá</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the slot lost WAL its consumer still needs</source>
        <translation>slot přišel o WAL, který jeho konzument ještě potřebuje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no consumer is connected to the slot</source>
        <translation>ke slotu není připojen žádný konzument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the slot&apos;s WAL is about to be removed</source>
        <translation>WAL slotu bude brzy odstraněn</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%n partition(s) offline</source>
        <translation>
            <numerusform>%n partice offline</numerusform>
            <numerusform>%n partice offline</numerusform>
            <numerusform>%n partic offline</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partitions below min.insync.replicas</source>
        <translation>partice pod min.insync.replicas</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n partition(s) under-replicated</source>
        <translation>
            <numerusform>%n nedostatečně replikovaná partice</numerusform>
            <numerusform>%n nedostatečně replikované partice</numerusform>
            <numerusform>%n nedostatečně replikovaných partic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partition(s) under-replicated (replica on broker %1 missing)</source>
        <translation>
            <numerusform>%n nedostatečně replikovaná partice (chybí replika na brokeru %1)</numerusform>
            <numerusform>%n nedostatečně replikované partice (chybí replika na brokeru %1)</numerusform>
            <numerusform>%n nedostatečně replikovaných partic (chybí replika na brokeru %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n úloha selhala</numerusform>
            <numerusform>%n úlohy selhaly</numerusform>
            <numerusform>%n úloh selhalo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connector is paused</source>
        <translation>konektor je pozastaven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connector is stopped</source>
        <translation>konektor je zastaven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tasks are not all running</source>
        <translation>ne všechny úlohy konektoru běží</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>back-pressured</source>
        <translation>pod zpětným tlakem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back-pressured, bottleneck: %1</source>
        <translation>pod zpětným tlakem, úzké hrdlo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the latest checkpoint failed</source>
        <translation>poslední checkpoint selhal</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the job is %1</source>
        <translation>úloha je ve stavu %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not found in the collected data</source>
        <translation>nenalezeno v sesbíraných datech</translation>
    </message>
</context>
<context>
    <name>PipelineProfileKeys</name>
    <message>
        <location filename="../models/core/PipelineProfileKeys.cpp" line="+36"/>
        <source>pipelines.auto must be true or false</source>
        <translation>pipelines.auto musí být true nebo false</translation>
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
        <translation>nedostatek paměti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no connection within %1 ms</source>
        <translation>žádné spojení do %1 ms</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <source>no answer within %1 ms</source>
        <translation>žádná odpověď do %1 ms</translation>
    </message>
</context>
<context>
    <name>PostgresSlotTracker</name>
    <message>
        <location filename="../collectors/PostgresSlotTracker.cpp" line="+69"/>
        <source>unexpected answer to the replication slot query</source>
        <translation>neočekávaná odpověď na dotaz na replikační sloty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server did not say its WAL position</source>
        <translation>server neuvedl svou pozici ve WAL</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unexpected numbers for slot %1</source>
        <translation>neočekávané hodnoty pro slot %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../alerts/NotificationProfileKeys.cpp" line="+51"/>
        <source>%1 must be true or false</source>
        <translation>%1 musí být true nebo false</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="+51"/>
        <source>%1 must be a whole number ≥ %2</source>
        <translation>%1 musí být celé číslo ≥ %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: unknown key (known: %2)</source>
        <translation>%1: neznámý klíč (známé: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1url must be an http(s) URL without a password</source>
        <translation>%1url musí být URL http(s) bez hesla</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1cert.file and %1key.file go together</source>
        <translation>%1cert.file a %1key.file se zadávají společně</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+21"/>
        <location filename="../models/core/ProfileStore.cpp" line="+122"/>
        <location line="+295"/>
        <source>Cannot parse %1</source>
        <translation>Nelze zpracovat %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../models/core/ProfileStore.cpp" line="-11"/>
        <source>Cannot create the folder of %1</source>
        <translation>Nelze vytvořit složku pro %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../models/core/ProfileStore.cpp" line="-80"/>
        <source>Cannot write %1</source>
        <translation>Nelze zapsat %1</translation>
    </message>
    <message>
        <location filename="../models/core/BusinessProfileKeys.cpp" line="+9"/>
        <location line="+126"/>
        <source>%1 is too large (at most %2)</source>
        <translation>%1 je příliš velké (nejvýše %2)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1topic is missing</source>
        <translation>%1topic chybí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1kind must be orders or shipments</source>
        <translation>%1kind musí být orders nebo shipments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1format must be json or debezium</source>
        <translation>%1format musí být json nebo debezium</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be auto, epoch-ms, epoch-s or iso8601</source>
        <translation>%1 musí být auto, epoch-ms, epoch-s nebo iso8601</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a JSON pointer starting with / (or empty)</source>
        <translation>%1 musí být JSON pointer začínající znakem / (nebo prázdný)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown field (known: %2)</source>
        <translation>%1: neznámé pole (známá: %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: unknown stage</source>
        <translation>%1: neznámá fáze</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>events.sla.windows.minutes must be whole minutes ≥ 1, separated by commas</source>
        <translation>events.sla.windows.minutes musí být celé minuty ≥ 1 oddělené čárkami</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>events.sla.windows.minutes names no window</source>
        <translation>events.sla.windows.minutes neuvádí žádné okno</translation>
    </message>
    <message>
        <location filename="../models/core/ProfileStore.cpp" line="-288"/>
        <source>%1 is not a regular file</source>
        <translation>%1 není běžný soubor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than the limit of %2 bytes</source>
        <translation>%1 je větší než limit %2 bajtů</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: expected key=value</source>
        <translation>%1:%2: očekává se key=value</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No profiles file at %1</source>
        <translation>Soubor profilů %1 neexistuje</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No profile &quot;%1&quot; in %2 (known: %3)</source>
        <translation>Profil &quot;%1&quot; v %2 neexistuje (známé: %3)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Profile &quot;%1&quot;: %2 must be JOB|GROUP[|TOPIC,TOPIC]</source>
        <translation>Profil &quot;%1&quot;: %2 musí mít tvar JOB|GROUP[|TOPIC,TOPIC]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile &quot;%1&quot;: %2 must be whole milliseconds from %3 to %4</source>
        <translation>Profil &quot;%1&quot;: %2 musí být celé milisekundy od %3 do %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profile &quot;%1&quot;: transaction.hanging.seconds must be whole seconds from 1 to 604800</source>
        <translation>Profil &quot;%1&quot;: transaction.hanging.seconds musí být celé sekundy od 1 do 604800</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile &quot;%1&quot;: %2 must be whole bytes ≥ 1024</source>
        <translation>Profil &quot;%1&quot;: %2 musí být celé bajty ≥ 1024</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Invalid profile name &quot;%1&quot;: it must not be empty or contain &apos;/&apos; or &apos;\&apos;</source>
        <translation>Neplatný název profilu &quot;%1&quot;: nesmí být prázdný ani obsahovat &apos;/&apos; nebo &apos;\&apos;</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>No profile &quot;%1&quot; in %2</source>
        <translation>Profil &quot;%1&quot; v %2 neexistuje</translation>
    </message>
</context>
<context>
    <name>PrometheusRuleImport</name>
    <message>
        <location filename="../alerts/PrometheusRuleImport.cpp" line="+44"/>
        <source>expected a map with a &apos;groups&apos; list</source>
        <translation>očekává se mapa se seznamem &apos;groups&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation>neznámé pole &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown field (Tidewatch cannot represent it)</source>
        <translation>neznámé pole (Tidewatch je nedokáže vyjádřit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given more than once</source>
        <translation>zadáno víckrát</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a group must be a map</source>
        <translation>skupina musí být mapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a group needs a &apos;rules&apos; list</source>
        <translation>skupina vyžaduje seznam &apos;rules&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a rule must be a map</source>
        <translation>pravidlo musí být mapa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording rules cannot be represented (only alerting rules)</source>
        <translation>pravidla typu recording nelze vyjádřit (jen pravidla výstrah)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be a map</source>
        <translation>musí být mapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string</source>
        <translation>musí být řetězec</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unsupported annotation (use summary, description, runbook_url)</source>
        <translation>nepodporovaná anotace (použijte summary, description, runbook_url)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+39"/>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>bad duration &apos;%1&apos;</source>
        <translation>chybná doba trvání &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>duplicate of rule %1 (same alert and matchers)</source>
        <translation>duplikát pravidla %1 (stejná výstraha i matchery)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot be represented (%1); Tidewatch reads `metric{matchers} op number` and its own hysteresis form</source>
        <translation>nelze vyjádřit (%1); Tidewatch čte `metric{matchers} op number` a vlastní tvar s hysterezí</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the ALERTS part must be ALERTS{alertname=&quot;%1&quot;,alertstate=&quot;firing&quot;,severity=...} ignoring alertname, alertstate, severity and the rule&apos;s labels</source>
        <translation>část ALERTS musí být ALERTS{alertname=&quot;%1&quot;,alertstate=&quot;firing&quot;,severity=...} s ignoring pro alertname, alertstate, severity a labely pravidla</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not valid YAML: %1</source>
        <translation>neplatný YAML: %1</translation>
    </message>
</context>
<context>
    <name>PrometheusTextParser</name>
    <message>
        <location filename="../collectors/PrometheusTextParser.cpp" line="+102"/>
        <source>invalid escape sequence in a label value</source>
        <translation>neplatná escape sekvence v hodnotě labelu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label value is missing its closing quote</source>
        <translation>hodnotě labelu chybí uzavírací uvozovka</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 line without a valid metric name</source>
        <translation>řádek %1 bez platného názvu metriky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>second HELP line for metric %1</source>
        <translation>druhý řádek HELP pro metriku %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown metric type &quot;%1&quot; for %2</source>
        <translation>neznámý typ metriky &quot;%1&quot; pro %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>second TYPE line for metric %1</source>
        <translation>druhý řádek TYPE pro metriku %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid label name</source>
        <translation>neplatný název labelu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;=&apos; after label name</source>
        <translation>za názvem labelu se očekává &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;&quot;&apos; to start a label value</source>
        <translation>hodnota labelu musí začínat znakem &apos;&quot;&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value</source>
        <translation>za hodnotou labelu se očekává &apos;,&apos; nebo &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>label %1 appears twice</source>
        <translation>label %1 se vyskytuje dvakrát</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>invalid metric name</source>
        <translation>neplatný název metriky</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sample has no value</source>
        <translation>vzorek nemá hodnotu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid value &quot;%1&quot;</source>
        <translation>neplatná hodnota &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid timestamp &quot;%1&quot;</source>
        <translation>neplatné časové razítko &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after the timestamp</source>
        <translation>neočekávaný text za časovým razítkem</translation>
    </message>
</context>
<context>
    <name>PromqlRuleExpr</name>
    <message>
        <location filename="../alerts/PromqlRuleExpr.cpp" line="+83"/>
        <source>column %1: unexpected character &apos;%2&apos;</source>
        <translation>sloupec %1: neočekávaný znak &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>column %1: bad escape in a string</source>
        <translation>sloupec %1: chybná escape sekvence v řetězci</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1: unsupported escape &apos;\%2&apos; in a string</source>
        <translation>sloupec %1: nepodporovaná escape sekvence &apos;\%2&apos; v řetězci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column %1: unterminated string</source>
        <translation>sloupec %1: neukončený řetězec</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the two sides of &apos;or&apos; must compare the same series with the same op</source>
        <translation>obě strany &apos;or&apos; musí porovnávat stejnou řadu stejným operátorem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the right side of &apos;and&apos; must be ALERTS{...}</source>
        <translation>pravá strana &apos;and&apos; musí být ALERTS{...}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>neočekávaný token &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column %1: %2</source>
        <translation>sloupec %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>expected &apos;%1&apos;</source>
        <translation>očekáváno &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a comparison (&gt;, &gt;=, &lt;, &lt;=, == or !=)</source>
        <translation>očekáváno porovnání (&gt;, &gt;=, &lt;, &lt;=, == nebo !=)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bool modifier is not supported</source>
        <translation>modifikátor bool není podporován</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a metric name</source>
        <translation>očekáván název metriky</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+31"/>
        <source>expected a label name</source>
        <translation>očekáván název labelu</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected =, !=, =~ or !~</source>
        <translation>očekáváno =, !=, =~ nebo !~</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a quoted label value</source>
        <translation>očekávána hodnota labelu v uvozovkách</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>očekáváno &apos;,&apos; nebo &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected a number</source>
        <translation>očekáváno číslo</translation>
    </message>
</context>
<context>
    <name>RecordTimestampReader</name>
    <message>
        <location filename="../collectors/RecordTimestampReader.cpp" line="+28"/>
        <source>no record at this offset (end of the partition)</source>
        <translation>na tomto offsetu není žádný záznam (konec partice)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offset out of range (below the log start: deleted by retention)</source>
        <translation>offset mimo rozsah (pod začátkem logu: smazáno retencí)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the record has no timestamp (message format before Kafka 0.10)</source>
        <translation>záznam nemá časové razítko (formát zpráv starší než Kafka 0.10)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no answer within %1 ms</source>
        <translation>žádná odpověď do %1 ms</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="+73"/>
        <source>cannot write %1: %2</source>
        <translation>nelze zapsat %1: %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>cannot create the folder %1</source>
        <translation>nelze vytvořit složku %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>tidewatch: no data within %1 s; rendered the page without it</source>
        <translation>tidewatch: žádná data do %1 s; stránka byla vykreslena bez nich</translation>
    </message>
</context>
<context>
    <name>ReplicaDiagnosis</name>
    <message>
        <location filename="../models/itemmodels/ReplicaDiagnosis.cpp" line="+37"/>
        <source>broker %1: 1 partition</source>
        <translation>broker %1: 1 partice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker %1: %2 partitions</source>
        <translation>broker %1: počet partic %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Broker %1 is down: 1 partition is missing its replica</source>
        <translation>Broker %1 neběží: 1 partici chybí jeho replika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broker %1 is down: %2 partitions are missing its replica</source>
        <translation>Broker %1 neběží: počet partic, kterým chybí jeho replika: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broker %1 is up but out of sync: 1 partition is missing its replica</source>
        <translation>Broker %1 běží, ale není synchronní: 1 partici chybí jeho replika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broker %1 is up but out of sync: %2 partitions are missing its replica</source>
        <translation>Broker %1 běží, ale není synchronní: počet partic, kterým chybí jeho replika: %2</translation>
    </message>
</context>
<context>
    <name>RuleFileError</name>
    <message>
        <location filename="../alerts/RuleFileError.cpp" line="+13"/>
        <source>line %1:</source>
        <translation>řádek %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rule %1: </source>
        <translation>pravidlo %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule %1 (%2): </source>
        <translation>pravidlo %1 (%2): </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field &quot;%1&quot;: </source>
        <translation>pole &quot;%1&quot;: </translation>
    </message>
</context>
<context>
    <name>RuleFiles</name>
    <message>
        <location filename="../alerts/RuleFiles.cpp" line="+43"/>
        <source>cannot read the file: %1</source>
        <translation>soubor nelze přečíst: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>soubor je větší než limit %1 MiB</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>cannot write %1: %2</source>
        <translation>nelze zapsat %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder %1</source>
        <translation>nelze vytvořit složku %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>rule %1 (%2): %3: %4</source>
        <translation>pravidlo %1 (%2): %3: %4</translation>
    </message>
</context>
<context>
    <name>RuleTestGenerator</name>
    <message>
        <location filename="../alerts/RuleTestGenerator.cpp" line="+206"/>
        <source>rule %1 (%2)</source>
        <translation>pravidlo %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: not tested: no label value for &apos;%2&apos; that satisfies its matchers was found</source>
        <translation>%1: netestováno: nenašla se žádná hodnota labelu &apos;%2&apos;, která by vyhověla matcherům pravidla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not tested: another rule of the same name also matches its test series</source>
        <translation>%1: netestováno: testovací řadě odpovídá i jiné pravidlo se stejným názvem</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <location filename="../app/RulesCommand.cpp" line="+84"/>
        <source>Try &apos;tidewatch --help&apos;.</source>
        <translation>Zkuste &apos;tidewatch --help&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>promtool did not finish within 5 minutes</source>
        <translation>promtool neskončil do 5 minut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tidewatch: promtool is not installed (Debian package prometheus); it runs the tests</source>
        <translation>tidewatch: promtool není nainstalován (balíček Debianu prometheus); spouští testy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tidewatch: cannot create a temporary folder: %1</source>
        <translation>tidewatch: nelze vytvořit dočasnou složku: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tidewatch: cannot create the folder %1</source>
        <translation>tidewatch: nelze vytvořit složku %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>tidewatch: promtool check rules failed on the exported rules:</source>
        <translation>tidewatch: promtool check rules u exportovaných pravidel selhal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No enabled rule to test.</source>
        <translation>Žádné zapnuté pravidlo k otestování.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tidewatch: promtool test rules failed: the exported rules do not mean what the rules mean in Tidewatch:</source>
        <translation>tidewatch: promtool test rules selhal: exportovaná pravidla neznamenají totéž co pravidla v Tidewatch:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files are in %1.</source>
        <translation>Soubory jsou v %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rule(s) exported and tested with promtool: SUCCESS</source>
        <translation>
            <numerusform>%n pravidlo exportováno a otestováno pomocí promtool: SUCCESS</numerusform>
            <numerusform>%n pravidla exportována a otestována pomocí promtool: SUCCESS</numerusform>
            <numerusform>%n pravidel exportováno a otestováno pomocí promtool: SUCCESS</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rules %1 needs exactly one FILE</source>
        <translation>rules %1 vyžaduje právě jeden FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n rule(s), valid</source>
        <translation>
            <numerusform>%1: %n platné pravidlo</numerusform>
            <numerusform>%1: %n platná pravidla</numerusform>
            <numerusform>%1: %n platných pravidel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rules needs one of: export, test, check FILE, import FILE</source>
        <translation>rules vyžaduje jedno z: export, test, check FILE, import FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules %1 takes no FILE argument (use --rules FILE)</source>
        <translation>rules %1 nepřijímá argument FILE (použijte --rules FILE)</translation>
    </message>
</context>
<context>
    <name>SettingsRecovery</name>
    <message>
        <location filename="../app/SettingsRecovery.cpp" line="+20"/>
        <source>The settings file %1 cannot be read and could not be copied to %2; defaults are used for what it held.</source>
        <translation>Soubor nastavení %1 nelze přečíst a nepodařilo se jej zkopírovat do %2; místo jeho obsahu se použijí výchozí hodnoty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 cannot be read; it was kept as %2 and defaults are used for what it held.</source>
        <translation>Soubor nastavení %1 nelze přečíst; byl uschován jako %2 a místo jeho obsahu se použijí výchozí hodnoty.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles file %1: no profile is loaded from it, and it is not changed until it is fixed.</source>
        <translation>Soubor profilů %1: nenačte se z něj žádný profil a nebude změněn, dokud nebude opraven.</translation>
    </message>
</context>
<context>
    <name>ShipmentTableModels</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="+23"/>
        <source>Shipment</source>
        <translation>Zásilka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carrier</source>
        <translation>Dopravce</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status of the shipment&apos;s latest event</source>
        <translation>Stav podle poslední události zásilky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub</source>
        <translation>Překladiště</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub of the latest event; &quot;from → to&quot; while in transit</source>
        <translation>Překladiště poslední události; během přepravy „odkud → kam“</translation>
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
        <translation>Ztlumení vyžaduje alespoň jeden matcher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A matcher has no label name.</source>
        <translation>Matcher nemá název labelu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid regular expression in %1%2&quot;%3&quot;.</source>
        <translation>Neplatný regulární výraz v %1%2&quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least one matcher must not match the empty string.</source>
        <translation>Alespoň jeden matcher nesmí odpovídat prázdnému řetězci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of a silence must be after its start.</source>
        <translation>Konec ztlumení musí následovat po jeho začátku.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <location filename="../app/SnapshotCommand.cpp" line="+53"/>
        <location line="+32"/>
        <source>no answer within %1 ms</source>
        <translation>žádná odpověď do %1 ms</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>tidewatch: the event topics were not read to their end within %1 s; the business figures are partial</source>
        <translation>tidewatch: topicy událostí nebyly do %1 s přečteny do konce; obchodní údaje jsou neúplné</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>tidewatch: Kafka cluster %1 (%2) unreachable: %3</source>
        <translation>tidewatch: cluster Kafka %1 (%2) je nedostupný: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tidewatch: Flink REST endpoint %1 failed: %2</source>
        <translation>tidewatch: endpoint Flink REST %1 selhal: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tidewatch: PostgreSQL %1 unreachable: %2</source>
        <translation>tidewatch: PostgreSQL %1 je nedostupný: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tidewatch: event topics of %1 (%2) unreachable: %3</source>
        <translation>tidewatch: topicy událostí %1 (%2) jsou nedostupné: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tidewatch: Kafka Connect worker %1 failed: %2</source>
        <translation>tidewatch: worker Kafka Connect %1 selhal: %2</translation>
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
        <translation>dostupný</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>nedostupný</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>present</source>
        <translation>je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>běží</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not running</source>
        <translation>neběží</translation>
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
        <translation>neznámé</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>%1: UNREACHABLE (%2); last data %3
</source>
        <translation>%1: NEDOSTUPNÝ (%2); poslední data %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: live, collected in %2 with %3 requests
</source>
        <translation>%1: živá data, sesbíráno za %2 (požadavky: %3)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kafka %1 (cluster id %2)</source>
        <translation>Kafka %1 (id clusteru %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  partial error: %1
</source>
        <translation>  částečná chyba: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1   under-replicated: %2   offline: %3   under min ISR: %4   controller: %5

</source>
        <translation>%1   nedostatečně replikované: %2   offline: %3   pod min. ISR: %4   kontroler: %5

</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>controller</source>
        <translation>kontroler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up</source>
        <translation>dostupný</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DOWN: %1</source>
        <translation>NEBĚŽÍ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>BROKER</source>
        <translation>BROKER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDRESS</source>
        <translation>ADRESA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <location line="+32"/>
        <source>STATE</source>
        <translation>STAV</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEADS</source>
        <translation>VEDE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>BYTES IN</source>
        <translation>PŘÍCHOZÍ BAJTY</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>BYTES OUT</source>
        <translation>ODCHOZÍ BAJTY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LOG SIZE</source>
        <translation>VELIKOST LOGU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCE P99</source>
        <translation>PRODUCE P99</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>METRICS ERROR</source>
        <translation>CHYBA METRIK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (internal)</source>
        <translation>%1 (interní)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARTITIONS</source>
        <translation>PARTICE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RF</source>
        <translation>RF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MIN ISR</source>
        <translation>MIN ISR</translation>
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
        <translation>POD MIN ISR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MESSAGES</source>
        <translation>ZPRÁVY</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+143"/>
        <source>IN</source>
        <translation>VSTUP</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>SIZE</source>
        <translation>VELIKOST</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>žádný</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UNHEALTHY TOPIC</source>
        <translation>PROBLÉMOVÝ TOPIC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARTITION</source>
        <translation>PARTICE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEADER</source>
        <translation>LEADER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REPLICAS</source>
        <translation>REPLIKY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (commits without members)</source>
        <translation>%1 (commity bez členů)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GROUP</source>
        <translation>SKUPINA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEMBERS</source>
        <translation>ČLENOVÉ</translation>
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
        <translation>ČASOVÝ LAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STAV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TREND</source>
        <translation>TREND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHY / ERROR</source>
        <translation>DŮVOD / CHYBA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flink %1 (version %2)</source>
        <translation>Flink %1 (verze %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>task managers: %1   slots: %2 free of %3

</source>
        <translation>task managery: %1   sloty: volné %2 z %3

</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JOB</source>
        <translation>ÚLOHA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPTIME</source>
        <translation>DOBA BĚHU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TASKS</source>
        <translation>DÍLČÍ ÚLOHY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTARTS</source>
        <translation>RESTARTY</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job %1 (%2)
</source>
        <translation>Úloha %1 (%2)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checkpoints: not enabled
</source>
        <translation>checkpointy: nezapnuté
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>zatím žádný</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1, %2, state %3 (%4 written)</source>
        <translation>#%1, %2, stav %3 (zapsáno %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checkpoints: %1 completed, %2 failed, %3 in progress; latest %4</source>
        <translation>checkpointy: dokončené %1, neúspěšné %2, probíhající %3; poslední %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; state growth %1/s</source>
        <translation>; růst stavu %1/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last failed checkpoint: #%1: %2
</source>
        <translation>poslední neúspěšný checkpoint: #%1: %2
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last failure: %1 (%2)
</source>
        <translation>poslední selhání: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reads Kafka topics %1 as group %2
</source>
        <translation>čte topicy Kafky %1 jako skupina %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(neznámá)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not measured</source>
        <translation>neměřeno</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VERTEX</source>
        <translation>VRCHOL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PAR</source>
        <translation>PAR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKPRESSURE</source>
        <translation>ZPĚTNÝ TLAK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BUSY MAX</source>
        <translation>MAX. VYTÍŽENÍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>VÝSTUP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WATERMARK LAG</source>
        <translation>LAG WATERMARKU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors:
</source>
        <translation>chyby:
</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AcknowledgeDialog</name>
    <message>
        <location filename="../widgets/AcknowledgeDialog.cpp" line="+22"/>
        <source>Acknowledge alert</source>
        <translation>Potvrdit výstrahu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;By:</source>
        <translation>&amp;Uživatel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what you are doing about it</source>
        <translation>Nepovinné: co s tím děláte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentář:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acknowledgement ends when the alert resolves.</source>
        <translation>Potvrzení skončí, jakmile se výstraha vyřeší.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Potvrdit</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertHistoryFilter</name>
    <message>
        <location filename="../models/itemmodels/AlertHistoryFilter.cpp" line="+126"/>
        <source>&apos;%1&apos; is not a matcher (use name=value, name!=value, name=~regex or name!~regex)</source>
        <translation>&apos;%1&apos; není matcher (použijte name=value, name!=value, name=~regex nebo name!~regex)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a label name</source>
        <translation>&apos;%1&apos; není název labelu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>neplatný regulární výraz &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/AlertHistoryModel.cpp" line="+41"/>
        <source>State</source>
        <extracomment>Column header: an alert&apos;s state (firing, pending, no data, resolved)</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firing, pending (the condition holds, not yet for the rule&apos;s &apos;for&apos;), no data (the series the rule needs is missing) or resolved</source>
        <translation>Aktivní, čekající (podmínka platí, ale ještě ne po dobu &apos;for&apos; pravidla), bez dat (chybí řada, kterou pravidlo potřebuje) nebo vyřešená</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No data since %1</source>
        <translation>Bez dat od %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>Závažnost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s severity label</source>
        <translation>Label severity pravidla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alert</source>
        <translation>Výstraha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s name (alertname)</source>
        <translation>Název pravidla (alertname)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster (profile) the alert is about</source>
        <translation>Cluster (profil), kterého se výstraha týká</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the alert is about, by name (&quot;group orders&quot;, &quot;job tidewatch-orders&quot;); every label, ids included, in the cell&apos;s tooltip</source>
        <translation>Čeho se výstraha týká, podle názvu (&quot;skupina orders&quot;, &quot;úloha tidewatch-orders&quot;); všechny labely včetně id jsou v tooltipu buňky</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest value, in the metric&apos;s unit; a dash when there is no data</source>
        <translation>Poslední hodnota v jednotce metriky; pomlčka, když nejsou data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <extracomment>Column header: the time at which the alert became pending</extracomment>
        <translation>Čekající</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the condition started to hold</source>
        <translation>Kdy podmínka začala platit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Firing</source>
        <extracomment>Column header: the time at which the alert started firing</extracomment>
        <translation>Aktivní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it started firing</source>
        <translation>Kdy se výstraha stala aktivní</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved</source>
        <translation>Vyřešená</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it was resolved</source>
        <translation>Kdy byla vyřešena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged</source>
        <translation>Potvrzená</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who acknowledged the alert, and when</source>
        <translation>Kdo výstrahu potvrdil a kdy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>Potvrzeno uživatelem %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silenced</source>
        <extracomment>Column header: until when a silence mutes the alert</extracomment>
        <translation>Ztlumená</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The silence that silences the alert now: its end and who created it</source>
        <translation>Ztlumení, které výstrahu právě tlumí: jeho konec a kdo je vytvořil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Silence %1 by %2</source>
        <translation>Ztlumení %1 od uživatele %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Souhrn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s summary, with the series labels and value filled in</source>
        <translation>Souhrn pravidla s doplněnými labely řady a hodnotou</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>firing</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>čekající</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>bez dat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>vyřešená</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>acked by %1</source>
        <translation>potvrzeno: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>silenced until %1</source>
        <translation>ztlumeno do %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertHistoryWriter</name>
    <message>
        <location filename="../alerts/AlertHistoryWriter.cpp" line="+23"/>
        <source>Alert history %1: %2 (the alerts work on without it)</source>
        <translation>Historie výstrah %1: %2 (výstrahy fungují dál i bez ní)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertTableModel</name>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="+18"/>
        <source>State</source>
        <extracomment>Column header: an alert&apos;s state (FIRING or pending)</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>pending</source>
        <translation>čekající</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Severity</source>
        <translation>Závažnost</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Pending: the condition holds but not yet for the rule&apos;s &apos;for&apos; duration. Firing: it held long enough. No data: the rule&apos;s source delivers nothing for it; the alert is kept as it was</source>
        <translation>Čekající: podmínka platí, ale ještě ne po dobu &apos;for&apos; pravidla. Aktivní: platila dost dlouho. Bez dat: zdroj pravidla pro ni nic nedodává; výstraha zůstává tak, jak byla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rule&apos;s severity label: critical, warning or info</source>
        <translation>Závažnost pravidla (label severity): kritická, varování nebo info</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alert</source>
        <translation>Výstraha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s name (alertname)</source>
        <translation>Název pravidla (alertname)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster (profile) the alert is about</source>
        <translation>Cluster (profil), kterého se výstraha týká</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the alert is about, by name (&quot;group orders&quot;, &quot;job tidewatch-orders&quot;); every label, ids included, in the cell&apos;s tooltip</source>
        <translation>Čeho se výstraha týká, podle názvu (&quot;skupina orders&quot;, &quot;úloha tidewatch-orders&quot;); všechny labely včetně id jsou v tooltipu buňky</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Souhrn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s summary, with the series labels and value filled in</source>
        <translation>Souhrn pravidla s doplněnými labely řady a hodnotou</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since</source>
        <extracomment>Column header: how long the alert has been active</extracomment>
        <translation>Trvání</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the condition has held (firing: since it started pending)</source>
        <translation>Jak dlouho podmínka platí (u aktivních výstrah: od začátku čekání)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active since %1</source>
        <translation>Probíhá od %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value that made the condition true, at the latest evaluation, in the metric&apos;s unit</source>
        <translation>Hodnota, se kterou byla podmínka splněna při posledním vyhodnocení, v jednotce metriky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling</source>
        <translation>Vyřízení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by whom; silenced until when (silenced alerts notify nobody and do not turn the wall banner red)</source>
        <translation>Kdo výstrahu potvrdil; do kdy je ztlumená (ztlumené výstrahy nikoho neupozorňují a nebarví banner nástěnné obrazovky načerveno)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>critical</source>
        <translation>kritická</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>varování</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no data</source>
        <translation>bez dat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firing</source>
        <translation>aktivní</translation>
    </message>
</context>
<context>
    <name>Tidewatch::AlertsPage</name>
    <message>
        <location filename="../widgets/AlertsPage.cpp" line="+73"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Potvrdit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Silence…</source>
        <translation>&amp;Ztlumit…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All clusters</source>
        <translation>Všechny clustery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All severities</source>
        <translation>Všechny závažnosti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active (firing, pending, no data)</source>
        <translation>Probíhající (aktivní, čekající, bez dat)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firing</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Čekající</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data</source>
        <translation>Bez dat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Vyřešené</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All states</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>Poslední hodina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 6 hours</source>
        <translation>Posledních 6 hodin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Posledních 24 hodin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Posledních 7 dní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Posledních 30 dní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels, e.g. consumergroup=~&quot;orders.*&quot;, broker!=2</source>
        <translation>Labely, např. consumergroup=~&quot;orders.*&quot;, broker!=2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportovat CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rows the filters show, times in ISO 8601 UTC</source>
        <translation>Řádky, které ukazují filtry, časy v ISO 8601 UTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History of the selected alert</source>
        <translation>Historie vybrané výstrahy</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Alert handling is not running</source>
        <translation>Zpracování výstrah neběží</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 firing (%2 silenced) · %3 pending · %4 no data · %5 rows shown of %6</source>
        <translation>aktivní: %1 (ztlumené: %2) · čekající: %3 · bez dat: %4 · zobrazené řádky: %5 z %6</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>by %1</source>
        <translation>uživatel %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <translation>Potvrzení</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The alert is no longer active.</source>
        <translation>Výstraha už neprobíhá.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Silence</source>
        <translation>Ztlumení</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Export alerts</source>
        <translation>Exportovat výstrahy</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BoundedReply</name>
    <message>
        <location filename="../collectors/BoundedReply.cpp" line="+37"/>
        <source>no answer within %1 ms from %2</source>
        <translation>žádná odpověď od %2 do %1 ms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 redirects to another origin (%2): refused, so no credentials are sent there</source>
        <translation>%1 přesměrovává na jiný původ (%2): odmítnuto, aby tam nebyly odeslány přihlašovací údaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirects more than %2 times</source>
        <translation>%1 přesměrovává víc než %2krát</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the answer from %1 exceeds the limit of %2 bytes</source>
        <translation>odpověď od %1 překračuje limit %2 bajtů</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer from %1 announces %2 bytes, over the limit of %3 bytes</source>
        <translation>odpověď od %1 ohlašuje %2 bajtů, což je nad limitem %3 bajtů</translation>
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
        <translation>ID uzlu brokeru (node id)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>down</source>
        <translation>neběží</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing replicas</source>
        <translation>Chybějící repliky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions whose replica on this broker is not in sync (not in the ISR): what a broker outage costs in redundancy</source>
        <translation>Partice, jejichž replika na tomto brokeru není synchronní (není v ISR): o tolik redundance by cluster přišel při výpadku brokeru</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partice</numerusform>
            <numerusform>%n partice</numerusform>
            <numerusform>%n partic</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address the broker advertises to clients</source>
        <translation>Adresa, kterou broker inzeruje klientům</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>State</source>
        <extracomment>Column header: whether a Kafka broker is up or down</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down when the broker is missing from the cluster metadata (stopped or fenced) or the connection to it fails</source>
        <translation>Neběží, když broker chybí v metadatech clusteru (je zastaven nebo odstaven) nebo když spojení s ním selže</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>dostupný</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether this broker is the active controller</source>
        <translation>Zda je tento broker aktivním kontrolerem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controller</source>
        <translation>kontroler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leads</source>
        <translation>Vede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions this broker is the leader of; amber when that differs from the partitions it is the preferred leader of (leadership moved, e.g. after a restart)</source>
        <translation>Partice, jejichž leaderem je tento broker; oranžově, když se liší od partic, jejichž je preferovaným leaderem (vedení se přesunulo, např. po restartu)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leads %1 partition(s); preferred leader of %2</source>
        <translation>Vede partice: %1; preferovaný leader partic: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred of</source>
        <translation>Má vést</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions whose preferred (first) replica is this broker: what it leads once every partition is on its preferred leader</source>
        <translation>Partice, jejichž preferovaná (první) replika je na tomto brokeru: tolik jich povede, až budou mít všechny partice svého preferovaného leadera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replicas</source>
        <translation>Repliky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition replicas assigned to this broker, in sync or not</source>
        <translation>Repliky partic přidělené tomuto brokeru, synchronní i nesynchronní</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round trip</source>
        <translation>Odezva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average request round trip from Tidewatch to the broker</source>
        <translation>Průměrná doba odezvy požadavků z Tidewatch na broker</translation>
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
        <translation>Rack brokeru; neznámý: použitá klientská knihovna Kafky racky nehlásí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bytes in</source>
        <translation>Příchozí bajty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second produced to this broker (its metrics endpoint)</source>
        <translation>Bajty za sekundu zapsané producenty na tento broker (z jeho endpointu metrik)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bytes out</source>
        <translation>Odchozí bajty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second fetched by consumers (replication excluded)</source>
        <translation>Bajty za sekundu načtené konzumenty (bez replikace)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log size</source>
        <translation>Velikost logu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of all replicas on this broker</source>
        <translation>Bajty všech replik na tomto brokeru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Produce p99</source>
        <translation>Produce p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>99th percentile of the total time of Produce requests</source>
        <translation>99. percentil celkové doby požadavků Produce</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetch p99</source>
        <translation>Fetch p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>99th percentile of the total time of consumer Fetch requests (includes fetch.max.wait)</source>
        <translation>99. percentil celkové doby požadavků Fetch od konzumentů (včetně fetch.max.wait)</translation>
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
        <translation>Nevyváženost: počet u nejvytíženějšího brokeru vůči průměru na broker (1× je rovnoměrné). Partice, kterou vede jiná replika než její první (preferovaná), přenáší zátěž na broker této repliky; kafka-leader-election --election-type preferred vrátí vedení zpět</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bytes in</source>
        <translation>Příchozí bajty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>Odchozí bajty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request latency</source>
        <translation>Latence požadavků</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average round trip of the collector&apos;s requests to each broker</source>
        <translation>Průměrná doba odezvy požadavků Tidewatch na jednotlivé brokery</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Kafka cluster configured</source>
        <translation>Není nakonfigurován žádný cluster Kafka</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Broker %1 bytes in/s</source>
        <translation>Broker %1 – příchozí bajty/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker %1 bytes out/s</source>
        <translation>Broker %1 – odchozí bajty/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker %1 round trip</source>
        <translation>Broker %1 – odezva</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %2 of %n broker(s) up, controller %3</source>
        <translation>
            <numerusform>%1: běží %2 z %n brokeru, kontroler %3</numerusform>
            <numerusform>%1: běží %2 z %n brokerů, kontroler %3</numerusform>
            <numerusform>%1: běží %2 z %n brokerů, kontroler %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leader balance: unknown (no partition has a leader)</source>
        <translation>Vyváženost leaderů: neznámá (žádná partice nemá leadera)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leader skew %1× (broker %2 leads %3 of %4 partitions)</source>
        <translation>Nevyváženost leaderů %1× (broker %2 vede %3 z %4 partic)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replica skew %1×</source>
        <translation>nevyváženost replik %1×</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partition(s) off their preferred leader</source>
        <translation>
            <numerusform>%n partice nemá preferovaného leadera</numerusform>
            <numerusform>%n partice nemají preferovaného leadera</numerusform>
            <numerusform>%n partic nemá preferovaného leadera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every partition on its preferred leader</source>
        <translation>všechny partice mají preferovaného leadera</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessPage</name>
    <message>
        <location filename="../widgets/BusinessPage.cpp" line="+51"/>
        <source>%1: no data — %2</source>
        <translation>%1: žádná data — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data — unreachable: %2</source>
        <translation>%1: žádná data — nedostupné: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no event read yet</source>
        <translation>%1: zatím nepřečtena žádná událost</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessStatusLine</name>
    <message>
        <location filename="../widgets/BusinessStatusLine.cpp" line="+9"/>
        <source>Events: waiting for the first data</source>
        <translation>Události: čekání na první data</translation>
    </message>
</context>
<context>
    <name>Tidewatch::BusinessWallPage</name>
    <message>
        <location filename="../widgets/BusinessWallPage.cpp" line="+33"/>
        <source>Orders per minute</source>
        <translation>Objednávky za minutu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late shipments now</source>
        <translation>Opožděné zásilky nyní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>Včas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breaches</source>
        <translation>Porušení SLA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders created in the last closed event-time minute. Amber below half the hour&apos;s mean, red at none while there were orders before</source>
        <translation>Objednávky vytvořené v poslední uzavřené minutě času událostí. Oranžová pod polovinou hodinového průměru, červená při nule, pokud předtím objednávky přicházely</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open shipments past their promised delivery. Amber from 1, red from %1</source>
        <translation>Otevřené zásilky po slíbeném termínu doručení. Oranžová od 1, červená od %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered on time in the first SLA window. Amber below 95 %, red below 90 %</source>
        <translation>Doručeno včas v prvním okně SLA. Oranžová pod 95 %, červená pod 90 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promises in the first SLA window. Amber from 1, red from %1</source>
        <translation>Nedodržené sliby v prvním okně SLA. Oranžová od 1, červená od %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trend: collecting</source>
        <translation>trend: sběr dat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Business</source>
        <translation>Obchod</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 from %2 · hour&apos;s mean %3</source>
        <translation>%1 oproti %2 · hodinový průměr %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minute %1</source>
        <translation>minuta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute %1 · %2</source>
        <translation>minuta %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no closed minute yet</source>
        <translation>zatím žádná uzavřená minuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+27"/>
        <source>no events yet</source>
        <translation>zatím žádné události</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>of %1 open shipments</source>
        <translation>z %1 otevřených zásilek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no SLA figures yet</source>
        <translation>zatím žádné údaje SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1 · %2 of %3</source>
        <translation>za posl. %1 · %2 z %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last %1 · nothing due</source>
        <translation>za posl. %1 · nic splatného</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in the first SLA window</source>
        <translation>v prvním okně SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1 · %2 late deliveries · %3 missed ship-by</source>
        <translation>za posl. %1 · pozdní doručení: %2 · zmeškané odeslání: %3</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ClusterStrip</name>
    <message>
        <location filename="../widgets/ClusterStrip.cpp" line="+42"/>
        <source>not configured</source>
        <translation>nenakonfigurováno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the first data</source>
        <translation>čekání na první data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live, updated %1</source>
        <translation>živá data, aktualizováno %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STALE, last updated %1</source>
        <translation>ZASTARALÁ DATA, naposledy aktualizováno %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNREACHABLE (%1), last data %2</source>
        <translation>NEDOSTUPNÝ (%1), poslední data %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Click a figure to open its details for this cluster</source>
        <translation>Kliknutím na údaj otevřete jeho podrobnosti pro tento cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokers up of those in the metadata; the active controller; partitions whose in-sync replicas are fewer than their replicas (under-replicated), without a leader (offline), or below min.insync.replicas; consumer groups in Burrow&apos;s ERR (a partition stopped, stalled or rewound) and WARN (falling behind); the largest time lag of any group</source>
        <translation>Běžící brokery z těch, které uvádějí metadata; aktivní kontroler; partice, které mají méně synchronizovaných replik než replik (nedostatečně replikované), nemají leadera (offline) nebo jsou pod min.insync.replicas; skupiny konzumentů ve stavu ERR podle Burrow (partice zastavená, uvízlá nebo vrácená zpět) a WARN (zaostává); největší časový lag ze všech skupin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs running of those listed; jobs with a vertex at high back pressure; jobs whose latest checkpoint failed after the latest completed one</source>
        <translation>Běžící úlohy z uvedených; úlohy s vrcholem pod vysokým zpětným tlakem; úlohy, jejichž poslední checkpoint selhal po posledním dokončeném</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>alerts: %1 firing, %2 pending</source>
        <translation>výstrahy: aktivní %1, čekající %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kafka: not configured</source>
        <translation>Kafka: nenakonfigurováno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>brokers up %1/%2</source>
        <translation>běžící brokery %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>controller %1</source>
        <translation>kontroler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO controller</source>
        <translation>ŽÁDNÝ kontroler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controller unknown</source>
        <translation>kontroler neznámý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under-replicated %1</source>
        <translation>nedostatečně replikované %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline %1</source>
        <translation>offline %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under min ISR %1</source>
        <translation>pod min. ISR %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>groups %1 (%2 stuck, %3 falling behind)</source>
        <extracomment>The group counts in plain words: ERR groups are &quot;stuck&quot;, WARN groups &quot;falling behind&quot;</extracomment>
        <translation>skupiny %1 (zaseknuté: %2, zaostávající: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>worst time lag %1 (%2)</source>
        <translation>nejhorší časový lag %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flink: not configured</source>
        <translation>Flink: nenakonfigurováno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flink</source>
        <translation>Flink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs running %1/%2</source>
        <translation>běžící úlohy %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back-pressured %1</source>
        <translation>se zpětným tlakem %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkpoints failing %1</source>
        <translation>selhávající checkpointy %1</translation>
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
        <translation>Procházet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file</source>
        <translation>Vybrat soubor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Soubory PEM (*.pem *.crt *.cer *.key);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the file %2 does not exist</source>
        <translation>%1: soubor %2 neexistuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not a file</source>
        <translation>%1: %2 není soubor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file %2 cannot be read (permissions)</source>
        <translation>%1: soubor %2 nelze přečíst (oprávnění)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectionPropertiesTable</name>
    <message>
        <location filename="../widgets/ConnectionPropertiesTable.cpp" line="+65"/>
        <source>Property</source>
        <translation>Vlastnost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other librdkafka properties. Secret ones (passwords, secrets, keys) go to the system keychain. Properties of the Security tab are set there, not here.</source>
        <translation>Další vlastnosti librdkafka. Tajné vlastnosti (hesla, tajemství, klíče) se ukládají do systémové klíčenky. Vlastnosti z karty Zabezpečení se nastavují tam, ne zde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add property</source>
        <translation>Přidat vlastnost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a librdkafka property</source>
        <translation>Přidat vlastnost librdkafka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove property</source>
        <translation>Odebrat vlastnost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected librdkafka property</source>
        <translation>Odebrat vybranou vlastnost librdkafka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other librdkafka properties:</source>
        <translation>Další vlastnosti librdkafka:</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectionTestView</name>
    <message>
        <location filename="../widgets/ConnectionTestView.cpp" line="+12"/>
        <source>Target</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The steps of the last connection test</source>
        <translation>Kroky posledního testu připojení</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>passed</source>
        <translation>prošlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>SELHALO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>přeskočeno</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ConnectionTester</name>
    <message>
        <location filename="../collectors/ConnectionTester.cpp" line="+82"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a host:port address</source>
        <translation>Není adresa ve tvaru host:port</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Name resolution</source>
        <translation>Překlad názvu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The name %1 could not be resolved: %2</source>
        <translation>Název %1 nelze přeložit: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>TCP connect</source>
        <translation>TCP spojení</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>Nelze se připojit k %1 na port %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to %1 port %2</source>
        <translation>Připojeno k %1 na port %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+27"/>
        <location line="+5"/>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS handshake selhal: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, certificate of %2 (issued by %3) verified</source>
        <translation>%1, certifikát pro %2 (vydavatel %3) ověřen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GET %1 failed: %2 (check the user and password)</source>
        <translation>GET %1 selhal: %2 (zkontrolujte uživatele a heslo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET %1 failed: %2</source>
        <translation>GET %1 selhal: %2</translation>
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
        <translation>Dosažitelnost</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 answered, but not as Flink&apos;s REST API does: %2</source>
        <translation>%1 odpověděl, ale ne tak, jak odpovídá REST API Flinku: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flink %1 at %2</source>
        <translation>Flink %1 na %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Broker metrics</source>
        <translation>Metriky brokerů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the brokers&apos; addresses, and the metadata could not be read</source>
        <translation>Vyžaduje adresy brokerů, ale metadata nešlo přečíst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broker %1 metrics</source>
        <translation>Metriky brokeru %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No metrics URL for this broker</source>
        <translation>Pro tento broker není URL metrik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered (%2 bytes)</source>
        <translation>%1 odpověděl (%2 bajtů)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client configuration</source>
        <translation>Konfigurace klienta</translation>
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
        <translation>TLS spojení librdkafka funguje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SASL authentication</source>
        <translation>Ověření SASL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authenticated with %1 as &quot;%2&quot;</source>
        <translation>Ověřeno pomocí %1 jako &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reached: no broker answered</source>
        <translation>Nedosaženo: žádný broker neodpověděl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No metadata: %1</source>
        <translation>Žádná metadata: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n broker(s): %1; %2 topic(s)</source>
        <translation>
            <numerusform>%n broker: %1; topicy: %2</numerusform>
            <numerusform>%n brokery: %1; topicy: %2</numerusform>
            <numerusform>%n brokerů: %1; topicy: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Describe consumer groups</source>
        <translation>Popis skupin konzumentů</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n group(s) could not be described: %2</source>
        <translation>
            <numerusform>%1 z %n skupiny nešlo popsat: %2</numerusform>
            <numerusform>%1 z %n skupin nešlo popsat: %2</numerusform>
            <numerusform>%1 z %n skupin nešlo popsat: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n group(s) listed and described</source>
        <translation>
            <numerusform>%n skupina vypsána a popsána</numerusform>
            <numerusform>%n skupiny vypsány a popsány</numerusform>
            <numerusform>%n skupin vypsáno a popsáno</numerusform>
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
        <translation>Profil nemá bootstrap servery Kafky ani URL Flink REST</translation>
    </message>
</context>
<context>
    <name>Tidewatch::CountTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="+17"/>
        <source>(none)</source>
        <translation>(bez hodnoty)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count</source>
        <translation>Počet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact count</source>
        <translation>Přesný počet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share</source>
        <translation>Podíl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the table&apos;s total</source>
        <translation>Podíl na celkovém součtu tabulky</translation>
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
        <translation>Historie výstrah %1: %2 (výstrahy fungují dál i bez ní)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Delete history</source>
        <translation>Smazat historii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also delete the stored chart history of &quot;%1&quot;?</source>
        <translation>Smazat také uloženou historii grafů profilu „%1“?</translation>
    </message>
</context>
<context>
    <name>Tidewatch::EtaSlipTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="+53"/>
        <source>Shipment</source>
        <translation>Zásilka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Dopravce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Překladiště</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous ETA</source>
        <translation>Předchozí ETA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New ETA</source>
        <translation>Nové ETA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slipped by</source>
        <translation>Posun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ETA minus previous ETA</source>
        <translation>Nové ETA minus předchozí ETA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event time of the event that moved the ETA (local)</source>
        <translation>Čas události, která posunula ETA (místní čas)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::EventTopicCollector</name>
    <message>
        <location filename="../collectors/EventTopicCollector.cpp" line="+181"/>
        <source>partition %1 makes no progress at offset %2 of %3</source>
        <translation>partice %1 nepostupuje na offsetu %2 z %3</translation>
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
        <translation>Druh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the topic carries and how it is encoded</source>
        <translation>Co topic přenáší a jak je kódován</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partitions</source>
        <translation>Partice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions assigned</source>
        <translation>Přiřazené partice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages</source>
        <translation>Zprávy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages read since Tidewatch started</source>
        <translation>Zprávy přečtené od spuštění Tidewatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Události</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages decoded into events</source>
        <translation>Zprávy dekódované na události</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Odmítnuté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages the decoder rejected</source>
        <translation>Zprávy, které dekodér odmítl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <extracomment>Column header: how many events arrived after the watermark</extracomment>
        <translation>Opožděné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events behind the watermark by more than the allowed lateness</source>
        <translation>Události za watermarkem o víc, než je povolené zpoždění</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates</source>
        <translation>Duplicity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events seen before (same event id or same bytes)</source>
        <translation>Události viděné už dříve (stejné id události nebo stejné bajty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tombstones</source>
        <translation>Tombstony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty messages (deletes in a CDC topic): neither events nor errors</source>
        <translation>Prázdné zprávy (mazání v topicu CDC): nejsou to události ani chyby</translation>
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
        <translation>Zprávy mezi pozicí Tidewatch a koncem topicu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Msg/s</source>
        <translation>Zpr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages read per second over the last cycles</source>
        <translation>Zprávy přečtené za sekundu během posledních cyklů</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Chyba</translation>
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
        <translation>Obsah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time format</source>
        <translation>Formát času</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kafka topics whose events feed the Orders, Shipments and SLA pages. Tidewatch reads them without a consumer group and never commits offsets.</source>
        <translation>Kafka topicy, jejichž události plní stránky Objednávky, Zásilky a SLA. Tidewatch je čte bez skupiny konzumentů a nikdy necommituje offsety.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add orders topic</source>
        <translation>Přidat topic objednávek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A topic of order events (plain JSON)</source>
        <translation>Topic s událostmi objednávek (čistý JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add shipments topic</source>
        <translation>Přidat topic zásilek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A topic of shipment events (plain JSON)</source>
        <translation>Topic s událostmi zásilek (čistý JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Debezium topic</source>
        <translation>Přidat topic Debezium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A topic of Debezium change events of an orders table</source>
        <translation>Topic se změnovými událostmi Debezium z tabulky objednávek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove topic</source>
        <translation>Odebrat topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop reading the selected topic</source>
        <translation>Přestat číst vybraný topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack defaults</source>
        <translation>Výchozí pro stack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The local stack&apos;s topics: orders, shipments, orders-cdc</source>
        <translation>Topicy lokálního stacku: orders, shipments, orders-cdc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON pointer</source>
        <translation>JSON pointer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where each field is in a message, as a JSON pointer (/hub/code). Empty: the topic does not carry it. For Debezium topics the pointers address the row image.</source>
        <translation>Kde se pole ve zprávě nachází, zadané jako JSON pointer (/hub/code). Prázdné: topic toto pole nenese. U topiců Debezium ukazují pointery do obrazu řádku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default mapping</source>
        <translation>Výchozí mapování</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping of the local stack&apos;s generator for this kind and format</source>
        <translation>Mapování generátoru lokálního stacku pro tento druh a formát</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start reading:</source>
        <translation>Začít číst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back reading starts when monitoring begins; 0: only new events</source>
        <translation>Jak daleko do minulosti se začne číst, když monitorování začíná; 0: jen nové události</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min back</source>
        <translation> min zpět</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed lateness:</source>
        <translation>Povolené zpoždění:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events further behind the watermark are counted and listed as late</source>
        <translation>Události, které jsou za watermarkem dále, se počítají a uvádějí jako opožděné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep finished orders:</source>
        <translation>Ponechat dokončené objednávky:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered and cancelled orders and shipments leave the state after this long</source>
        <translation>Doručené a zrušené objednávky a zásilky se po této době odstraní ze stavu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>An event topic has no name</source>
        <translation>Topic událostí nemá název</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event topic %1: the pointer of %2 must start with / (&quot;%3&quot;)</source>
        <translation>Topic událostí %1: pointer pole %2 musí začínat znakem / (&quot;%3&quot;)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>orders</source>
        <translation>objednávky</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shipments</source>
        <translation>zásilky</translation>
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
        <translation>auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch ms</source>
        <translation>epoch ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch s</source>
        <translation>epoch s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO-8601</source>
        <translation>ISO-8601</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Field mapping: select a topic</source>
        <translation>Mapování polí: vyberte topic</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field mapping of the new topic:</source>
        <translation>Mapování polí nového tématu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field mapping of %1:</source>
        <translation>Mapování polí – %1:</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ExporterSettingsBox</name>
    <message>
        <location filename="../widgets/ExporterSettingsBox.cpp" line="+21"/>
        <source>Prometheus exporter</source>
        <translation>Exportér pro Prometheus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export metrics while Tidewatch runs</source>
        <translation>Exportovat metriky, dokud Tidewatch běží</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the monitored clusters&apos; metrics and alerts on /metrics for Prometheus</source>
        <translation>Poskytovat metriky a výstrahy monitorovaných clusterů na /metrics pro Prometheus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: %1</source>
        <translation>výchozí: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address and port to listen on; 127.0.0.1 keeps it to this machine</source>
        <translation>Adresa a port, na kterých se naslouchá; 127.0.0.1 omezí přístup na tento počítač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen on:</source>
        <translation>Naslouchat na:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Error: %1</source>
        <translation>Chyba: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off</source>
        <translation>Vypnuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening on %1</source>
        <translation>Naslouchá na %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FigureTile</name>
    <message>
        <location filename="../widgets/FigureTile.cpp" line="+114"/>
        <source>STALE — %1</source>
        <translation>ZASTARALÉ — %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkCheckpointTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="+277"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint id; savepoints are marked</source>
        <translation>Id checkpointu; savepointy jsou označené</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (savepoint)</source>
        <translation>%1 (savepoint)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMPLETED, FAILED or IN_PROGRESS</source>
        <translation>COMPLETED, FAILED nebo IN_PROGRESS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 subtasks acknowledged</source>
        <translation>Potvrzeno %1 z %2 subtasků</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Triggered</source>
        <translation>Spuštěn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the JobManager triggered the checkpoint (local time)</source>
        <translation>Kdy JobManager checkpoint spustil (místní čas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duration</source>
        <translation>Trvání</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the trigger to the last acknowledgement. Growing durations mean slow state backends or barriers stuck behind back pressure</source>
        <translation>Od spuštění po poslední potvrzení. Rostoucí doba trvání znamená pomalé state backendy nebo bariéry uvízlé za zpětným tlakem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amber above half the checkpoint interval (%1), red above it</source>
        <translation>Oranžově nad polovinou intervalu checkpointů (%1), červeně nad ním</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber above %1, red above %2 (the checkpoint interval is unknown)</source>
        <translation>Oranžově nad %1, červeně nad %2 (interval checkpointů není znám)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End to end</source>
        <translation>End to end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink&apos;s end-to-end duration: until the slowest subtask&apos;s state was persisted</source>
        <translation>Doba end-to-end podle Flinku: dokud nebyl uložen stav nejpomalejšího subtasku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State size</source>
        <translation>Velikost stavu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s full state size in this checkpoint</source>
        <translation>Celková velikost stavu úlohy v tomto checkpointu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkpointed</source>
        <translation>Zapsáno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this checkpoint wrote: only the changes when checkpoints are incremental</source>
        <translation>Co tento checkpoint zapsal: při inkrementálních checkpointech jen změny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure</source>
        <translation>Selhání</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the checkpoint failed</source>
        <translation>Proč checkpoint selhal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed at %1: %2</source>
        <translation>Selhal v %1: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkCollector</name>
    <message>
        <location filename="../collectors/FlinkCollector.cpp" line="+129"/>
        <source>the cycle&apos;s deadline of %1 ms passed</source>
        <translation>uplynul termín cyklu %1 ms</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>HTTP %1%2</source>
        <translation>HTTP %1%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the task manager id &quot;%1&quot; cannot be used in a URL</source>
        <translation>id task manageru &quot;%1&quot; nelze použít v URL</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the job id &quot;%1&quot; cannot be used in a URL</source>
        <translation>id úlohy &quot;%1&quot; nelze použít v URL</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>the vertex id &quot;%1&quot; cannot be used in a URL</source>
        <translation>id vrcholu &quot;%1&quot; nelze použít v URL</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkJobTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobTableModel.cpp" line="+116"/>
        <source>Job</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s name</source>
        <translation>Název úlohy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job id %1</source>
        <translation>Id úlohy %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <extracomment>Column header: a Flink job&apos;s status (RUNNING, FAILED, ...)</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink&apos;s job status: RUNNING, or CREATED, RESTARTING, FAILING, FAILED, CANCELED, FINISHED, ...</source>
        <translation>Stav úlohy podle Flinku: RUNNING, nebo CREATED, RESTARTING, FAILING, FAILED, CANCELED, FINISHED, ...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Running for</source>
        <translation>Běží</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time RUNNING since the last (re)start; the time since the job was submitted, restarts included, is in the cell tooltip. A job that keeps restarting has a short first figure and a long second one</source>
        <translation>Doba ve stavu RUNNING od posledního (re)startu; doba od odeslání úlohy včetně restartů je v tooltipu buňky. Úloha, která se stále restartuje, má první údaj krátký a druhý dlouhý</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ran %1 from submission to its end</source>
        <translation>Od odeslání do konce běžela %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted %1 ago</source>
        <translation>Odeslána před %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks</source>
        <translation>Tasky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks running out of the job&apos;s tasks (all subtasks of all vertices)</source>
        <translation>Běžící tasky ze všech tasků úlohy (všechny subtasky všech vrcholů)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2 running</source>
        <translation>Běží %1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back pressure</source>
        <translation>Zpětný tlak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worst back-pressure level over the job&apos;s vertices, with the share of time its busiest subtask was back-pressured: ok (below 10 %), low (up to 50 %), high (more). A high vertex is slowed down by the one after it</source>
        <translation>Nejhorší úroveň zpětného tlaku mezi vrcholy úlohy s podílem času, kdy byl jeho nejvytíženější subtask pod zpětným tlakem: ok (pod 10 %), low (do 50 %), high (více). Vrchol s úrovní high zpomaluje vrchol za ním</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worst vertex: %1</source>
        <translation>Nejhorší vrchol: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last checkpoint</source>
        <translation>Poslední checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long ago the latest checkpoint completed, at the time of the snapshot. Red when a checkpoint failed after it; &quot;disabled&quot;: the job does not checkpoint</source>
        <translation>Před jakou dobou se dokončil poslední checkpoint, v čase snímku. Červeně, když po něm některý checkpoint selhal; „vypnuto“: úloha nedělá checkpointy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disabled</source>
        <translation>vypnuto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none yet</source>
        <translation>zatím žádný</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checkpoint %1 failed</source>
        <translation>Checkpoint %1 selhal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint %1 failed: %2</source>
        <translation>Checkpoint %1 selhal: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkpoint %1 took %2</source>
        <translation>Checkpoint %1 trval %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed checkpoints</source>
        <translation>Neúspěšné checkpointy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints of this job that failed, as Flink counts them since the job was submitted</source>
        <translation>Checkpointy této úlohy, které selhaly, jak je Flink počítá od odeslání úlohy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watermark lag</source>
        <translation>Lag watermarku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the job&apos;s event time trails the clock: the largest watermark lag over its vertices, at the moment Flink sampled it. &quot;idle&quot;: all its sources are idle, which is not lag; &quot;no watermark&quot;: no vertex has emitted one. A lag sampled long ago says how old it is</source>
        <translation>Jak daleko event time úlohy zaostává za hodinami: největší lag watermarku mezi jejími vrcholy v okamžiku, kdy ho Flink změřil. „nečinná“: všechny její zdroje jsou nečinné, což není lag; „bez watermarku“: žádný vrchol ho zatím nevyslal. U lagu změřeného dávno se uvádí jeho stáří</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (sampled %2 ago)</source>
        <translation>%1 (změřeno před %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>nečinná</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no watermark</source>
        <translation>bez watermarku</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Largest at %1</source>
        <translation>Největší u %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restarts</source>
        <translation>Restarty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink&apos;s numRestarts since the job was submitted; a growing count means the job keeps failing</source>
        <translation>numRestarts podle Flinku od odeslání úlohy; rostoucí počet znamená, že úloha stále selhává</translation>
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
        <translation>Filtrovat úlohy podle názvu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up: time RUNNING since the last (re)start; submitted: time since the job was submitted. Restarts: Flink&apos;s numRestarts since submission; a growing count means the job keeps failing. Metrics: how old the vertex figures were when Flink sampled them (its REST metric cache)</source>
        <translation>Běží: doba ve stavu RUNNING od posledního (re)startu; odeslána: doba od odeslání úlohy. Restarty: numRestarts podle Flinku od odeslání; rostoucí počet znamená, že úloha stále selhává. Metriky: stáří údajů vrcholů v okamžiku, kdy je Flink změřil (jeho cache metrik v REST)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kafka topics the job reads and the lag of its consumer group in the latest Kafka snapshot: messages behind, time behind and Burrow&apos;s status. Flink does not report the group id: --flink-kafka-link or a profile&apos;s flink.kafka.link names it</source>
        <translation>Kafka topicy, které úloha čte, a lag její skupiny konzumentů v posledním snímku Kafky: počet zpráv pozadu, časový lag a stav podle Burrow. Flink id skupiny neuvádí: určí ho --flink-kafka-link nebo flink.kafka.link v profilu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Watermark lag in seconds: how far the job&apos;s event time trails the clock, the largest over its vertices</source>
        <translation>Lag watermarku v sekundách: jak daleko event time úlohy zaostává za hodinami, největší mezi jejími vrcholy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full state size in bytes of the latest completed checkpoint</source>
        <translation>Celková velikost stavu v bajtech u posledního dokončeného checkpointu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration in milliseconds of the latest completed checkpoint, from the trigger to the last acknowledgement</source>
        <translation>Doba trvání posledního dokončeného checkpointu v milisekundách, od spuštění po poslední potvrzení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back-pressure ratio of each vertex over time (0: never waits for downstream, 1: always; the highest of its subtasks)</source>
        <translation>Podíl zpětného tlaku každého vrcholu v čase (0: nikdy nečeká na následující vrcholy, 1: vždy; nejvyšší hodnota z jeho subtasků)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vertex that holds the job up: busy at least 50 % of the time and not back-pressured itself, while a vertex feeding it is back-pressured (as Flink&apos;s web UI judges it)</source>
        <translation>Vrchol, který úlohu brzdí: je vytížený aspoň 50 % času a sám není pod zpětným tlakem, zatímco vrchol, který ho zásobuje, pod zpětným tlakem je (tak to posuzuje webové rozhraní Flinku)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heap used of the maximum and the JVM&apos;s CPU load per TaskManager, from Flink&apos;s metric cache (it adds up to its fetcher interval to the age)</source>
        <translation>Využitá halda z maxima a zatížení CPU JVM pro každý TaskManager, z cache metrik Flinku (ta ke stáří přidává až jeden interval svého fetcheru)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Watermark lag</source>
        <translation>Lag watermarku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State size</source>
        <translation>Velikost stavu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint duration</source>
        <translation>Doba checkpointu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back pressure (0–1)</source>
        <translation>Zpětný tlak (0–1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>version unknown</source>
        <translation>verze neznámá</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task manager(s)</source>
        <translation>
            <numerusform>%n task manager</numerusform>
            <numerusform>%n task managery</numerusform>
            <numerusform>%n task managerů</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task managers unknown</source>
        <translation>počet task managerů neznámý</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+348"/>
        <source>slots unknown</source>
        <translation>sloty neznámé</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>%1 is held up by %2 (busy %3 %)</source>
        <translation>%1 – úzké hrdlo: %2 (vytížení %3 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is held up by %2 (busy %3 %; %4 back-pressured)</source>
        <translation>%1 – úzké hrdlo: %2 (vytížení %3 %; zpětný tlak: %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>+%n more job(s) held up</source>
        <translation>
            <numerusform>+%n další zdržená úloha</numerusform>
            <numerusform>+%n další zdržené úlohy</numerusform>
            <numerusform>+%n dalších zdržených úloh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kafka input: none detected.</source>
        <translation>Vstup z Kafky: nic nenalezeno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown topics</source>
        <translation>neznámé topicy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → consumer group unknown (name it with --flink-kafka-link or flink.kafka.link in the profile)</source>
        <translation>%1 → skupina konzumentů neznámá (určete ji pomocí --flink-kafka-link nebo flink.kafka.link v profilu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 → group %2: no Kafka data yet</source>
        <translation>%1 → skupina %2: zatím žádná data z Kafky</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → group %2: not found in Kafka cluster %3</source>
        <translation>%1 → skupina %2: nenalezena v Kafka clusteru %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → group %2: lag %3, time lag %4, %5</source>
        <translation>%1 → skupina %2: lag %3, časový lag %4, %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>%1 (root cause: %2)</source>
        <translation>%1 (původní příčina: %2)</translation>
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
Dřívější selhání (%n):</numerusform>
            <numerusform>
Dřívější selhání (%n):</numerusform>
            <numerusform>
Dřívější selhání (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>

Earlier failures:
%1</source>
        <translation>

Dřívější selhání:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No TaskManager is registered.</source>
        <translation>Není registrován žádný TaskManager.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>heap unknown</source>
        <translation>halda neznámá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heap %1 of %2 (%3 %)</source>
        <translation>halda %1 z %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>heap %1 (maximum unknown)</source>
        <translation>halda %1 (maximum neznámé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU unknown</source>
        <translation>CPU neznámé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asked %1 ago</source>
        <translation>dotázáno před %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age unknown</source>
        <translation>stáří neznámé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TaskManager %1: %2 · %3 · %4 (%5)</source>
        <translation>TaskManager %1: %2 · %3 · %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <location line="-353"/>
        <location line="+348"/>
        <source>%1 of %n slot(s) free</source>
        <translation>
            <numerusform>volné %1 z %n slotu</numerusform>
            <numerusform>volné %1 z %n slotů</numerusform>
            <numerusform>volné %1 z %n slotů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-346"/>
        <source>Flink %1 · %2 · %3 · %4 of %n job(s) running</source>
        <translation>
            <numerusform>Flink %1 · %2 · %3 · běží %4 z %n úlohy</numerusform>
            <numerusform>Flink %1 · %2 · %3 · běží %4 z %n úloh</numerusform>
            <numerusform>Flink %1 · %2 · %3 · běží %4 z %n úloh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 → group %2: lag %3, time lag %4, %5 (Kafka unreachable: last known values)</source>
        <translation>%1 → skupina %2: lag %3, časový lag %4, %5 (Kafka nedostupná: poslední známé hodnoty)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kafka input:
%1</source>
        <translation>Vstup z Kafky:
%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Select a job to see its vertices, checkpoints and Kafka input</source>
        <translation>Vyberte úlohu a zobrazí se její vrcholy, checkpointy a vstup z Kafky</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ended %1 (%2)</source>
        <translation>skončila %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end time unknown</source>
        <translation>čas konce neznámý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ran %1</source>
        <translation>běžela %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>up %1 since the last restart</source>
        <translation>běží %1 od posledního restartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uptime unknown</source>
        <translation>doba běhu neznámá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted %1 ago</source>
        <translation>odeslána před %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarty</numerusform>
            <numerusform>%n restartů</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restarts unknown</source>
        <translation>počet restartů neznámý</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n task(s) running</source>
        <translation>
            <numerusform>běží %1 z %n tasku</numerusform>
            <numerusform>běží %1 z %n tasků</numerusform>
            <numerusform>běží %1 z %n tasků</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Last exception (%1):
%2%3</source>
        <translation>Poslední výjimka (%1):
%2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last exception in %1 (%2):
%3%4</source>
        <translation>Poslední výjimka v tasku %1 (%2):
%3%4</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>checkpointing disabled</source>
        <translation>checkpointy vypnuté</translation>
    </message>
    <message>
        <location line="-426"/>
        <source>unknown time</source>
        <translation>neznámý čas</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Watermark lag of %1</source>
        <translation>Lag watermarku úlohy %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State size of %1</source>
        <translation>Velikost stavu úlohy %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint duration of %1</source>
        <translation>Doba checkpointu úlohy %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>checkpoints: %1 completed, %2 failed</source>
        <translation>checkpointy: dokončené %1, neúspěšné %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed since the last completed</source>
        <translation>
            <numerusform>od posledního dokončeného %n selhal</numerusform>
            <numerusform>od posledního dokončeného %n selhaly</numerusform>
            <numerusform>od posledního dokončeného %n selhalo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none completed yet</source>
        <translation>zatím žádný dokončený</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics sampled %1 ago</source>
        <translation>metriky změřeny před %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state growing %1/s</source>
        <translation>stav roste o %1/s</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>at an unknown time</source>
        <translation>v neznámém čase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Root cause: %1</source>
        <translation>
Původní příčina: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1%2
on %3</source>
        <translation>%1%2
na %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
At the same time: %1</source>
        <translation>
Současně: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>No exception since the job was submitted.</source>
        <translation>Od odeslání úlohy žádná výjimka.</translation>
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
        <translation>nečinný po dobu %1 (nezapočítán do lagu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watermark %1 behind</source>
        <translation>watermark %1 pozadu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no watermark, nothing read for %1</source>
        <translation>bez watermarku, po dobu %1 nic nepřečteno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no watermark</source>
        <translation>bez watermarku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vertex</source>
        <translation>Vrchol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator chain the subtask runs</source>
        <translation>Řetězec operátorů, který subtask vykonává</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subtask</source>
        <translation>Subtask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtask index as Flink reports it (0-based)</source>
        <translation>Index subtasku, jak ho uvádí Flink (od 0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back pressure</source>
        <translation>Zpětný tlak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of time this subtask was back-pressured (Flink&apos;s 60 s moving average); one subtask far above its siblings points at skewed keys</source>
        <translation>Podíl času, kdy byl tento subtask pod zpětným tlakem (klouzavý průměr Flinku za 60 s); subtask vysoko nad ostatními ukazuje na nerovnoměrně rozložené klíče</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Busy</source>
        <translation>Vytížení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of time this subtask spent processing records (Flink&apos;s 60 s moving average)</source>
        <translation>Podíl času, kdy tento subtask zpracovával záznamy (klouzavý průměr Flinku za 60 s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Idle</source>
        <translation>Nečinnost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of time this subtask waited for input (Flink&apos;s 60 s moving average)</source>
        <translation>Podíl času, kdy tento subtask čekal na vstup (klouzavý průměr Flinku za 60 s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source subtasks: their watermark lag as Flink&apos;s watermarkLag gauge reports it, or idle: read nothing for the idle time while neither back-pressured nor busy, so left out of the job&apos;s lag</source>
        <translation>Zdrojové subtasky: jejich lag watermarku podle metriky watermarkLag Flinku, nebo nečinný: po dobu nečinnosti nic nepřečetl a nebyl pod zpětným tlakem ani vytížený, proto se nezapočítává do lagu úlohy</translation>
    </message>
</context>
<context>
    <name>Tidewatch::FlinkVertexTableModel</name>
    <message>
        <location filename="../models/itemmodels/FlinkJobDetailModels.cpp" line="-324"/>
        <location line="+65"/>
        <location line="+8"/>
        <source>not measured yet</source>
        <translation>zatím nezměřeno</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bottleneck: %1 (busy %2 %)</source>
        <translation>Úzké hrdlo: %1 (vytížení %2 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no watermark</source>
        <translation>bez watermarku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>nečinný</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vertex</source>
        <translation>Vrchol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator chain Flink schedules as one task, in the order of the job plan</source>
        <translation>Řetězec operátorů, který Flink plánuje jako jeden task, v pořadí plánu úlohy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vertex id %1, %2</source>
        <translation>Id vrcholu %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bottleneck</source>
        <translation>Úzké hrdlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vertex that slows the job down: busy (at least 50 % of the time), not back-pressured itself, while a vertex feeding it is back-pressured. Fix or scale this one; the red back pressure upstream is its effect</source>
        <translation>Vrchol, který úlohu zpomaluje: je vytížený (aspoň 50 % času), sám není pod zpětným tlakem, zatímco vrchol, který ho zásobuje, pod zpětným tlakem je. Opravte nebo škálujte tento vrchol; červený zpětný tlak před ním je jen jeho důsledek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bottleneck</source>
        <translation>úzké hrdlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busy %1 % and not back-pressured, while the vertices feeding it are</source>
        <translation>Vytížení %1 % a bez zpětného tlaku, zatímco vrcholy, které ho zásobují, pod zpětným tlakem jsou</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parallelism</source>
        <translation>Paralelismus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtasks running this vertex (max parallelism in the cell tooltip)</source>
        <translation>Subtasky, které tento vrchol vykonávají (maximální paralelismus je v tooltipu buňky)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Max parallelism %1</source>
        <translation>Maximální paralelismus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back pressure</source>
        <translation>Zpětný tlak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink&apos;s back-pressure level of the worst subtask: ok (below 10 % of the time back-pressured), low (up to 50 %), high (more). A high vertex is slowed down by the one after it</source>
        <translation>Úroveň zpětného tlaku nejhoršího subtasku podle Flinku: ok (pod zpětným tlakem méně než 10 % času), low (do 50 %), high (více). Vrchol s úrovní high zpomaluje vrchol za ním</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flink&apos;s latest metric fetch started at %1 (its answer may still be from the one before)</source>
        <translation>Poslední načítání metrik ve Flinku začalo v %1 (jeho odpověď může být ještě z předchozího)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Busy</source>
        <translation>Vytížení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of time the busiest subtask spent processing records (not idle, not back-pressured), Flink&apos;s 60 s moving average. Near 100 %: this vertex is the bottleneck</source>
        <translation>Podíl času, kdy nejvytíženější subtask zpracovával záznamy (nebyl nečinný ani pod zpětným tlakem), klouzavý průměr Flinku za 60 s. Blízko 100 %: tento vrchol je úzkým hrdlem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Average over subtasks: %1 %</source>
        <translation>Průměr přes subtasky: %1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Records in</source>
        <translation>Záznamy na vstupu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records received per second, summed over subtasks</source>
        <translation>Přijaté záznamy za sekundu, součet přes subtasky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records out</source>
        <translation>Záznamy na výstupu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records emitted per second, summed over subtasks</source>
        <translation>Odeslané záznamy za sekundu, součet přes subtasky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watermark lag</source>
        <translation>Lag watermarku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far event time trails the clock at the moment Flink sampled it: sources, their watermarkLag gauge; other vertices, that sample time minus the lowest input watermark. &quot;no watermark&quot;: no subtask has one; &quot;idle&quot;: its sources are idle, which is not lag</source>
        <translation>Jak daleko event time zaostává za hodinami v okamžiku, kdy ho Flink změřil: u zdrojů jejich metrika watermarkLag; u ostatních vrcholů čas měření minus nejnižší vstupní watermark. „bez watermarku“: žádný subtask ho nemá; „nečinný“: jeho zdroje jsou nečinné, což není lag</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n idle subtask(s) left out of the lag</source>
        <translation>
            <numerusform>%n nečinný subtask nezapočítán do lagu</numerusform>
            <numerusform>%n nečinné subtasky nezapočítány do lagu</numerusform>
            <numerusform>%n nečinných subtasků nezapočítáno do lagu</numerusform>
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
        <translation>Partice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burrow&apos;s evaluation of this partition; the tooltip names Burrow&apos;s code</source>
        <translation>Hodnocení této partice podle Burrow; tooltip uvádí kód Burrow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committed</source>
        <translation>Commitnuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s committed offset; &quot;none&quot;: it never committed here</source>
        <translation>Commitnutý offset skupiny; „žádný“: skupina zde nikdy necommitovala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>žádný</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End offset</source>
        <translation>Koncový offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The high watermark: the next offset to be written</source>
        <translation>High watermark: další offset, který bude zapsán</translation>
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
        <translation>Počet zpráv pozadu na této partici</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time lag</source>
        <translation>Časový lag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log start</source>
        <translation>Začátek logu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log start offset: records below it were deleted by retention</source>
        <translation>Log start offset: záznamy pod ním smazala retence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last stable</source>
        <translation>Poslední stabilní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last stable offset (LSO): a read_committed consumer reads up to it; below the end offset while a transaction is open. The lag of a group the profile names read_committed ends here</source>
        <translation>Poslední stabilní offset (LSO): konzument read_committed čte až k němu; dokud je otevřená transakce, je pod koncovým offsetem. Lag skupiny, kterou profil označuje jako read_committed, končí zde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lag is measured to this offset</source>
        <translation>Lag se měří k tomuto offsetu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention</source>
        <translation>Retence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data lost, or when retention deletes the first record the group has not read at the current rates; the tooltip says why an estimate is missing</source>
        <translation>Ztracená data, nebo kdy retence při současných rychlostech smaže první záznam, který skupina nepřečetla; tooltip uvádí, proč odhad chybí</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client the partition is assigned to</source>
        <translation>Klient, kterému je partice přidělena</translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupTableModel</name>
    <message>
        <location line="-286"/>
        <source>Interpolated on the end offsets Tidewatch has watched</source>
        <translation>Interpolováno z koncových offsetů, které Tidewatch sledoval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the record at the committed offset: its CreateTime, set by the producer&apos;s clock</source>
        <translation>Ze záznamu na commitnutém offsetu: jeho CreateTime podle hodin producenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the record at the committed offset: its LogAppendTime, set by the broker</source>
        <translation>Ze záznamu na commitnutém offsetu: jeho LogAppendTime nastavený brokerem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown: the group&apos;s offsets could not be read (%1)</source>
        <translation>Neznámé: offsety skupiny nešlo přečíst (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not current: this cycle could not read the group&apos;s offsets (%1). The figure was read at %2.</source>
        <translation>Neaktuální: v tomto cyklu nešlo přečíst offsety skupiny (%1). Údaj byl přečten v %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consumer group&apos;s id</source>
        <translation>Id skupiny konzumentů</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>State</source>
        <extracomment>Column header: a Kafka consumer group&apos;s state (Stable, Empty, ...)</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (by design)</source>
        <translation>%1 (záměrně)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers in the group</source>
        <translation>Konzumenti ve skupině</translation>
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
        <translation>Počet zpráv pozadu, součet přes partice skupiny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max lag</source>
        <translation>Max. lag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages behind on the worst partition</source>
        <translation>Počet zpráv pozadu na nejhorší partici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time lag</source>
        <translation>Časový lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long ago the oldest message the group has not consumed was written, on its worst partition: from the end offsets Tidewatch has watched, or the timestamp of the record at the committed offset. &quot;≥&quot;: a lower bound (older than the history and the record could not be read)</source>
        <translation>Před jakou dobou byla zapsána nejstarší zpráva, kterou skupina ještě nezkonzumovala, na její nejhorší partici: z koncových offsetů, které Tidewatch sledoval, nebo z časového razítka záznamu na commitnutém offsetu. „≥“: dolní mez (starší než historie a záznam nešel přečíst)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>stable</source>
        <translation>stabilní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no members</source>
        <translation>bez členů</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebalancing</source>
        <translation>přerozdělování</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>smazaná</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 on %n host(s)</source>
        <translation>
            <numerusform>%1 na %n hostiteli</numerusform>
            <numerusform>%1 na %n hostitelích</numerusform>
            <numerusform>%1 na %n hostitelích</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 on %2 (%n partition(s)), member %3</source>
        <translation>
            <numerusform>%1 na %2 (%n partice), člen %3</numerusform>
            <numerusform>%1 na %2 (%n partice), člen %3</numerusform>
            <numerusform>%1 na %2 (%n partic), člen %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Burrow&apos;s evaluation over the last commits: ok, falling behind (lag growing; WARN), stopped (no commits while behind; STOP), stalled (commits that do not move; STALL), rewound (offset went back; REWIND), stuck (a partition stopped, stalled or rewound; ERR), not judged yet (NOTFOUND). The cell&apos;s tooltip names Burrow&apos;s code and the reason</source>
        <translation>Hodnocení podle Burrow z posledních commitů: ok, zaostává (lag roste; WARN), zastavená (žádné commity, přestože je pozadu; STOP), uvízlá (commity, které se nehýbou; STALL), vrácená zpět (offset se vrátil; REWIND), zaseknutá (některá partice je zastavená, uvízlá nebo vrácená zpět; ERR), zatím nehodnoceno (NOTFOUND). Tooltip buňky uvádí kód Burrow a důvod</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stable (Stable), no members (Empty), rebalancing (PreparingRebalance, CompletingRebalance), deleted (Dead). &quot;(by design)&quot;: no members, yet its offsets move, as a Flink or Spark Kafka source commits</source>
        <translation>stabilní (Stable), bez členů (Empty), přerozdělování (PreparingRebalance, CompletingRebalance), smazaná (Dead). &quot;(záměrně)&quot;: bez členů, a přesto se její offsety posouvají, jako když commituje zdroj Kafka z Flinku nebo Sparku</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No consumer is a member, yet the committed offsets move: an assign-only consumer (a Flink or Spark Kafka source) commits for this group (Kafka state %1)</source>
        <translation>Skupina nemá žádného člena, a přesto se commitnuté offsety posouvají: za skupinu commituje konzument, který si partice jen přiřazuje (assign), např. zdroj Kafka z Flinku nebo Sparku (stav Kafky %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kafka state %1</source>
        <translation>stav Kafky %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag over the last minute: ↑ growing, ↓ shrinking, → steady</source>
        <translation>Lag za poslední minutu: ↑ roste, ↓ klesá, → stabilní</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consumed</source>
        <translation>Zkonzumováno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed messages per second over the last minute</source>
        <translation>Commitnuté zprávy za sekundu za poslední minutu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catch-up</source>
        <translation>Dohnání</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated time until the lag is zero at the current consume and produce rates</source>
        <translation>Odhadovaná doba, než lag klesne na nulu při současné rychlosti konzumace a produkce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caught up</source>
        <translation>dohnáno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retention</source>
        <translation>Retence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data lost: on some partition the group is behind the log start (retention deleted records it never read). Otherwise the soonest time at which retention (retention.ms, retention.bytes) deletes a record the group has not read yet, at the current produce and consume rates</source>
        <translation>Data ztracena: na některé partici je pozice skupiny pod začátkem logu (retence smazala záznamy, které skupina nikdy nepřečetla). Jinak nejbližší čas, kdy retence (retention.ms, retention.bytes) smaže záznam, který skupina ještě nepřečetla, při současné rychlosti produkce a konzumace</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>data lost (%n partition(s))</source>
        <translation>
            <numerusform>data ztracena (%n partice)</numerusform>
            <numerusform>data ztracena (%n partice)</numerusform>
            <numerusform>data ztracena (%n partic)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hanging txn</source>
        <translation>Visící transakce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions the group reads whose last stable offset has stayed below the end offset for longer than the profile&apos;s threshold: a transaction that neither commits nor aborts</source>
        <translation>Partice čtené skupinou, jejichž poslední stabilní offset zůstává pod koncovým offsetem déle, než dovoluje práh v profilu: transakce, která není potvrzena ani zrušena</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members&apos; client ids and the hosts they run on</source>
        <translation>Id klientů členů a hostitelé, na kterých běží</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lag (last 5 min)</source>
        <translation>Lag (posl. 5 min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total lag over the last 5 minutes, the highest value of every 7.5 seconds so that short spikes show; the line is scaled to each group&apos;s own range. A break in the line: the lag was unknown (Kafka unreachable). Amber or red: the group is falling behind or worse. Sorts by the current lag</source>
        <translation>Celkový lag za posledních 5 minut, nejvyšší hodnota z každých 7,5 sekundy, aby byly vidět i krátké špičky; křivka je škálovaná na vlastní rozsah každé skupiny. Přerušení křivky: lag nebyl znám (Kafka byla nedostupná). Oranžová nebo červená: skupina zaostává nebo je na tom hůř. Řadí se podle aktuálního lagu</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No lag history of the last 5 minutes yet</source>
        <translation>Zatím žádná historie lagu za posledních 5 minut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest lag in the last 5 minutes: %1; now: %2</source>
        <translation>Nejvyšší lag za posledních 5 minut: %1; nyní: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::GroupTopicTableModel</name>
    <message>
        <location filename="../models/itemmodels/GroupTopicTableModel.cpp" line="+14"/>
        <source>due now</source>
        <translation>nyní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation>za %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>data lost</source>
        <translation>data ztracena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>safe</source>
        <translation>bezpečné</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The committed offset is below the log start offset: retention deleted records the group never read</source>
        <translation>Commitnutý offset je pod začátkem logu (log start offset): retence smazala záznamy, které skupina nikdy nepřečetla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the current produce and consume rates the partition&apos;s retention.bytes reaches the group&apos;s position then (Kafka deletes whole segments: then or later)</source>
        <translation>Při současné rychlosti produkce a konzumace dosáhne retention.bytes partice v tomto čase pozice skupiny (Kafka maže celé segmenty: tehdy nebo později)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the current produce and consume rates the oldest unread record becomes older than retention.ms then (Kafka deletes whole segments: then or later)</source>
        <translation>Při současné rychlosti produkce a konzumace bude nejstarší nepřečtený záznam v tomto čase starší než retention.ms (Kafka maže celé segmenty: tehdy nebo později)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>end offset</source>
        <translation>koncový offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last stable offset</source>
        <translation>poslední stabilní offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixed</source>
        <translation>smíšené</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A topic the group reads</source>
        <translation>Topic, který skupina čte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (deleted)</source>
        <translation>%1 (smazaný)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group has committed offsets on this topic, which the cluster no longer has</source>
        <translation>Skupina má na tomto topicu commitnuté offsety, ale cluster už tento topic nemá</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partitions</source>
        <translation>Partice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s partitions of this topic (with a known lag / all)</source>
        <translation>Partice tohoto topicu, které skupina čte (se známým lagem / všechny)</translation>
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
        <translation>Počet zpráv pozadu na tomto topicu, součet přes jeho partice se známým lagem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Max lag</source>
        <translation>Max. lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages behind on the topic&apos;s worst partition</source>
        <translation>Počet zpráv pozadu na nejhorší partici topicu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time lag</source>
        <translation>Časový lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic&apos;s worst partition&apos;s time lag</source>
        <translation>Časový lag nejhorší partice topicu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consumed</source>
        <translation>Zkonzumováno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed messages per second on this topic over the last minute</source>
        <translation>Commitnuté zprávy za sekundu na tomto topicu za poslední minutu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lag to</source>
        <translation>Lag do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the lag ends: the end offset (high watermark), or the last stable offset for a group the profile names read_committed (groups.read.committed)</source>
        <translation>Kde lag končí: koncový offset (high watermark), nebo poslední stabilní offset u skupiny, kterou profil označuje jako read_committed (groups.read.committed)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention</source>
        <translation>Retence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data lost: the group is behind the log start on some partition. Otherwise the soonest time at which retention (retention.ms, retention.bytes) deletes a record the group has not read, at the current rates</source>
        <translation>Data ztracena: na některé partici je pozice skupiny pod začátkem logu. Jinak nejbližší čas, kdy retence (retention.ms, retention.bytes) smaže záznam, který skupina nepřečetla, při současných rychlostech</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>data lost (%n partition(s))</source>
        <translation>
            <numerusform>data ztracena (%n partice)</numerusform>
            <numerusform>data ztracena (%n partice)</numerusform>
            <numerusform>data ztracena (%n partic)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hanging txn</source>
        <translation>Visící transakce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions of the topic whose last stable offset has stayed below the end offset for longer than the profile&apos;s threshold (transaction.hanging.seconds): a transaction that neither commits nor aborts holds read_committed consumers there</source>
        <translation>Partice topicu, jejichž poslední stabilní offset zůstává pod koncovým offsetem déle, než dovoluje práh v profilu (transaction.hanging.seconds): transakce, která není potvrzena ani zrušena, tam zdržuje konzumenty read_committed</translation>
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
            <numerusform>%n skupina konzumentů · zastavené, uvízlé nebo vrácené: %1</numerusform>
            <numerusform>%n skupiny konzumentů · zastavené, uvízlé nebo vrácené: %1</numerusform>
            <numerusform>%n skupin konzumentů · zastavené, uvízlé nebo vrácené: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lag of %1 (messages)</source>
        <translation>Lag skupiny %1 (zprávy)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a group to see its partitions, members and lag history</source>
        <translation>Vyberte skupinu a zobrazí se její partice, členové a historie lagu</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Filter groups by id, status, state or client (e.g. stopped, no members)</source>
        <translation>Filtrovat skupiny podle id, stavu nebo klienta (např. zastavená, bez členů)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Lag (messages)</source>
        <translation>Lag (zprávy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time lag</source>
        <translation>Časový lag</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Time lag of %1</source>
        <translation>Časový lag skupiny %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2, %3, lag %4, time lag %5</source>
        <translation>%1 — %2, %3, lag %4, časový lag %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · read_committed: lag to the last stable offset</source>
        <translation> · read_committed: lag k poslednímu stabilnímu offsetu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · data lost on %n partition(s)</source>
        <translation>
            <numerusform> · ztracená data na %n partici</numerusform>
            <numerusform> · ztracená data na %n particích</numerusform>
            <numerusform> · ztracená data na %n particích</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n hanging transaction(s)</source>
        <translation>
            <numerusform> · %n visící transakce</numerusform>
            <numerusform> · %n visící transakce</numerusform>
            <numerusform> · %n visících transakcí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 on %2 (%n partition(s))</source>
        <translation>
            <numerusform>%1 na %2 (%n partice)</numerusform>
            <numerusform>%1 na %2 (%n partice)</numerusform>
            <numerusform>%1 na %2 (%n partic)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No active members.</source>
        <translation>Žádní aktivní členové.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: %1</source>
        <translation>Členové: %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::HelpMenu</name>
    <message>
        <location filename="../widgets/HelpMenu.cpp" line="+44"/>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>&amp;Uživatelská příručka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Tidewatch</source>
        <translation>&amp;O aplikaci Tidewatch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Esc (or --wall-exit-key)</source>
        <translation>Esc (nebo --wall-exit-key)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the wall display</source>
        <translation>Opustit nástěnnou obrazovku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidewatch %1</source>
        <translation>Tidewatch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A live operations dashboard for Kafka clusters and Flink jobs.</source>
        <translation>Živý provozní dashboard pro clustery Kafka a úlohy Flink.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (sestaveno s %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Klávesy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>User guide</source>
        <translation>Uživatelská příručka</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The user guide is not installed with this build. It is docs/GUIDE.md in Tidewatch&apos;s source tree.</source>
        <translation>Uživatelská příručka není v tomto sestavení nainstalována. Najdete ji jako docs/GUIDE.md ve zdrojových kódech Tidewatche.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1</source>
        <translation>Nelze přečíst %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidewatch user guide</source>
        <translation>Uživatelská příručka Tidewatche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Tidewatch</source>
        <translation>O aplikaci Tidewatch</translation>
    </message>
</context>
<context>
    <name>Tidewatch::HttpConnectionFields</name>
    <message>
        <location filename="../widgets/HttpConnectionFields.cpp" line="+20"/>
        <source>kept in the keychain, never in the profiles file</source>
        <translation>uloženo v klíčence, nikdy v souboru profilů</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User:</source>
        <translation>Uživatel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP basic authentication user (optional)</source>
        <translation>Uživatel pro HTTP basic autentizaci (nepovinné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP basic authentication password: a secret</source>
        <translation>Heslo pro HTTP basic autentizaci: tajný údaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA file:</source>
        <translation>Soubor CA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file with the CA certificate(s) of an https endpoint, trusted beside the system ones (optional)</source>
        <translation>Soubor PEM s certifikátem (certifikáty) CA koncového bodu https, důvěryhodný vedle systémových (nepovinné)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate:</source>
        <translation>Klientský certifikát:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM client certificate, for endpoints that require one (optional)</source>
        <translation>Klientský certifikát PEM pro koncové body, které ho vyžadují (nepovinné)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key:</source>
        <translation>Klientský klíč:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM private key of the client certificate; empty: in the certificate&apos;s file</source>
        <translation>Soukromý klíč PEM ke klientskému certifikátu; prázdné: je v souboru certifikátu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key passphrase:</source>
        <translation>Heslo ke klíči:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase of an encrypted client key: a secret</source>
        <translation>Heslo k zašifrovanému klientskému klíči: tajný údaj</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Flink CA file</source>
        <translation>Soubor CA pro Flink</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flink client certificate</source>
        <translation>Klientský certifikát pro Flink</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flink client key</source>
        <translation>Klientský klíč pro Flink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink: a client key needs its client certificate</source>
        <translation>Flink: klientský klíč vyžaduje svůj klientský certifikát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker metrics CA file</source>
        <translation>Soubor CA pro metriky brokerů</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broker metrics client certificate</source>
        <translation>Klientský certifikát pro metriky brokerů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker metrics client key</source>
        <translation>Klientský klíč pro metriky brokerů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker metrics: a client key needs its client certificate</source>
        <translation>Metriky brokerů: klientský klíč vyžaduje svůj klientský certifikát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kafka Connect CA file</source>
        <translation>Soubor CA pro Kafka Connect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kafka Connect client certificate</source>
        <translation>Klientský certifikát pro Kafka Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka Connect client key</source>
        <translation>Klientský klíč pro Kafka Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka Connect: a client key needs its client certificate</source>
        <translation>Kafka Connect: klientský klíč vyžaduje svůj klientský certifikát</translation>
    </message>
</context>
<context>
    <name>Tidewatch::HubMapPage</name>
    <message>
        <location filename="../widgets/HubMapPage.cpp" line="+20"/>
        <source>Hubs</source>
        <translation>Huby</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n hub(s) · %1 shipments in transit between hubs · %2 late</source>
        <translation>
            <numerusform>%n hub · zásilky na cestě mezi huby: %1 · opožděné: %2</numerusform>
            <numerusform>%n huby · zásilky na cestě mezi huby: %1 · opožděné: %2</numerusform>
            <numerusform>%n hubů · zásilky na cestě mezi huby: %1 · opožděné: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::HubMapWidget</name>
    <message>
        <location filename="../widgets/HubMapWidget.cpp" line="+154"/>
        <source>hub: size by shipments at or heading to it</source>
        <translation>hub: velikost podle zásilek v něm nebo na cestě do něj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late shipments there (core area by share)</source>
        <translation>opožděné zásilky v hubu (plocha jádra podle podílu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in transit (width by shipments)</source>
        <translation>na cestě (šířka podle počtu zásilek)</translation>
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
        <translation>Bez souřadnic:</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>%1°W</source>
        <translation>%1° z. d.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1°E</source>
        <translation>%1° v. d.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1°S</source>
        <translation>%1° j. š.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1°N</source>
        <translation>%1° s. š.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No hub seen in shipment events yet</source>
        <translation>V událostech zásilek zatím nebyl žádný hub</translation>
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
        <translation> (opožděné: %1)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::KafkaConnectionForm</name>
    <message>
        <location filename="../widgets/KafkaConnectionForm.cpp" line="+51"/>
        <source>security.protocol: how the client talks to the brokers</source>
        <translation>security.protocol: jak klient komunikuje s brokery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLAINTEXT (no TLS, no authentication)</source>
        <translation>PLAINTEXT (bez TLS, bez autentizace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL (TLS, optionally with a client certificate)</source>
        <translation>SSL (TLS, volitelně s klientským certifikátem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SASL_PLAINTEXT (authentication without TLS)</source>
        <translation>SASL_PLAINTEXT (autentizace bez TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SASL_SSL (authentication over TLS)</source>
        <translation>SASL_SSL (autentizace přes TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security protocol:</source>
        <translation>Bezpečnostní protokol:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sasl.mechanism: how the client authenticates</source>
        <translation>sasl.mechanism: jak se klient autentizuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not set: librdkafka&apos;s default, GSSAPI)</source>
        <translation>(nenastaveno: výchozí hodnota librdkafka, GSSAPI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SASL mechanism:</source>
        <translation>Mechanismus SASL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept in the keychain, never in the profiles file</source>
        <translation>uloženo v klíčence, nikdy v souboru profilů</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User:</source>
        <translation>Uživatel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.username</source>
        <translation>sasl.username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.password: a secret</source>
        <translation>sasl.password: tajný údaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sasl.oauthbearer.method</source>
        <translation>sasl.oauthbearer.method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIDC client credentials</source>
        <translation>OIDC client credentials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (sasl.oauthbearer.config in the property table)</source>
        <translation>Výchozí (sasl.oauthbearer.config v tabulce vlastností)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAUTHBEARER method:</source>
        <translation>Metoda OAUTHBEARER:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:</source>
        <translation>Client id:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.oauthbearer.client.id</source>
        <translation>sasl.oauthbearer.client.id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.oauthbearer.client.secret: a secret</source>
        <translation>sasl.oauthbearer.client.secret: tajný údaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token endpoint:</source>
        <translation>Token endpoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sasl.oauthbearer.token.endpoint.url: the identity provider&apos;s token URL</source>
        <translation>sasl.oauthbearer.token.endpoint.url: URL tokenu u poskytovatele identity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sasl.oauthbearer.scope (optional)</source>
        <translation>sasl.oauthbearer.scope (nepovinné)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA file:</source>
        <translation>Soubor CA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssl.ca.location: PEM file with the CA certificate(s) of the brokers; empty: the system&apos;s</source>
        <translation>ssl.ca.location: soubor PEM s certifikátem (certifikáty) CA brokerů; prázdné: systémové</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate:</source>
        <translation>Klientský certifikát:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssl.certificate.location: PEM client certificate (mutual TLS)</source>
        <translation>ssl.certificate.location: klientský certifikát PEM (vzájemné TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key:</source>
        <translation>Klientský klíč:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssl.key.location: PEM private key of the client certificate</source>
        <translation>ssl.key.location: soukromý klíč PEM ke klientskému certifikátu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key passphrase:</source>
        <translation>Heslo ke klíči:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssl.key.password: passphrase of an encrypted key; a secret</source>
        <translation>ssl.key.password: heslo k zašifrovanému klíči; tajný údaj</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Unknown security protocol &quot;%1&quot;: choose PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL</source>
        <translation>Neznámý bezpečnostní protokol &quot;%1&quot;: zvolte PLAINTEXT, SSL, SASL_PLAINTEXT nebo SASL_SSL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SASL mechanism %1 needs a SASL security protocol (SASL_PLAINTEXT or SASL_SSL); with %2 it is not used. Choose a SASL protocol or set no mechanism.</source>
        <translation>Mechanismus SASL %1 vyžaduje bezpečnostní protokol SASL (SASL_PLAINTEXT nebo SASL_SSL); s protokolem %2 se nepoužije. Zvolte protokol SASL, nebo mechanismus nenastavujte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown SASL mechanism &quot;%1&quot;</source>
        <translation>Neznámý mechanismus SASL &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SASL %1 needs a user</source>
        <translation>SASL %1 vyžaduje uživatele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OIDC (sasl.oauthbearer.method=oidc) is not available: %1</source>
        <translation>OIDC (sasl.oauthbearer.method=oidc) není k dispozici: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OIDC needs a client id and a client secret</source>
        <translation>OIDC vyžaduje client id a client secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OIDC needs the token endpoint&apos;s http(s) URL</source>
        <translation>OIDC vyžaduje URL token endpointu (http nebo https)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kafka CA file</source>
        <translation>Soubor CA pro Kafku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kafka client certificate</source>
        <translation>Klientský certifikát pro Kafku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka client key</source>
        <translation>Klientský klíč pro Kafku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Kafka client certificate and its key go together: give both or neither</source>
        <translation>Klientský certifikát pro Kafku a jeho klíč patří k sobě: zadejte obojí, nebo nic</translation>
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
        <translation>Hodnota nebo regex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (template)</source>
        <translation>Hodnota (šablona)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a label matcher</source>
        <translation>Přidat matcher labelu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a label</source>
        <translation>Přidat label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected row</source>
        <translation>Odebrat vybraný řádek</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>= equals, != differs, =~ matches the regex (whole value), !~ does not match</source>
        <translation>= rovná se, != liší se, =~ odpovídá regexu (celá hodnota), !~ neodpovídá</translation>
    </message>
</context>
<context>
    <name>Tidewatch::LanguageChooser</name>
    <message>
        <location filename="../widgets/LanguageChooser.cpp" line="+22"/>
        <source>The language of the interface, and of numbers and dates in it</source>
        <translation>Jazyk rozhraní a s ním i formát čísel a dat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <extracomment>The language choice that follows the operating system&apos;s language</extracomment>
        <translation>Podle systému</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language applies when Tidewatch is started again.</source>
        <translation>Nový jazyk se projeví při příštím spuštění Tidewatche.</translation>
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
        <translation>Partice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order or shipment id</source>
        <translation>Id objednávky nebo zásilky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event time</source>
        <translation>Čas události</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Behind watermark by</source>
        <translation>Za watermarkem o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the event&apos;s time was behind the newest event time seen when it arrived</source>
        <translation>O kolik byl čas události při jejím příchodu za nejnovějším dosud viděným časem události</translation>
    </message>
</context>
<context>
    <name>Tidewatch::LateShipmentTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="-63"/>
        <source>Promised</source>
        <translation>Slíbeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised delivery (event time, local)</source>
        <translation>Slíbené doručení (čas události, místní)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late by</source>
        <translation>Zpoždění</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest event time seen (the watermark) minus the promised delivery</source>
        <translation>Nejnovější viděný čas události (watermark) minus slíbené doručení</translation>
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
        <translation>Cluster, který stránky zobrazují (Ctrl+PgDown / Ctrl+PgUp: další / předchozí); přehled ukazuje stav všech clusterů</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Overview</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Výstrahy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokers</source>
        <translation>Brokery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Topicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer groups</source>
        <translation>Skupiny konzumentů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink jobs</source>
        <translation>Úlohy Flinku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipelines</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert rules</source>
        <translation>Pravidla výstrah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Next cluster</source>
        <translation>&amp;Další cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous cluster</source>
        <translation>&amp;Předchozí cluster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
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
        <translation>%1: poslední cyklus Kafky %2 ms, požadavky: %3</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>no cluster is monitored</source>
        <translation>žádný cluster není monitorován</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the first data of %1</source>
        <translation>čeká se na první data z %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no Kafka cluster configured</source>
        <translation>%1 nemá nastavený Kafka cluster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no Flink cluster configured</source>
        <translation>%1 nemá nastavený Flink cluster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no event topics configured</source>
        <translation>%1 nemá nastavené žádné topicy událostí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ALERT %1 [%2] %3</source>
        <translation>VÝSTRAHA %1 [%2] %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>event topics</source>
        <translation>topicy událostí</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>… and %n more firing alert(s)</source>
        <translation>
            <numerusform>… a %n další aktivní výstraha</numerusform>
            <numerusform>… a %n další aktivní výstrahy</numerusform>
            <numerusform>… a %n dalších aktivních výstrah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 UNREACHABLE: %2 — last data %3</source>
        <translation>%1 BEZ SPOJENÍ: %2 — data naposledy %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 STALE — last data %2</source>
        <translation>%1: ZASTARALÁ DATA — naposledy %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kafka %1</source>
        <translation>Kafka %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broker %1 DOWN: %2</source>
        <translation>Broker %1 NEDOSTUPNÝ: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n partition(s) OFFLINE</source>
        <translation>
            <numerusform>%n partice OFFLINE</numerusform>
            <numerusform>%n partice OFFLINE</numerusform>
            <numerusform>%n partic OFFLINE</numerusform>
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
        <translation>neúplné →</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>stale: last known figures</source>
        <translation>zastaralá: poslední známé údaje</translation>
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
        <translation>Zobrazovat &amp;oznámení na ploše pro nové aktivní výstrahy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a &amp;sound with them</source>
        <translation>Přehrát k nim &amp;zvuk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA file</source>
        <translation>Soubor CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insecure</source>
        <translation>Nezabezpečené</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alertmanagers</source>
        <translation>Alertmanagery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alertmanager base URLs (…/api/v2/alerts is appended); passwords go to the keychain</source>
        <translation>Základní URL Alertmanagerů (připojí se …/api/v2/alerts); hesla se ukládají do klíčenky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhooky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URLs that get each alert change as JSON; passwords and tokens go to the keychain</source>
        <translation>URL, na které se posílá každá změna výstrahy jako JSON; hesla a tokeny se ukládají do klíčenky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Odesílání</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firing alerts are sent to Alertmanager again this often</source>
        <translation>Jak často se aktivní výstrahy znovu posílají do Alertmanageru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resend interval:</source>
        <translation>&amp;Interval opakovaného odeslání:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When more new alerts than the storm size arrive within the storm window, they become one summary notification.</source>
        <translation>Když během okna bouře přijde více nových výstrah, než je velikost bouře, spojí se do jednoho souhrnného oznámení.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More new alerts than this within the storm window become one summary</source>
        <translation>Více nových výstrah než tento počet během okna bouře se spojí do jednoho souhrnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;torm size (alerts):</source>
        <translation>&amp;Velikost bouře (výstrahy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storm &amp;window:</source>
        <translation>&amp;Okno bouře:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications are at least this far apart</source>
        <translation>Oznámení na ploše jsou od sebe vzdálena nejméně takto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Least time between notifications:</source>
        <translation>&amp;Nejkratší doba mezi oznámeními:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery status</source>
        <translation>Stav doručování</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success</source>
        <translation>Poslední úspěch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Poslední chyba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Fronta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped</source>
        <translation>Zahozeno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Doručeno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save notifications</source>
        <translation>Uložit oznámení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write these settings to %1 (secrets to the keychain) and apply them</source>
        <translation>Zapsat tato nastavení do %1 (tajné údaje do klíčenky) a použít je</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Accept any server certificate (not for production)</source>
        <translation>Přijmout jakýkoli certifikát serveru (ne pro produkci)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; není URL http(s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No keychain answers: passwords and tokens cannot be kept. Remove them, or tick &quot;keep for this session only&quot; on the Connections tab.</source>
        <translation>Klíčenka neodpovídá: hesla a tokeny nelze uchovat. Odeberte je, nebo na kartě Připojení zaškrtněte „Uchovat tajné údaje jen pro tuto relaci“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved to %1</source>
        <translation>Uloženo do %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing sent yet</source>
        <translation>zatím nic neodesláno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing</source>
        <translation>selhává</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivering</source>
        <translation>doručuje</translation>
    </message>
</context>
<context>
    <name>Tidewatch::OrdersPage</name>
    <message>
        <location filename="../widgets/OrdersPage.cpp" line="+23"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The order&apos;s latest status, as the events name it</source>
        <translation>Poslední stav objednávky, jak ho pojmenovávají události</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders per event-time minute</source>
        <translation>Objednávky za minutu času události</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders created, paid, shipped and cancelled per minute of event time, the last 60 minutes. The shaded minutes at the right are still open (events may still arrive): partial, not a drop</source>
        <translation>Objednávky vytvořené, zaplacené, odeslané a zrušené za minutu času události, posledních 60 minut. Vystínované minuty vpravo jsou ještě otevřené (události mohou stále přicházet): neúplné údaje, ne pokles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue of paid orders per minute</source>
        <translation>Tržby ze zaplacených objednávek za minutu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of orders paid in each event-time minute, per currency</source>
        <translation>Částky objednávek zaplacených v každé minutě času události, podle měny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time from an order&apos;s creation to its shipping, over the orders shipped in each SLA window: median (p50) and 95th percentile (p95)</source>
        <translation>Doba od vytvoření objednávky do jejího odeslání u objednávek odeslaných v každém okně SLA: medián (p50) a 95. percentil (p95)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders: %1 tracked · %2 open · %3 overdue</source>
        <translation>Objednávky: sledované %1 · otevřené %2 · po termínu %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: no order shipped</source>
        <translation>%1: žádná objednávka neodeslána</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: p50 %2, p95 %3 (%4 shipped)</source>
        <translation>%1: p50 %2, p95 %3 (odesláno: %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order to ship: unknown</source>
        <translation>Od objednávky k odeslání: neznámé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order to ship — %1</source>
        <translation>Od objednávky k odeslání — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue orders (not shipped by their ship-by time): %1</source>
        <translation>Objednávky po termínu (neodeslané do termínu odeslání): %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::OverdueOrderTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModels.cpp" line="+29"/>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order&apos;s latest status</source>
        <translation>Poslední stav objednávky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order amount in its currency</source>
        <translation>Částka objednávky v její měně</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship by</source>
        <translation>Odeslat do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the order had to ship (event time, local)</source>
        <translation>Kdy měla být objednávka odeslána (čas události, místní)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue by</source>
        <translation>Po termínu o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest event time seen (the watermark) minus the ship-by time</source>
        <translation>Nejnovější viděný čas události (watermark) minus termín odeslání</translation>
    </message>
</context>
<context>
    <name>Tidewatch::OverviewPage</name>
    <message>
        <location filename="../widgets/OverviewPage.cpp" line="+35"/>
        <location line="+162"/>
        <source>Kafka cluster</source>
        <translation>Kafka cluster</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+2"/>
        <location line="+160"/>
        <source>Flink</source>
        <translation>Flink</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Double-click a group to open it</source>
        <translation>Dvojklikem na skupinu ji otevřete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a broker to open the brokers page</source>
        <translation>Dvojklikem na broker otevřete stránku brokerů</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Double-click an alert to open what it is about</source>
        <translation>Dvojklikem na výstrahu otevřete to, čeho se týká</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+129"/>
        <source>No active alerts</source>
        <translation>Žádné aktivní výstrahy</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Consumer groups, most lag first</source>
        <translation>Skupiny konzumentů, největší lag nahoře</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No Kafka cluster configured</source>
        <translation>Není nastaven žádný Kafka cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Flink cluster configured</source>
        <translation>Není nastaven žádný Flink cluster</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kafka cluster %1</source>
        <translation>Kafka cluster %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flink of %1</source>
        <translation>Flink clusteru %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alerts: %1 firing (%2 silenced), %3 pending</source>
        <translation>Výstrahy: aktivní %1 (ztlumené %2), čekající %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts: %1 firing, %2 pending</source>
        <translation>Výstrahy: aktivní %1, čekající %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaders per broker: %1</source>
        <translation>leadeři podle brokerů: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not on the preferred leader: %n partition(s) · %1</source>
        <translation>
            <numerusform>Jiný než preferovaný leader: %n partice · %1</numerusform>
            <numerusform>Jiný než preferovaný leader: %n partice · %1</numerusform>
            <numerusform>Jiný než preferovaný leader: %n partic · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every partition on its preferred leader · %1</source>
        <translation>Všechny partice mají preferovaného leadera · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partition led by another replica than its first (preferred) one puts more load on that broker; kafka-leader-election --election-type preferred moves leadership back</source>
        <translation>Partice, kterou vede jiná replika než její první (preferovaná), zatěžuje víc svého leadera; kafka-leader-election --election-type preferred vrátí vedení zpět</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — no Kafka data</source>
        <translation>%1 — žádná data z Kafky</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — brokers up: %2/%3 · controller: %4 · %5 · under-replicated: %6 · offline: %7 · under min ISR: %8</source>
        <translation>%1 — běžící brokery: %2/%3 · controller: %4 · %5 · nedostatečně replikované: %6 · offline: %7 · pod min. ISR: %8</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — no Flink data</source>
        <translation>%1 — žádná data z Flinku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Flink %2 · task managers: %3 · slots: %4 free of %5 · jobs running: %6 of %7</source>
        <translation>%1 — Flink %2 · task managery: %3 · sloty: volné %4 z %5 · běžící úlohy: %6 z %7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(version unknown)</source>
        <translation>(verze neznámá)</translation>
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
        <translation>Partice</translation>
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
        <translation>Broker, který obsluhuje čtení a zápisy; žádný: offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>žádný</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replicas</source>
        <translation>Repliky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokers holding a copy; the first is the preferred leader</source>
        <translation>Brokery, které drží kopii; první je preferovaný leader</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In sync</source>
        <translation>Synchronní</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replicas caught up with the leader (ISR)</source>
        <translation>Repliky, které dohnaly leadera (ISR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: no leader</source>
        <translation>Offline: žádný leader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under min.insync.replicas (%1): acks=all writes fail</source>
        <translation>Pod min.insync.replicas (%1): zápisy s acks=all selhávají</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation>Nedostatečně replikovaná: synchronní repliky %1 z %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing replicas</source>
        <translation>Chybějící repliky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas not in sync, by broker id: the brokers this partition is waiting for. Sort by this column to group the partitions by the broker they miss</source>
        <translation>Repliky, které nejsou synchronní, podle id brokeru: brokery, na které tato partice čeká. Seřazením podle tohoto sloupce seskupíte partice podle brokeru, který jim chybí</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not in the ISR: broker(s) %1</source>
        <translation>Mimo ISR (id brokerů): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred leader</source>
        <translation>Preferovaný leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the first replica leads; otherwise load may be uneven</source>
        <translation>Zda vede první replika; jinak může být zátěž nerovnoměrná</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start offset</source>
        <translation>Počáteční offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest offset still kept (the log start offset)</source>
        <translation>Nejstarší offset, který se ještě uchovává (log start offset)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End offset</source>
        <translation>Koncový offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The high watermark: the next offset to be written</source>
        <translation>High watermark: další offset, který bude zapsán</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages in</source>
        <translation>Příchozí zprávy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Of mean</source>
        <translation>Vůči průměru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This partition&apos;s messages per second over the mean of its topic&apos;s partitions: 1× is its fair share; the topic&apos;s busiest partition is the hot one</source>
        <translation>Zprávy za sekundu této partice vůči průměru partic jejího topicu: 1× odpovídá rovnoměrnému podílu; nejvytíženější partice topicu je ta přetížená</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bytes in</source>
        <translation>Příchozí bajty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes appended per second to the leader&apos;s log (brokers&apos; metrics); unknown without them, after a leader change and when retention deleted a segment</source>
        <translation>Bajty za sekundu připsané do logu leadera (metriky brokerů); neznámé bez nich, po změně leadera a když retence smazala segment</translation>
    </message>
</context>
<context>
    <name>Tidewatch::PipelineDiagram</name>
    <message>
        <location filename="../widgets/PipelineDiagram.cpp" line="+77"/>
        <source>DATABASE SLOT</source>
        <translation>DATABÁZOVÝ SLOT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SINK CONNECTOR</source>
        <translation>SINK KONEKTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE CONNECTOR</source>
        <translation>SOURCE KONEKTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONNECTOR</source>
        <translation>KONEKTOR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONSUMER GROUP</source>
        <translation>SKUPINA KONZUMENTŮ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FLINK JOB</source>
        <translation>ÚLOHA FLINKU</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MISSING</source>
        <translation>CHYBÍ</translation>
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
        <translation>rychlost neznámá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no lag of its own</source>
        <translation>bez vlastního lagu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 msgs</source>
        <translation>%1 zpr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lag %1</source>
        <translation>lag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>žádná data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data %1</source>
        <translation>data %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>end to end: unknown</source>
        <translation>end to end: neznámé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end to end: at least %1</source>
        <translation>end to end: nejméně %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end to end: %1</source>
        <translation>end to end: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No pipelines: no connector, Flink job or sink reads or writes a known topic yet, and the profile defines none.</source>
        <translation>Žádné pipeline: žádný konektor, úloha Flinku ani sink zatím nečte ani nezapisuje známý topic a profil žádnou nedefinuje.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (defined in the profile)</source>
        <translation>%1 (definováno v profilu)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>WORST</source>
        <translation>NEJHORŠÍ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Debezium: %1 behind the source</source>
        <translation>Debezium: %1 za zdrojem</translation>
    </message>
</context>
<context>
    <name>Tidewatch::PipelineSettingsEditor</name>
    <message>
        <location filename="../widgets/PipelineSettingsEditor.cpp" line="+18"/>
        <source>Also show the pipelines found automatically</source>
        <translation>Zobrazit i automaticky nalezené pipeline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A libpq connection string of the database whose replication slots are watched; empty: no database part. Never put the password in it.</source>
        <translation>Připojovací řetězec libpq k databázi, jejíž replikační sloty se sledují; prázdné: bez databázové části. Nikdy do něj nevkládejte heslo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL:</source>
        <translation>PostgreSQL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database password: kept in the system keychain, never in the profiles file</source>
        <translation>Heslo k databázi: uloženo v systémové klíčence, nikdy v souboru profilů</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL password:</source>
        <translation>Heslo k PostgreSQL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kafka Connect worker&apos;s Prometheus endpoint (JMX exporter) with Debezium&apos;s figures; empty: none</source>
        <translation>Prometheus endpoint workeru Kafka Connect (JMX exporter) s údaji Debezia; prázdné: žádný</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debezium metrics:</source>
        <translation>Metriky Debezia:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your pipelines, one per line: a name, a colon, then the hops joined by &apos;&gt;&apos;, each kind:id with kind database (a replication slot), connector, topic, group or flink (a job name). A pipeline of the same name as an automatic one replaces it.</source>
        <translation>Vaše pipeline, jedna na řádek: název, dvojtečka a pak kroky spojené znakem &apos;&gt;&apos;, každý ve tvaru druh:id, kde druh je database (replikační slot), connector, topic, group nebo flink (název úlohy). Pipeline se stejným názvem jako automatická ji nahradí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipelines:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Pipelines, line %1: %2</source>
        <translation>Pipeline, řádek %1: %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::PipelinesPage</name>
    <message>
        <location filename="../widgets/PipelinesPage.cpp" line="+23"/>
        <source>Pipelines: waiting for data</source>
        <translation>Pipeline: čeká se na data</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ok</source>
        <translation>v pořádku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>neznámý stav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>varování</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>pozastaveno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>selhalo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pipelines: none known</source>
        <translation>Pipeline: žádné známé</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n pipeline(s), all ok</source>
        <translation>
            <numerusform>%n pipeline, v pořádku</numerusform>
            <numerusform>%n pipeline, všechny v pořádku</numerusform>
            <numerusform>%n pipeline, všechny v pořádku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of %1 pipeline(s) not ok · worst: %2 at %3 (%4) · %5</source>
        <translation>
            <numerusform>%n z %1 pipeline není v pořádku · nejhorší: %2 u %3 (%4) · %5</numerusform>
            <numerusform>%n z %1 pipeline nejsou v pořádku · nejhorší: %2 u %3 (%4) · %5</numerusform>
            <numerusform>%n z %1 pipeline není v pořádku · nejhorší: %2 u %3 (%4) · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::PositionTableModel</name>
    <message>
        <location filename="../models/itemmodels/ShipmentTableModels.cpp" line="+13"/>
        <source>Updated</source>
        <translation>Aktualizováno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event time of the shipment&apos;s latest event (local)</source>
        <translation>Čas události poslední události zásilky (místní)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RejectedEventTableModel</name>
    <message>
        <location filename="../models/itemmodels/EventQualityTableModels.cpp" line="-57"/>
        <source>Seen at</source>
        <translation>Přečteno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When Tidewatch read the message (local)</source>
        <translation>Kdy Tidewatch zprávu přečetl (místní čas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition</source>
        <translation>Partice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the message was rejected; the tooltip names the code (not-json, missing-field, wrong-type, bad-time, unknown-op, empty)</source>
        <translation>Proč byla zpráva odmítnuta; tooltip uvádí kód (not-json, missing-field, wrong-type, bad-time, unknown-op, empty)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excerpt</source>
        <translation>Úryvek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first bytes of the message</source>
        <translation>První bajty zprávy</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RejectedPage</name>
    <message>
        <location filename="../widgets/RejectedPage.cpp" line="+44"/>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the decoder rejected messages</source>
        <translation>Proč dekodér zprávy odmítl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected by reason</source>
        <translation>Odmítnuté podle důvodu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Event topics</source>
        <translation>Topicy událostí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event quality</source>
        <translation>Kvalita událostí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event quality: %1 rejected · %2 late · %3 duplicates · %4 entities evicted by the caps · state %5</source>
        <translation>Kvalita událostí: odmítnuté %1 · opožděné %2 · duplicity %3 · entity vyřazené limity %4 · stav %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected messages: %1</source>
        <translation>Odmítnuté zprávy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late events (behind the watermark by more than the allowed lateness, %1): %2</source>
        <translation>Opožděné události (za watermarkem o více než povolené zpoždění, %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RuleEditorDialog</name>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="+21"/>
        <source>New alert rule</source>
        <translation>Nové pravidlo výstrahy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert rule %1</source>
        <translation>Pravidlo výstrahy %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview on the current data</source>
        <translation>Náhled na aktuálních datech</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the rule to the rules file; it takes effect at once</source>
        <translation>Uložit pravidlo do souboru pravidel; platí okamžitě</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the rule first:
%1</source>
        <translation>Nejprve pravidlo opravte:
%1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RuleForm</name>
    <message>
        <location filename="../widgets/RuleForm.cpp" line="+44"/>
        <source>The alert&apos;s name (alertname), e.g. OrdersLagHigh</source>
        <translation>Název výstrahy (alertname), např. OrdersLagHigh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metric to compare; type to search</source>
        <translation>Metrika k porovnání; psaním vyhledáte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metric&apos;s HELP text (docs/METRICS.md)</source>
        <translation>Text HELP metriky (docs/METRICS.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison, as in PromQL</source>
        <translation>Porovnání jako v PromQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number in the metric&apos;s base unit: seconds, bytes, ratios 0..1</source>
        <translation>Číslo v základní jednotce metriky: sekundy, bajty, poměry 0..1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The threshold in the metric&apos;s unit</source>
        <translation>Práh v jednotce metriky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear at</source>
        <translation>Zrušit při</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hysteresis: once firing, keep firing until the value has crossed this threshold back (not for == and !=)</source>
        <translation>Hystereze: aktivní výstraha zůstane aktivní, dokud hodnota zpět nepřekročí tento práh (ne pro == a !=)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a firing alert clears</source>
        <translation>Kde se aktivní výstraha zruší</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the condition must hold before the alert fires: 30s, 5m, 1h30m; 0s: at once</source>
        <translation>Jak dlouho musí podmínka platit, než se výstraha aktivuje: 30s, 5m, 1h30m; 0s: okamžitě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a firing alert keeps firing after the condition stopped holding</source>
        <translation>Jak dlouho zůstane výstraha aktivní poté, co podmínka přestala platit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical, warning or info</source>
        <translation>kritická, varování nebo info</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One line; {{ $labels.NAME }} and {{ $value }} are filled in</source>
        <translation>Jeden řádek; {{ $labels.NAME }} a {{ $value }} se doplní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details; {{ $labels.NAME }} and {{ $value }} are filled in</source>
        <translation>Podrobnosti; {{ $labels.NAME }} a {{ $value }} se doplní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link to what to do (annotation runbook_url); a template too</source>
        <translation>Odkaz na postup řešení (anotace runbook_url); také šablona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Zapnuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled rule stays in the file but is not evaluated</source>
        <translation>Vypnuté pravidlo zůstává v souboru, ale nevyhodnocuje se</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>critical</source>
        <translation>kritická</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>varování</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{{ $labels.consumergroup }} is {{ $value }} s behind</source>
        <translation>{{ $labels.consumergroup }} je {{ $value }} s pozadu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric:</source>
        <translation>Metrika:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label matchers:</source>
        <translation>Matchery labelů:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Condition:</source>
        <translation>Podmínka:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep_firing_for:</source>
        <translation>keep_firing_for:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity:</source>
        <translation>Závažnost:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For:</source>
        <translation>Po dobu (for):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra labels:</source>
        <translation>Další labely:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Shrnutí:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Popis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook URL:</source>
        <translation>URL runbooku:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Extra label %1</source>
        <translation>Další label %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metrika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label matchers</source>
        <translation>Matchery labelů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Práh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear threshold</source>
        <translation>Práh zrušení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Závažnost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra labels</source>
        <translation>Další labely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Shrnutí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook URL</source>
        <translation>URL runbooku</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name: the rule needs a name</source>
        <translation>Název: pravidlo potřebuje název</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label matchers: row %1 has a value but no label name</source>
        <translation>Matchery labelů: řádek %1 má hodnotu, ale nemá název labelu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold: &apos;%1&apos; is not a number</source>
        <translation>Práh: &apos;%1&apos; není číslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear threshold: &apos;%1&apos; is not a number</source>
        <translation>Práh zrušení: &apos;%1&apos; není číslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Po dobu (for)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep_firing_for</source>
        <translation>keep_firing_for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; is not a Prometheus duration (e.g. 30s, 5m, 1h30m)</source>
        <translation>%1: &apos;%2&apos; není doba trvání Promethea (např. 30s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra labels: row %1 has a value but no label name</source>
        <translation>Další labely: řádek %1 má hodnotu, ale nemá název labelu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name: another rule has the name %1 and the same label matchers</source>
        <translation>Název: jiné pravidlo má název %1 a stejné matchery labelů</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not a Tidewatch metric: choose one of the list</source>
        <translation>Není to metrika Tidewatche: vyberte některou ze seznamu</translation>
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
        <translation>Čeká se na data: žádný zdroj zatím nedodal vzorky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No series match %1 now</source>
        <translation>Žádná řada teď neodpovídá %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n series match now; the condition holds for %1</source>
        <translation>
            <numerusform>Teď odpovídá %n řada; podmínka platí u %1 z nich</numerusform>
            <numerusform>Teď odpovídají %n řady; podmínka platí u %1 z nich</numerusform>
            <numerusform>Teď odpovídá %n řad; podmínka platí u %1 z nich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;i&gt;The annotations are filled in for the first matching series.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Anotace se doplní pro první odpovídající řadu.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;For %1:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pro %1:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Shrnutí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Popis</translation>
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
        <translation>„Spustila by se“ vyhodnocuje toto pravidlo na datech, která přicházejí, dokud je editor otevřený (nyní %1); &apos;for&apos; se počítá od té chvíle, ne od okamžiku, kdy podmínka skutečně začala platit.%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The rule is disabled: the app does not evaluate it.</source>
        <translation> Pravidlo je vypnuté: aplikace ho nevyhodnocuje.</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulePreviewModel</name>
    <message>
        <location filename="../models/itemmodels/RulePreviewModel.cpp" line="+33"/>
        <source>Series</source>
        <translation>Řada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels of a series the rule matches now</source>
        <translation>Labely řady, které pravidlo teď odpovídá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest value, in the metric&apos;s unit</source>
        <translation>Poslední hodnota v jednotce metriky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gone</source>
        <translation>zmizela</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds now</source>
        <translation>Platí teď</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the condition holds for the latest value</source>
        <translation>Zda podmínka platí pro poslední hodnotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Would fire</source>
        <translation>Spustila by se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state of a scratch evaluation of this rule over the samples arriving while the editor is open: &apos;for&apos; counts from when the preview started, not from when the condition really started to hold</source>
        <translation>Stav zkušebního vyhodnocení tohoto pravidla na vzorcích, které přicházejí, dokud je editor otevřený: &apos;for&apos; se počítá od spuštění náhledu, ne od okamžiku, kdy podmínka skutečně začala platit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fires if the condition keeps holding for %1 more (seen holding for %2 so far)</source>
        <translation>Aktivuje se, pokud podmínka bude platit ještě %1 (zatím platí %2)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>firing</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firing (until the value crosses the clear threshold %1)</source>
        <translation>aktivní (dokud hodnota nepřekročí práh zrušení %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firing (kept by keep_firing_for)</source>
        <translation>aktivní (drží ji keep_firing_for)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending, fires in %1</source>
        <translation>čekající, aktivuje se za %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no labels)</source>
        <translation>(bez labelů)</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RuleTableModel</name>
    <message>
        <location filename="../models/itemmodels/RuleTableModel.cpp" line="+40"/>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert&apos;s name (alertname)</source>
        <translation>Název výstrahy (alertname)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric</source>
        <translation>Metrika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metric the rule compares (docs/METRICS.md)</source>
        <translation>Metrika, kterou pravidlo porovnává (docs/METRICS.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Condition</source>
        <translation>Podmínka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The condition as PromQL</source>
        <translation>Podmínka v PromQL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
Clears at %2 (hysteresis)</source>
        <translation>%1
Zruší se při %2 (hystereze)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For</source>
        <extracomment>Column header: an alert rule&apos;s &apos;for&apos; duration (how long the condition must hold)</extracomment>
        <translation>Po dobu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the condition must hold before the alert fires</source>
        <translation>Jak dlouho musí podmínka platit, než se výstraha aktivuje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep_firing_for %1</source>
        <translation>keep_firing_for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity</source>
        <translation>Závažnost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical, warning or info</source>
        <translation>kritická, varování nebo info</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabled</source>
        <translation>Zapnuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled rule stays in the file but is not evaluated</source>
        <translation>Vypnuté pravidlo zůstává v souboru, ale nevyhodnocuje se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State now</source>
        <translation>Stav teď</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the app&apos;s evaluation says now: alerts firing and pending, or no series to evaluate</source>
        <translation>Co teď říká vyhodnocení v aplikaci: aktivní a čekající výstrahy, nebo žádné řady k vyhodnocení</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n series match now</source>
        <translation>
            <numerusform>Teď odpovídá %n řada</numerusform>
            <numerusform>Teď odpovídají %n řady</numerusform>
            <numerusform>Teď odpovídá %n řad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>disabled</source>
        <translation>vypnuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 firing, %2 pending</source>
        <translation>aktivní %1, čekající %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n firing</source>
        <translation>
            <numerusform>%n aktivní</numerusform>
            <numerusform>%n aktivní</numerusform>
            <numerusform>%n aktivních</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n čekající</numerusform>
            <numerusform>%n čekající</numerusform>
            <numerusform>%n čekajících</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for data</source>
        <translation>čeká se na data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>žádná data</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>ok (%n series)</source>
        <translation>
            <numerusform>ok (%n řada)</numerusform>
            <numerusform>ok (%n řady)</numerusform>
            <numerusform>ok (%n řad)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulesFile</name>
    <message>
        <location filename="../alerts/RulesFile.cpp" line="+32"/>
        <source>No rules file at %1: the built-in rules are in force.</source>
        <translation>Soubor pravidel %1 neexistuje: platí vestavěná pravidla.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rule(s) from %1.</source>
        <translation>
            <numerusform>%n pravidlo z %1.</numerusform>
            <numerusform>%n pravidla z %1.</numerusform>
            <numerusform>%n pravidel z %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 has %n error(s); the rules last read from it stay in force.</source>
        <translation>
            <numerusform>%1 obsahuje %n chybu; platí pravidla z něj naposledy přečtená.</numerusform>
            <numerusform>%1 obsahuje %n chyby; platí pravidla z něj naposledy přečtená.</numerusform>
            <numerusform>%1 obsahuje %n chyb; platí pravidla z něj naposledy přečtená.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 has %n error(s); the built-in rules are in force.</source>
        <translation>
            <numerusform>%1 obsahuje %n chybu; platí vestavěná pravidla.</numerusform>
            <numerusform>%1 obsahuje %n chyby; platí vestavěná pravidla.</numerusform>
            <numerusform>%1 obsahuje %n chyb; platí vestavěná pravidla.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 does not parse (%2); it is not overwritten. Fix it, or save the rules to another file.</source>
        <translation>%1 nelze zpracovat (%2); nepřepisuje se. Opravte ho, nebo uložte pravidla do jiného souboru.</translation>
    </message>
</context>
<context>
    <name>Tidewatch::RulesPage</name>
    <message>
        <location filename="../widgets/RulesPage.cpp" line="+65"/>
        <source>Add…</source>
        <translation>Přidat…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a new rule</source>
        <translation>Napsat nové pravidlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected rule (or double-click it)</source>
        <translation>Upravit vybrané pravidlo (nebo na něj dvakrát klikněte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate…</source>
        <translation>Duplikovat…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A copy of the selected rule, under a new name</source>
        <translation>Kopie vybraného pravidla pod novým názvem</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <source>Disable</source>
        <translation>Vypnout</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>A disabled rule stays in the file but is not evaluated</source>
        <translation>Vypnuté pravidlo zůstává v souboru, ale nevyhodnocuje se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected rule (Undo brings it back)</source>
        <translation>Smazat vybrané pravidlo (Zpět ho vrátí)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the rules as they were before the last change</source>
        <translation>Obnovit pravidla do stavu před poslední změnou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importovat…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read a Tidewatch rules file or a Prometheus rule file</source>
        <translation>Načíst soubor pravidel Tidewatche nebo soubor pravidel Promethea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the rules as Tidewatch JSON or as a Prometheus rule file</source>
        <translation>Zapsat pravidla jako JSON Tidewatche nebo jako soubor pravidel Promethea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Znovu načíst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the rules file again</source>
        <translation>Znovu načíst soubor pravidel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Uložit jako…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the rules to another file and use that one</source>
        <translation>Uložit pravidla do jiného souboru a dále používat ten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The rules file still has errors.</source>
        <translation>Soubor pravidel stále obsahuje chyby.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No rules file: changes cannot be saved.</source>
        <translation>Žádný soubor pravidel: změny nelze uložit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is never overwritten while it has errors. Fix it (it is read again when it changes) or Save as… another file.</source>
        <translation>Soubor se nikdy nepřepíše, dokud obsahuje chyby. Opravte ho (při změně se načte znovu), nebo použijte Uložit jako… a zvolte jiný soubor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list shows changes that are not saved and not in force.</source>
        <translation>Seznam ukazuje změny, které nejsou uložené a neplatí.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Enable</source>
        <translation>Zapnout</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a rule to see its whole condition.</source>
        <translation>Vyberte pravidlo a zobrazí se celá jeho podmínka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 for %3, %4</source>
        <translation>%1: %2 po dobu %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clears at %1 (hysteresis)</source>
        <translation>zruší se při %1 (hystereze)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved rule %1</source>
        <translation>Pravidlo %1 změněno</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Added rule %1</source>
        <translation>Pravidlo %1 přidáno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of alert rule %1</source>
        <translation>Kopie pravidla výstrahy %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enabled rule %1</source>
        <translation>Pravidlo %1 zapnuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled rule %1</source>
        <translation>Pravidlo %1 vypnuto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted rule %1 (Undo brings it back)</source>
        <translation>Pravidlo %1 smazáno (Zpět ho vrátí)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone</source>
        <translation>Vráceno zpět</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, but not saved: there is no rules file. Use Save as….</source>
        <translation>%1, ale neuloženo: neexistuje soubor pravidel. Použijte Uložit jako….</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, but not saved: %2</source>
        <translation>%1, ale neuloženo: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — saved to %2, in force now</source>
        <translation>%1 — uloženo do %2, platí od teď</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>Neuloženo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n rule(s) to %1</source>
        <translation>
            <numerusform>Do %1 uloženo %n pravidlo</numerusform>
            <numerusform>Do %1 uložena %n pravidla</numerusform>
            <numerusform>Do %1 uloženo %n pravidel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing imported: %1 has errors:
%2</source>
        <translation>Nic neimportováno: %1 obsahuje chyby:
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Replaced the rules with %n rule(s) of %1</source>
        <translation>
            <numerusform>Pravidla nahrazena %n pravidlem z %1</numerusform>
            <numerusform>Pravidla nahrazena %n pravidly z %1</numerusform>
            <numerusform>Pravidla nahrazena %n pravidly z %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Merged %n rule(s) of %1</source>
        <translation>
            <numerusform>Sloučeno %n pravidlo z %1</numerusform>
            <numerusform>Sloučena %n pravidla z %1</numerusform>
            <numerusform>Sloučeno %n pravidel z %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>Neexportováno: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n rule(s) to %1</source>
        <translation>
            <numerusform>Do %1 exportováno %n pravidlo</numerusform>
            <numerusform>Do %1 exportována %n pravidla</numerusform>
            <numerusform>Do %1 exportováno %n pravidel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the enabled rules to %1 as a Prometheus rule file</source>
        <translation>Zapnutá pravidla exportována do %1 jako soubor pravidel Promethea</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Import alert rules</source>
        <translation>Importovat pravidla výstrah</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rules files (*.json *.yml *.yaml);;All files (*)</source>
        <translation>Soubory pravidel (*.json *.yml *.yaml);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace all rules with those of %1, or merge them (a rule with the same name and matchers is replaced, the others are added)?</source>
        <translation>Nahradit všechna pravidla pravidly z %1, nebo je sloučit (pravidlo se stejným názvem a matchery se nahradí, ostatní se přidají)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge</source>
        <translation>Sloučit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Nahradit</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Tidewatch rules (*.json)</source>
        <translation>Pravidla Tidewatche (*.json)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Prometheus rule file (*.yml)</source>
        <translation>Soubor pravidel Promethea (*.yml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export alert rules</source>
        <translation>Exportovat pravidla výstrah</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save alert rules as</source>
        <translation>Uložit pravidla výstrah jako</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SecretStore</name>
    <message>
        <location filename="../widgets/SecretStore.cpp" line="+62"/>
        <source>the keychain did not answer within %1 ms</source>
        <translation>klíčenka neodpověděla do %1 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain refused access (it is locked, or the request was denied)</source>
        <translation>klíčenka odmítla přístup (je zamčená nebo byl požadavek zamítnut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service or KWallet can be reached</source>
        <translation>neexistuje relace D-Bus (proměnná DBUS_SESSION_BUS_ADDRESS není nastavena), takže nelze dosáhnout žádné služby Secret Service ani KWallet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Secret Service (GNOME Keyring, KeePassXC, ...) or KWallet answered on the D-Bus session bus at %1</source>
        <translation>na sběrnici relace D-Bus na %1 neodpověděla žádná služba Secret Service (GNOME Keyring, KeePassXC, ...) ani KWallet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (the keychain said: %1)</source>
        <translation> (klíčenka odpověděla: %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No system keychain: the secret %1 of profile &quot;%2&quot; was not stored</source>
        <translation>Žádná systémová klíčenka: tajný údaj %1 profilu &quot;%2&quot; nebyl uložen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot store the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation>Tajný údaj %1 profilu &quot;%2&quot; nelze uložit: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation>Tajný údaj %1 profilu &quot;%2&quot; nelze přečíst: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove the secret %1 of profile &quot;%2&quot;: %3</source>
        <translation>Tajný údaj %1 profilu &quot;%2&quot; nelze odebrat: %3</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SettingsPage</name>
    <message>
        <location filename="../widgets/SettingsPage.cpp" line="+72"/>
        <source>Connections</source>
        <translation>Připojení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Oznámení</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection profiles</source>
        <translation>Profily připojení</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles in %1</source>
        <translation>Profily v %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nový</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new, empty profile</source>
        <translation>Založit nový prázdný profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected profile and its secrets</source>
        <translation>Smazat vybraný profil a jeho tajné údaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Připojit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitor the clusters of this profile, beside those already monitored</source>
        <translation>Monitorovat clustery tohoto profilu vedle již monitorovaných</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect</source>
        <translation>Odpojit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop monitoring the clusters of this profile</source>
        <translation>Přestat monitorovat clustery tohoto profilu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appearance</source>
        <translation>Vzhled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system colours or force a light or dark theme</source>
        <translation>Řídit se barvami systému, nebo vynutit světlý či tmavý motiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Systémový</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Světlý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Tmavý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme:</source>
        <translation>Motiv:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique name of the profile (no &apos;/&apos; or &apos;\&apos;)</source>
        <translation>Jedinečný název profilu (bez &apos;/&apos; a &apos;\&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka bootstrap servers:</source>
        <translation>Bootstrap servery Kafky:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host:port,host:port; empty: no Kafka</source>
        <translation>host:port,host:port; prázdné: bez Kafky</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broker metrics:</source>
        <translation>Metriky brokerů:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus endpoints of the brokers: a template with {host} and {id}, or id=url,id=url</source>
        <translation>Prometheus endpointy brokerů: šablona s {host} a {id}, nebo id=url,id=url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flink REST URL:</source>
        <translation>Flink REST URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Flink REST endpoint; empty: no Flink</source>
        <translation>REST endpoint Flinku; prázdné: bez Flinku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kafka Connect URLs:</source>
        <translation>URL Kafka Connect:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka Connect REST URLs, comma-separated, one per Connect cluster; empty: no Connect. user:password@ in a URL for basic authentication</source>
        <translation>REST URL Kafka Connect oddělené čárkami, jedna pro každý cluster Connect; prázdné: bez Connect. user:password@ v URL pro basic autentizaci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poll interval:</source>
        <translation>Interval dotazování:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often Kafka and Flink are polled</source>
        <translation>Jak často se posílají dotazy na Kafku a Flink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request timeout:</source>
        <translation>Časový limit požadavku:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bound on every single request to a cluster</source>
        <translation>Horní mez pro každý jednotlivý požadavek na cluster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kafka security</source>
        <translation>Zabezpečení Kafky</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka properties</source>
        <translation>Vlastnosti Kafky</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flink REST</source>
        <translation>Flink REST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker metrics</source>
        <translation>Metriky brokerů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka Connect</source>
        <translation>Kafka Connect</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP TLS and auth</source>
        <translation>HTTP TLS a autentizace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event topics</source>
        <translation>Topicy událostí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipelines</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test</source>
        <translation>Test připojení</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep secrets for this session only (in memory, lost on exit)</source>
        <translation>Uchovat tajné údaje jen pro tuto relaci (v paměti, při ukončení se ztratí)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a system keychain, secrets are never written to disk: tick this to keep them in memory until Tidewatch exits</source>
        <translation>Bez systémové klíčenky se tajné údaje nikdy nezapisují na disk: zaškrtnutím je ponecháte v paměti, dokud Tidewatch neukončíte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the profile; secrets go to the system keychain</source>
        <translation>Zapsat profil; tajné údaje se uloží do systémové klíčenky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as profile…</source>
        <translation>Uložit jako profil…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the command-line cluster a saved profile</source>
        <translation>Uložit cluster z příkazového řádku jako profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Otestovat připojení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try every connection of the form&apos;s profile step by step (in the background)</source>
        <translation>Vyzkoušet postupně všechna připojení profilu z formuláře (na pozadí)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name the profile and Save it</source>
        <translation>Pojmenujte profil a klikněte na Uložit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is set in the Kafka security tab, not in the property table</source>
        <translation>%1 se nastavuje na kartě Zabezpečení Kafky, ne v tabulce vlastností</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (command line)</source>
        <translation>%1 (příkazový řádek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster given on the command line: monitored, not saved</source>
        <translation>Cluster zadaný na příkazovém řádku: monitoruje se, ale není uložen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>From the command line — not saved. Save as profile… keeps it for the next start.</source>
        <translation>Z příkazového řádku — neuloženo. Tlačítko Uložit jako profil… ho zachová pro příští spuštění.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Nothing to test: give Kafka bootstrap servers or a Flink REST URL</source>
        <translation>Není co testovat: zadejte bootstrap servery Kafky nebo Flink REST URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connections of &quot;%1&quot;…</source>
        <translation>Testují se připojení profilu &quot;%1&quot;…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection test: every step passed</source>
        <translation>Test připojení: všechny kroky prošly</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connection test: %n step(s) failed (see the Connection test tab)</source>
        <translation>
            <numerusform>Test připojení: %n krok selhal (viz kartu Test připojení)</numerusform>
            <numerusform>Test připojení: %n kroky selhaly (viz kartu Test připojení)</numerusform>
            <numerusform>Test připojení: %n kroků selhalo (viz kartu Test připojení)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A profile named &quot;%1&quot; exists already</source>
        <translation>Profil s názvem &quot;%1&quot; už existuje</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Saved &quot;%1&quot; without its %n secret(s): no system keychain is available. Tick &quot;Keep secrets for this session only&quot; and save again to keep them in memory; they are never written in clear.</source>
        <translation>
            <numerusform>Profil &quot;%1&quot; uložen bez %n tajného údaje: není k dispozici systémová klíčenka. Zaškrtněte „Uchovat tajné údaje jen pro tuto relaci“ a uložte znovu, aby zůstaly v paměti; v čitelné podobě se nikdy nezapisují.</numerusform>
            <numerusform>Profil &quot;%1&quot; uložen bez %n tajných údajů: není k dispozici systémová klíčenka. Zaškrtněte „Uchovat tajné údaje jen pro tuto relaci“ a uložte znovu, aby zůstaly v paměti; v čitelné podobě se nikdy nezapisují.</numerusform>
            <numerusform>Profil &quot;%1&quot; uložen bez %n tajných údajů: není k dispozici systémová klíčenka. Zaškrtněte „Uchovat tajné údaje jen pro tuto relaci“ a uložte znovu, aby zůstaly v paměti; v čitelné podobě se nikdy nezapisují.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot; uložen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved &quot;%1&quot;; its secrets are kept for this session only</source>
        <translation>Profil &quot;%1&quot; uložen; jeho tajné údaje se uchovají jen pro tuto relaci</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot; smazán</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A profile needs a name and Kafka bootstrap servers or a Flink REST URL</source>
        <translation>Profil potřebuje název a bootstrap servery Kafky nebo Flink REST URL</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No system keychain: %1. Secrets (passwords, key passphrases, client secrets) are never written to the profiles file, so they are not saved: tick &quot;Keep secrets for this session only&quot; to keep them in memory until Tidewatch exits, or start a Secret Service or KWallet in a desktop session with D-Bus and restart Tidewatch.</source>
        <translation>Žádná systémová klíčenka: %1. Tajné údaje (hesla, hesla ke klíčům, tajemství klientů) se nikdy nezapisují do souboru profilů, takže se neuloží: zaškrtněte „Uchovat tajné údaje jen pro tuto relaci“, aby zůstaly v paměti, dokud Tidewatch neukončíte, nebo spusťte Secret Service či KWallet v relaci plochy s D-Bus a Tidewatch restartujte.</translation>
    </message>
</context>
<context>
    <name>Tidewatch::ShipmentsPage</name>
    <message>
        <location filename="../widgets/ShipmentsPage.cpp" line="+44"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipments by their latest status, open and finished</source>
        <translation>Zásilky podle posledního stavu, otevřené i dokončené</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Dopravce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open shipments per carrier</source>
        <translation>Otevřené zásilky podle dopravce</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By status</source>
        <translation>Podle stavu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open by carrier</source>
        <translation>Otevřené podle dopravce</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Shipments</source>
        <translation>Zásilky</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipments: %1 tracked · %2 open · %3 late · %4 ETA slips</source>
        <translation>Zásilky: sledované %1 · otevřené %2 · opožděné %3 · posunutí ETA %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Late shipments: %1</source>
        <translation>Opožděné zásilky: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA slips: %1</source>
        <translation>Posunutí ETA: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last known positions: %1</source>
        <translation>Poslední známé polohy: %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SilenceDialog</name>
    <message>
        <location filename="../widgets/SilenceDialog.cpp" line="+57"/>
        <source>New silence</source>
        <translation>Nové ztlumení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts whose labels match every matcher are silenced: no desktop notification, no red banner. Regexes are anchored.</source>
        <translation>Výstrahy, jejichž labely odpovídají všem matcherům, se ztlumí: žádné oznámení na ploše, žádný červený pruh. Regexy jsou ukotvené.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Operátor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;matcher</source>
        <translation>Přidat &amp;matcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove matcher</source>
        <translation>&amp;Odebrat matcher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 hour</source>
        <translation>1 hodina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 hours</source>
        <translation>2 hodiny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 hours</source>
        <translation>4 hodiny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8 hours</source>
        <translation>8 hodin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 týden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom end</source>
        <translation>Vlastní konec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Trvání:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Konec:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created &amp;by:</source>
        <translation>&amp;Vytvořil(a):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (maintenance, known issue, ticket)</source>
        <translation>Proč (údržba, známý problém, tiket)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment:</source>
        <translation>Kome&amp;ntář:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Silence</source>
        <translation>&amp;Ztlumit</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Matcher %1: &apos;%2&apos; is not a label name</source>
        <translation>Matcher %1: &apos;%2&apos; není název labelu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say who creates the silence</source>
        <translation>Uveďte, kdo ztlumení vytváří</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why (a comment), as Alertmanager requires</source>
        <translation>Uveďte důvod (komentář), jak vyžaduje Alertmanager</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Silences %n current alert(s):</source>
        <translation>
            <numerusform>Ztlumí %n aktuální výstrahu:</numerusform>
            <numerusform>Ztlumí %n aktuální výstrahy:</numerusform>
            <numerusform>Ztlumí %n aktuálních výstrah:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidewatch::SilenceTableModel</name>
    <message>
        <location filename="../models/itemmodels/SilenceTableModel.cpp" line="+15"/>
        <source>State</source>
        <extracomment>Column header: a silence&apos;s state (active, pending, expired)</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active: it silences matching alerts now; pending: it starts later; expired: it ended</source>
        <translation>Aktivní: právě teď tlumí odpovídající výstrahy; čekající: začne později; vypršelé: skončilo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matchers</source>
        <translation>Matchery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts whose labels match all of these are silenced</source>
        <translation>Výstrahy, jejichž labely odpovídají všem těmto matcherům, jsou ztlumené</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silence %1</source>
        <translation>Ztlumení %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it starts</source>
        <translation>Kdy začíná</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ends</source>
        <translation>Konec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it ends (expire now sets this to now)</source>
        <translation>Kdy končí (Ukončit nyní ho nastaví na teď)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created by</source>
        <translation>Vytvořil(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who created it</source>
        <translation>Kdo ho vytvořil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment</source>
        <translation>Komentář</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expired</source>
        <translation>vypršelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending</source>
        <translation>čekající</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SilencesView</name>
    <message>
        <location filename="../widgets/SilencesView.cpp" line="+22"/>
        <source>&amp;Expire now</source>
        <translation>&amp;Ukončit nyní</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Silences</source>
        <translation>Ztlumení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New silence…</source>
        <translation>&amp;Nové ztlumení…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the selected silence now: its alerts notify and alarm again</source>
        <translation>Ukončit vybrané ztlumení hned: jeho výstrahy znovu upozorňují a spouštějí poplach</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaBreachTableModel</name>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="+88"/>
        <source>ship-by</source>
        <translation>odeslání</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivery</source>
        <translation>doručení</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ship-by: an order not shipped by its ship-by time; delivery: a shipment not delivered by its promised delivery</source>
        <translation>odeslání: objednávka neodeslaná do termínu odeslání; doručení: zásilka nedoručená do slíbeného termínu doručení</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipment</source>
        <translation>Zásilka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Dopravce</translation>
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
        <translation>Splatné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Splněno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it shipped or was delivered; &quot;not yet&quot;: still open</source>
        <translation>Kdy byla odeslána nebo doručena; „zatím ne“: stále otevřená</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>zatím ne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Late by</source>
        <translation>Zpoždění</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (or the watermark, while open) minus due</source>
        <translation>Splněno (nebo watermark, dokud je otevřená) minus termín splatnosti</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaPage</name>
    <message>
        <location filename="../widgets/SlaPage.cpp" line="+50"/>
        <source>Carrier</source>
        <translation>Dopravce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>On time per carrier (worst first)</source>
        <translation>Včas podle dopravce (nejhorší nahoře)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time per hub of delivery (worst first)</source>
        <translation>Včas podle hubu doručení (nejhorší nahoře)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SLA: %1 breaches</source>
        <translation>SLA: %1 porušení</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLA, last %1: %2 of %3 deliveries late or overdue · %4</source>
        <translation>SLA, posledních %1: pozdě nebo po termínu %2 z %3 doručení · %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln order(s) not shipped by their ship-by time</source>
        <translation>
            <numerusform>%Ln objednávka neodeslaná do termínu odeslání</numerusform>
            <numerusform>%Ln objednávky neodeslané do termínu odeslání</numerusform>
            <numerusform>%Ln objednávek neodeslaných do termínu odeslání</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Breaches in the last %1 (late deliveries and missed ship-by times): %2</source>
        <translation>Porušení za posledních %1 (pozdní doručení a zmeškané termíny odeslání): %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>no SLA figures yet</source>
        <translation>zatím žádné údaje SLA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On time, last %1</source>
        <translation>Včas, posledních %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 on time</source>
        <translation>včas %1 z %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing due in the window</source>
        <translation>v okně není nic splatné</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Breaches: %1</source>
        <translation>Porušení: %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::SlaShareTableModel</name>
    <message>
        <location filename="../models/itemmodels/SlaTableModels.cpp" line="-101"/>
        <source>On time (%1)</source>
        <translation>Včas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered at or before the promise, delivery within the last %1</source>
        <translation>Doručeno nejpozději ve slíbeném termínu, doručení během posledních %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total (%1)</source>
        <translation>Celkem (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered within the last %1, plus open shipments whose promise passed in it</source>
        <translation>Doručeno během posledních %1 plus otevřené zásilky, jejichž slíbený termín v tomto období uplynul</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share (%1)</source>
        <translation>Podíl (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time / total; a dash when nothing was due</source>
        <translation>Včas / celkem; pomlčka, když nebylo nic splatné</translation>
    </message>
</context>
<context>
    <name>Tidewatch::StatusLine</name>
    <message>
        <location filename="../widgets/StatusLine.cpp" line="+15"/>
        <source>%1: waiting for the first data</source>
        <translation>%1: čeká se na první data</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unreachable (%2), last data %3</source>
        <translation>%1: bez spojení (%2), data naposledy %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: stale, last updated %2</source>
        <translation>%1: zastaralá data, naposledy aktualizováno %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: live, updated %2</source>
        <translation>%1: živá data, aktualizováno %2</translation>
    </message>
</context>
<context>
    <name>Tidewatch::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="+99"/>
        <location filename="../widgets/TimeSeriesChartNavigation.cpp" line="+63"/>
        <source>Time range</source>
        <translation>Časový rozsah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live</source>
        <translation>Živě</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the latest data, following the clock (or double-click the chart)</source>
        <translation>Zpět na nejnovější data a průběžně sledovat aktuální čas (nebo dvakrát klikněte do grafu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay the same time yesterday (dashed)</source>
        <translation>Zobrazit přes graf stejný čas včera (čárkovaně)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution of the history shown: the finest that covers the range</source>
        <translation>Rozlišení zobrazené historie: nejjemnější, které pokryje rozsah</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+180"/>
        <source>Pause</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Freeze the view; data keeps being recorded</source>
        <translation>Zmrazit zobrazení; data se dál zaznamenávají</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportovat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visible data as CSV…</source>
        <translation>Viditelná data jako CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as PNG…</source>
        <translation>Graf jako PNG…</translation>
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
        <translation>7 d</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Resume</source>
        <translation>Pokračovat</translation>
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
            <numerusform>+%n další</numerusform>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n dalších</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, yesterday</source>
        <translation>%1, včera</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no data</source>
        <translation>žádná data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (min %2, max %3)</source>
        <translation>%1 (min %2, max %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, yesterday: %2</source>
        <translation>%1, včera: %2</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChartExport.cpp" line="+74"/>
        <source>Could not write %1: the export failed</source>
        <translation>%1 nelze zapsat: export selhal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export visible data</source>
        <translation>Exportovat viditelná data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>Export selhal</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export chart</source>
        <translation>Exportovat graf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Obrázky PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChartNavigation.cpp" line="-33"/>
        <source>%1 s buckets</source>
        <translation>intervaly po %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min buckets</source>
        <translation>intervaly po %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h buckets</source>
        <translation>intervaly po %1 h</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Time range · %1</source>
        <comment>the resolution shown</comment>
        <translation>Časový rozsah · %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raw samples</source>
        <translation>nezpracované vzorky</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChartPaint.cpp" line="+152"/>
        <source>Nothing selected</source>
        <translation>Nic není vybráno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data in this range</source>
        <translation>V tomto rozsahu nejsou data</translation>
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
        <translation>Název topicu; interní topicy začínají __</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partitions</source>
        <translation>Partice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of partitions</source>
        <translation>Počet partic</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RF</source>
        <translation>RF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication factor: replicas per partition</source>
        <translation>Replikační faktor: počet replik na partici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Min ISR</source>
        <translation>Min. ISR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic&apos;s min.insync.replicas: with fewer replicas in sync, producers with acks=all are refused</source>
        <translation>min.insync.replicas topicu: když je synchronních replik méně, producenti s acks=all jsou odmítnuti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under-replicated</source>
        <translation>Nedostatečně replikované</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions whose in-sync replicas are fewer than their replicas</source>
        <translation>Partice, které mají méně synchronních replik než replik celkem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions without a leader: nobody can read or write them</source>
        <translation>Partice bez leadera: nikdo z nich nemůže číst ani do nich zapisovat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under min ISR</source>
        <translation>Pod min. ISR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions with fewer in-sync replicas than min.insync.replicas: acks=all writes fail</source>
        <translation>Partice s menším počtem synchronních replik, než je min.insync.replicas: zápisy s acks=all selhávají</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages in</source>
        <translation>Příchozí zprávy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per second, from the growth of the end offsets</source>
        <translation>Zprávy za sekundu, z přírůstku koncových offsetů</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bytes in</source>
        <translation>Příchozí bajty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second produced, from the brokers&apos; metrics</source>
        <translation>Vyprodukované bajty za sekundu, z metrik brokerů</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes on disk, all replicas together, from the brokers&apos; metrics</source>
        <translation>Bajty na disku, všechny repliky dohromady, z metrik brokerů</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consumer lag</source>
        <translation>Lag konzumentů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages behind, summed over every group reading the topic</source>
        <translation>Počet zpráv pozadu, součet přes všechny skupiny, které topic čtou</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n group(s) read this topic</source>
        <translation>
            <numerusform>Tento topic čte %n skupina</numerusform>
            <numerusform>Tento topic čtou %n skupiny</numerusform>
            <numerusform>Tento topic čte %n skupin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off preferred</source>
        <translation>Nepreferovaný leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions led by another replica than their preferred (first) one: their load sits on another broker than planned</source>
        <translation>Partice, které vede jiná replika než jejich preferovaná (první): jejich zátěž nese jiný broker, než bylo plánováno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Msg skew</source>
        <translation>Nevyváženost zpráv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per second of the busiest partition over the mean of the topic&apos;s partitions (1× is even), and which partition that is; unknown while a rate is unknown or nothing is produced</source>
        <translation>Zprávy za sekundu nejvytíženější partice vůči průměru partic topicu (1× je rovnoměrné) a která partice to je; neznámé, dokud je některá rychlost neznámá nebo se nic neprodukuje</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Partition %1 takes %2× the mean messages per second of the topic&apos;s %n partition(s)</source>
        <translation>
            <numerusform>Partice %1 přijímá %2× průměrný počet zpráv za sekundu na partici topicu (celkem %n partice)</numerusform>
            <numerusform>Partice %1 přijímá %2× průměrný počet zpráv za sekundu na partici topicu (celkem %n partice)</numerusform>
            <numerusform>Partice %1 přijímá %2× průměrný počet zpráv za sekundu na partici topicu (celkem %n partic)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bytes skew</source>
        <translation>Nevyváženost bajtů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes appended per second to the busiest partition over the mean of the topic&apos;s partitions, from the growth of the leaders&apos; logs (brokers&apos; metrics); unknown without them</source>
        <translation>Bajty za sekundu připsané do nejvytíženější partice vůči průměru partic topicu, z růstu logů leaderů (metriky brokerů); bez nich neznámé</translation>
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
        <translation>Filtrovat topicy podle názvu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Messages/s</source>
        <translation>Zprávy/s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Messages produced per second: the selected topic, or the %n busiest topics when none is selected</source>
        <translation>
            <numerusform>Zprávy vyprodukované za sekundu: vybraný topic, nebo %n nejvytíženější topic, když žádný vybraný není</numerusform>
            <numerusform>Zprávy vyprodukované za sekundu: vybraný topic, nebo %n nejvytíženější topicy, když žádný vybraný není</numerusform>
            <numerusform>Zprávy vyprodukované za sekundu: vybraný topic, nebo %n nejvytíženějších topiců, když žádný vybraný není</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · under-replicated partitions: %2 · offline: %3 · under min ISR: %4</source>
        <translation>%1 · nedostatečně replikované partice: %2 · offline: %3 · pod min. ISR: %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Partition balance: unknown until a topic has traffic on two partitions and every rate is known</source>
        <translation>Vyváženost partic: neznámá, dokud některý topic nemá provoz na dvou particích a nejsou známé všechny rychlosti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hottest partition: %1 p%2 takes %3× its topic&apos;s mean messages/s</source>
        <translation>Nejvytíženější partice: %1 p%2 přijímá %3× průměr zpráv/s svého topicu</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of %1 topic(s) with traffic have a partition at 2× the mean or more</source>
        <translation>
            <numerusform>%n z %1 topiců s provozem má partici s aspoň 2× průměrem</numerusform>
            <numerusform>%n z %1 topiců s provozem mají partici s aspoň 2× průměrem</numerusform>
            <numerusform>%n z %1 topiců s provozem má partici s aspoň 2× průměrem</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no partition at 2× its topic&apos;s mean</source>
        <translation>žádná partice nemá 2× průměr svého topicu</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Partitions of %1</source>
        <translation>Partice topicu %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every partition is fully replicated</source>
        <translation>Všechny partice jsou plně replikované</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions that need attention</source>
        <translation>Partice, které vyžadují pozornost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions that need attention — missing replicas: %1</source>
        <translation>Partice, které vyžadují pozornost — chybějící repliky: %1</translation>
    </message>
</context>
<context>
    <name>Tidewatch::TrayNotifier</name>
    <message>
        <location filename="../widgets/TrayNotifier.cpp" line="+30"/>
        <source>&amp;Open Tidewatch</source>
        <translation>&amp;Otevřít Tidewatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alerts page</source>
        <translation>Stránka &amp;výstrah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute notifications for 1 hour</source>
        <translation>&amp;Ztlumit oznámení na 1 hodinu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
</context>
<context>
    <name>Tidewatch::WallBar</name>
    <message numerus="yes">
        <location filename="../widgets/WallBar.cpp" line="+96"/>
        <source>… and %n more firing alert(s)</source>
        <translation>
            <numerusform>… a %n další aktivní výstraha</numerusform>
            <numerusform>… a %n další aktivní výstrahy</numerusform>
            <numerusform>… a %n dalších aktivních výstrah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all clear</source>
        <translation>vše v pořádku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only silenced alerts</source>
        <translation>jen ztlumené výstrahy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>varování</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical</source>
        <translation>kritický</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition: %1</source>
        <translation>Stav: %1</translation>
    </message>
</context>
<context>
    <name>TimeLag</name>
    <message>
        <location filename="../collectors/TimeLagEstimator.cpp" line="+35"/>
        <source>at least %1</source>
        <translation>nejméně %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
</context>
<context>
    <name>TlsTunnel</name>
    <message>
        <location filename="../exporter/TlsTunnel.cpp" line="+24"/>
        <source>cannot read %1: %2</source>
        <translation>nelze přečíst %1: %2</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the test handshake timed out</source>
        <translation>zkušební handshake vypršel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Qt has no TLS backend here (%1)</source>
        <translation>Qt zde nemá žádný TLS backend (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 neobsahuje žádný certifikát PEM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>%1 neobsahuje žádný nezašifrovaný soukromý klíč PEM (RSA, EC nebo DSA)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the private key does not fit the certificate (%1)</source>
        <translation>soukromý klíč neodpovídá certifikátu (%1)</translation>
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
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tidewatch: no alert firing</source>
        <translation>Tidewatch: žádná aktivní výstraha</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tidewatch: %n alert(s) firing</source>
        <translation>
            <numerusform>Tidewatch: %n aktivní výstraha</numerusform>
            <numerusform>Tidewatch: %n aktivní výstrahy</numerusform>
            <numerusform>Tidewatch: %n aktivních výstrah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n dalších</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications muted until %1</source>
        <translation>Oznámení ztlumena do %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop notifications are off</source>
        <translation>Oznámení na ploše jsou vypnutá</translation>
    </message>
</context>
<context>
    <name>WorstCondition</name>
    <message>
        <location filename="../models/core/WorstCondition.cpp" line="+57"/>
        <source>waiting for %1 data</source>
        <translation>čeká se na data (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stale, last data %2</source>
        <translation>zastaralá data (%1), naposledy %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unreachable, last data %2</source>
        <translation>bez spojení (%1), data naposledy %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>broker %1 down</source>
        <translation>broker %1 mimo provoz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brokers %1 down</source>
        <translation>brokery %1 mimo provoz</translation>
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
        <translation>bez kontroleru</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n under min ISR</source>
        <translation>
            <numerusform>%n pod min. ISR</numerusform>
            <numerusform>%n pod min. ISR</numerusform>
            <numerusform>%n pod min. ISR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n under-replicated</source>
        <translation>
            <numerusform>%n nedostatečně replikovaná</numerusform>
            <numerusform>%n nedostatečně replikované</numerusform>
            <numerusform>%n nedostatečně replikovaných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) in error</source>
        <translation>
            <numerusform>%n skupina v chybě</numerusform>
            <numerusform>%n skupiny v chybě</numerusform>
            <numerusform>%n skupin v chybě</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) in warning</source>
        <translation>
            <numerusform>%n skupina s varováním</numerusform>
            <numerusform>%n skupiny s varováním</numerusform>
            <numerusform>%n skupin s varováním</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) not running</source>
        <translation>
            <numerusform>%n úloha neběží</numerusform>
            <numerusform>%n úlohy neběží</numerusform>
            <numerusform>%n úloh neběží</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) failing checkpoints</source>
        <translation>
            <numerusform>%n úloha se selhávajícími checkpointy</numerusform>
            <numerusform>%n úlohy se selhávajícími checkpointy</numerusform>
            <numerusform>%n úloh se selhávajícími checkpointy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) back-pressured</source>
        <translation>
            <numerusform>%n úloha se zpětným tlakem</numerusform>
            <numerusform>%n úlohy se zpětným tlakem</numerusform>
            <numerusform>%n úloh se zpětným tlakem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n critical alert(s) firing</source>
        <translation>
            <numerusform>%n aktivní kritická výstraha</numerusform>
            <numerusform>%n aktivní kritické výstrahy</numerusform>
            <numerusform>%n aktivních kritických výstrah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning alert(s) firing</source>
        <translation>
            <numerusform>%n aktivní varovná výstraha</numerusform>
            <numerusform>%n aktivní varovné výstrahy</numerusform>
            <numerusform>%n aktivních varovných výstrah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only silenced alerts firing</source>
        <translation>aktivní jsou jen ztlumené výstrahy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All clear</source>
        <translation>Vše v pořádku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source configured</source>
        <translation>Není nastaven žádný zdroj</translation>
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
            <numerusform>+ ještě %n</numerusform>
            <numerusform>+ ještě %n</numerusform>
            <numerusform>+ ještě %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no source configured</source>
        <translation>není nastaven žádný zdroj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all sources live, updated %1</source>
        <translation>všechny zdroje mají živá data, aktualizováno %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source live</source>
        <translation>žádný zdroj nemá živá data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 sources live, oldest live data %3</source>
        <translation>živá data má %1 z %2 zdrojů, nejstarší živá data %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+94"/>
        <source>Try &apos;tidewatch --help&apos;.</source>
        <translation>Zkuste &apos;tidewatch --help&apos;.</translation>
    </message>
</context>
</TS>
