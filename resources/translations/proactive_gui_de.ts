<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Channel</name>
    <message>
        <source>Red laser power</source>
        <translation>Leistung roter Laser</translation>
    </message>
    <message>
        <source>Green laser power</source>
        <translation>Leistung grüner Laser</translation>
    </message>
    <message>
        <source>Focus quality (FWHM)</source>
        <translation>Fokusqualität (FWHM)</translation>
    </message>
    <message>
        <source>Camera temperature</source>
        <translation>Kameratemperatur</translation>
    </message>
    <message>
        <source>Stage X following error</source>
        <translation>Schleppfehler Tisch X</translation>
    </message>
    <message>
        <source>Stage Y following error</source>
        <translation>Schleppfehler Tisch Y</translation>
    </message>
    <message>
        <source>Z focus tracking error</source>
        <translation>Z-Fokus-Nachführfehler</translation>
    </message>
    <message>
        <source>Stage motor current</source>
        <translation>Motorstrom Tisch</translation>
    </message>
    <message>
        <source>Door interlock</source>
        <translation>Türverriegelung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Flow-cell temperature</source>
        <translation>Fließzellentemperatur</translation>
    </message>
    <message>
        <source>Flow-cell setpoint</source>
        <translation>Fließzellen-Sollwert</translation>
    </message>
    <message>
        <source>Reagent chiller</source>
        <translation>Reagenzienkühler</translation>
    </message>
    <message>
        <source>Ambient temperature</source>
        <translation>Umgebungstemperatur</translation>
    </message>
    <message>
        <source>Pump pressure</source>
        <translation>Pumpendruck</translation>
    </message>
    <message>
        <source>Flow rate</source>
        <translation>Durchfluss</translation>
    </message>
    <message>
        <source>Bubble detections</source>
        <translation>Erkannte Luftblasen</translation>
    </message>
    <message>
        <source>Vacuum check pressure</source>
        <translation>Druck der Vakuumprüfung</translation>
    </message>
    <message>
        <source>Intensity P90 ({chemistry})</source>
        <translation>Intensität P90 ({chemistry})</translation>
    </message>
    <message>
        <source>Focus FWHM ({chemistry})</source>
        <translation>Fokus FWHM ({chemistry})</translation>
    </message>
    <message>
        <source>Signal to noise</source>
        <translation>Signal-Rausch-Verhältnis</translation>
    </message>
    <message>
        <source>Focus spread across tiles</source>
        <translation>Fokusstreuung über die Kacheln</translation>
    </message>
    <message>
        <source>Focus difference between swaths</source>
        <translation>Fokusunterschied zwischen Bahnen</translation>
    </message>
    <message>
        <source>Focus difference between surfaces</source>
        <translation>Fokusunterschied zwischen Oberflächen</translation>
    </message>
    <message>
        <source>Clusters passing filter</source>
        <translation>Cluster, die den Filter passieren</translation>
    </message>
    <message>
        <source>Cluster density</source>
        <translation>Clusterdichte</translation>
    </message>
    <message>
        <source>Occupied wells</source>
        <translation>Belegte Wells</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>Phasing</translation>
    </message>
    <message>
        <source>Prephasing</source>
        <translation>Prephasing</translation>
    </message>
    <message>
        <source>Worst tile intensity loss</source>
        <translation>Größter Intensitätsverlust einer Kachel</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Bases ≥ Q30</source>
        <translation>Basen ≥ Q30</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Outbound connection</source>
        <translation>Ausgehende Verbindung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>TLS inspection</source>
        <translation>TLS-Inspektion</translation>
    </message>
    <message>
        <source>HTTP and authentication</source>
        <translation>HTTP und Authentifizierung</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>No inbound ports</source>
        <translation>Keine eingehenden Ports</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>Ablage des Tokens</translation>
    </message>
    <message>
        <source>Spool key storage</source>
        <translation>Ablage des Warteschlangenschlüssels</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Daten zur Geräte-Performance senden</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Sent: instrument performance (the health of the optical, mechanical, thermal and fluidics subsystems, alerts, early warnings, operational events), run performance (quality scores, yield), and the instrument&apos;s and run&apos;s configuration (models, serials, software versions, kit and flow-cell lots). Never sent: sequencing data, personal data, or health data. The Payload page shows every byte before it leaves.</source>
        <translation>Gesendet werden: Daten zur Geräte-Performance (Zustand des optischen, mechanischen, thermischen Systems und des Fluidiksystems, Alarme, Frühwarnungen, Betriebsereignisse), Daten zur Lauf-Performance (Q-Scores, Ausbeute) sowie die Geräte- und Laufkonfiguration (Modelle, Seriennummern, Softwareversionen, Kit- und Fließzellenchargen). Nie gesendet werden: Sequenzierungsdaten, personenbezogene Daten oder Gesundheitsdaten. Die Seite „Datenpaket“ zeigt jedes Byte, bevor es den PC verlässt.</translation>
    </message>
    <message>
        <source>Where: to {service}, at {host} ({endpoint}), over TLS.</source>
        <translation>Wohin: an {service}, unter {host} ({endpoint}), über TLS.</translation>
    </message>
    <message>
        <source>Where: to {service}, but no receiver is set yet (Settings, endpoint): nothing can leave this PC until one is.</source>
        <translation>Wohin: an {service}, aber noch ist kein Empfänger festgelegt (Einstellungen, endpoint): Bis dahin kann nichts diesen PC verlassen.</translation>
    </message>
    <message>
        <source>How often: when a run starts, every {minutes} minutes while it runs, and when it ends.</source>
        <translation>Wie oft: bei Beginn eines Laufs, alle {minutes} Minuten während des Laufs und an seinem Ende.</translation>
    </message>
</context>
<context>
    <name>ConsentLog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Geändert über</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>dieses Fenster</translation>
    </message>
    <message>
        <source>the consent command</source>
        <translation>Befehl consent</translation>
    </message>
    <message>
        <source>config set (terminal)</source>
        <translation>config set (Terminal)</translation>
    </message>
</context>
<context>
    <name>Consumable</name>
    <message>
        <source>Flow cell</source>
        <translation>Fließzelle</translation>
    </message>
    <message>
        <source>PR2 buffer bottle</source>
        <translation>PR2-Pufferflasche</translation>
    </message>
    <message>
        <source>Reagent kit</source>
        <translation>Reagenzienkit</translation>
    </message>
    <message>
        <source>Reagent cartridge</source>
        <translation>Reagenzienkartusche</translation>
    </message>
    <message>
        <source>Dry cartridge</source>
        <translation>Trockenkartusche</translation>
    </message>
    <message>
        <source>Wet cartridge</source>
        <translation>Nasskartusche</translation>
    </message>
    <message>
        <source>Library tube</source>
        <translation>Library-Röhrchen</translation>
    </message>
    <message>
        <source>SBS reagents</source>
        <translation>SBS-Reagenzien</translation>
    </message>
    <message>
        <source>Cluster reagents</source>
        <translation>Cluster-Reagenzien</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Index reagents</source>
        <translation>Index-Reagenzien</translation>
    </message>
    <message>
        <source>Paired-end reagents</source>
        <translation>Paired-End-Reagenzien</translation>
    </message>
    <message>
        <source>Reagents</source>
        <translation>Reagenzien</translation>
    </message>
</context>
<context>
    <name>CyclePlots</name>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Intensity (P90) per channel</source>
        <translation>Intensität (P90) je Kanal</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Focus (FWHM) per channel</source>
        <translation>Fokus (FWHM) je Kanal</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>not sent: its value does not look like a serial</source>
        <translation>nicht gesendet: der Wert sieht nicht wie eine Seriennummer aus</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a version</source>
        <translation>nicht gesendet: der Wert sieht nicht wie eine Version aus</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a name</source>
        <translation>nicht gesendet: der Wert sieht nicht wie ein Name aus</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a setting&apos;s value</source>
        <translation>nicht gesendet: der Wert sieht nicht wie der Wert einer Einstellung aus</translation>
    </message>
    <message>
        <source>not sent: it reads as free text, not a setting</source>
        <translation>nicht gesendet: er liest sich wie Freitext, nicht wie eine Einstellung</translation>
    </message>
    <message>
        <source>not sent: it repeats a value that stays on this PC</source>
        <translation>nicht gesendet: er wiederholt einen Wert, der auf diesem PC bleibt</translation>
    </message>
    <message>
        <source>not sent: its name reads as personal data</source>
        <translation>nicht gesendet: der Name deutet auf personenbezogene Daten hin</translation>
    </message>
    <message>
        <source>not sent: the allow-list does not name it</source>
        <translation>nicht gesendet: die Positivliste nennt ihn nicht</translation>
    </message>
    <message>
        <source>stays on this PC: the allow-list does not name this field</source>
        <translation>bleibt auf diesem PC: die Positivliste nennt dieses Feld nicht</translation>
    </message>
    <message>
        <source>allowed, but no payload field carries it, so it stays on this PC</source>
        <translation>zulässig, aber kein Feld des Datenpakets enthält ihn, daher bleibt er auf diesem PC</translation>
    </message>
    <message>
        <source>stays on this PC: a library tube&apos;s barcode is recorded with the library it holds, so it could link to samples</source>
        <translation>bleibt auf diesem PC: der Barcode eines Library-Röhrchens wird mit der Library darin erfasst und könnte so auf Proben verweisen</translation>
    </message>
    <message>
        <source>sent as {fields}</source>
        <translation>gesendet als {fields}</translation>
    </message>
    <message>
        <source>sent: the same value is in {fields}</source>
        <translation>gesendet: derselbe Wert steht in {fields}</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Door opened</source>
        <translation>Tür geöffnet</translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation>Tür geschlossen</translation>
    </message>
    <message>
        <source>Vacuum check passed</source>
        <translation>Vakuumprüfung bestanden</translation>
    </message>
    <message>
        <source>Bubble detected in the fluidics line (cycle {cycle})</source>
        <translation>Luftblase in der Fluidikleitung erkannt (Zyklus {cycle})</translation>
    </message>
    <message>
        <source>Run started: pre-run checks</source>
        <translation>Lauf gestartet: Prüfungen vor dem Lauf</translation>
    </message>
    <message>
        <source>Pre-run checks passed</source>
        <translation>Prüfungen vor dem Lauf bestanden</translation>
    </message>
    <message>
        <source>Sequencing started: {cycles} cycles</source>
        <translation>Sequenzierung gestartet: {cycles} Zyklen</translation>
    </message>
    <message>
        <source>Cycles done; post-run wash started</source>
        <translation>Zyklen abgeschlossen; Waschen nach dem Lauf gestartet</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Lauf abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>endpoint</source>
        <translation>Adresse des Empfängers</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>Token gespeichert</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>from</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>Ohne Proxy</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>proxy&apos;s answer</source>
        <translation>Antwort des Proxys</translation>
    </message>
    <message>
        <source>authentication asked for</source>
        <translation>Verlangte Authentifizierung</translation>
    </message>
    <message>
        <source>authentication sent</source>
        <translation>Gesendete Authentifizierung</translation>
    </message>
    <message>
        <source>found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>PAC file</source>
        <translation>PAC-Datei</translation>
    </message>
    <message>
        <source>PAC file named by</source>
        <translation>PAC-Datei angegeben in</translation>
    </message>
    <message>
        <source>PAC file&apos;s answer</source>
        <translation>Antwort der PAC-Datei</translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>resolves on this PC</source>
        <translation>Auf diesem PC auflösbar</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>Aufgelöst über</translation>
    </message>
    <message>
        <source>via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>extra CA bundle</source>
        <translation>Zusätzliches CA-Bündel</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>TLS-Version</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>days until the certificate expires</source>
        <translation>Tage bis zum Ablauf des Zertifikats</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>Vertrauensbasis</translation>
    </message>
    <message>
        <source>trusted through</source>
        <translation>Vertraut über</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>clock difference (s)</source>
        <translation>Zeitabweichung (s)</translation>
    </message>
    <message>
        <source>listening on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <source>where</source>
        <translation>Ablageort</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>keyring backend</source>
        <translation>Schlüsselbund-Backend</translation>
    </message>
    <message>
        <source>opt-in on</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>locked by the IT policy</source>
        <translation>Durch die IT-Richtlinie gesperrt</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>{path} could not be written: {why}</source>
        <translation>{path} konnte nicht geschrieben werden: {why}</translation>
    </message>
</context>
<context>
    <name>FlowCellMap</name>
    <message>
        <source>Metric:</source>
        <translation>Messgröße:</translation>
    </message>
    <message>
        <source>Lane · surface · swath</source>
        <translation>Lane · Oberfläche · Swath</translation>
    </message>
    <message>
        <source>Tile within swath</source>
        <translation>Tile im Swath</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>{channel} reaches its failure limit at about cycle {cycle} of {total}</source>
        <translation>{channel} erreicht die Ausfallgrenze etwa in Zyklus {cycle} von {total}</translation>
    </message>
    <message>
        <source>Failure predicted in ~{time} ({channel})</source>
        <translation>Ausfall vorhergesagt in ~{time} ({channel})</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Per-cycle signals of the optical, mechanical and fluidics subsystems from the run folder: the median over the flow cell&apos;s tiles, each channel on its own scale. Works without a network. Amber dashed lines are warning levels, red failure levels, drawn where a limit applies to the value itself; a band counts only when several cycles in a row are beyond it.</source>
        <translation>Signale je Zyklus des optischen, mechanischen und des Fluidiksystems aus dem Laufordner: der Median über die Kacheln der Fließzelle, jeder Kanal auf eigener Skala. Funktioniert ohne Netzwerk. Gelb gestrichelt sind Warngrenzen, rot Ausfallgrenzen, gezeichnet, wo eine Grenze für den Wert selbst gilt; ein Bereich zählt erst, wenn mehrere Zyklen hintereinander darüber liegen.</translation>
    </message>
    <message>
        <source>Live signals of the optical, mechanical, thermal and fluidics subsystems, measured on the instrument. Works without a network. Lines: amber dashed is the warning level, red the failure level; they apply to half-minute medians, so a single spike does not count.</source>
        <translation>Live-Signale des optischen, mechanischen, thermischen Systems und des Fluidiksystems, am Gerät gemessen. Funktioniert ohne Netzwerk. Linien: gelb gestrichelt ist die Warngrenze, rot die Ausfallgrenze; sie gelten für Halbminuten-Mediane, eine einzelne Spitze zählt also nicht.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Letzte 10 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Ganzer Lauf</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Newest reading</source>
        <translation>Neuester Messwert</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>{subsystem}: not measured by this source (a run folder records no temperatures).</source>
        <translation>{subsystem}: von dieser Quelle nicht gemessen (ein Laufordner zeichnet keine Temperaturen auf).</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n open)</source>
        <translation>
            <numerusform>Alarme (%n offen)</numerusform>
            <numerusform>Alarme (%n offen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMeasure</name>
    <message>
        <source>first-cycle intensity ({chemistry})</source>
        <translation>Intensität im ersten Zyklus ({chemistry})</translation>
    </message>
    <message>
        <source>first-cycle focus FWHM ({chemistry})</source>
        <translation>Fokus FWHM im ersten Zyklus ({chemistry})</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>phasing</source>
        <translation>Phasing</translation>
    </message>
    <message>
        <source>prephasing</source>
        <translation>Prephasing</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every run read on this PC, and the trends across runs of each instrument: when a value heads for its service limit, the forecast says in how many runs it gets there.</source>
        <translation>Jeder auf diesem PC gelesene Lauf und die Trends über die Läufe jedes Geräts: Steuert ein Wert auf seine Servicegrenze zu, nennt die Prognose, in wie vielen Läufen er sie erreicht.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <source>Trend across runs</source>
        <translation>Trend über die Läufe</translation>
    </message>
    <message>
        <source>One point per run</source>
        <translation>Ein Punkt je Lauf</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Laufbeginn</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reading run folders into the history: {done} of {total} ({name})</source>
        <translation>Laufordner werden in den Verlauf eingelesen: {done} von {total} ({name})</translation>
    </message>
    <message numerus="yes">
        <source>%n run folder(s) under {root}</source>
        <translation>
            <numerusform>%n Laufordner unter {root}</numerusform>
            <numerusform>%n Laufordner unter {root}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n gelesen</numerusform>
            <numerusform>%n gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (shown in the table)</source>
        <translation>
            <numerusform>%n beschädigt (in der Tabelle gezeigt)</numerusform>
            <numerusform>%n beschädigt (in der Tabelle gezeigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer on the disk</source>
        <translation>
            <numerusform>%n nicht mehr auf dem Datenträger</numerusform>
            <numerusform>%n nicht mehr auf dem Datenträger</numerusform>
        </translation>
    </message>
    <message>
        <source>The history database was damaged; it was kept aside and is rebuilt from the run folders.</source>
        <translation>Die Verlaufsdatenbank war beschädigt; sie wurde beiseitegelegt und wird aus den Laufordnern neu aufgebaut.</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>No forecast: no instrument&apos;s series of comparable runs is heading for a service limit.</source>
        <translation>Keine Prognose: Bei keinem Gerät steuert eine Reihe vergleichbarer Läufe auf eine Servicegrenze zu.</translation>
    </message>
    <message>
        <source>{subsystem}: {what} has reached the service limit</source>
        <translation>{subsystem}: {what} hat die Servicegrenze erreicht</translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} down {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}: {what} in %n Lauf um {change} % gesunken</numerusform>
            <numerusform>{subsystem}: {what} in %n Läufen um {change} % gesunken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} up {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}: {what} in %n Lauf um {change} % gestiegen</numerusform>
            <numerusform>{subsystem}: {what} in %n Läufen um {change} % gestiegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at this rate it reaches the service limit in about %n run(s)</source>
        <translation>
            <numerusform>bei diesem Trend wird die Servicegrenze in etwa %n Lauf erreicht</numerusform>
            <numerusform>bei diesem Trend wird die Servicegrenze in etwa %n Läufen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n day(s))</source>
        <translation>
            <numerusform>(etwa %n Tag)</numerusform>
            <numerusform>(etwa %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>no metrics</source>
        <translation>keine Metriken</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Service due soon</source>
        <translation>Service bald fällig</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo (simulated instrument)</source>
        <translation>{app} — Demo (simuliertes Gerät)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Run quality</source>
        <translation>Laufqualität</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Datenpaket</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>Sendeverlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>DEMO — simulated instrument. These readings are not from a real instrument, and nothing from the demo is queued for sending.</source>
        <translation>DEMO — simuliertes Gerät. Diese Messwerte stammen nicht von einem echten Gerät, und aus der Demo wird nichts zum Senden eingereiht.</translation>
    </message>
    <message>
        <source>No run folder in {folder}: no RunInfo.xml there or up to two levels below.</source>
        <translation>Kein Laufordner in {folder}: dort und bis zu zwei Ebenen darunter gibt es keine RunInfo.xml.</translation>
    </message>
    <message>
        <source>{run} opens in a window of its own (this one shows the demo).</source>
        <translation>{run} öffnet sich in einem eigenen Fenster (dieses zeigt die Demo).</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <source>The instrument&apos;s output folder</source>
        <translation>Ausgabeordner des Geräts</translation>
    </message>
    <message>
        <source>This window follows the run folder it was opened with; the new run folder root applies when the app next starts.</source>
        <translation>Dieses Fenster folgt dem Laufordner, mit dem es geöffnet wurde; der neue Stammordner für Läufe gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Demo instrument — scenario: {scenario} — speed ×{speed:g}</source>
        <translation>Demo-Gerät — Szenario: {scenario} — Geschwindigkeit ×{speed:g}</translation>
    </message>
    <message>
        <source>the simulator stopped: {error}</source>
        <translation>der Simulator wurde angehalten: {error}</translation>
    </message>
    <message>
        <source>Run folder: {folder}</source>
        <translation>Laufordner: {folder}</translation>
    </message>
    <message>
        <source>run time {time}</source>
        <translation>Laufzeit {time}</translation>
    </message>
    <message>
        <source>Still running in the tray: monitoring and uploads go on.</source>
        <translation>Läuft im Infobereich weiter: Überwachung und Übertragung gehen weiter.</translation>
    </message>
</context>
<context>
    <name>Netcheck</name>
    <message>
        <source>the Configuration check did not pass</source>
        <translation>die Prüfung „Konfiguration“ wurde nicht bestanden</translation>
    </message>
    <message>
        <source>the Proxy check did not pass</source>
        <translation>die Prüfung „Proxy“ wurde nicht bestanden</translation>
    </message>
    <message>
        <source>the DNS check did not pass</source>
        <translation>die Prüfung „DNS“ wurde nicht bestanden</translation>
    </message>
    <message>
        <source>the Outbound connection check did not pass</source>
        <translation>die Prüfung „Ausgehende Verbindung“ wurde nicht bestanden</translation>
    </message>
    <message>
        <source>the TLS check did not pass</source>
        <translation>die Prüfung „TLS“ wurde nicht bestanden</translation>
    </message>
    <message>
        <source>the HTTP and authentication check was skipped, so no time was read</source>
        <translation>die Prüfung „HTTP und Authentifizierung“ wurde übersprungen, daher wurde keine Uhrzeit gelesen</translation>
    </message>
    <message>
        <source>no instrument token is stored (see Configuration)</source>
        <translation>kein Geräte-Token gespeichert (siehe „Konfiguration“)</translation>
    </message>
    <message>
        <source>the TLS check did not run</source>
        <translation>die Prüfung „TLS“ wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>the TLS check failed for another reason</source>
        <translation>die Prüfung „TLS“ ist aus einem anderen Grund fehlgeschlagen</translation>
    </message>
    <message>
        <source>the receiver sent no Date header</source>
        <translation>der Empfänger hat keinen Date-Header gesendet</translation>
    </message>
    <message>
        <source>the receiver did not answer</source>
        <translation>der Empfänger hat nicht geantwortet</translation>
    </message>
    <message>
        <source>cannot list sockets on this system</source>
        <translation>Sockets lassen sich auf diesem System nicht auflisten</translation>
    </message>
    <message>
        <source>setting (none)</source>
        <translation>Einstellung (keiner)</translation>
    </message>
    <message>
        <source>system (environment or OS settings)</source>
        <translation>System (Umgebung oder Einstellungen des Betriebssystems)</translation>
    </message>
    <message>
        <source>system: none for this host</source>
        <translation>System: keiner für diesen Host</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>a PAC file</source>
        <translation>eine PAC-Datei</translation>
    </message>
    <message>
        <source>a PAC file that cannot be used: direct</source>
        <translation>eine unbrauchbare PAC-Datei: direkt</translation>
    </message>
    <message>
        <source>environment variables (HTTPS_PROXY)</source>
        <translation>Umgebungsvariablen (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet, this user)</source>
        <translation>Windows-Internetoptionen (WinINet, dieser Benutzer)</translation>
    </message>
    <message>
        <source>Windows WinHTTP (this machine)</source>
        <translation>Windows WinHTTP (dieser Computer)</translation>
    </message>
    <message>
        <source>macOS network settings</source>
        <translation>macOS-Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>none found (in the OS&apos;s settings, or by WPAD): the system&apos;s proxy is used</source>
        <translation>keiner gefunden (in den Einstellungen des Betriebssystems oder per WPAD): der Proxy des Systems wird verwendet</translation>
    </message>
    <message>
        <source>the proxy setting</source>
        <translation>Proxy-Einstellung</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet)</source>
        <translation>Windows-Internetoptionen (WinINet)</translation>
    </message>
    <message>
        <source>WPAD (DNS)</source>
        <translation>WPAD (DNS)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>the proxy {proxy}</source>
        <translation>Proxy {proxy}</translation>
    </message>
    <message>
        <source>OS trust store</source>
        <translation>Zertifikatspeicher des Betriebssystems</translation>
    </message>
    <message>
        <source>OS trust store + {ca_bundle}</source>
        <translation>Zertifikatspeicher des Betriebssystems + {ca_bundle}</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>a file readable only by this user, not the OS keyring</source>
        <translation>eine nur für diesen Benutzer lesbare Datei, nicht der Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>a file, not the OS keyring</source>
        <translation>eine Datei, nicht der Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>Set the receiver&apos;s HTTPS address: proactive-gui config set endpoint https://&lt;receiver&gt;</source>
        <translation>Legen Sie die HTTPS-Adresse des Empfängers fest: proactive-gui config set endpoint https://&lt;receiver&gt;</translation>
    </message>
    <message>
        <source>Store the instrument token: proactive-gui config set-secret token</source>
        <translation>Speichern Sie das Geräte-Token: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling.</source>
        <translation>Der Name lässt sich hier nicht auflösen. Prüfen Sie die DNS-Server dieses PCs oder die Schreibweise der Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling (the proxy may still resolve it).</source>
        <translation>Der Name lässt sich hier nicht auflösen. Prüfen Sie die DNS-Server dieses PCs oder die Schreibweise der Adresse des Empfängers (der Proxy kann ihn eventuell trotzdem auflösen).</translation>
    </message>
    <message>
        <source>The PAC file {url} cannot be used ({error}), so the uploader connects directly. Check its address (proactive-gui config set proxy pac:URL), or ask IT where the PAC file is.</source>
        <translation>Die PAC-Datei {url} ist nicht verwendbar ({error}), daher verbindet sich die Übertragung direkt. Prüfen Sie ihre Adresse (proactive-gui config set proxy pac:URL) oder fragen Sie die IT, wo die PAC-Datei liegt.</translation>
    </message>
    <message>
        <source>The proxy&apos;s name {host} does not resolve on this PC. Check its spelling in the proxy setting (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) and this PC&apos;s DNS servers.</source>
        <translation>Der Name des Proxys {host} lässt sich auf diesem PC nicht auflösen. Prüfen Sie die Schreibweise in der Proxy-Einstellung (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) und die DNS-Server dieses PCs.</translation>
    </message>
    <message>
        <source>Nothing listens on port {port} of the proxy {host}: the connection was refused. Check the port in the proxy setting, and ask IT whether the proxy service runs.</source>
        <translation>Auf Port {port} des Proxys {host} lauscht nichts: Die Verbindung wurde abgelehnt. Prüfen Sie den Port in der Proxy-Einstellung und fragen Sie die IT, ob der Proxy-Dienst läuft.</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} does not answer ({error}). Check its address in the proxy setting; a firewall may drop traffic from this PC to it.</source>
        <translation>Der Proxy {host}:{port} antwortet nicht ({error}). Prüfen Sie seine Adresse in der Proxy-Einstellung; möglicherweise verwirft eine Firewall den Datenverkehr von diesem PC zum Proxy.</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} took the connection but did not answer the tunnel request (CONNECT). Check that this address and port are those of an HTTP proxy.</source>
        <translation>Der Proxy {host}:{port} hat die Verbindung angenommen, aber nicht auf die Tunnelanfrage (CONNECT) geantwortet. Prüfen Sie, ob Adresse und Port zu einem HTTP-Proxy gehören.</translation>
    </message>
    <message>
        <source>{host}:{port} did not answer as an HTTP proxy does. Check the address and port in the proxy setting: it may be a SOCKS proxy or a web server.</source>
        <translation>{host}:{port} hat nicht wie ein HTTP-Proxy geantwortet. Prüfen Sie Adresse und Port in der Proxy-Einstellung: Möglicherweise ist es ein SOCKS-Proxy oder ein Webserver.</translation>
    </message>
    <message>
        <source>The proxy demands authentication ({schemes}). Put the proxy user in the setting: proactive-gui config set proxy http://USER@{host}:{port}, then store its password: proactive-gui config set-secret proxy_password</source>
        <translation>Der Proxy verlangt eine Authentifizierung ({schemes}). Tragen Sie den Proxy-Benutzer in die Einstellung ein: proactive-gui config set proxy http://USER@{host}:{port}, und speichern Sie dann sein Passwort: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused the user {user} with the stored password ({scheme}). Check the user in the proxy setting (DOMAIN\user is written DOMAIN%5Cuser) and store the current password: proactive-gui config set-secret proxy_password</source>
        <translation>Der Proxy hat den Benutzer {user} mit dem gespeicherten Passwort abgelehnt ({scheme}). Prüfen Sie den Benutzer in der Proxy-Einstellung (DOMAIN\user wird als DOMAIN%5Cuser geschrieben) und speichern Sie das aktuelle Passwort: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused this PC&apos;s Windows login ({scheme}). Ask IT whether this user may use the proxy, or name a proxy user: proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, then proactive-gui config set-secret proxy_password</source>
        <translation>Der Proxy hat die Windows-Anmeldung dieses PCs abgelehnt ({scheme}). Fragen Sie die IT, ob dieser Benutzer den Proxy verwenden darf, oder nennen Sie einen Proxy-Benutzer: proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, dann proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy accepts only {schemes} authentication, which this app does not speak (it speaks Basic, NTLM and Negotiate). Ask IT to allow one of those for this PC, or to let it reach {target} without authentication.</source>
        <translation>Der Proxy akzeptiert nur die Authentifizierung {schemes}, die diese App nicht beherrscht (sie beherrscht Basic, NTLM und Negotiate). Bitten Sie die IT, eines dieser Verfahren für diesen PC zuzulassen oder ihm den Zugriff auf {target} ohne Authentifizierung zu erlauben.</translation>
    </message>
    <message>
        <source>The proxy refuses the tunnel to {target} ({answer}). Ask IT to allow HTTPS (CONNECT) from this PC to {target} in the proxy&apos;s rules.</source>
        <translation>Der Proxy verweigert den Tunnel zu {target} ({answer}). Bitten Sie die IT, in den Regeln des Proxys HTTPS (CONNECT) von diesem PC zu {target} zuzulassen.</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not reach {target} ({answer}). Check the endpoint&apos;s host name, and ask IT whether the proxy can resolve it and reach port {port}.</source>
        <translation>Der Proxy {proxy} konnte {target} nicht erreichen ({answer}). Prüfen Sie den Hostnamen in der Adresse des Empfängers und fragen Sie die IT, ob der Proxy ihn auflösen und Port {port} erreichen kann.</translation>
    </message>
    <message>
        <source>Nothing answers on {target}. Allow outbound TCP to port {port} from this PC in the firewall, or check the address.</source>
        <translation>Unter {target} antwortet nichts. Lassen Sie in der Firewall ausgehendes TCP von diesem PC zu Port {port} zu oder prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The extra CA bundle cannot be used: it must hold PEM certificates (-----BEGIN CERTIFICATE-----). Export the CA as &apos;Base-64 encoded X.509&apos; and set it again: proactive-gui config set ca_bundle FILE.pem</source>
        <translation>Das zusätzliche CA-Bündel ist nicht verwendbar: Es muss PEM-Zertifikate enthalten (-----BEGIN CERTIFICATE-----). Exportieren Sie die CA als „Base-64-codiert X.509“ und legen Sie sie erneut fest: proactive-gui config set ca_bundle FILE.pem</translation>
    </message>
    <message>
        <source>The receiver (or a device in between) does not offer TLS 1.2 or newer. Ask for TLS 1.2/1.3 on the receiver, or exempt it from the device.</source>
        <translation>Der Empfänger (oder ein Netzwerkgerät dazwischen) bietet kein TLS 1.2 oder neuer an. Verlangen Sie TLS 1.2/1.3 auf dem Empfänger oder nehmen Sie ihn von diesem Netzwerkgerät aus.</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate expires in {days} days; ask its operator to renew it.</source>
        <translation>Das Zertifikat des Empfängers läuft in {days} Tagen ab; bitten Sie den Betreiber, es zu erneuern.</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate has expired; ask its operator to renew it.</source>
        <translation>Das Zertifikat des Empfängers ist abgelaufen; bitten Sie den Betreiber, es zu erneuern.</translation>
    </message>
    <message>
        <source>The certificate is not for {host}. Check the endpoint&apos;s host name, or ask the receiver&apos;s operator for a certificate that names it.</source>
        <translation>Das Zertifikat gilt nicht für {host}. Prüfen Sie den Hostnamen in der Adresse des Empfängers oder bitten Sie den Betreiber des Empfängers um ein Zertifikat, das diesen Namen enthält.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here. If a proxy or firewall inspects TLS, add its CA: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, or exempt {host} from inspection.</source>
        <translation>Dem Aussteller des Zertifikats wird hier nicht vertraut. Falls ein Proxy oder eine Firewall TLS inspiziert, fügen Sie deren CA hinzu: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, oder nehmen Sie {host} von der Inspektion aus.</translation>
    </message>
    <message>
        <source>Traffic to the receiver is presented with a certificate from an issuer this PC does not trust ({issuer}): a proxy or firewall is probably inspecting TLS. Add its CA with: proactive-gui config set ca_bundle FILE, or exempt {host} from inspection.</source>
        <translation>Für den Datenverkehr zum Empfänger wird ein Zertifikat eines Ausstellers vorgelegt, dem dieser PC nicht vertraut ({issuer}): Wahrscheinlich inspiziert ein Proxy oder eine Firewall TLS. Fügen Sie deren CA hinzu mit: proactive-gui config set ca_bundle FILE, oder nehmen Sie {host} von der Inspektion aus.</translation>
    </message>
    <message>
        <source>The receiver did not answer over HTTPS; see the stages above.</source>
        <translation>Der Empfänger hat nicht über HTTPS geantwortet; siehe die Schritte oben.</translation>
    </message>
    <message>
        <source>The receiver does not accept this instrument&apos;s token. Store the current one: proactive-gui config set-secret token</source>
        <translation>Der Empfänger akzeptiert das Token dieses Geräts nicht. Speichern Sie das aktuelle: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes ahead of the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>Die Uhr dieses PCs geht gegenüber dem Empfänger {minutes} Minuten vor. Schalten Sie die Zeitsynchronisierung (NTP) für diesen PC ein.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes behind the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>Die Uhr dieses PCs geht gegenüber dem Empfänger {minutes} Minuten nach. Schalten Sie die Zeitsynchronisierung (NTP) für diesen PC ein.</translation>
    </message>
    <message>
        <source>The app should never listen on a port; report this as a defect.</source>
        <translation>Die App sollte nie auf einem Port lauschen; melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>The spool key is in a file readable only by this user, not the OS keyring. Install or unlock a keyring, then: proactive-gui config set spool_key_store keyring</source>
        <translation>Der Schlüssel der Warteschlange liegt in einer nur für diesen Benutzer lesbaren Datei, nicht im Schlüsselbund des Betriebssystems. Installieren oder entsperren Sie einen Schlüsselbund, dann: proactive-gui config set spool_key_store keyring</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>Der verwendete Schlüsselbund ({backend}) bewahrt den Schlüssel der Warteschlange in einer Datei auf ({path}), nicht im Schlüsselbund des Betriebssystems. Verwenden Sie den Schlüsselbund des Betriebssystems (unter Linux einen entsperrten Secret Service wie GNOME Keyring oder KeePassXC) und wählen Sie dieses Backend nicht mehr aus (PYTHON_KEYRING_BACKEND oder keyringrc.cfg); senden Sie zuvor die Warteschlange ab (proactive-gui deliver): Der Schlüssel zieht nicht mit um.</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>Der verwendete Schlüsselbund ({backend}) bewahrt den Schlüssel der Warteschlange in einer Datei auf, nicht im Schlüsselbund des Betriebssystems. Verwenden Sie den Schlüsselbund des Betriebssystems (unter Linux einen entsperrten Secret Service wie GNOME Keyring oder KeePassXC) und wählen Sie dieses Backend nicht mehr aus (PYTHON_KEYRING_BACKEND oder keyringrc.cfg); senden Sie zuvor die Warteschlange ab (proactive-gui deliver): Der Schlüssel zieht nicht mit um.</translation>
    </message>
    <message>
        <source>No OS keyring: install or unlock one, or allow a key file: proactive-gui config set spool_key_store file</source>
        <translation>Kein Schlüsselbund des Betriebssystems: Installieren oder entsperren Sie einen oder erlauben Sie eine Schlüsseldatei: proactive-gui config set spool_key_store file</translation>
    </message>
    <message>
        <source>The instrument token (and the proxy password) are kept in a file readable only by this user, not the OS keyring. Where a keyring can be had: proactive-gui config set secret_store keyring, then store the token again: proactive-gui config set-secret token</source>
        <translation>Das Geräte-Token (und das Proxy-Passwort) liegen in einer nur für diesen Benutzer lesbaren Datei, nicht im Schlüsselbund des Betriebssystems. Wo ein Schlüsselbund verfügbar ist: proactive-gui config set secret_store keyring, dann das Token erneut speichern: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>Der verwendete Schlüsselbund ({backend}) bewahrt das Geräte-Token in einer Datei auf ({path}), nicht im Schlüsselbund des Betriebssystems. Verwenden Sie den Schlüsselbund des Betriebssystems (unter Linux einen entsperrten Secret Service wie GNOME Keyring oder KeePassXC), wählen Sie dieses Backend nicht mehr aus (PYTHON_KEYRING_BACKEND oder keyringrc.cfg) und speichern Sie das Token erneut: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>Der verwendete Schlüsselbund ({backend}) bewahrt das Geräte-Token in einer Datei auf, nicht im Schlüsselbund des Betriebssystems. Verwenden Sie den Schlüsselbund des Betriebssystems (unter Linux einen entsperrten Secret Service wie GNOME Keyring oder KeePassXC), wählen Sie dieses Backend nicht mehr aus (PYTHON_KEYRING_BACKEND oder keyringrc.cfg) und speichern Sie das Token erneut: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>No OS keyring, so the instrument token cannot be stored: install or unlock one, or keep it in a file only you can read: proactive-gui config set secret_store file</source>
        <translation>Kein Schlüsselbund des Betriebssystems, daher kann das Geräte-Token nicht gespeichert werden: Installieren oder entsperren Sie einen oder bewahren Sie es in einer nur für Sie lesbaren Datei auf: proactive-gui config set secret_store file</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {reason}</source>
        <translation>Durch die IT-Richtlinie gesperrt: {reason}</translation>
    </message>
    <message>
        <source>Nothing is sent while the opt-in is off; the lab turns it on in the app (or: proactive-gui config set opt_in true).</source>
        <translation>Solange „Daten zur Geräte-Performance senden“ aus ist, wird nichts gesendet; das Labor schaltet es in der App ein (oder: proactive-gui config set opt_in true).</translation>
    </message>
    <message>
        <source>This check could not be completed ({error}: {detail}); the other checks still ran. Send this report to support.</source>
        <translation>Diese Prüfung konnte nicht abgeschlossen werden ({error}: {detail}); die anderen Prüfungen wurden trotzdem ausgeführt. Senden Sie diesen Bericht an den Support.</translation>
    </message>
    <message>
        <source>The checks could not run ({error}: {detail}).</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden ({error}: {detail}).</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Readiness checks for IT, with the uploader&apos;s own address, proxy and trust settings: a green check means uploads will work.</source>
        <translation>Bereitschaftsprüfungen für die IT, mit Adresse, Proxy und Vertrauenseinstellungen der Übertragung selbst: eine grüne Prüfung heißt, dass die Übertragung funktionieren wird.</translation>
    </message>
    <message>
        <source>Run all checks</source>
        <translation>Alle Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Run the selected check</source>
        <translation>Ausgewählte Prüfung ausführen</translation>
    </message>
    <message>
        <source>With the stages it needs before it</source>
        <translation>Mit den Schritten, die sie vorher braucht</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Evidence and remedy</source>
        <translation>Befund und Abhilfe</translation>
    </message>
    <message>
        <source>Select a stage to see its evidence and what to do.</source>
        <translation>Wählen Sie einen Schritt, um Befund und Abhilfe zu sehen.</translation>
    </message>
    <message>
        <source>Last run {age} ago</source>
        <translation>Zuletzt vor {age} ausgeführt</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Warning: {channel}</source>
        <translation>Warnung: {channel}</translation>
    </message>
    <message>
        <source>Failure: {channel}</source>
        <translation>Ausfall: {channel}</translation>
    </message>
    <message>
        <source>Early warning: {channel}</source>
        <translation>Frühwarnung: {channel}</translation>
    </message>
</context>
<context>
    <name>OpenRun</name>
    <message>
        <source>Runs in this folder: {n}. Which one?</source>
        <translation>Läufe in diesem Ordner: {n}. Welcher?</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open run folder…</source>
        <translation>Laufordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent runs</source>
        <translation>&amp;Letzte Läufe</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Before you start a run</source>
        <translation>Bevor Sie einen Lauf starten</translation>
    </message>
    <message>
        <source>The instrument&apos;s run, its four subsystems, and whether data may leave this PC.</source>
        <translation>Der Lauf des Geräts, seine vier Systeme und ob Daten diesen PC verlassen dürfen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Choose the instrument&apos;s output folder…</source>
        <translation>Ausgabeordner des Geräts wählen…</translation>
    </message>
    <message>
        <source>Show the demo instead</source>
        <translation>Stattdessen die Demo zeigen</translation>
    </message>
    <message>
        <source>Data sharing and connectivity</source>
        <translation>Datenfreigabe und Verbindung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Nothing leaves this PC while sending is off.</source>
        <translation>Solange das Senden aus ist, verlässt nichts diesen PC.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Run the readiness checks on the Network page.</source>
        <translation>Führen Sie die Bereitschaftsprüfungen auf der Seite „Netzwerk“ aus.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>No payload is waiting to be sent.</source>
        <translation>Kein Datenpaket wartet auf das Senden.</translation>
    </message>
    <message>
        <source>Recent instrument events</source>
        <translation>Letzte Geräteereignisse</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Daten zur Geräte-Performance senden</translation>
    </message>
    <message>
        <source>Turn sending on</source>
        <translation>Senden einschalten</translation>
    </message>
    <message>
        <source>Show me the Payload page</source>
        <translation>Seite „Datenpaket“ zeigen</translation>
    </message>
    <message>
        <source>Sending is off</source>
        <translation>Senden ist aus</translation>
    </message>
    <message>
        <source>Ready to start run</source>
        <translation>Bereit zum Laufstart</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Every subsystem is healthy and nothing needs attention.</source>
        <translation>Alle Systeme sind in Ordnung; nichts erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Bereit, mit Warnungen</translation>
    </message>
    <message>
        <source>Checked {age} ago; details on the Network page.</source>
        <translation>Vor {age} geprüft; Einzelheiten auf der Seite „Netzwerk“.</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Encrypted on this PC until the receiver confirms each one.</source>
        <translation>Verschlüsselt auf diesem PC, bis der Empfänger jedes bestätigt.</translation>
    </message>
    <message>
        <source>Kept, encrypted, until sending is turned on.</source>
        <translation>Verschlüsselt aufbewahrt, bis das Senden eingeschaltet wird.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {why}</source>
        <translation>Durch die IT-Richtlinie gesperrt: {why}</translation>
    </message>
    <message>
        <source>Health and run summaries are sealed and sent over TLS; see Payload.</source>
        <translation>Zustands- und Laufzusammenfassungen werden versiegelt und über TLS gesendet; siehe „Datenpaket“.</translation>
    </message>
    <message>
        <source>Health comes from the run folders the instrument writes. Choose the folder it writes them into (also in Settings: Run folder root), open a run folder (File ▸ Open run folder…, or drop it on this window), or look at the demo.</source>
        <translation>Der Zustand stammt aus den Laufordnern, die das Gerät schreibt. Wählen Sie den Ordner, in den es sie schreibt (auch in den Einstellungen: Stammordner für Läufe), öffnen Sie einen Laufordner (Datei ▸ Laufordner öffnen…, oder ziehen Sie ihn auf dieses Fenster) oder sehen Sie sich die Demo an.</translation>
    </message>
    <message>
        <source>{phase} — cycle {cycle} of {total}</source>
        <translation>{phase} — Zyklus {cycle} von {total}</translation>
    </message>
    <message>
        <source>%v of %m cycles</source>
        <translation>%v von %m Zyklen</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) are waiting to be sent. Discard them? (No keeps them, encrypted, until sending is turned on again.)</source>
        <translation>
            <numerusform>%n Datenpaket wartet auf das Senden. Verwerfen? („Nein“ behält es verschlüsselt, bis das Senden wieder eingeschaltet wird.)</numerusform>
            <numerusform>%n Datenpakete warten auf das Senden. Verwerfen? („Nein“ behält sie verschlüsselt, bis das Senden wieder eingeschaltet wird.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside, see Uploads</source>
        <translation>
            <numerusform>%n zurückgestellt, siehe „Übertragung“</numerusform>
            <numerusform>%n zurückgestellt, siehe „Übertragung“</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} ({host})</source>
        <translation>Daten zur Geräte-Performance an {service} senden ({host})</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} (no receiver set)</source>
        <translation>Daten zur Geräte-Performance an {service} senden (kein Empfänger festgelegt)</translation>
    </message>
    <message>
        <source>No run folder yet</source>
        <translation>Noch kein Laufordner</translation>
    </message>
    <message>
        <source>Sequencing — cycle {cycle} of {total}</source>
        <translation>Sequenzierung — Zyklus {cycle} von {total}</translation>
    </message>
    <message>
        <source>Complete — {cycle} of {total} cycles</source>
        <translation>Abgeschlossen — {cycle} von {total} Zyklen</translation>
    </message>
    <message>
        <source>Stopped early — cycle {cycle} of {total}</source>
        <translation>Vorzeitig beendet — Zyklus {cycle} von {total}</translation>
    </message>
    <message>
        <source>No new cycle for over 2 h — cycle {cycle} of {total}</source>
        <translation>Seit über 2 h kein neuer Zyklus — Zyklus {cycle} von {total}</translation>
    </message>
    <message>
        <source>Waiting for the first cycle — {total} planned</source>
        <translation>Warten auf den ersten Zyklus — {total} geplant</translation>
    </message>
    <message>
        <source>The run folder records no cycle times.</source>
        <translation>Der Laufordner zeichnet keine Zykluszeiten auf.</translation>
    </message>
    <message>
        <source>Last cycle written {when} ({age} ago)</source>
        <translation>Letzter Zyklus geschrieben {when} (vor {age})</translation>
    </message>
    <message>
        <source>Run time {time}</source>
        <translation>Laufzeit {time}</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
</context>
<context>
    <name>PayloadPage</name>
    <message>
        <source>Sequencing data: base calls, reads, FASTQ/BAM, sequences of any kind (index sequences too).</source>
        <translation>Sequenzierungsdaten: Base Calls, Reads, FASTQ/BAM, Sequenzen jeder Art (auch Indexsequenzen).</translation>
    </message>
    <message>
        <source>Personal data (PII): names, user names, e-mail addresses, host and computer names, paths to user or network folders.</source>
        <translation>Personenbezogene Daten (PII): Namen, Benutzernamen, E-Mail-Adressen, Host- und Computernamen, Pfade zu Benutzer- oder Netzwerkordnern.</translation>
    </message>
    <message>
        <source>Health data (PHI): patient names or ids, medical record numbers, dates of birth, sample and library names.</source>
        <translation>Gesundheitsdaten (PHI): Patientennamen oder -IDs, Patientenaktennummern, Geburtsdaten, Proben- und Librarynamen.</translation>
    </message>
    <message>
        <source>Anything in RunParameters.xml that is not on the allow-list (listed under Not sent).</source>
        <translation>Alles in RunParameters.xml, was nicht auf der Positivliste steht (aufgeführt unter „Nicht gesendet“).</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Datenpaket</translation>
    </message>
    <message>
        <source>Exactly what would leave this PC, byte for byte, and why. Only instrument performance, run performance, instrument configuration and run configuration: never sequencing data, personal data or health data.</source>
        <translation>Genau das, was diesen PC verlassen würde, Byte für Byte, und warum. Nur Geräte-Performance, Lauf-Performance, Geräte- und Laufkonfiguration: nie Sequenzierungsdaten, personenbezogene Daten oder Gesundheitsdaten.</translation>
    </message>
    <message>
        <source>Refresh the next payload</source>
        <translation>Nächstes Datenpaket aktualisieren</translation>
    </message>
    <message>
        <source>Seal now</source>
        <translation>Jetzt versiegeln</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>Warum es erfasst wird</translation>
    </message>
    <message>
        <source>Select a field to read what it is and why it is collected.</source>
        <translation>Wählen Sie ein Feld, um zu lesen, was es ist und warum es erfasst wird.</translation>
    </message>
    <message>
        <source>Found on this PC</source>
        <translation>Auf diesem PC gefunden</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Warum es nicht gesendet wird</translation>
    </message>
    <message>
        <source>Select a row to read it in full.</source>
        <translation>Wählen Sie eine Zeile, um sie vollständig zu lesen.</translation>
    </message>
    <message>
        <source>{kind}, not queued</source>
        <translation>{kind}, nicht eingereiht</translation>
    </message>
    <message>
        <source>Draft, not yet sealed: its payload_id and created_at are set when it is sealed; every other byte is what would be sent now. Nothing was queued or sent.</source>
        <translation>Entwurf, noch nicht versiegelt: payload_id und created_at werden beim Versiegeln gesetzt; jedes andere Byte ist das, was jetzt gesendet würde. Nichts wurde eingereiht oder gesendet.</translation>
    </message>
    <message>
        <source>Listed for the next payload (the draft). What a sealed payload left out was listed when it was sealed; only its bytes are kept.</source>
        <translation>Aufgeführt für das nächste Datenpaket (den Entwurf). Was ein versiegeltes Datenpaket ausließ, wurde beim Versiegeln aufgeführt; aufbewahrt werden nur seine Bytes.</translation>
    </message>
    <message>
        <source>What the payload builder refused</source>
        <translation>Beim Erstellen des Datenpakets abgelehnt</translation>
    </message>
    <message>
        <source>Removed from log lines by the privacy gate</source>
        <translation>Vom Datenschutzfilter aus Protokollzeilen entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): {source}</source>
        <translation>
            <numerusform>%n Wert: {source}</numerusform>
            <numerusform>%n Werte: {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</translation>
    </message>
    <message>
        <source>Never collected</source>
        <translation>Nie erfasst</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Datenpakete</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Exact bytes</source>
        <translation>Genaue Bytes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, queued (encrypted) for the upload engine.</source>
        <translation>{id} versiegelt: {size} Bytes, verschlüsselt für die Übertragung eingereiht.</translation>
    </message>
    <message>
        <source>Sending is off: sealed {id} ({size} bytes) on this PC only, to look at or export. It is not queued and will never be sent.</source>
        <translation>Senden ist aus: {id} ({size} Bytes) nur auf diesem PC versiegelt, zum Ansehen oder Exportieren. Es wird nicht eingereiht und nie gesendet.</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, to look at only: it is not queued.</source>
        <translation>Versiegelt {id}: {size} Bytes, nur zum Ansehen: es wird nicht eingereiht.</translation>
    </message>
    <message>
        <source>Next payload (draft)</source>
        <translation>Nächstes Datenpaket (Entwurf)</translation>
    </message>
    <message>
        <source>{size} bytes   SHA-256 {sha}</source>
        <translation>{size} Bytes   SHA-256 {sha}</translation>
    </message>
    <message>
        <source>No earlier payload to compare with.</source>
        <translation>Kein früheres Datenpaket zum Vergleich.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt;: {what}&lt;br&gt;&lt;b&gt;Why it is collected:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt;: {what}&lt;br&gt;&lt;b&gt;Warum es erfasst wird:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Export payload</source>
        <translation>Datenpaket exportieren</translation>
    </message>
    <message>
        <source>Table 1 is the table of the Illumina Proactive data-security sheet named “Benefits of the instrument data collected”: the only data the service collects.</source>
        <translation>Tabelle 1 ist die Tabelle „Daten – Details und Vorteile“ im Blatt zur Datensicherheit von Illumina Proactive: die einzigen Daten, die der Dienst erfasst.</translation>
    </message>
</context>
<context>
    <name>PayloadSchema</name>
    <message>
        <source>%≥Q30 of the read.</source>
        <translation>%≥Q30 des Reads.</translation>
    </message>
    <message>
        <source>%≥Q30 per cycle.</source>
        <translation>%≥Q30 je Zyklus.</translation>
    </message>
    <message>
        <source>A code.</source>
        <translation>Ein Code.</translation>
    </message>
    <message>
        <source>A drop at one cycle points at chemistry, fluidics or optics at that moment.</source>
        <translation>Ein Einbruch in einem Zyklus weist auf Chemie, Fluidik oder Optik in diesem Moment hin.</translation>
    </message>
    <message>
        <source>A first-cycle intensity and a within-run decay wear differently.</source>
        <translation>Intensität im ersten Zyklus und Abfall innerhalb des Laufs verändern sich durch Verschleiß unterschiedlich.</translation>
    </message>
    <message>
        <source>A number, or null when not measured.</source>
        <translation>Eine Zahl, oder null, wenn nicht gemessen.</translation>
    </message>
    <message>
        <source>A product or component name.</source>
        <translation>Ein Produkt- oder Komponentenname.</translation>
    </message>
    <message>
        <source>A random identifier of this payload.</source>
        <translation>Eine zufällige Kennung dieses Datenpakets.</translation>
    </message>
    <message>
        <source>A receiver must never take demo data for an instrument&apos;s.</source>
        <translation>Ein Empfänger darf Demodaten nie für Daten eines Geräts halten.</translation>
    </message>
    <message>
        <source>A serial, lot or part number.</source>
        <translation>Eine Serien-, Chargen- oder Teilenummer.</translation>
    </message>
    <message>
        <source>A setting&apos;s value.</source>
        <translation>Der Wert einer Einstellung.</translation>
    </message>
    <message>
        <source>A trend from few runs is weak evidence.</source>
        <translation>Ein Trend aus wenigen Läufen hat wenig Aussagekraft.</translation>
    </message>
    <message>
        <source>A version.</source>
        <translation>Eine Version.</translation>
    </message>
    <message>
        <source>Bases per bin, millions.</source>
        <translation>Basen je Klasse, in Millionen.</translation>
    </message>
    <message>
        <source>Change of the trend line over the recent runs, in percent.</source>
        <translation>Änderung der Trendlinie über die letzten Läufe, in Prozent.</translation>
    </message>
    <message>
        <source>Change per run (Theil–Sen slope).</source>
        <translation>Änderung je Lauf (Steigung nach Theil–Sen).</translation>
    </message>
    <message>
        <source>Chemistry, kit and run-mode settings from RunParameters.xml that are on the allow-list.</source>
        <translation>Einstellungen zu Chemie, Kit und Laufmodus aus RunParameters.xml, die auf der Positivliste stehen.</translation>
    </message>
    <message>
        <source>Cluster density, thousands per mm².</source>
        <translation>Clusterdichte, Tausend je mm².</translation>
    </message>
    <message>
        <source>Consent at sealing time.</source>
        <translation>Einwilligung zum Zeitpunkt des Versiegelns.</translation>
    </message>
    <message>
        <source>Control software, real-time analysis and component versions.</source>
        <translation>Versionen der Gerätesteuerungssoftware, der Echtzeitanalyse und der Komponenten.</translation>
    </message>
    <message>
        <source>Cycles in the read.</source>
        <translation>Zyklen im Read.</translation>
    </message>
    <message>
        <source>Cycles per read, index reads marked i, e.g. 151+8i+8i+151.</source>
        <translation>Zyklen je Read, Index-Reads mit i markiert, z. B. 151+8i+8i+151.</translation>
    </message>
    <message>
        <source>Cycles planned for the whole run.</source>
        <translation>Für den ganzen Lauf geplante Zyklen.</translation>
    </message>
    <message>
        <source>Cycles with metrics so far.</source>
        <translation>Bisherige Zyklen mit Metriken.</translation>
    </message>
    <message>
        <source>End of the window.</source>
        <translation>Ende des Auswertungsfensters.</translation>
    </message>
    <message>
        <source>Error rate against the PhiX control, in percent.</source>
        <translation>Fehlerrate gegenüber der PhiX-Kontrolle, in Prozent.</translation>
    </message>
    <message>
        <source>Error rate of the read, percent.</source>
        <translation>Fehlerrate des Reads, in Prozent.</translation>
    </message>
    <message>
        <source>Error rate per cycle.</source>
        <translation>Fehlerrate je Zyklus.</translation>
    </message>
    <message>
        <source>Expired reagents explain poor runs.</source>
        <translation>Abgelaufene Reagenzien erklären schlechte Läufe.</translation>
    </message>
    <message>
        <source>Failure detection at a glance.</source>
        <translation>Fehlererkennung auf einen Blick.</translation>
    </message>
    <message>
        <source>Failure detection.</source>
        <translation>Fehlererkennung.</translation>
    </message>
    <message>
        <source>Failure detection: runs that stop early.</source>
        <translation>Fehlererkennung: vorzeitig beendete Läufe.</translation>
    </message>
    <message>
        <source>Faults found in the run folder&apos;s data, with their place on the flow cell (lane, tiles, cycles): e.g. a bubble on two tiles, a lane with few clusters, a focus drift.</source>
        <translation>In den Daten des Laufordners gefundene Fehler mit ihrer Lage auf der Fließzelle (Lane, Tiles, Zyklen): z. B. eine Luftblase auf zwei Tiles, eine Lane mit wenigen Clustern, eine Fokusdrift.</translation>
    </message>
    <message>
        <source>First and last cycle of the fault.</source>
        <translation>Erster und letzter Zyklus des Fehlers.</translation>
    </message>
    <message>
        <source>Flow cell, reagent kits and buffers used.</source>
        <translation>Verwendete Fließzelle, Reagenzienkits und Puffer.</translation>
    </message>
    <message>
        <source>Flow-cell serial (barcode).</source>
        <translation>Seriennummer der Fließzelle (Barcode).</translation>
    </message>
    <message>
        <source>Free text that passed the privacy gate.</source>
        <translation>Freitext, der den Datenschutzfilter passiert hat.</translation>
    </message>
    <message>
        <source>Health state.</source>
        <translation>Zustand.</translation>
    </message>
    <message>
        <source>Highest value.</source>
        <translation>Höchster Wert.</translation>
    </message>
    <message>
        <source>Hours to the predicted failure, as now estimated.</source>
        <translation>Stunden bis zum vorhergesagten Ausfall, nach aktueller Schätzung.</translation>
    </message>
    <message>
        <source>Hours until the first channel of the subsystem is predicted to fail, if a drift is seen.</source>
        <translation>Stunden, bis der erste Kanal des Systems voraussichtlich ausfällt, falls eine Drift erkennbar ist.</translation>
    </message>
    <message>
        <source>How many bases (millions) fell in each quality-score bin.</source>
        <translation>Wie viele Basen (in Millionen) in jede Q-Score-Klasse fielen.</translation>
    </message>
    <message>
        <source>How many comparable runs have a value.</source>
        <translation>Wie viele vergleichbare Läufe einen Wert haben.</translation>
    </message>
    <message>
        <source>How serious: a warning, a failure, or a signal that stopped arriving.</source>
        <translation>Wie ernst: eine Warnung, ein Ausfall oder ein Signal, das nicht mehr eintrifft.</translation>
    </message>
    <message>
        <source>Human-readable context.</source>
        <translation>Für Menschen lesbarer Kontext.</translation>
    </message>
    <message>
        <source>Identifies hardware and consumables.</source>
        <translation>Identifiziert Hardware und Verbrauchsmaterialien.</translation>
    </message>
    <message>
        <source>Identifies the producer of the payload.</source>
        <translation>Identifiziert den Erzeuger des Datenpakets.</translation>
    </message>
    <message>
        <source>Identifies the run across payloads.</source>
        <translation>Identifiziert den Lauf über Datenpakete hinweg.</translation>
    </message>
    <message>
        <source>Illumina Proactive data-security sheet, Table 1: only these four kinds of data are collected.</source>
        <translation>Blatt zur Datensicherheit von Illumina Proactive, Tabelle 1: Nur diese vier Arten von Daten werden erfasst.</translation>
    </message>
    <message>
        <source>Index reads have their own quality profile.</source>
        <translation>Index-Reads haben ein eigenes Qualitätsprofil.</translation>
    </message>
    <message>
        <source>Instrument configuration data (Table 1): which instrument, which software.</source>
        <translation>Daten zur Gerätekonfiguration (Tabelle 1): welches Gerät, welche Software.</translation>
    </message>
    <message>
        <source>Instrument model, e.g. MiSeq or NovaSeq 6000.</source>
        <translation>Gerätemodell, z. B. MiSeq oder NovaSeq 6000.</translation>
    </message>
    <message>
        <source>Instrument performance data (Table 1): the state of the optical, mechanical, thermal and fluidics subsystems, statistics of their signals, alerts, early warnings and the operational log.</source>
        <translation>Daten zur Geräte-Performance (Tabelle 1): der Zustand des optischen, des mechanischen, des thermischen sowie des Fluidiksystems, Statistiken ihrer Signale, Alarme, Frühwarnungen und das Betriebsprotokoll.</translation>
    </message>
    <message>
        <source>Instrument performance.</source>
        <translation>Geräte-Performance.</translation>
    </message>
    <message>
        <source>Instrument serial number (the instrument ID in the run ID).</source>
        <translation>Geräteseriennummer (die Geräte-ID in der Lauf-ID).</translation>
    </message>
    <message>
        <source>Its expiry date.</source>
        <translation>Sein Verfallsdatum.</translation>
    </message>
    <message>
        <source>Its lot number.</source>
        <translation>Seine Chargennummer.</translation>
    </message>
    <message>
        <source>Its part number.</source>
        <translation>Seine Teilenummer.</translation>
    </message>
    <message>
        <source>Its serial or barcode.</source>
        <translation>Seine Seriennummer oder sein Barcode.</translation>
    </message>
    <message>
        <source>Its value.</source>
        <translation>Wert der Einstellung.</translation>
    </message>
    <message>
        <source>Its version.</source>
        <translation>Version der Komponente.</translation>
    </message>
    <message>
        <source>Lanes on the flow cell.</source>
        <translation>Lanes auf der Fließzelle.</translation>
    </message>
    <message>
        <source>Lead time of the prediction.</source>
        <translation>Vorlaufzeit der Vorhersage.</translation>
    </message>
    <message>
        <source>Lets the receiver read payloads from older and newer apps.</source>
        <translation>Damit der Empfänger Datenpakete älterer und neuerer App-Versionen lesen kann.</translation>
    </message>
    <message>
        <source>Limits and known issues differ by model.</source>
        <translation>Grenzwerte und bekannte Probleme unterscheiden sich je nach Modell.</translation>
    </message>
    <message>
        <source>Lowest value.</source>
        <translation>Niedrigster Wert.</translation>
    </message>
    <message>
        <source>Machine-readable names.</source>
        <translation>Maschinenlesbare Namen.</translation>
    </message>
    <message>
        <source>Mean value.</source>
        <translation>Mittelwert.</translation>
    </message>
    <message>
        <source>Means over all tiles, one value per cycle.</source>
        <translation>Mittelwerte über alle Tiles, ein Wert je Zyklus.</translation>
    </message>
    <message>
        <source>Measured samples in the window.</source>
        <translation>Anzahl der Messwerte im Auswertungsfenster.</translation>
    </message>
    <message>
        <source>Names hardware and software.</source>
        <translation>Benennt Hardware und Software.</translation>
    </message>
    <message>
        <source>Names the consumable.</source>
        <translation>Benennt das Verbrauchsmaterial.</translation>
    </message>
    <message>
        <source>Names the read.</source>
        <translation>Benennt den Read.</translation>
    </message>
    <message>
        <source>Names the setting.</source>
        <translation>Benennt die Einstellung.</translation>
    </message>
    <message>
        <source>Names the signal.</source>
        <translation>Benennt das Signal.</translation>
    </message>
    <message>
        <source>Names which part of the instrument the version belongs to.</source>
        <translation>Benennt, zu welchem Teil des Geräts die Version gehört.</translation>
    </message>
    <message>
        <source>Newest value.</source>
        <translation>Neuester Wert.</translation>
    </message>
    <message>
        <source>Not measured is not zero.</source>
        <translation>Nicht gemessen ist nicht 0.</translation>
    </message>
    <message>
        <source>One state per subsystem.</source>
        <translation>Ein Zustand je System.</translation>
    </message>
    <message>
        <source>Operational logs.</source>
        <translation>Betriebsprotokolle.</translation>
    </message>
    <message>
        <source>Orders payloads and places instrument events in time.</source>
        <translation>Ordnet Datenpakete und Geräteereignisse zeitlich ein.</translation>
    </message>
    <message>
        <source>Over- or under-loading explains many poor runs.</source>
        <translation>Über- oder Unterbeladung erklärt viele schlechte Läufe.</translation>
    </message>
    <message>
        <source>Per read summaries.</source>
        <translation>Zusammenfassungen je Read.</translation>
    </message>
    <message>
        <source>Places statistics and events in time.</source>
        <translation>Ordnet Statistiken und Ereignisse zeitlich ein.</translation>
    </message>
    <message>
        <source>Places the fault in the run.</source>
        <translation>Verortet den Fehler im Lauf.</translation>
    </message>
    <message>
        <source>Places the fault.</source>
        <translation>Verortet den Fehler.</translation>
    </message>
    <message>
        <source>Quality scores.</source>
        <translation>Q-Scores.</translation>
    </message>
    <message>
        <source>Quality-score bins.</source>
        <translation>Q-Score-Klassen.</translation>
    </message>
    <message>
        <source>Read number.</source>
        <translation>Nummer des Reads.</translation>
    </message>
    <message>
        <source>Reads the time base.</source>
        <translation>Zum Deuten der Zeitbasis.</translation>
    </message>
    <message>
        <source>Reads the values.</source>
        <translation>Zum Deuten der Werte.</translation>
    </message>
    <message>
        <source>Records whether the lab had opted in when the data was made; while sending is off no payload is sealed on the cadence.</source>
        <translation>Hält fest, ob das Labor bei Entstehung der Daten eingewilligt hatte; solange das Senden aus ist, wird kein Datenpaket im regelmäßigen Takt versiegelt.</translation>
    </message>
    <message>
        <source>Robust trend (Theil-Sen) over the window, per hour.</source>
        <translation>Robuster Trend (Theil-Sen) über das Auswertungsfenster, je Stunde.</translation>
    </message>
    <message>
        <source>Run configuration data (Table 1): how the run was set up and with which consumables. Absent when no run folder is known.</source>
        <translation>Daten zur Laufkonfiguration (Tabelle 1): wie der Lauf eingerichtet wurde und mit welchen Verbrauchsmaterialien. Fehlt, wenn kein Laufordner bekannt ist.</translation>
    </message>
    <message>
        <source>Run parameters.</source>
        <translation>Laufparameter.</translation>
    </message>
    <message>
        <source>Run parameters; with cycles done, shows where a run stopped.</source>
        <translation>Laufparameter; mit den abgeschlossenen Zyklen zeigt es, wo ein Lauf abbrach.</translation>
    </message>
    <message>
        <source>Run performance by read.</source>
        <translation>Lauf-Performance je Read.</translation>
    </message>
    <message>
        <source>Run performance data (Table 1): quality scores and yield from the InterOp metrics. Summaries only, never base calls or sequences. Absent when no run folder is known.</source>
        <translation>Daten zur Lauf-Performance (Tabelle 1): Q-Scores und Ausbeute aus den InterOp-Metriken. Nur Zusammenfassungen, nie Base Calls oder Sequenzen. Fehlt, wenn kein Laufordner bekannt ist.</translation>
    </message>
    <message>
        <source>Run performance.</source>
        <translation>Lauf-Performance.</translation>
    </message>
    <message>
        <source>Run performance; needs PhiX, so often absent.</source>
        <translation>Lauf-Performance; erfordert PhiX, fehlt daher oft.</translation>
    </message>
    <message>
        <source>Runs until the value reaches its service limit at this rate, or null without a forecast.</source>
        <translation>Läufe, bis der Wert bei diesem Trend seine Servicegrenze erreicht, oder null ohne Prognose.</translation>
    </message>
    <message>
        <source>Sent as the Idempotency-Key, so a payload delivered twice is stored once.</source>
        <translation>Wird als Idempotency-Key gesendet, sodass ein doppelt zugestelltes Datenpaket nur einmal gespeichert wird.</translation>
    </message>
    <message>
        <source>Service can be scheduled at a convenient time.</source>
        <translation>Der Service kann zu einem passenden Zeitpunkt eingeplant werden.</translation>
    </message>
    <message>
        <source>Share of bases with quality 30 or more.</source>
        <translation>Anteil der Basen mit Qualität 30 oder höher.</translation>
    </message>
    <message>
        <source>Share of clusters passing filter.</source>
        <translation>Anteil der Cluster, die den Filter passieren.</translation>
    </message>
    <message>
        <source>Shows how much the statistics rest on.</source>
        <translation>Zeigt, auf wie vielen Werten die Statistiken beruhen.</translation>
    </message>
    <message>
        <source>Shows progress and where a run stopped.</source>
        <translation>Zeigt den Fortschritt und wo ein Lauf abbrach.</translation>
    </message>
    <message>
        <source>Signals predicted to cross their failure limit.</source>
        <translation>Signale, die voraussichtlich ihre Ausfallgrenze überschreiten.</translation>
    </message>
    <message>
        <source>Software version.</source>
        <translation>Softwareversion.</translation>
    </message>
    <message>
        <source>Start of the window.</source>
        <translation>Beginn des Auswertungsfensters.</translation>
    </message>
    <message>
        <source>Statistics of each measured signal over the window.</source>
        <translation>Statistiken jedes gemessenen Signals über das Auswertungsfenster.</translation>
    </message>
    <message>
        <source>Table 1: error and warning notifications.</source>
        <translation>Tabelle 1: Fehleranalyse und Warnungen.</translation>
    </message>
    <message>
        <source>Table 1: failure detection and error notifications about optical, mechanical and fluidics performance.</source>
        <translation>Tabelle 1: Fehlererkennung und Fehleranalyse hinsichtlich der Performance des optischen, des mechanischen sowie des Fluidiksystems.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction and failure detection; error and warning notifications about optical, mechanical, thermal and fluidics performance.</source>
        <translation>Tabelle 1: Ausfallvorhersage und Fehlererkennung; Fehleranalyse und Warnungen hinsichtlich der Performance des optischen, des mechanischen, des thermischen sowie des Fluidiksystems.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction, so a part can be replaced before it fails.</source>
        <translation>Tabelle 1: Ausfallvorhersage, damit ein Teil ausgetauscht werden kann, bevor es ausfällt.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction.</source>
        <translation>Tabelle 1: Ausfallvorhersage.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; a laser or camera that loses intensity run after run, or a focus that drifts week by week, shows only across runs.</source>
        <translation>Tabelle 1: Ausfallvorhersage; ein Laser oder eine Kamera, die von Lauf zu Lauf an Intensität verliert, oder ein Fokus, der Woche für Woche driftet, zeigt sich erst über mehrere Läufe hinweg.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; service can be planned before the part fails.</source>
        <translation>Tabelle 1: Ausfallvorhersage; der Service kann geplant werden, bevor das Teil ausfällt.</translation>
    </message>
    <message>
        <source>Table 1: flow-cell lot and serial; flow-cell defects show across runs.</source>
        <translation>Tabelle 1: Charge und Seriennummer der Fließzelle; Fließzellendefekte zeigen sich über mehrere Läufe hinweg.</translation>
    </message>
    <message>
        <source>Table 1: instrument operational logs.</source>
        <translation>Tabelle 1: Gerätebetriebsprotokolle.</translation>
    </message>
    <message>
        <source>Table 1: instrument performance; trends show wear before it becomes a failure.</source>
        <translation>Tabelle 1: Geräte-Performance; Trends zeigen Verschleiß, bevor er zum Ausfall führt.</translation>
    </message>
    <message>
        <source>Table 1: instrument serial number; links the data to the service contract and history of this instrument.</source>
        <translation>Tabelle 1: Geräteseriennummer; verknüpft die Daten mit dem Servicevertrag und der Historie dieses Geräts.</translation>
    </message>
    <message>
        <source>Table 1: kit type.</source>
        <translation>Tabelle 1: Kittyp.</translation>
    </message>
    <message>
        <source>Table 1: lot numbers; a bad lot shows across instruments.</source>
        <translation>Tabelle 1: Chargennummern; eine fehlerhafte Charge zeigt sich geräteübergreifend.</translation>
    </message>
    <message>
        <source>Table 1: optical, mechanical, thermal and fluidics performance.</source>
        <translation>Tabelle 1: Performance des optischen, des mechanischen, des thermischen sowie des Fluidiksystems.</translation>
    </message>
    <message>
        <source>Table 1: quality scores.</source>
        <translation>Tabelle 1: Q-Scores.</translation>
    </message>
    <message>
        <source>Table 1: quality scores; failure detection and troubleshooting.</source>
        <translation>Tabelle 1: Q-Scores; Fehlererkennung und Fehlerbehebung.</translation>
    </message>
    <message>
        <source>Table 1: reagent and flow-cell lot numbers.</source>
        <translation>Tabelle 1: Reagenzien- und Fließzellenchargennummern.</translation>
    </message>
    <message>
        <source>Table 1: run parameters, reagent and flow-cell lot numbers; shows how lots, experiment type and other variables contribute to performance issues.</source>
        <translation>Tabelle 1: Laufparameter, Reagenzien- und Fließzellenchargennummern; zeigt, inwiefern Chargen, Versuchstyp sowie andere Variablen zu Performance-Problemen beitragen.</translation>
    </message>
    <message>
        <source>Table 1: run parameters.</source>
        <translation>Tabelle 1: Laufparameter.</translation>
    </message>
    <message>
        <source>Table 1: run parameters; experiment type and setup variables.</source>
        <translation>Tabelle 1: Laufparameter; Versuchstyp und Versuchsvariablen.</translation>
    </message>
    <message>
        <source>Table 1: software version.</source>
        <translation>Tabelle 1: Softwareversion.</translation>
    </message>
    <message>
        <source>Table 1: software version; assesses whether a version affects performance.</source>
        <translation>Tabelle 1: Softwareversion; ermöglicht die Beurteilung, ob eine Version die Performance beeinflusst.</translation>
    </message>
    <message>
        <source>Table 1: traces a faulty consumable. Never a library tube&apos;s: the lab records that barcode with the library the tube holds, so it could link to samples; the tube&apos;s lot and part number travel instead.</source>
        <translation>Tabelle 1: macht ein fehlerhaftes Verbrauchsmaterial rückverfolgbar. Nie die eines Library-Röhrchens: Das Labor erfasst diesen Barcode mit der Library im Röhrchen, er könnte also auf Proben verweisen; stattdessen werden Charge und Teilenummer des Röhrchens gesendet.</translation>
    </message>
    <message>
        <source>Tells support which questions the payload can answer.</source>
        <translation>Zeigt dem Support, welche Fragen das Datenpaket beantworten kann.</translation>
    </message>
    <message>
        <source>The RunParameters.xml field (nested fields joined with dots).</source>
        <translation>Das Feld in RunParameters.xml (verschachtelte Felder durch Punkte verbunden).</translation>
    </message>
    <message>
        <source>The app&apos;s name.</source>
        <translation>Der Name der App.</translation>
    </message>
    <message>
        <source>The app&apos;s version.</source>
        <translation>Die Version der App.</translation>
    </message>
    <message>
        <source>The flow-cell lane, if the fault has one.</source>
        <translation>Die Lane der Fließzelle, falls der Fehler auf eine Lane beschränkt ist.</translation>
    </message>
    <message>
        <source>The instrument subsystem.</source>
        <translation>Das System des Geräts.</translation>
    </message>
    <message>
        <source>The instrument&apos;s operational log: door opened, checks passed, bubbles detected.</source>
        <translation>Das Betriebsprotokoll des Geräts: Tür geöffnet, Prüfungen bestanden, Luftblasen erkannt.</translation>
    </message>
    <message>
        <source>The instrument&apos;s run ID: date, instrument, run number and flow cell.</source>
        <translation>Die Lauf-ID des Geräts: Datum, Gerät, Laufnummer und Fließzelle.</translation>
    </message>
    <message>
        <source>The instrument&apos;s run counter.</source>
        <translation>Der Laufzähler des Geräts.</translation>
    </message>
    <message>
        <source>The log line (privacy-gated text).</source>
        <translation>Die Protokollzeile (vom Datenschutzfilter geprüfter Text).</translation>
    </message>
    <message>
        <source>The reads of the run.</source>
        <translation>Die Reads des Laufs.</translation>
    </message>
    <message>
        <source>The same in days, from the usual time between runs.</source>
        <translation>Dasselbe in Tagen, berechnet aus dem üblichen Abstand zwischen den Läufen.</translation>
    </message>
    <message>
        <source>The signal the fault shows in.</source>
        <translation>Das Signal, in dem sich der Fehler zeigt.</translation>
    </message>
    <message>
        <source>The signal, e.g. laser_red_power.</source>
        <translation>Das Signal, z. B. laser_red_power.</translation>
    </message>
    <message>
        <source>The signal.</source>
        <translation>Das Signal.</translation>
    </message>
    <message>
        <source>The software or firmware component.</source>
        <translation>Die Software- oder Firmwarekomponente.</translation>
    </message>
    <message>
        <source>The software that built the payload.</source>
        <translation>Die Software, die das Datenpaket erstellt hat.</translation>
    </message>
    <message>
        <source>The state of &quot;Send Instrument Performance Data&quot; when the payload was sealed.</source>
        <translation>Der Zustand von „Daten zur Geräte-Performance senden“ beim Versiegeln des Datenpakets.</translation>
    </message>
    <message>
        <source>The stretch the statistics cover: seconds since the source started (demo), or cycles of the run (run folder; see axis).</source>
        <translation>Der Abschnitt, den die Statistiken abdecken: Sekunden seit dem Start der Quelle (Demo) oder Zyklen des Laufs (Laufordner; siehe axis).</translation>
    </message>
    <message>
        <source>The subsystem of the signal.</source>
        <translation>Das System, zu dem das Signal gehört.</translation>
    </message>
    <message>
        <source>Tile numbers, if the fault is on some tiles.</source>
        <translation>Tile-Nummern, falls der Fehler nur einige Tiles betrifft.</translation>
    </message>
    <message>
        <source>Time base.</source>
        <translation>Zeitbasis.</translation>
    </message>
    <message>
        <source>Trends across this instrument&apos;s recent runs of the same model, chemistry and kit, from this PC&apos;s run history: one per signal and measure.</source>
        <translation>Trends über die letzten Läufe dieses Geräts mit gleichem Modell, gleicher Chemie und gleichem Kit, aus dem Verlauf dieses PCs: einer je Signal und Messgröße.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis across app versions.</source>
        <translation>Analyse zur Fehlerbehebung über App-Versionen hinweg.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: a fault may be in the app, not the instrument.</source>
        <translation>Analyse zur Fehlerbehebung: Ein Fehler kann in der App liegen, nicht im Gerät.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: whether the software version, the instrument type or other hardware variables affect performance.</source>
        <translation>Analyse zur Fehlerbehebung: ob die Softwareversion, der Gerätetyp oder andere Hardwarevariablen die Performance beeinflussen.</translation>
    </message>
    <message>
        <source>Unit of the values.</source>
        <translation>Einheit der Werte.</translation>
    </message>
    <message>
        <source>Version of this schema.</source>
        <translation>Version dieses Schemas.</translation>
    </message>
    <message>
        <source>Warnings and failures with their start and end.</source>
        <translation>Warnungen und Ausfälle mit Beginn und Ende.</translation>
    </message>
    <message>
        <source>Wear and maintenance intervals depend on the number of runs.</source>
        <translation>Verschleiß und Wartungsintervalle hängen von der Anzahl der Läufe ab.</translation>
    </message>
    <message>
        <source>What happened, as a code.</source>
        <translation>Was geschah, als Code.</translation>
    </message>
    <message>
        <source>What leaves the instrument PC when &quot;Send Instrument Performance Data&quot; is on: instrument performance, run performance, instrument configuration and run configuration. Never sequencing data, personal data or health data.</source>
        <translation>Was den Geräte-PC verlässt, wenn „Daten zur Geräte-Performance senden“ eingeschaltet ist: Daten zu Geräte-Performance, Lauf-Performance, Gerätekonfiguration und Laufkonfiguration. Nie Sequenzierungsdaten, personenbezogene Daten oder Gesundheitsdaten.</translation>
    </message>
    <message>
        <source>What was measured against which limit (privacy-gated text).</source>
        <translation>Welcher Messwert mit welcher Grenze verglichen wurde (vom Datenschutzfilter geprüfter Text).</translation>
    </message>
    <message>
        <source>When it ended; null while it lasts.</source>
        <translation>Wann er endete; null, solange er andauert.</translation>
    </message>
    <message>
        <source>When it happened.</source>
        <translation>Wann es geschah.</translation>
    </message>
    <message>
        <source>When it started.</source>
        <translation>Wann er begann.</translation>
    </message>
    <message>
        <source>When the payload was sealed (UTC).</source>
        <translation>Wann das Datenpaket versiegelt wurde (UTC).</translation>
    </message>
    <message>
        <source>When the prediction was first made.</source>
        <translation>Wann die Vorhersage zum ersten Mal getroffen wurde.</translation>
    </message>
    <message>
        <source>Where the instrument data comes from: the instrument&apos;s run folder, or the app&apos;s built-in demo simulator (not a real instrument).</source>
        <translation>Woher die Gerätedaten stammen: aus dem Laufordner des Geräts oder aus dem eingebauten Demo-Simulator der App (kein echtes Gerät).</translation>
    </message>
    <message>
        <source>Whether sending was on.</source>
        <translation>Ob das Senden eingeschaltet war.</translation>
    </message>
    <message>
        <source>Whether start_s/end_s are seconds (time) or cycle numbers (cycle).</source>
        <translation>Ob start_s/end_s Sekunden (time) oder Zyklusnummern (cycle) sind.</translation>
    </message>
    <message>
        <source>Whether the run is going, finished or stopped early.</source>
        <translation>Ob der Lauf noch läuft, abgeschlossen oder vorzeitig beendet ist.</translation>
    </message>
    <message>
        <source>Whether this is an index read (its sequence is never sent).</source>
        <translation>Ob es ein Index-Read ist (seine Sequenz wird nie gesendet).</translation>
    </message>
    <message>
        <source>Whether this is an index read.</source>
        <translation>Ob es ein Index-Read ist.</translation>
    </message>
    <message>
        <source>Which consumable.</source>
        <translation>Welches Verbrauchsmaterial.</translation>
    </message>
    <message>
        <source>Which part of the instrument the trend is about.</source>
        <translation>Welchen Teil des Geräts der Trend betrifft.</translation>
    </message>
    <message>
        <source>Which value of each run: its first cycle, its median, or its decay per 100 cycles.</source>
        <translation>Welcher Wert je Lauf: der des ersten Zyklus, der Median oder der Abfall je 100 Zyklen.</translation>
    </message>
    <message>
        <source>Why the payload was made: a run started (configuration), a periodic health report during a run, a run ended (performance summary), or the user chose Seal now.</source>
        <translation>Warum das Datenpaket erstellt wurde: Ein Lauf begann (Konfiguration), ein regelmäßiger Zustandsbericht während eines Laufs, ein Lauf endete (Performance-Zusammenfassung) oder der Benutzer wählte „Jetzt versiegeln“.</translation>
    </message>
    <message>
        <source>Yield expected at the end of the run.</source>
        <translation>Erwartete Ausbeute am Ende des Laufs.</translation>
    </message>
    <message>
        <source>Yield of the read, gigabases.</source>
        <translation>Ausbeute des Reads, in Gigabasen.</translation>
    </message>
    <message>
        <source>Yield so far, in gigabases.</source>
        <translation>Bisherige Ausbeute, in Gigabasen.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Pre-run checks</source>
        <translation>Prüfungen vor dem Lauf</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Chemie</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildaufnahme</translation>
    </message>
    <message>
        <source>Post-run wash</source>
        <translation>Waschen nach dem Lauf</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Lauf abgeschlossen</translation>
    </message>
</context>
<context>
    <name>QScoreHistogram</name>
    <message>
        <source>Q score</source>
        <translation>Q-Score</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Basen</translation>
    </message>
    <message>
        <source>Bases (billions)</source>
        <translation>Basen (Milliarden)</translation>
    </message>
    <message>
        <source>Bases (millions)</source>
        <translation>Basen (Millionen)</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Service due soon: {why}</source>
        <translation>Service bald fällig: {why}</translation>
    </message>
    <message>
        <source>No instrument data yet</source>
        <translation>Noch keine Gerätedaten</translation>
    </message>
    <message>
        <source>{name}: failure</source>
        <translation>{name}: Ausfall</translation>
    </message>
    <message>
        <source>{name}: warning</source>
        <translation>{name}: Warnung</translation>
    </message>
    <message>
        <source>{name}: readings stopped arriving</source>
        <translation>{name}: keine neuen Messwerte mehr</translation>
    </message>
    <message>
        <source>{name}: no readings yet</source>
        <translation>{name}: noch keine Messwerte</translation>
    </message>
    <message>
        <source>The network check failed: data cannot be sent</source>
        <translation>Die Netzwerkprüfung ist fehlgeschlagen: Daten können nicht gesendet werden</translation>
    </message>
    <message>
        <source>Run the network checks (none in the last 24 hours)</source>
        <translation>Führen Sie die Netzwerkprüfungen aus (keine in den letzten 24 Stunden)</translation>
    </message>
    <message>
        <source>The network check has warnings</source>
        <translation>Die Netzwerkprüfung hat Warnungen</translation>
    </message>
    <message>
        <source>Uploads are waiting: {why}</source>
        <translation>Übertragungen warten: {why}</translation>
    </message>
    <message>
        <source>{n} payload(s) set aside on the Uploads page</source>
        <translation>{n} Datenpaket(e) auf der Seite „Übertragung“ zurückgestellt</translation>
    </message>
    <message>
        <source>The last run stopped early</source>
        <translation>Der letzte Lauf wurde vorzeitig beendet</translation>
    </message>
    <message>
        <source>The run has written no new cycle for over 2 hours</source>
        <translation>Der Lauf hat seit über 2 Stunden keinen neuen Zyklus geschrieben</translation>
    </message>
    <message>
        <source>{consumable} had expired when the run started ({date})</source>
        <translation>{consumable} war beim Start des Laufs abgelaufen ({date})</translation>
    </message>
    <message>
        <source>{consumable} has expired ({date})</source>
        <translation>{consumable} ist abgelaufen ({date})</translation>
    </message>
    <message>
        <source>{consumable} expires on {date}, within 7 days</source>
        <translation>{consumable} läuft am {date} ab, innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>{consumable}: {remaining} cycles left, the run needs {needed}</source>
        <translation>{consumable}: noch {remaining} Zyklen, der Lauf braucht {needed}</translation>
    </message>
    <message>
        <source>The last post-run wash was missed: run a maintenance wash first</source>
        <translation>Das letzte Waschen nach dem Lauf wurde ausgelassen: zuerst eine Wartungswäsche durchführen</translation>
    </message>
    <message>
        <source>Only {free_gb} GB free on the output volume: the run needs at least {needed_gb} GB</source>
        <translation>Nur {free_gb} GB frei auf dem Ausgabelaufwerk: der Lauf braucht mindestens {needed_gb} GB</translation>
    </message>
</context>
<context>
    <name>RunProblem</name>
    <message>
        <source>RunParameters.xml: the file is missing; versions and consumables are unknown</source>
        <translation>RunParameters.xml: Die Datei fehlt; Versionen und Verbrauchsmaterialien sind unbekannt</translation>
    </message>
    <message>
        <source>InterOp: the folder is missing; no run metrics yet</source>
        <translation>InterOp: Der Ordner fehlt; noch keine Laufmetriken</translation>
    </message>
    <message>
        <source>InterOp/{name} is not a regular file ({kind}), so InterOp was not read</source>
        <translation>InterOp/{name} ist keine gewöhnliche Datei ({kind}), daher wurde InterOp nicht gelesen</translation>
    </message>
    <message>
        <source>{file} is empty, so nothing in it can be read</source>
        <translation>{file} ist leer, daher lässt sich nichts daraus lesen</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends inside its header, so nothing in it can be read</source>
        <translation>{file} ist beschädigt: Die Datei endet im Dateikopf, daher lässt sich nichts daraus lesen</translation>
    </message>
    <message>
        <source>{file} holds no records, only its header</source>
        <translation>{file} enthält keine Datensätze, nur den Dateikopf</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record (the last has {got} of its {expected} bytes), so the figures from it come only from the records before that one</source>
        <translation>{file} ist beschädigt: Die Datei endet mitten in einem Datensatz (der letzte hat {got} von {expected} Bytes), daher stammen die Werte daraus nur aus den Datensätzen davor</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record, so the figures from it come only from the records before that one</source>
        <translation>{file} ist beschädigt: Die Datei endet mitten in einem Datensatz, daher stammen die Werte daraus nur aus den Datensätzen davor</translation>
    </message>
</context>
<context>
    <name>RunQualityPage</name>
    <message>
        <source>Run quality</source>
        <translation>Laufqualität</translation>
    </message>
    <message>
        <source>How the current run is going, read from the instrument&apos;s run folder. Works without a network.</source>
        <translation>Wie der aktuelle Lauf verläuft, gelesen aus dem Laufordner des Geräts. Funktioniert ohne Netzwerk.</translation>
    </message>
    <message>
        <source>No run folder</source>
        <translation>Kein Laufordner</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Kein Lauf</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>By cycle</source>
        <translation>Je Zyklus</translation>
    </message>
    <message>
        <source>Q-score histogram</source>
        <translation>Q-Score-Histogramm</translation>
    </message>
    <message>
        <source>Flow cell</source>
        <translation>Fließzelle</translation>
    </message>
    <message>
        <source>Run parameters</source>
        <translation>Laufparameter</translation>
    </message>
    <message>
        <source>Open a run folder with: proactive-gui --run-folder DIR, or set the folder where the instrument writes its runs: proactive-gui config set run_folder_root DIR</source>
        <translation>Öffnen Sie einen Laufordner mit: proactive-gui --run-folder DIR, oder legen Sie den Ordner fest, in den das Gerät seine Läufe schreibt (Einstellungen, oder: proactive-gui config set run_folder_root DIR)</translation>
    </message>
    <message>
        <source>Loading {folder}…</source>
        <translation>{folder} wird geladen…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Yield (Gb)</source>
        <translation>Ausbeute (Gb)</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Fehlerrate (%)</translation>
    </message>
    <message>
        <source>Aligned (%)</source>
        <translation>Aligniert (%)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>Density k/mm²</source>
        <translation>Dichte k/mm²</translation>
    </message>
    <message>
        <source>% PF</source>
        <translation>% PF</translation>
    </message>
    <message>
        <source>Reads PF (M)</source>
        <translation>Reads PF (M)</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>Verbrauchsmaterial</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teilenummer</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verfällt</translation>
    </message>
    <message>
        <source>Per read</source>
        <translation>Je Read</translation>
    </message>
    <message>
        <source>Per lane</source>
        <translation>Je Lane</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>Verbrauchsmaterialien</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Warum es nicht gesendet wird</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Values of this run folder that a payload carries (versions, serials, lots, read structure), and as which fields.</source>
        <translation>Werte dieses Laufordners, die ein Datenpaket enthält (Versionen, Seriennummern, Chargen, Read-Struktur), und als welche Felder.</translation>
    </message>
    <message>
        <source>Names, paths, computer names, cloud ids and any field the allow-list does not name: never in a payload.</source>
        <translation>Namen, Pfade, Computernamen, Cloud-IDs und jedes Feld, das die Positivliste nicht nennt: nie in einem Datenpaket.</translation>
    </message>
    <message>
        <source>Stays on this PC</source>
        <translation>Bleibt auf diesem PC</translation>
    </message>
    <message>
        <source>The run folder could not be read.</source>
        <translation>Der Laufordner konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Running — cycle {done} of {planned}</source>
        <translation>Läuft — Zyklus {done} von {planned}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped: {status}</source>
        <translation>Angehalten: {status}</translation>
    </message>
    <message>
        <source>Flow cell {flowcell} · reads {reads} · {lanes} lane(s) · {software} · folder {folder}</source>
        <translation>Fließzelle {flowcell} · Reads {reads} · {lanes} Lane(s) · {software} · Ordner {folder}</translation>
    </message>
    <message>
        <source>The instrument may still be writing; trying again shortly.</source>
        <translation>Das Gerät schreibt möglicherweise noch; neuer Versuch in Kürze.</translation>
    </message>
    <message>
        <source>No InterOp metrics could be read (see above).</source>
        <translation>Es konnten keine InterOp-Metriken gelesen werden (siehe oben).</translation>
    </message>
    <message>
        <source>Yield {y} (projected {p})   ·   % ≥ Q30 {q}   ·   error rate {e}   ·   density {d}   ·   % PF {pf}   ·   cycles {c} of {t}</source>
        <translation>Ausbeute {y} (erwartet {p})   ·   % ≥ Q30 {q}   ·   Fehlerrate {e}   ·   Dichte {d}   ·   % PF {pf}   ·   Zyklen {c} von {t}</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Healthy</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Every subsystem within its limits.</source>
        <translation>Alle Systeme innerhalb ihrer Grenzen.</translation>
    </message>
    <message>
        <source>Reagent chiller drift</source>
        <translation>Drift des Reagenzienkühlers</translation>
    </message>
    <message>
        <source>The reagent chiller warms by 0.5 °C per hour.</source>
        <translation>Der Reagenzienkühler erwärmt sich um 0,5 °C pro Stunde.</translation>
    </message>
    <message>
        <source>Flow-cell heater failure</source>
        <translation>Ausfall der Fließzellenheizung</translation>
    </message>
    <message>
        <source>The flow-cell heater loses power and misses its setpoint.</source>
        <translation>Die Fließzellenheizung verliert Leistung und verfehlt ihren Sollwert.</translation>
    </message>
    <message>
        <source>Laser decay</source>
        <translation>Nachlassender Laser</translation>
    </message>
    <message>
        <source>The red laser loses 1.5 % of its power per hour.</source>
        <translation>Der rote Laser verliert 1,5 % seiner Leistung pro Stunde.</translation>
    </message>
    <message>
        <source>Focus drift</source>
        <translation>Fokusdrift</translation>
    </message>
    <message>
        <source>Images blur: FWHM grows by 0.08 px per hour.</source>
        <translation>Bilder werden unscharf: FWHM wächst um 0,08 px pro Stunde.</translation>
    </message>
    <message>
        <source>Fluidics clog</source>
        <translation>Verstopfung der Fluidik</translation>
    </message>
    <message>
        <source>A partial clog: pump pressure rises and flow falls.</source>
        <translation>Eine teilweise Verstopfung: Pumpendruck steigt, Durchfluss sinkt.</translation>
    </message>
    <message>
        <source>Leak with bubbles</source>
        <translation>Leck mit Luftblasen</translation>
    </message>
    <message>
        <source>Air enters the fluidics: bubble detections grow.</source>
        <translation>Luft dringt in die Fluidik ein: erkannte Luftblasen nehmen zu.</translation>
    </message>
    <message>
        <source>Stage following error</source>
        <translation>Schleppfehler des Tisches</translation>
    </message>
    <message>
        <source>A worn stage bearing: X following error grows.</source>
        <translation>Ein verschlissenes Tischlager: der Schleppfehler in X wächst.</translation>
    </message>
    <message>
        <source>Sensor dropout</source>
        <translation>Sensorausfall</translation>
    </message>
    <message>
        <source>The thermal sensors stop reporting.</source>
        <translation>Die Temperatursensoren melden nichts mehr.</translation>
    </message>
    <message>
        <source>Noise bursts</source>
        <translation>Störimpulse</translation>
    </message>
    <message>
        <source>Short bursts of electrical noise, no real fault.</source>
        <translation>Kurze elektrische Störimpulse, kein echter Fehler.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>In the OS keyring.</source>
        <translation>Im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>In a file, not the OS keyring: {path} (the keyring in use, {backend}, keeps secrets there).</source>
        <translation>In einer Datei, nicht im Schlüsselbund des Betriebssystems: {path} (der verwendete Schlüsselbund, {backend}, bewahrt Zugangsdaten dort auf).</translation>
    </message>
    <message>
        <source>Not in the OS keyring: the keyring in use, {backend}, keeps secrets outside it.</source>
        <translation>Nicht im Schlüsselbund des Betriebssystems: Der verwendete Schlüsselbund, {backend}, bewahrt Zugangsdaten anderswo auf.</translation>
    </message>
    <message>
        <source>In a file readable only by this user, not the OS keyring: {path}</source>
        <translation>In einer nur für diesen Benutzer lesbaren Datei, nicht im Schlüsselbund des Betriebssystems: {path}</translation>
    </message>
    <message>
        <source>no OS keyring is available to keep secrets in; install or unlock one (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), or keep them in a file only you can read: proactive-gui config set {setting} file</source>
        <translation>kein Schlüsselbund des Betriebssystems für Zugangsdaten verfügbar; installieren oder entsperren Sie einen (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund oder Secret Service unter Linux) oder bewahren Sie sie in einer nur für Sie lesbaren Datei auf: proactive-gui config set {setting} file</translation>
    </message>
    <message>
        <source>the secrets file {path} cannot be read or written ({why}); check its permissions</source>
        <translation>die Datei mit den Zugangsdaten {path} kann nicht gelesen oder geschrieben werden ({why}); prüfen Sie ihre Berechtigungen</translation>
    </message>
    <message>
        <source>the secrets file {path} is damaged; delete it and store the secrets again: proactive-gui config set-secret token</source>
        <translation>die Datei mit den Zugangsdaten {path} ist beschädigt; löschen Sie sie und speichern Sie die Zugangsdaten erneut: proactive-gui config set-secret token</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <source>Sent history</source>
        <translation>Sendeverlauf</translation>
    </message>
    <message>
        <source>Every payload this PC has sent: when, what, to which receiver, its size and SHA-256, and its bytes exactly as sent for as long as the settings keep them.</source>
        <translation>Jedes Datenpaket, das dieser PC gesendet hat: wann, was, an welchen Empfänger, Größe und SHA-256 sowie seine Bytes genau wie gesendet, solange die Einstellungen sie aufbewahren.</translation>
    </message>
    <message>
        <source>Search every column: run, instrument, SHA-256, summary…</source>
        <translation>Alle Spalten durchsuchen: Lauf, Gerät, SHA-256, Zusammenfassung…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Sent between</source>
        <translation>Gesendet zwischen</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Ab diesem Tag</translation>
    </message>
    <message>
        <source>To this day (included)</source>
        <translation>Bis zu diesem Tag (einschließlich)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Payloads sent</source>
        <translation>Gesendete Datenpakete</translation>
    </message>
    <message>
        <source>The payload selected</source>
        <translation>Das ausgewählte Datenpaket</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the payload</source>
        <translation>SHA-256 des Datenpakets</translation>
    </message>
    <message>
        <source>The bytes as sent</source>
        <translation>Die Bytes wie gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) sent; {shown} shown.</source>
        <translation>
            <numerusform>%n Datenpaket gesendet; {shown} angezeigt.</numerusform>
            <numerusform>%n Datenpakete gesendet; {shown} angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payload to see its bytes as they were sent.</source>
        <translation>Wählen Sie ein Datenpaket, um seine Bytes so zu sehen, wie sie gesendet wurden.</translation>
    </message>
    <message>
        <source>Payload {id} ({kind}), {size} bytes, delivered at {time} to {where}.</source>
        <translation>Datenpaket {id} ({kind}), {size} Bytes, zugestellt am {time} an {where}.</translation>
    </message>
    <message>
        <source>a receiver not recorded</source>
        <translation>einen nicht erfassten Empfänger</translation>
    </message>
    <message>
        <source>(sent before summaries were recorded)</source>
        <translation>(gesendet, bevor Zusammenfassungen erfasst wurden)</translation>
    </message>
    <message>
        <source>Its bytes are kept, but cannot be read without the spool key.</source>
        <translation>Seine Bytes werden aufbewahrt, können aber ohne den Schlüssel der Warteschlange nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Its kept bytes cannot be shown: {why}.</source>
        <translation>Seine aufbewahrten Bytes können nicht angezeigt werden: {why}.</translation>
    </message>
    <message>
        <source>Below are its bytes exactly as they were sent.</source>
        <translation>Unten stehen seine Bytes genau so, wie sie gesendet wurden.</translation>
    </message>
    <message>
        <source>Its bytes are not kept: the settings keep only the list.</source>
        <translation>Seine Bytes werden nicht aufbewahrt: Laut Einstellungen wird nur die Liste geführt.</translation>
    </message>
    <message numerus="yes">
        <source>Its bytes are no longer kept (retention %n day(s)).</source>
        <translation>
            <numerusform>Seine Bytes werden nicht mehr aufbewahrt (Aufbewahrung %n Tag).</numerusform>
            <numerusform>Seine Bytes werden nicht mehr aufbewahrt (Aufbewahrung %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent history</source>
        <translation>Sendeverlauf exportieren</translation>
    </message>
    <message>
        <source>Sent history exported</source>
        <translation>Sendeverlauf exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}.</source>
        <translation>
            <numerusform>%n Datenpaket nach {path} geschrieben.</numerusform>
            <numerusform>%n Datenpakete nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} B</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>HTTPS address of the receiver that payloads are sent to (empty: not configured).</source>
        <translation>HTTPS-Adresse des Empfängers, an den Datenpakete gesendet werden (leer: nicht eingerichtet).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust besides the OS store, e.g. an inspecting proxy&apos;s CA.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM-Datei), denen neben dem Speicher des Betriebssystems vertraut wird, z. B. die CA eines prüfenden Proxys.</translation>
    </message>
    <message>
        <source>&apos;system&apos; (environment/OS settings), &apos;none&apos;, &apos;auto&apos; (the OS&apos;s PAC file, or WPAD), &apos;pac:URL&apos; (a PAC file), or a proxy URL with a port; its password goes in the keyring (set-secret proxy_password).</source>
        <translation>„system“ (Umgebung/Einstellungen des Betriebssystems), „none“, „auto“ (PAC-Datei des Betriebssystems oder WPAD), „pac:URL“ (eine PAC-Datei) oder eine Proxy-URL mit Port; das Passwort gehört in den Schlüsselbund (set-secret proxy_password).</translation>
    </message>
    <message>
        <source>Folder where the instrument writes run folders; each new run there is picked up.</source>
        <translation>Ordner, in den das Gerät seine Laufordner schreibt; jeder neue Lauf dort wird übernommen.</translation>
    </message>
    <message>
        <source>Minutes between health payloads during a run (5 to 1440); payloads are also sealed when a run starts and when it ends.</source>
        <translation>Minuten zwischen Zustands-Datenpaketen während eines Laufs (5 bis 1440); Datenpakete werden auch bei Beginn und Ende eines Laufs versiegelt.</translation>
    </message>
    <message>
        <source>Where the spool&apos;s encryption key lives: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a key file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>Wo der Schlüssel der Warteschlange liegt: „keyring“ (Schlüsselbund des Betriebssystems) oder „file“ (eine nur für Sie lesbare Schlüsseldatei, für PCs ohne Schlüsselbund; wird als Warnung gemeldet).</translation>
    </message>
    <message>
        <source>Where the instrument token and the proxy password live: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>Wo das Geräte-Token und das Proxy-Passwort liegen: „keyring“ (Schlüsselbund des Betriebssystems) oder „file“ (eine nur für Sie lesbare Datei, für PCs ohne Schlüsselbund; wird als Warnung gemeldet).</translation>
    </message>
    <message>
        <source>Largest size of the queue of unsent payloads; beyond it the oldest are dropped (and counted on the Uploads page).</source>
        <translation>Höchstgröße der Warteschlange ungesendeter Datenpakete; darüber hinaus werden die ältesten verworfen (und auf der Seite „Übertragung“ gezählt).</translation>
    </message>
    <message>
        <source>Unsent payloads older than this are dropped (and counted on the Uploads page).</source>
        <translation>Ungesendete Datenpakete, die älter sind, werden verworfen (und auf der Seite „Übertragung“ gezählt).</translation>
    </message>
    <message>
        <source>Days the bytes of each delivered payload are kept, encrypted, for the sent history (0: keep only the list); the list of what was sent is kept for good.</source>
        <translation>Tage, die die Bytes jedes zugestellten Datenpakets verschlüsselt für den Sendeverlauf aufbewahrt werden (0: nur die Liste); die Liste des Gesendeten bleibt dauerhaft erhalten.</translation>
    </message>
    <message>
        <source>Language of the window: &apos;system&apos; (the PC&apos;s language when a translation exists, else English), or one of en, de, fr, it, ru, zh; applies when the app next starts.</source>
        <translation>Sprache des Fensters: „system“ (die Sprache des PCs, falls es eine Übersetzung gibt, sonst Englisch) oder eine von en, de, fr, it, ru, zh; gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Colours of the window: &apos;system&apos; (follow the PC&apos;s light or dark mode), &apos;light&apos; or &apos;dark&apos;.</source>
        <translation>Farben des Fensters: „system“ (wie der helle oder dunkle Modus des PCs), „light“ (hell) oder „dark“ (dunkel).</translation>
    </message>
    <message>
        <source>Closing the window keeps the app running in the system tray (monitoring and uploads go on); without a tray, closing quits.</source>
        <translation>Beim Schließen des Fensters läuft die App im Infobereich weiter (Überwachung und Übertragung gehen weiter); ohne Infobereich wird sie beendet.</translation>
    </message>
    <message>
        <source>Name of the service shown in the opt-in: Send Instrument Performance Data to …</source>
        <translation>Name des Dienstes in der Einwilligung: Daten zur Geräte-Performance an … senden</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data. Off by default; nothing leaves the PC while off.</source>
        <translation>Daten zur Geräte-Performance senden. Standardmäßig aus; solange aus, verlässt nichts den PC.</translation>
    </message>
</context>
<context>
    <name>SettingError</name>
    <message>
        <source>expected on or off (true/false), got {raw!r}</source>
        <translation>erwartet wird ein oder aus (true/false), erhalten: {raw!r}</translation>
    </message>
    <message>
        <source>the endpoint must start with https:// (got {scheme} scheme); data only ever leaves over TLS</source>
        <translation>die Adresse muss mit https:// beginnen (erhalten: Schema {scheme}); Daten verlassen den PC nur über TLS</translation>
    </message>
    <message>
        <source>the endpoint has no host name, e.g. https://proactive.example.com</source>
        <translation>die Adresse hat keinen Hostnamen, z. B. https://proactive.example.com</translation>
    </message>
    <message>
        <source>the endpoint must not contain a user name or password; set the instrument token with: proactive-gui config set-secret token</source>
        <translation>die Adresse darf keinen Benutzernamen und kein Passwort enthalten; das Geräte-Token setzen Sie mit: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>proxy must be &apos;system&apos;, &apos;none&apos; or a URL such as http://proxy.example:3128 (or auto, or pac:URL for a PAC file), got {raw!r}</source>
        <translation>proxy muss „system“, „none“ oder eine URL wie http://proxy.example:3128 sein (oder auto, oder pac:URL für eine PAC-Datei), erhalten: {raw!r}</translation>
    </message>
    <message>
        <source>the proxy password does not go in the URL; store it with: proactive-gui config set-secret proxy_password</source>
        <translation>das Proxy-Passwort gehört nicht in die URL; speichern Sie es mit: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>the proxy port is not a number between 1 and 65535: {raw!r}</source>
        <translation>der Proxy-Port ist keine Zahl zwischen 1 und 65535: {raw!r}</translation>
    </message>
    <message>
        <source>the proxy URL needs a port, e.g. {example}</source>
        <translation>die Proxy-URL braucht einen Port, z. B. {example}</translation>
    </message>
    <message>
        <source>a PAC file is given as pac:URL, e.g. pac:http://wpad.example/proxy.pac, got {url!r}</source>
        <translation>eine PAC-Datei wird als pac:URL angegeben, z. B. pac:http://wpad.example/proxy.pac, erhalten: {url!r}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>Datei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>not a regular file (a folder, device or pipe): {path}</source>
        <translation>keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe): {path}</translation>
    </message>
    <message>
        <source>too large for a CA bundle ({size} bytes): {path}</source>
        <translation>zu groß für ein CA-Bündel ({size} Byte): {path}</translation>
    </message>
    <message>
        <source>cannot be read ({why}): {path}</source>
        <translation>kann nicht gelesen werden ({why}): {path}</translation>
    </message>
    <message>
        <source>{path} is a binary (DER) certificate; the app needs it as PEM text: export it from Windows as &apos;Base-64 encoded X.509 (.CER)&apos;, or convert it with: openssl x509 -inform der -in FILE.cer -out FILE.pem</source>
        <translation>{path} ist ein binäres (DER-)Zertifikat; die App braucht es als PEM-Text: exportieren Sie es unter Windows als „Base-64-codiert X.509 (.CER)“ oder wandeln Sie es um mit: openssl x509 -inform der -in FILE.cer -out FILE.pem</translation>
    </message>
    <message>
        <source>no PEM certificate (-----BEGIN CERTIFICATE-----) in {path}</source>
        <translation>kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----) in {path}</translation>
    </message>
    <message>
        <source>no such folder: {path}</source>
        <translation>Ordner nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>not a whole number of {unit}: {raw!r}</source>
        <translation>keine ganze Zahl von {unit}: {raw!r}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}: {number}</source>
        <translation>muss zwischen {low} und {high} {unit} liegen: {number}</translation>
    </message>
    <message>
        <source>must be one of {choices}: {raw!r}</source>
        <translation>muss eines von {choices} sein: {raw!r}</translation>
    </message>
    <message>
        <source>the service name must be 1 to 40 printable characters</source>
        <translation>der Name des Dienstes muss 1 bis 40 druckbare Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be &apos;system&apos; or one of {choices}: {raw!r}</source>
        <translation>muss „system“ oder eines von {choices} sein: {raw!r}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>Megabyte</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>(Takes effect when the app next starts.)</source>
        <translation>(Gilt ab dem nächsten Start der App.)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Will be removed from the keyring when you Apply.</source>
        <translation>Wird beim Übernehmen aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Stored, never shown. {where} Type a new one to replace it.</source>
        <translation>Gespeichert, wird nie angezeigt. {where} Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Not set. Type it here; it will be kept here: {where}</source>
        <translation>Nicht festgelegt. Geben Sie den Wert hier ein; er wird hier aufbewahrt: {where}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Change a setting, then Apply. Secrets are never shown again, and each says where it is kept. Settings locked by your IT department show why.</source>
        <translation>Ändern Sie eine Einstellung und klicken Sie dann auf „Übernehmen“. Zugangsdaten werden nie wieder angezeigt; bei jedem steht, wo es aufbewahrt wird. Von Ihrer IT-Abteilung gesperrte Einstellungen zeigen den Grund.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put back the values from before the last Apply</source>
        <translation>Die Werte von vor dem letzten Übernehmen wiederherstellen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Forget the changes not applied yet</source>
        <translation>Noch nicht übernommene Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Daten zur Geräte-Performance senden</translation>
    </message>
    <message>
        <source>Change on the Overview</source>
        <translation>In der Übersicht ändern</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Adresse des Empfängers</translation>
    </message>
    <message>
        <source>Instrument token</source>
        <translation>Geräte-Token</translation>
    </message>
    <message>
        <source>Sent as the bearer credential to the receiver</source>
        <translation>Wird als Bearer-Berechtigung an den Empfänger gesendet</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>http://user@proxy.example:3128</source>
        <translation>http://benutzer@proxy.example:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>For the user named in the proxy address</source>
        <translation>Für den in der Proxy-Adresse genannten Benutzer</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>(none: the operating system&apos;s trust store only)</source>
        <translation>(keine: nur der Zertifikatspeicher des Betriebssystems)</translation>
    </message>
    <message>
        <source>Payloads and the upload queue</source>
        <translation>Datenpakete und Warteschlange</translation>
    </message>
    <message>
        <source>Health payload every</source>
        <translation>Zustands-Datenpaket alle</translation>
    </message>
    <message>
        <source>Queue size limit</source>
        <translation>Höchstgröße der Warteschlange</translation>
    </message>
    <message>
        <source>Keep unsent payloads for</source>
        <translation>Ungesendete Datenpakete aufbewahren für</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep the bytes of sent payloads for</source>
        <translation>Bytes gesendeter Datenpakete aufbewahren für</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Name des Dienstes</translation>
    </message>
    <message>
        <source>Spool key</source>
        <translation>Schlüssel der Warteschlange</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Dieser PC</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>In den Infobereich schließen</translation>
    </message>
    <message>
        <source>Run folder root</source>
        <translation>Stammordner für Läufe</translation>
    </message>
    <message>
        <source>(none: open a run folder from the command line)</source>
        <translation>(keiner: Laufordner über die Befehlszeile öffnen)</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>Wo die App ihre Dateien ablegt</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Data (spool, history, consent log)</source>
        <translation>Daten (Warteschlange, Verlauf, Einwilligungsprotokoll)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Locked by your IT department: {reason}</source>
        <translation>Von Ihrer IT-Abteilung gesperrt: {reason}</translation>
    </message>
    <message>
        <source>Moving the key is an IT task: proactive-gui config set spool_key_store …</source>
        <translation>Den Schlüssel zu verlegen ist Aufgabe der IT: proactive-gui config set spool_key_store …</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n setting(s) need fixing (in red).</source>
        <translation>
            <numerusform>Nichts wurde gespeichert: %n Einstellung muss korrigiert werden (rot markiert).</numerusform>
            <numerusform>Nichts wurde gespeichert: %n Einstellungen müssen korrigiert werden (rot markiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) at {time}.</source>
        <translation>
            <numerusform>%n Änderung um {time} gespeichert.</numerusform>
            <numerusform>%n Änderungen um {time} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{keys}: when the app next starts.</source>
        <translation>{keys}: ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>The previous values are back.</source>
        <translation>Die vorherigen Werte sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>On: performance data is sent.</source>
        <translation>Ein: Performance-Daten werden gesendet.</translation>
    </message>
    <message>
        <source>Off: nothing leaves this PC.</source>
        <translation>Aus: nichts verlässt diesen PC.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Ausfall</translation>
    </message>
</context>
<context>
    <name>Subsystem</name>
    <message>
        <source>Optical</source>
        <translation>Optik</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>Mechanik</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Thermik</translation>
    </message>
    <message>
        <source>Fluidics</source>
        <translation>Fluidik</translation>
    </message>
</context>
<context>
    <name>SubsystemCard</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>This source has no readings of this subsystem.</source>
        <translation>Diese Quelle hat keine Messwerte für dieses System.</translation>
    </message>
    <message>
        <source>No readings yet.</source>
        <translation>Noch keine Messwerte.</translation>
    </message>
</context>
<context>
    <name>SubsystemPlot</name>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Run time (h:mm)</source>
        <translation>Laufzeit (h:mm)</translation>
    </message>
    <message>
        <source>No readings in this time range</source>
        <translation>Keine Messwerte in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} Tg.</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Proactive Companion</source>
        <translation>Proactive Companion anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{app} (Demo)</source>
        <translation>{app} (Demo)</translation>
    </message>
    <message>
        <source>At this rate it reaches its failure limit in about {time}.</source>
        <translation>Bei diesem Verlauf erreicht es seine Ausfallgrenze in etwa {time}.</translation>
    </message>
    <message>
        <source>See the Health page.</source>
        <translation>Siehe Seite „Zustand“.</translation>
    </message>
</context>
<context>
    <name>Upload</name>
    <message>
        <source>the receiver did not finish its answer within {seconds} s (too slow, or stalled); the payload stays queued and is sent again</source>
        <translation>der Empfänger hat seine Antwort nicht innerhalb von {seconds} s abgeschlossen (zu langsam oder hängen geblieben); das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver&apos;s certificate is not trusted (expired, self-signed, wrong host name, or an inspecting proxy whose CA is not configured)</source>
        <translation>dem Zertifikat des Empfängers wird nicht vertraut (abgelaufen, selbstsigniert, falscher Hostname oder ein inspizierender Proxy, dessen CA nicht eingerichtet ist)</translation>
    </message>
    <message>
        <source>the receiver does not offer TLS 1.2 or newer</source>
        <translation>der Empfänger bietet kein TLS 1.2 oder neuer an</translation>
    </message>
    <message>
        <source>the proxy refused the connection (check the proxy address and its password)</source>
        <translation>der Proxy hat die Verbindung abgelehnt (prüfen Sie die Adresse des Proxys und sein Passwort)</translation>
    </message>
    <message>
        <source>the receiver did not answer in time</source>
        <translation>der Empfänger hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the receiver cannot be reached (network down, wrong address, or refused)</source>
        <translation>der Empfänger ist nicht erreichbar (Netzwerk ausgefallen, falsche Adresse oder abgelehnt)</translation>
    </message>
    <message>
        <source>the connection failed unexpectedly; the payload stays queued</source>
        <translation>die Verbindung ist unerwartet fehlgeschlagen; das Datenpaket bleibt eingereiht</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data is off</source>
        <translation>„Daten zur Geräte-Performance senden“ ist aus</translation>
    </message>
    <message>
        <source>no receiver address is set (setting: endpoint)</source>
        <translation>keine Adresse des Empfängers festgelegt (Einstellung: endpoint)</translation>
    </message>
    <message>
        <source>another Proactive Companion (process {process}) is sending this queue; this one waits and sends nothing</source>
        <translation>ein anderer Proactive Companion (Prozess {process}) sendet diese Warteschlange; dieser wartet und sendet nichts</translation>
    </message>
    <message>
        <source>another Proactive Companion is sending this queue; this one waits and sends nothing</source>
        <translation>ein anderer Proactive Companion sendet diese Warteschlange; dieser wartet und sendet nichts</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} wartend</translation>
    </message>
    <message>
        <source>the receiver refused the instrument token (HTTP {code}); set a new one: proactive-gui config set-secret token</source>
        <translation>der Empfänger hat das Geräte-Token abgelehnt (HTTP {code}); speichern Sie ein neues: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>the receiver asked to wait (HTTP {code})</source>
        <translation>der Empfänger hat um Wartezeit gebeten (HTTP {code})</translation>
    </message>
    <message>
        <source>the receiver failed (HTTP {code})</source>
        <translation>Fehler beim Empfänger (HTTP {code})</translation>
    </message>
    <message>
        <source>the receiver redirected the upload to {host} (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>der Empfänger hat die Übertragung nach {host} umgeleitet (HTTP {code}); Übertragungen folgen nie einer Umleitung: Prüfen Sie die Einstellung endpoint oder ob ein Captive Portal oder Webfilter im Weg ist</translation>
    </message>
    <message>
        <source>the receiver redirected the upload (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>der Empfänger hat die Übertragung umgeleitet (HTTP {code}); Übertragungen folgen nie einer Umleitung: Prüfen Sie die Einstellung endpoint oder ob ein Captive Portal oder Webfilter im Weg ist</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an answer far too long to be a receipt; the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} und einer für eine Empfangsbestätigung viel zu langen Antwort geantwortet; das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an empty answer instead of a receipt; the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} und einer leeren Antwort statt einer Empfangsbestätigung geantwortet; das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with a web page instead of a receipt (a captive portal, a proxy&apos;s sign-in page or a web filter may be in the way); the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} und einer Webseite statt einer Empfangsbestätigung geantwortet (möglicherweise ist ein Captive Portal, die Anmeldeseite eines Proxys oder ein Webfilter im Weg); das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not JSON; the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} geantwortet, aber seine Empfangsbestätigung ist kein JSON; das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not a JSON object; the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} geantwortet, aber seine Empfangsbestätigung ist kein JSON-Objekt; das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not name the payload; the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} geantwortet, aber seine Empfangsbestätigung nennt das Datenpaket nicht; das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt names another payload; the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} geantwortet, aber seine Empfangsbestätigung nennt ein anderes Datenpaket; das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not confirm the payload&apos;s SHA-256, so the delivery is not proven; the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} geantwortet, aber seine Empfangsbestätigung bestätigt den SHA-256-Wert des Datenpakets nicht, die Zustellung ist also nicht nachgewiesen; das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt gives another SHA-256 than the payload&apos;s (the receiver got different bytes); the payload stays queued and is sent again</source>
        <translation>der Empfänger hat mit HTTP {status} geantwortet, aber seine Empfangsbestätigung nennt einen anderen SHA-256-Wert als den des Datenpakets (der Empfänger hat andere Bytes erhalten); das Datenpaket bleibt eingereiht und wird erneut gesendet</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <source>Uploads</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Sealed payloads wait here, encrypted, until the receiver confirms each one. Nothing is lost when the network, the receiver or this PC fails.</source>
        <translation>Versiegelte Datenpakete warten hier verschlüsselt, bis der Empfänger jedes bestätigt. Nichts geht verloren, wenn das Netzwerk, der Empfänger oder dieser PC ausfällt.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Übertragungsdienst</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Export the queue…</source>
        <translation>Warteschlange exportieren…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Datenpaket</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Ausgewählte erneut versuchen</translation>
    </message>
    <message>
        <source>Discard selected…</source>
        <translation>Ausgewählte verwerfen…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Open the sent history</source>
        <translation>Sendeverlauf öffnen</translation>
    </message>
    <message>
        <source>No queue</source>
        <translation>Keine Warteschlange</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sendet</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Senden aus</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Sent by another process</source>
        <translation>Ein anderer Prozess sendet</translation>
    </message>
    <message>
        <source>Next try at {time}: {why}</source>
        <translation>Nächster Versuch um {time}: {why}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, {kb} kB, oldest from {when}</source>
        <translation>
            <numerusform>%n wartend, {kb} kB, ältestes vom {when}</numerusform>
            <numerusform>%n wartend, {kb} kB, ältestes vom {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the size and age limits.</source>
        <translation>
            <numerusform>%n wegen Größen- und Altersgrenzen verworfen.</numerusform>
            <numerusform>%n wegen Größen- und Altersgrenzen verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} of %n deliveries; all are in {file}.</source>
        <translation>
            <numerusform>Die letzten {shown} von %n Zustellung; alle stehen in {file}.</numerusform>
            <numerusform>Die letzten {shown} von %n Zustellungen; alle stehen in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n payload(s)? They will never be sent.</source>
        <translation>
            <numerusform>%n Datenpaket verwerfen? Es wird nie gesendet.</numerusform>
            <numerusform>%n Datenpakete verwerfen? Sie werden nie gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}. They stay queued and marked exported.</source>
        <translation>
            <numerusform>%n Datenpaket nach {path} geschrieben. Es bleibt eingereiht und als exportiert markiert.</numerusform>
            <numerusform>%n Datenpakete nach {path} geschrieben. Sie bleiben eingereiht und als exportiert markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Nichts wartet.</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Abgelegt</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Discard payloads</source>
        <translation>Datenpakete verwerfen</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Warteschlange exportieren</translation>
    </message>
    <message>
        <source>Queue exported</source>
        <translation>Warteschlange exportiert</translation>
    </message>
</context>
</TS>
