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
    <message>
        <source>Alerts ({n} open)</source>
        <translation>Alarme ({n} offen)</translation>
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
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <source>This folder holds {n} runs. Which one?</source>
        <translation>Dieser Ordner enthält {n} Läufe. Welchen?</translation>
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
        <source>{n} payload(s) are waiting to be sent. Discard them? (No keeps them, encrypted, until sending is turned on again.)</source>
        <translation>{n} Datenpaket(e) warten auf das Senden. Verwerfen? („Nein“ behält sie verschlüsselt, bis das Senden wieder eingeschaltet wird.)</translation>
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
        <source>{n} waiting</source>
        <translation>{n} wartend</translation>
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
        <source>{n} set aside, see Uploads</source>
        <translation>{n} zurückgestellt, siehe „Übertragung“</translation>
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
        <source>Stored in the OS keyring (never shown). Type a new one to replace it.</source>
        <translation>Im Schlüsselbund des Betriebssystems gespeichert (nie angezeigt). Zum Ersetzen neu eingeben.</translation>
    </message>
    <message>
        <source>Not set. Type it here; it goes to the OS keyring.</source>
        <translation>Nicht gesetzt. Hier eingeben; es wird im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Change a setting, then Apply. Secrets go to the OS keyring and are never shown again. Settings locked by your IT department show why.</source>
        <translation>Ändern Sie eine Einstellung und klicken Sie auf „Übernehmen“. Geheimnisse werden im Schlüsselbund des Betriebssystems gespeichert und nie wieder angezeigt. Von Ihrer IT-Abteilung gesperrte Einstellungen zeigen den Grund.</translation>
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
        <source>In the OS keyring.</source>
        <translation>Im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>In a key file readable only by this user (no OS keyring). Moving the key is an IT task: proactive-gui config set spool_key_store ...</source>
        <translation>In einer Schlüsseldatei, die nur dieser Benutzer lesen kann (kein Schlüsselbund). Den Schlüssel zu verschieben ist Aufgabe der IT: proactive-gui config set spool_key_store ...</translation>
    </message>
    <message>
        <source>Nothing was saved: {n} setting(s) need fixing (in red).</source>
        <translation>Nichts wurde gespeichert: {n} Einstellung(en) müssen korrigiert werden (rot markiert).</translation>
    </message>
    <message>
        <source>Saved {n} change(s) at {time}.</source>
        <translation>{n} Änderung(en) um {time} gespeichert.</translation>
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
        <source>{n} days</source>
        <translation>{n} Tage</translation>
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
    <message>
        <source>{n} waiting, {kb:.1f} kB, oldest from {when}</source>
        <translation>{n} wartend, {kb:.1f} kB, ältestes vom {when}</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Nichts wartet.</translation>
    </message>
    <message>
        <source>{n} dropped by the size and age limits.</source>
        <translation>{n} wegen Größen- und Altersgrenzen verworfen.</translation>
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
        <source>The latest {shown} of {n} deliveries; all are in {file}.</source>
        <translation>Die letzten {shown} von {n} Zustellungen; alle stehen in {file}.</translation>
    </message>
    <message>
        <source>Discard payloads</source>
        <translation>Datenpakete verwerfen</translation>
    </message>
    <message>
        <source>Discard {n} payload(s)? They will never be sent.</source>
        <translation>{n} Datenpaket(e) verwerfen? Sie werden nie gesendet.</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Warteschlange exportieren</translation>
    </message>
    <message>
        <source>Queue exported</source>
        <translation>Warteschlange exportiert</translation>
    </message>
    <message>
        <source>{n} payload(s) written to {path}. They stay queued and marked exported.</source>
        <translation>{n} Datenpaket(e) nach {path} geschrieben. Sie bleiben eingereiht und als exportiert markiert.</translation>
    </message>
</context>
</TS>
