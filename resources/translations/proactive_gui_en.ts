<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HealthPage</name>
    <message numerus="yes">
        <source>Alerts (%n open)</source>
        <translation>
            <numerusform>Alerts (%n open)</numerusform>
            <numerusform>Alerts (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n run folder(s) under {root}</source>
        <translation>
            <numerusform>%n run folder under {root}</numerusform>
            <numerusform>%n run folders under {root}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (shown in the table)</source>
        <translation>
            <numerusform>%n damaged (shown in the table)</numerusform>
            <numerusform>%n damaged (shown in the table)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer on the disk</source>
        <translation>
            <numerusform>%n no longer on the disk</numerusform>
            <numerusform>%n no longer on the disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} down {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}: {what} down {change} % over %n run</numerusform>
            <numerusform>{subsystem}: {what} down {change} % over %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} up {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}: {what} up {change} % over %n run</numerusform>
            <numerusform>{subsystem}: {what} up {change} % over %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at this rate it reaches the service limit in about %n run(s)</source>
        <translation>
            <numerusform>at this rate it reaches the service limit in about %n run</numerusform>
            <numerusform>at this rate it reaches the service limit in about %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n day(s))</source>
        <translation>
            <numerusform>(about %n day)</numerusform>
            <numerusform>(about %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n payload(s) are waiting to be sent. Discard them? (No keeps them, encrypted, until sending is turned on again.)</source>
        <translation>
            <numerusform>%n payload is waiting to be sent. Discard it? (No keeps it, encrypted, until sending is turned on again.)</numerusform>
            <numerusform>%n payloads are waiting to be sent. Discard them? (No keeps them, encrypted, until sending is turned on again.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside, see Uploads</source>
        <translation>
            <numerusform>%n set aside, see Uploads</numerusform>
            <numerusform>%n set aside, see Uploads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadPage</name>
    <message numerus="yes">
        <source>%n value(s): {source}</source>
        <translation>
            <numerusform>%n value: {source}</numerusform>
            <numerusform>%n values: {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message numerus="yes">
        <source>%n payload(s) sent; {shown} shown.</source>
        <translation>
            <numerusform>%n payload sent; {shown} shown.</numerusform>
            <numerusform>%n payloads sent; {shown} shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its bytes are no longer kept (retention %n day(s)).</source>
        <translation>
            <numerusform>Its bytes are no longer kept (retention %n day).</numerusform>
            <numerusform>Its bytes are no longer kept (retention %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}.</source>
        <translation>
            <numerusform>%n payload written to {path}.</numerusform>
            <numerusform>%n payloads written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>Nothing was saved: %n setting(s) need fixing (in red).</source>
        <translation>
            <numerusform>Nothing was saved: %n setting needs fixing (in red).</numerusform>
            <numerusform>Nothing was saved: %n settings need fixing (in red).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) at {time}.</source>
        <translation>
            <numerusform>Saved %n change at {time}.</numerusform>
            <numerusform>Saved %n changes at {time}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message numerus="yes">
        <source>%n waiting, {kb} kB, oldest from {when}</source>
        <translation>
            <numerusform>%n waiting, {kb} kB, oldest from {when}</numerusform>
            <numerusform>%n waiting, {kb} kB, oldest from {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the size and age limits.</source>
        <translation>
            <numerusform>%n dropped by the size and age limits.</numerusform>
            <numerusform>%n dropped by the size and age limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} of %n deliveries; all are in {file}.</source>
        <translation>
            <numerusform>The latest {shown} of %n deliveries; all are in {file}.</numerusform>
            <numerusform>The latest {shown} of %n deliveries; all are in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n payload(s)? They will never be sent.</source>
        <translation>
            <numerusform>Discard %n payload? It will never be sent.</numerusform>
            <numerusform>Discard %n payloads? They will never be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}. They stay queued and marked exported.</source>
        <translation>
            <numerusform>%n payload written to {path}. It stays queued and marked exported.</numerusform>
            <numerusform>%n payloads written to {path}. They stay queued and marked exported.</numerusform>
        </translation>
    </message>
</context>
</TS>
