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
        <source>Send Instrument Performance Data to {service}</source>
        <translation>Daten zur Geräte-Performance an {service} senden</translation>
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
        <source>Sent?</source>
        <translation>Gesendet?</translation>
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
        <source>Preview of the next payload: nothing was queued or sent.</source>
        <translation>Vorschau des nächsten Datenpakets: nichts wurde eingereiht oder gesendet.</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, queued (encrypted) for the upload engine.</source>
        <translation>{id} versiegelt: {size} Bytes, verschlüsselt für die Übertragung eingereiht.</translation>
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
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Removed from a log line: {kind}</source>
        <translation>Aus einer Protokollzeile entfernt: {kind}</translation>
    </message>
    <message>
        <source>Export payload</source>
        <translation>Datenpaket exportieren</translation>
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
        <source>A version.</source>
        <translation>Eine Version.</translation>
    </message>
    <message>
        <source>Bases per bin, millions.</source>
        <translation>Basen je Klasse, in Millionen.</translation>
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
        <source>Sent as the Idempotency-Key, so a payload delivered twice is stored once.</source>
        <translation>Wird als Idempotency-Key gesendet, sodass ein doppelt zugestelltes Datenpaket nur einmal gespeichert wird.</translation>
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
        <source>Table 1: traces a faulty consumable.</source>
        <translation>Tabelle 1: macht ein fehlerhaftes Verbrauchsmaterial rückverfolgbar.</translation>
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
        <source>Tile numbers, if the fault is on some tiles.</source>
        <translation>Tile-Nummern, falls der Fehler nur einige Tiles betrifft.</translation>
    </message>
    <message>
        <source>Time base.</source>
        <translation>Zeitbasis.</translation>
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
        <source>Sent?</source>
        <translation>Gesendet?</translation>
    </message>
    <message>
        <source>May be sent</source>
        <translation>Darf gesendet werden</translation>
    </message>
    <message>
        <source>Instrument and run configuration: versions, serials, lots, read structure.</source>
        <translation>Geräte- und Laufkonfiguration: Versionen, Seriennummern, Chargen, Read-Struktur.</translation>
    </message>
    <message>
        <source>Stays on this PC</source>
        <translation>Bleibt auf diesem PC</translation>
    </message>
    <message>
        <source>Names, paths, computer names and cloud ids: never sent.</source>
        <translation>Namen, Pfade, Computernamen und Cloud-IDs: nie gesendet.</translation>
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
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
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
        <source>&apos;system&apos; (environment/OS settings), &apos;none&apos;, or a proxy URL with a port; its password goes in the keyring (set-secret proxy_password).</source>
        <translation>„system“ (Umgebung/Einstellungen des Betriebssystems), „none“ oder eine Proxy-URL mit Port; das Passwort gehört in den Schlüsselbund (Feld „Proxy-Passwort“).</translation>
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
        <source>Language of the window: &apos;system&apos; (the PC&apos;s language when a translation exists, else English) or a language code; applies when the app next starts.</source>
        <translation>Sprache des Fensters: „system“ (die Sprache des PCs, wenn es eine Übersetzung gibt, sonst Englisch) oder ein Sprachcode; gilt ab dem nächsten Start der App.</translation>
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
        <source>proxy must be &apos;system&apos;, &apos;none&apos; or a URL such as http://proxy.example:3128, got {raw!r}</source>
        <translation>der Proxy muss „system“, „none“ oder eine URL wie http://proxy.example:3128 sein, erhalten: {raw!r}</translation>
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
