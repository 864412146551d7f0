<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Channel</name>
    <message>
        <source>Red laser power</source>
        <translation>Potenza laser rosso</translation>
    </message>
    <message>
        <source>Green laser power</source>
        <translation>Potenza laser verde</translation>
    </message>
    <message>
        <source>Focus quality (FWHM)</source>
        <translation>Qualità della messa a fuoco (FWHM)</translation>
    </message>
    <message>
        <source>Camera temperature</source>
        <translation>Temperatura fotocamera</translation>
    </message>
    <message>
        <source>Stage X following error</source>
        <translation>Errore di inseguimento tavolino X</translation>
    </message>
    <message>
        <source>Stage Y following error</source>
        <translation>Errore di inseguimento tavolino Y</translation>
    </message>
    <message>
        <source>Z focus tracking error</source>
        <translation>Errore di inseguimento fuoco Z</translation>
    </message>
    <message>
        <source>Stage motor current</source>
        <translation>Corrente motore tavolino</translation>
    </message>
    <message>
        <source>Door interlock</source>
        <translation>Interblocco sportello</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Flow-cell temperature</source>
        <translation>Temperatura cella a flusso</translation>
    </message>
    <message>
        <source>Flow-cell setpoint</source>
        <translation>Setpoint cella a flusso</translation>
    </message>
    <message>
        <source>Reagent chiller</source>
        <translation>Refrigeratore reagenti</translation>
    </message>
    <message>
        <source>Ambient temperature</source>
        <translation>Temperatura ambiente</translation>
    </message>
    <message>
        <source>Pump pressure</source>
        <translation>Pressione pompa</translation>
    </message>
    <message>
        <source>Flow rate</source>
        <translation>Portata</translation>
    </message>
    <message>
        <source>Bubble detections</source>
        <translation>Bolle rilevate</translation>
    </message>
    <message>
        <source>Vacuum check pressure</source>
        <translation>Pressione verifica del vuoto</translation>
    </message>
    <message>
        <source>Intensity P90 ({chemistry})</source>
        <translation>Intensità P90 ({chemistry})</translation>
    </message>
    <message>
        <source>Focus FWHM ({chemistry})</source>
        <translation>Fuoco FWHM ({chemistry})</translation>
    </message>
    <message>
        <source>Signal to noise</source>
        <translation>Rapporto segnale/rumore</translation>
    </message>
    <message>
        <source>Focus spread across tiles</source>
        <translation>Dispersione del fuoco tra le tile</translation>
    </message>
    <message>
        <source>Focus difference between swaths</source>
        <translation>Differenza di fuoco tra swath</translation>
    </message>
    <message>
        <source>Focus difference between surfaces</source>
        <translation>Differenza di fuoco tra superfici</translation>
    </message>
    <message>
        <source>Clusters passing filter</source>
        <translation>Cluster che superano il filtro</translation>
    </message>
    <message>
        <source>Cluster density</source>
        <translation>Densità dei cluster</translation>
    </message>
    <message>
        <source>Occupied wells</source>
        <translation>Pozzetti occupati</translation>
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
        <translation>Massima perdita di intensità di una tile</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasso di errore</translation>
    </message>
    <message>
        <source>Bases ≥ Q30</source>
        <translation>Basi ≥ Q30</translation>
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
        <translation>Connessione in uscita</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>TLS inspection</source>
        <translation>Ispezione TLS</translation>
    </message>
    <message>
        <source>HTTP and authentication</source>
        <translation>HTTP e autenticazione</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Orologio</translation>
    </message>
    <message>
        <source>No inbound ports</source>
        <translation>Nessuna porta di ingresso</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>Archiviazione token</translation>
    </message>
    <message>
        <source>Spool key storage</source>
        <translation>Archiviazione chiave della coda</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Invia i dati delle prestazioni dello strumento</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Sent: instrument performance (the health of the optical, mechanical, thermal and fluidics subsystems, alerts, early warnings, operational events), run performance (quality scores, yield), and the instrument&apos;s and run&apos;s configuration (models, serials, software versions, kit and flow-cell lots). Never sent: sequencing data, personal data, or health data. The Payload page shows every byte before it leaves.</source>
        <translation>Vengono inviati: i dati delle prestazioni dello strumento (stato del sistema ottico, meccanico, termico e di fluidica, avvisi, preavvisi, eventi di funzionamento), i dati delle prestazioni della corsa (punteggi qualitativi, resa) e i dati della configurazione dello strumento e della corsa (modelli, numeri di serie, versioni del software, numeri di lotto di kit e celle a flusso). Non vengono mai inviati: i dati della corsa di sequenziamento, le informazioni personali identificabili (PII) o le informazioni protette sulla salute del paziente (PHI). La pagina “Pacchetto dati” mostra ogni byte prima che lasci il PC.</translation>
    </message>
    <message>
        <source>Where: to {service}, at {host} ({endpoint}), over TLS.</source>
        <translation>Dove: a {service}, presso {host} ({endpoint}), tramite TLS.</translation>
    </message>
    <message>
        <source>Where: to {service}, but no receiver is set yet (Settings, endpoint): nothing can leave this PC until one is.</source>
        <translation>Dove: a {service}, ma non è ancora impostato alcun destinatario (Impostazioni, endpoint): nulla può lasciare questo PC finché non ne viene impostato uno.</translation>
    </message>
    <message>
        <source>How often: when a run starts, every {minutes} minutes while it runs, and when it ends.</source>
        <translation>Frequenza: all&apos;avvio di una corsa, ogni {minutes} minuti durante la corsa e alla sua fine.</translation>
    </message>
</context>
<context>
    <name>ConsentLog</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versione app</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Modificato da</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivo</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>questa finestra</translation>
    </message>
    <message>
        <source>the consent command</source>
        <translation>il comando consent</translation>
    </message>
    <message>
        <source>config set (terminal)</source>
        <translation>config set (terminale)</translation>
    </message>
</context>
<context>
    <name>Consumable</name>
    <message>
        <source>Flow cell</source>
        <translation>Cella a flusso</translation>
    </message>
    <message>
        <source>PR2 buffer bottle</source>
        <translation>Flacone del tampone PR2</translation>
    </message>
    <message>
        <source>Reagent kit</source>
        <translation>Kit di reagenti</translation>
    </message>
    <message>
        <source>Reagent cartridge</source>
        <translation>Cartuccia dei reagenti</translation>
    </message>
    <message>
        <source>Dry cartridge</source>
        <translation>Cartuccia secca</translation>
    </message>
    <message>
        <source>Wet cartridge</source>
        <translation>Cartuccia umida</translation>
    </message>
    <message>
        <source>Library tube</source>
        <translation>Provetta della libreria</translation>
    </message>
    <message>
        <source>SBS reagents</source>
        <translation>Reagenti SBS</translation>
    </message>
    <message>
        <source>Cluster reagents</source>
        <translation>Reagenti per cluster</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Tampone</translation>
    </message>
    <message>
        <source>Index reagents</source>
        <translation>Reagenti indice</translation>
    </message>
    <message>
        <source>Paired-end reagents</source>
        <translation>Reagenti paired-end</translation>
    </message>
    <message>
        <source>Reagents</source>
        <translation>Reagenti</translation>
    </message>
</context>
<context>
    <name>CyclePlots</name>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Intensity (P90) per channel</source>
        <translation>Intensità (P90) per canale</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>conteggi</translation>
    </message>
    <message>
        <source>Focus (FWHM) per channel</source>
        <translation>Fuoco (FWHM) per canale</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasso di errore</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>not sent: its value does not look like a serial</source>
        <translation>non inviato: il valore non sembra un numero di serie</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a version</source>
        <translation>non inviato: il valore non sembra una versione</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a name</source>
        <translation>non inviato: il valore non sembra un nome</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a setting&apos;s value</source>
        <translation>non inviato: il valore non sembra il valore di un&apos;impostazione</translation>
    </message>
    <message>
        <source>not sent: it reads as free text, not a setting</source>
        <translation>non inviato: sembra testo libero, non un&apos;impostazione</translation>
    </message>
    <message>
        <source>not sent: it repeats a value that stays on this PC</source>
        <translation>non inviato: ripete un valore che resta su questo PC</translation>
    </message>
    <message>
        <source>not sent: its name reads as personal data</source>
        <translation>non inviato: il nome indica un dato personale</translation>
    </message>
    <message>
        <source>not sent: the allow-list does not name it</source>
        <translation>non inviato: non figura nell&apos;elenco dei valori consentiti</translation>
    </message>
    <message>
        <source>stays on this PC: the allow-list does not name this field</source>
        <translation>resta su questo PC: questo campo non figura nell&apos;elenco dei valori consentiti</translation>
    </message>
    <message>
        <source>allowed, but no payload field carries it, so it stays on this PC</source>
        <translation>consentito, ma nessun campo del pacchetto dati lo contiene, quindi resta su questo PC</translation>
    </message>
    <message>
        <source>stays on this PC: a library tube&apos;s barcode is recorded with the library it holds, so it could link to samples</source>
        <translation>resta su questo PC: il codice a barre di una provetta della libreria viene registrato con la libreria che contiene, quindi potrebbe ricondurre ai campioni</translation>
    </message>
    <message>
        <source>sent as {fields}</source>
        <translation>inviato come {fields}</translation>
    </message>
    <message>
        <source>sent: the same value is in {fields}</source>
        <translation>inviato: lo stesso valore è in {fields}</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Door opened</source>
        <translation>Sportello aperto</translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation>Sportello chiuso</translation>
    </message>
    <message>
        <source>Vacuum check passed</source>
        <translation>Verifica del vuoto superata</translation>
    </message>
    <message>
        <source>Bubble detected in the fluidics line (cycle {cycle})</source>
        <translation>Bolla rilevata nella linea fluidica (ciclo {cycle})</translation>
    </message>
    <message>
        <source>Run started: pre-run checks</source>
        <translation>Corsa avviata: controlli pre-corsa</translation>
    </message>
    <message>
        <source>Pre-run checks passed</source>
        <translation>Controlli pre-corsa superati</translation>
    </message>
    <message>
        <source>Sequencing started: {cycles} cycles</source>
        <translation>Sequenziamento avviato: {cycles} cicli</translation>
    </message>
    <message>
        <source>Cycles done; post-run wash started</source>
        <translation>Cicli terminati; lavaggio post-corsa avviato</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Corsa completata</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>endpoint</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>token memorizzato</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>indirizzi</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>from</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>nessun proxy</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destinazione</translation>
    </message>
    <message>
        <source>proxy&apos;s answer</source>
        <translation>risposta del proxy</translation>
    </message>
    <message>
        <source>authentication asked for</source>
        <translation>autenticazione richiesta</translation>
    </message>
    <message>
        <source>authentication sent</source>
        <translation>autenticazione inviata</translation>
    </message>
    <message>
        <source>found in</source>
        <translation>trovato in</translation>
    </message>
    <message>
        <source>PAC file</source>
        <translation>file PAC</translation>
    </message>
    <message>
        <source>PAC file named by</source>
        <translation>file PAC indicato da</translation>
    </message>
    <message>
        <source>PAC file&apos;s answer</source>
        <translation>risposta del file PAC</translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation>utente del proxy</translation>
    </message>
    <message>
        <source>resolves on this PC</source>
        <translation>risolto su questo PC</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>risolto da</translation>
    </message>
    <message>
        <source>via</source>
        <translation>tramite</translation>
    </message>
    <message>
        <source>extra CA bundle</source>
        <translation>bundle di CA aggiuntivo</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>versione TLS</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>cifratura</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>emittente</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>soggetto</translation>
    </message>
    <message>
        <source>days until the certificate expires</source>
        <translation>giorni alla scadenza del certificato</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>attendibile</translation>
    </message>
    <message>
        <source>trusted through</source>
        <translation>attendibile tramite</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>stato HTTP</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticato</translation>
    </message>
    <message>
        <source>clock difference (s)</source>
        <translation>differenza dell&apos;orologio (s)</translation>
    </message>
    <message>
        <source>listening on</source>
        <translation>in ascolto su</translation>
    </message>
    <message>
        <source>where</source>
        <translation>dove</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>keyring backend</source>
        <translation>backend del portachiavi</translation>
    </message>
    <message>
        <source>opt-in on</source>
        <translation>consenso attivo</translation>
    </message>
    <message>
        <source>locked by the IT policy</source>
        <translation>bloccato dai criteri IT</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>{path} could not be written: {why}</source>
        <translation>Impossibile scrivere {path}: {why}</translation>
    </message>
</context>
<context>
    <name>FlowCellMap</name>
    <message>
        <source>Metric:</source>
        <translation>Metrica:</translation>
    </message>
    <message>
        <source>Lane · surface · swath</source>
        <translation>Lane · superficie · swath</translation>
    </message>
    <message>
        <source>Tile within swath</source>
        <translation>Tile nello swath</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>{channel} reaches its failure limit at about cycle {cycle} of {total}</source>
        <translation>{channel} raggiunge il limite di guasto verso il ciclo {cycle} di {total}</translation>
    </message>
    <message>
        <source>Failure predicted in ~{time} ({channel})</source>
        <translation>Guasto previsto tra ~{time} ({channel})</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Per-cycle signals of the optical, mechanical and fluidics subsystems from the run folder: the median over the flow cell&apos;s tiles, each channel on its own scale. Works without a network. Amber dashed lines are warning levels, red failure levels, drawn where a limit applies to the value itself; a band counts only when several cycles in a row are beyond it.</source>
        <translation>Segnali per ciclo del sistema ottico, meccanico e di fluidica dalla cartella della corsa: la mediana sulle tile della cella a flusso, ogni canale sulla propria scala. Funziona senza rete. Le linee tratteggiate ambra sono i livelli di avvertenza, quelle rosse i livelli di guasto, tracciate dove un limite vale per il valore stesso; una fascia conta solo quando più cicli consecutivi la superano.</translation>
    </message>
    <message>
        <source>Live signals of the optical, mechanical, thermal and fluidics subsystems, measured on the instrument. Works without a network. Lines: amber dashed is the warning level, red the failure level; they apply to half-minute medians, so a single spike does not count.</source>
        <translation>Segnali in tempo reale del sistema ottico, meccanico, termico e di fluidica, misurati sullo strumento. Funziona senza rete. Linee: la tratteggiata ambra è il livello di avvertenza, la rossa il livello di guasto; valgono per mediane di mezzo minuto, quindi un singolo picco non conta.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Ultimi 10 minuti</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima ora</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Intera corsa</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Newest reading</source>
        <translation>Ultima lettura</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tempo di corsa</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Letture</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>{subsystem}: not measured by this source (a run folder records no temperatures).</source>
        <translation>{subsystem}: non misurato da questa fonte (una cartella della corsa non registra temperature).</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n open)</source>
        <translation>
            <numerusform>Avvisi (%n aperto)</numerusform>
            <numerusform>Avvisi (%n aperti)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMeasure</name>
    <message>
        <source>first-cycle intensity ({chemistry})</source>
        <translation>intensità al primo ciclo ({chemistry})</translation>
    </message>
    <message>
        <source>first-cycle focus FWHM ({chemistry})</source>
        <translation>FWHM del fuoco al primo ciclo ({chemistry})</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>tasso di errore</translation>
    </message>
    <message>
        <source>phasing</source>
        <translation>phasing</translation>
    </message>
    <message>
        <source>prephasing</source>
        <translation>prephasing</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Every run read on this PC, and the trends across runs of each instrument: when a value heads for its service limit, the forecast says in how many runs it gets there.</source>
        <translation>Tutte le corse lette su questo PC e le tendenze tra le corse di ciascuno strumento: quando un valore si avvicina al limite di manutenzione, la previsione indica tra quante corse lo raggiunge.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lettura della cronologia…</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Previsioni</translation>
    </message>
    <message>
        <source>Trend across runs</source>
        <translation>Tendenza tra le corse</translation>
    </message>
    <message>
        <source>One point per run</source>
        <translation>Un punto per corsa</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Avvio della corsa</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Corse</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Corsa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato corsa</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cicli</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reading run folders into the history: {done} of {total} ({name})</source>
        <translation>Lettura delle cartelle della corsa nella cronologia: {done} di {total} ({name})</translation>
    </message>
    <message numerus="yes">
        <source>%n run folder(s) under {root}</source>
        <translation>
            <numerusform>%n cartella della corsa in {root}</numerusform>
            <numerusform>%n cartelle della corsa in {root}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n letta</numerusform>
            <numerusform>%n lette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariata</numerusform>
            <numerusform>%n invariate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (shown in the table)</source>
        <translation>
            <numerusform>%n danneggiata (mostrata nella tabella)</numerusform>
            <numerusform>%n danneggiate (mostrate nella tabella)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer on the disk</source>
        <translation>
            <numerusform>%n non più sul disco</numerusform>
            <numerusform>%n non più sul disco</numerusform>
        </translation>
    </message>
    <message>
        <source>The history database was damaged; it was kept aside and is rebuilt from the run folders.</source>
        <translation>Il database della cronologia era danneggiato; è stato messo da parte e viene ricostruito dalle cartelle della corsa.</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>Impossibile leggere la cronologia: {reason}</translation>
    </message>
    <message>
        <source>No forecast: no instrument&apos;s series of comparable runs is heading for a service limit.</source>
        <translation>Nessuna previsione: per nessuno strumento una serie di corse comparabili si avvicina a un limite di manutenzione.</translation>
    </message>
    <message>
        <source>{subsystem}: {what} has reached the service limit</source>
        <translation>{subsystem}: {what} ha raggiunto il limite di manutenzione</translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} down {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}: {what} in calo del {change} % in %n corsa</numerusform>
            <numerusform>{subsystem}: {what} in calo del {change} % in %n corse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} up {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}: {what} in aumento del {change} % in %n corsa</numerusform>
            <numerusform>{subsystem}: {what} in aumento del {change} % in %n corse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at this rate it reaches the service limit in about %n run(s)</source>
        <translation>
            <numerusform>con questo andamento raggiunge il limite di manutenzione tra circa %n corsa</numerusform>
            <numerusform>con questo andamento raggiunge il limite di manutenzione tra circa %n corse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n day(s))</source>
        <translation>
            <numerusform>(circa %n giorno)</numerusform>
            <numerusform>(circa %n giorni)</numerusform>
        </translation>
    </message>
    <message>
        <source>gone</source>
        <translation>rimossa</translation>
    </message>
    <message>
        <source>no metrics</source>
        <translation>nessuna metrica</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
    <message>
        <source>Service due soon</source>
        <translation>Manutenzione a breve</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danneggiata</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo (simulated instrument)</source>
        <translation>{app} — Demo (strumento simulato)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Run quality</source>
        <translation>Qualità della corsa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Pacchetto dati</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>Cronologia invii</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>DEMO — simulated instrument. These readings are not from a real instrument, and nothing from the demo is queued for sending.</source>
        <translation>DEMO — strumento simulato. Queste letture non provengono da uno strumento reale e nulla della demo viene messo in coda per l&apos;invio.</translation>
    </message>
    <message>
        <source>This window follows the run folder it was opened with; the new run folder root applies when the app next starts.</source>
        <translation>Questa finestra segue la cartella della corsa con cui è stata aperta; la nuova cartella principale delle corse vale dal prossimo avvio dell&apos;app.</translation>
    </message>
    <message>
        <source>Demo instrument — scenario: {scenario} — speed ×{speed:g}</source>
        <translation>Strumento demo — scenario: {scenario} — velocità ×{speed:g}</translation>
    </message>
    <message>
        <source>the simulator stopped: {error}</source>
        <translation>il simulatore si è arrestato: {error}</translation>
    </message>
    <message>
        <source>Run folder: {folder}</source>
        <translation>Cartella della corsa: {folder}</translation>
    </message>
    <message>
        <source>run time {time}</source>
        <translation>tempo di corsa {time}</translation>
    </message>
    <message>
        <source>Still running in the tray: monitoring and uploads go on.</source>
        <translation>Ancora attiva nell&apos;area di notifica: il monitoraggio e gli invii continuano.</translation>
    </message>
    <message>
        <source>No run folder in {folder}: no RunInfo.xml there or up to two levels below.</source>
        <translation>Nessuna cartella della corsa in {folder}: nessun RunInfo.xml lì né fino a due livelli più in basso.</translation>
    </message>
    <message>
        <source>{run} opens in a window of its own (this one shows the demo).</source>
        <translation>{run} si apre in una finestra a parte (questa mostra la demo).</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Apri cartella della corsa</translation>
    </message>
    <message>
        <source>The instrument&apos;s output folder</source>
        <translation>Cartella di output dello strumento</translation>
    </message>
</context>
<context>
    <name>Netcheck</name>
    <message>
        <source>the Configuration check did not pass</source>
        <translation>il controllo “Configurazione” non è stato superato</translation>
    </message>
    <message>
        <source>the Proxy check did not pass</source>
        <translation>il controllo “Proxy” non è stato superato</translation>
    </message>
    <message>
        <source>the DNS check did not pass</source>
        <translation>il controllo “DNS” non è stato superato</translation>
    </message>
    <message>
        <source>the Outbound connection check did not pass</source>
        <translation>il controllo “Connessione in uscita” non è stato superato</translation>
    </message>
    <message>
        <source>the TLS check did not pass</source>
        <translation>il controllo “TLS” non è stato superato</translation>
    </message>
    <message>
        <source>the HTTP and authentication check was skipped, so no time was read</source>
        <translation>il controllo “HTTP e autenticazione” è stato saltato, quindi non è stata letta alcuna ora</translation>
    </message>
    <message>
        <source>no instrument token is stored (see Configuration)</source>
        <translation>nessun token dello strumento memorizzato (vedere “Configurazione”)</translation>
    </message>
    <message>
        <source>the TLS check did not run</source>
        <translation>il controllo “TLS” non è stato eseguito</translation>
    </message>
    <message>
        <source>the TLS check failed for another reason</source>
        <translation>il controllo “TLS” non è riuscito per un altro motivo</translation>
    </message>
    <message>
        <source>the receiver sent no Date header</source>
        <translation>il destinatario non ha inviato l&apos;intestazione Date</translation>
    </message>
    <message>
        <source>the receiver did not answer</source>
        <translation>il destinatario non ha risposto</translation>
    </message>
    <message>
        <source>cannot list sockets on this system</source>
        <translation>impossibile elencare i socket su questo sistema</translation>
    </message>
    <message>
        <source>setting (none)</source>
        <translation>impostazione (nessuno)</translation>
    </message>
    <message>
        <source>system (environment or OS settings)</source>
        <translation>sistema (variabili d&apos;ambiente o impostazioni del sistema operativo)</translation>
    </message>
    <message>
        <source>system: none for this host</source>
        <translation>sistema: nessuno per questo host</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>impostazione</translation>
    </message>
    <message>
        <source>a PAC file</source>
        <translation>un file PAC</translation>
    </message>
    <message>
        <source>a PAC file that cannot be used: direct</source>
        <translation>un file PAC non utilizzabile: connessione diretta</translation>
    </message>
    <message>
        <source>environment variables (HTTPS_PROXY)</source>
        <translation>variabili d&apos;ambiente (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet, this user)</source>
        <translation>Opzioni Internet di Windows (WinINet, questo utente)</translation>
    </message>
    <message>
        <source>Windows WinHTTP (this machine)</source>
        <translation>WinHTTP di Windows (questo computer)</translation>
    </message>
    <message>
        <source>macOS network settings</source>
        <translation>impostazioni di rete di macOS</translation>
    </message>
    <message>
        <source>none found (in the OS&apos;s settings, or by WPAD): the system&apos;s proxy is used</source>
        <translation>nessuno trovato (nelle impostazioni del sistema operativo o tramite WPAD): viene usato il proxy di sistema</translation>
    </message>
    <message>
        <source>the proxy setting</source>
        <translation>l&apos;impostazione del proxy</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet)</source>
        <translation>Opzioni Internet di Windows (WinINet)</translation>
    </message>
    <message>
        <source>WPAD (DNS)</source>
        <translation>WPAD (DNS)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>connessione diretta</translation>
    </message>
    <message>
        <source>the proxy {proxy}</source>
        <translation>il proxy {proxy}</translation>
    </message>
    <message>
        <source>OS trust store</source>
        <translation>archivio certificati del sistema operativo</translation>
    </message>
    <message>
        <source>OS trust store + {ca_bundle}</source>
        <translation>archivio certificati del sistema operativo + {ca_bundle}</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>portachiavi del sistema operativo</translation>
    </message>
    <message>
        <source>a file readable only by this user, not the OS keyring</source>
        <translation>un file leggibile solo da questo utente, non il portachiavi del sistema operativo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>a file, not the OS keyring</source>
        <translation>un file, non il portachiavi del sistema operativo</translation>
    </message>
    <message>
        <source>Set the receiver&apos;s HTTPS address: proactive-gui config set endpoint https://&lt;receiver&gt;</source>
        <translation>Impostare l&apos;indirizzo HTTPS del destinatario: proactive-gui config set endpoint https://&lt;receiver&gt;</translation>
    </message>
    <message>
        <source>Store the instrument token: proactive-gui config set-secret token</source>
        <translation>Memorizzare il token dello strumento: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling.</source>
        <translation>Il nome non viene risolto qui. Verificare i server DNS di questo PC o l&apos;ortografia dell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling (the proxy may still resolve it).</source>
        <translation>Il nome non viene risolto qui. Verificare i server DNS di questo PC o l&apos;ortografia dell&apos;indirizzo (il proxy potrebbe comunque risolverlo).</translation>
    </message>
    <message>
        <source>The PAC file {url} cannot be used ({error}), so the uploader connects directly. Check its address (proactive-gui config set proxy pac:URL), or ask IT where the PAC file is.</source>
        <translation>Il file PAC {url} non è utilizzabile ({error}), quindi il servizio di invio si connette direttamente. Verificarne l&apos;indirizzo (proactive-gui config set proxy pac:URL) o chiedere all&apos;IT dove si trova il file PAC.</translation>
    </message>
    <message>
        <source>The proxy&apos;s name {host} does not resolve on this PC. Check its spelling in the proxy setting (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) and this PC&apos;s DNS servers.</source>
        <translation>Il nome del proxy {host} non viene risolto su questo PC. Verificarne l&apos;ortografia nell&apos;impostazione del proxy (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) e i server DNS di questo PC.</translation>
    </message>
    <message>
        <source>Nothing listens on port {port} of the proxy {host}: the connection was refused. Check the port in the proxy setting, and ask IT whether the proxy service runs.</source>
        <translation>Nessun servizio in ascolto sulla porta {port} del proxy {host}: la connessione è stata rifiutata. Verificare la porta nell&apos;impostazione del proxy e chiedere all&apos;IT se il servizio proxy è attivo.</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} does not answer ({error}). Check its address in the proxy setting; a firewall may drop traffic from this PC to it.</source>
        <translation>Il proxy {host}:{port} non risponde ({error}). Verificarne l&apos;indirizzo nell&apos;impostazione del proxy; un firewall potrebbe scartare il traffico da questo PC verso il proxy.</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} took the connection but did not answer the tunnel request (CONNECT). Check that this address and port are those of an HTTP proxy.</source>
        <translation>Il proxy {host}:{port} ha accettato la connessione ma non ha risposto alla richiesta di tunnel (CONNECT). Verificare che indirizzo e porta siano quelli di un proxy HTTP.</translation>
    </message>
    <message>
        <source>{host}:{port} did not answer as an HTTP proxy does. Check the address and port in the proxy setting: it may be a SOCKS proxy or a web server.</source>
        <translation>{host}:{port} non ha risposto come un proxy HTTP. Verificare indirizzo e porta nell&apos;impostazione del proxy: potrebbe trattarsi di un proxy SOCKS o di un server web.</translation>
    </message>
    <message>
        <source>The proxy demands authentication ({schemes}). Put the proxy user in the setting: proactive-gui config set proxy http://USER@{host}:{port}, then store its password: proactive-gui config set-secret proxy_password</source>
        <translation>Il proxy richiede l&apos;autenticazione ({schemes}). Inserire l&apos;utente del proxy nell&apos;impostazione: proactive-gui config set proxy http://USER@{host}:{port}, poi memorizzarne la password: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused the user {user} with the stored password ({scheme}). Check the user in the proxy setting (DOMAIN\user is written DOMAIN%5Cuser) and store the current password: proactive-gui config set-secret proxy_password</source>
        <translation>Il proxy ha rifiutato l&apos;utente {user} con la password memorizzata ({scheme}). Verificare l&apos;utente nell&apos;impostazione del proxy (DOMAIN\user si scrive DOMAIN%5Cuser) e memorizzare la password attuale: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused this PC&apos;s Windows login ({scheme}). Ask IT whether this user may use the proxy, or name a proxy user: proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, then proactive-gui config set-secret proxy_password</source>
        <translation>Il proxy ha rifiutato l&apos;accesso Windows di questo PC ({scheme}). Chiedere all&apos;IT se questo utente può usare il proxy, oppure indicare un utente del proxy: proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, poi proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy accepts only {schemes} authentication, which this app does not speak (it speaks Basic, NTLM and Negotiate). Ask IT to allow one of those for this PC, or to let it reach {target} without authentication.</source>
        <translation>Il proxy accetta solo l&apos;autenticazione {schemes}, che questa app non supporta (supporta Basic, NTLM e Negotiate). Chiedere all&apos;IT di consentire uno di questi metodi per questo PC o di permettergli di raggiungere {target} senza autenticazione.</translation>
    </message>
    <message>
        <source>The proxy refuses the tunnel to {target} ({answer}). Ask IT to allow HTTPS (CONNECT) from this PC to {target} in the proxy&apos;s rules.</source>
        <translation>Il proxy rifiuta il tunnel verso {target} ({answer}). Chiedere all&apos;IT di consentire HTTPS (CONNECT) da questo PC verso {target} nelle regole del proxy.</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not reach {target} ({answer}). Check the endpoint&apos;s host name, and ask IT whether the proxy can resolve it and reach port {port}.</source>
        <translation>Il proxy {proxy} non è riuscito a raggiungere {target} ({answer}). Verificare il nome host dell&apos;indirizzo e chiedere all&apos;IT se il proxy può risolverlo e raggiungere la porta {port}.</translation>
    </message>
    <message>
        <source>Nothing answers on {target}. Allow outbound TCP to port {port} from this PC in the firewall, or check the address.</source>
        <translation>Nessuna risposta da {target}. Consentire nel firewall il traffico TCP in uscita da questo PC verso la porta {port} o verificare l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The extra CA bundle cannot be used: it must hold PEM certificates (-----BEGIN CERTIFICATE-----). Export the CA as &apos;Base-64 encoded X.509&apos; and set it again: proactive-gui config set ca_bundle FILE.pem</source>
        <translation>Il bundle di CA aggiuntivo non è utilizzabile: deve contenere certificati PEM (-----BEGIN CERTIFICATE-----). Esportare la CA come &quot;X.509 codificato Base 64&quot; e impostarlo di nuovo: proactive-gui config set ca_bundle FILE.pem</translation>
    </message>
    <message>
        <source>The receiver (or a device in between) does not offer TLS 1.2 or newer. Ask for TLS 1.2/1.3 on the receiver, or exempt it from the device.</source>
        <translation>Il destinatario (o un dispositivo intermedio) non offre TLS 1.2 o versioni successive. Richiedere TLS 1.2/1.3 sul destinatario o escluderlo dal dispositivo.</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate expires in {days} days; ask its operator to renew it.</source>
        <translation>Il certificato del destinatario scade tra {days} giorni; chiederne il rinnovo al gestore.</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate has expired; ask its operator to renew it.</source>
        <translation>Il certificato del destinatario è scaduto; chiederne il rinnovo al gestore.</translation>
    </message>
    <message>
        <source>The certificate is not for {host}. Check the endpoint&apos;s host name, or ask the receiver&apos;s operator for a certificate that names it.</source>
        <translation>Il certificato non è valido per {host}. Verificare il nome host dell&apos;indirizzo o chiedere al gestore del destinatario un certificato che lo indichi.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here. If a proxy or firewall inspects TLS, add its CA: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, or exempt {host} from inspection.</source>
        <translation>L&apos;emittente del certificato non è attendibile qui. Se un proxy o un firewall ispeziona il traffico TLS, aggiungerne la CA: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, oppure escludere {host} dall&apos;ispezione.</translation>
    </message>
    <message>
        <source>Traffic to the receiver is presented with a certificate from an issuer this PC does not trust ({issuer}): a proxy or firewall is probably inspecting TLS. Add its CA with: proactive-gui config set ca_bundle FILE, or exempt {host} from inspection.</source>
        <translation>Il traffico verso il destinatario presenta un certificato di un emittente non attendibile per questo PC ({issuer}): probabilmente un proxy o un firewall ispeziona il traffico TLS. Aggiungerne la CA con: proactive-gui config set ca_bundle FILE, oppure escludere {host} dall&apos;ispezione.</translation>
    </message>
    <message>
        <source>The receiver did not answer over HTTPS; see the stages above.</source>
        <translation>Il destinatario non ha risposto tramite HTTPS; vedere le fasi qui sopra.</translation>
    </message>
    <message>
        <source>The receiver does not accept this instrument&apos;s token. Store the current one: proactive-gui config set-secret token</source>
        <translation>Il destinatario non accetta il token di questo strumento. Memorizzare quello attuale: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes ahead of the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>L&apos;orologio di questo PC è avanti di {minutes} minuti rispetto al destinatario. Attivare la sincronizzazione dell&apos;ora (NTP) per questo PC.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes behind the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>L&apos;orologio di questo PC è indietro di {minutes} minuti rispetto al destinatario. Attivare la sincronizzazione dell&apos;ora (NTP) per questo PC.</translation>
    </message>
    <message>
        <source>The app should never listen on a port; report this as a defect.</source>
        <translation>L&apos;app non dovrebbe mai essere in ascolto su una porta; segnalarlo come difetto.</translation>
    </message>
    <message>
        <source>The spool key is in a file readable only by this user, not the OS keyring. Install or unlock a keyring, then: proactive-gui config set spool_key_store keyring</source>
        <translation>La chiave della coda si trova in un file leggibile solo da questo utente, non nel portachiavi del sistema operativo. Installare o sbloccare un portachiavi, poi: proactive-gui config set spool_key_store keyring</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>Il portachiavi in uso ({backend}) conserva la chiave della coda in un file ({path}), non nel portachiavi del sistema operativo. Usare il portachiavi del sistema operativo (su Linux un Secret Service sbloccato, come GNOME Keyring o KeePassXC) e non selezionare più questo backend (PYTHON_KEYRING_BACKEND o keyringrc.cfg); prima inviare la coda (proactive-gui deliver): la chiave non viene spostata.</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>Il portachiavi in uso ({backend}) conserva la chiave della coda in un file, non nel portachiavi del sistema operativo. Usare il portachiavi del sistema operativo (su Linux un Secret Service sbloccato, come GNOME Keyring o KeePassXC) e non selezionare più questo backend (PYTHON_KEYRING_BACKEND o keyringrc.cfg); prima inviare la coda (proactive-gui deliver): la chiave non viene spostata.</translation>
    </message>
    <message>
        <source>No OS keyring: install or unlock one, or allow a key file: proactive-gui config set spool_key_store file</source>
        <translation>Nessun portachiavi del sistema operativo: installarne o sbloccarne uno, oppure consentire un file di chiave: proactive-gui config set spool_key_store file</translation>
    </message>
    <message>
        <source>The instrument token (and the proxy password) are kept in a file readable only by this user, not the OS keyring. Where a keyring can be had: proactive-gui config set secret_store keyring, then store the token again: proactive-gui config set-secret token</source>
        <translation>Il token dello strumento (e la password del proxy) sono conservati in un file leggibile solo da questo utente, non nel portachiavi del sistema operativo. Se è disponibile un portachiavi: proactive-gui config set secret_store keyring, poi memorizzare di nuovo il token: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>Il portachiavi in uso ({backend}) conserva il token dello strumento in un file ({path}), non nel portachiavi del sistema operativo. Usare il portachiavi del sistema operativo (su Linux un Secret Service sbloccato, come GNOME Keyring o KeePassXC), non selezionare più questo backend (PYTHON_KEYRING_BACKEND o keyringrc.cfg) e memorizzare di nuovo il token: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>Il portachiavi in uso ({backend}) conserva il token dello strumento in un file, non nel portachiavi del sistema operativo. Usare il portachiavi del sistema operativo (su Linux un Secret Service sbloccato, come GNOME Keyring o KeePassXC), non selezionare più questo backend (PYTHON_KEYRING_BACKEND o keyringrc.cfg) e memorizzare di nuovo il token: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>No OS keyring, so the instrument token cannot be stored: install or unlock one, or keep it in a file only you can read: proactive-gui config set secret_store file</source>
        <translation>Nessun portachiavi del sistema operativo, quindi il token dello strumento non può essere memorizzato: installarne o sbloccarne uno, oppure conservarlo in un file leggibile solo dall&apos;utente: proactive-gui config set secret_store file</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {reason}</source>
        <translation>Bloccato dai criteri IT: {reason}</translation>
    </message>
    <message>
        <source>Nothing is sent while the opt-in is off; the lab turns it on in the app (or: proactive-gui config set opt_in true).</source>
        <translation>Con il consenso disattivato non viene inviato nulla; il laboratorio lo attiva nell&apos;app (oppure: proactive-gui config set opt_in true).</translation>
    </message>
    <message>
        <source>This check could not be completed ({error}: {detail}); the other checks still ran. Send this report to support.</source>
        <translation>Impossibile completare questo controllo ({error}: {detail}); gli altri controlli sono stati comunque eseguiti. Inviare questo rapporto al team di supporto.</translation>
    </message>
    <message>
        <source>The checks could not run ({error}: {detail}).</source>
        <translation>Impossibile eseguire i controlli ({error}: {detail}).</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Readiness checks for IT, with the uploader&apos;s own address, proxy and trust settings: a green check means uploads will work.</source>
        <translation>Controlli di preparazione per l&apos;IT, con indirizzo, proxy e impostazioni di attendibilità propri del servizio di invio: un controllo verde significa che gli invii funzioneranno.</translation>
    </message>
    <message>
        <source>Run all checks</source>
        <translation>Esegui tutti i controlli</translation>
    </message>
    <message>
        <source>Run the selected check</source>
        <translation>Esegui il controllo selezionato</translation>
    </message>
    <message>
        <source>With the stages it needs before it</source>
        <translation>Con le fasi che lo precedono</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copia rapporto</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Non ancora eseguito</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Riscontro</translation>
    </message>
    <message>
        <source>Evidence and remedy</source>
        <translation>Riscontro e rimedio</translation>
    </message>
    <message>
        <source>Select a stage to see its evidence and what to do.</source>
        <translation>Selezionare una fase per vederne il riscontro e cosa fare.</translation>
    </message>
    <message>
        <source>Last run {age} ago</source>
        <translation>Ultima esecuzione {age} fa</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>In corso…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avvertenza</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Warning: {channel}</source>
        <translation>Avvertenza: {channel}</translation>
    </message>
    <message>
        <source>Failure: {channel}</source>
        <translation>Guasto: {channel}</translation>
    </message>
    <message>
        <source>Early warning: {channel}</source>
        <translation>Preavviso: {channel}</translation>
    </message>
</context>
<context>
    <name>OpenRun</name>
    <message>
        <source>Runs in this folder: {n}. Which one?</source>
        <translation>Corse in questa cartella: {n}. Quale?</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Apri cartella della corsa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open run folder…</source>
        <translation>&amp;Apri cartella della corsa…</translation>
    </message>
    <message>
        <source>&amp;Recent runs</source>
        <translation>Corse &amp;recenti</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ancora nessuna)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Before you start a run</source>
        <translation>Prima di avviare una corsa</translation>
    </message>
    <message>
        <source>The instrument&apos;s run, its four subsystems, and whether data may leave this PC.</source>
        <translation>La corsa dello strumento, i suoi quattro sistemi e se i dati possono lasciare questo PC.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Corsa</translation>
    </message>
    <message>
        <source>Choose the instrument&apos;s output folder…</source>
        <translation>Scegli la cartella di output dello strumento…</translation>
    </message>
    <message>
        <source>Show the demo instead</source>
        <translation>Mostra invece la demo</translation>
    </message>
    <message>
        <source>Data sharing and connectivity</source>
        <translation>Condivisione dati e connettività</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Nothing leaves this PC while sending is off.</source>
        <translation>Con l&apos;invio disattivato, nulla lascia questo PC.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificata</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Run the readiness checks on the Network page.</source>
        <translation>Eseguire i controlli di preparazione nella pagina “Rete”.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vuota</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Coda di invio</translation>
    </message>
    <message>
        <source>No payload is waiting to be sent.</source>
        <translation>Nessun pacchetto dati in attesa di invio.</translation>
    </message>
    <message>
        <source>Recent instrument events</source>
        <translation>Eventi recenti dello strumento</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Invia i dati delle prestazioni dello strumento</translation>
    </message>
    <message>
        <source>Turn sending on</source>
        <translation>Attiva l&apos;invio</translation>
    </message>
    <message>
        <source>Show me the Payload page</source>
        <translation>Mostra la pagina “Pacchetto dati”</translation>
    </message>
    <message>
        <source>Sending is off</source>
        <translation>Invio disattivato</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) are waiting to be sent. Discard them? (No keeps them, encrypted, until sending is turned on again.)</source>
        <translation>
            <numerusform>%n pacchetto dati è in attesa di invio. Eliminarlo? (“No” lo conserva, crittografato, finché l&apos;invio non viene riattivato.)</numerusform>
            <numerusform>%n pacchetti dati sono in attesa di invio. Eliminarli? (“No” li conserva, crittografati, finché l&apos;invio non viene riattivato.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside, see Uploads</source>
        <translation>
            <numerusform>%n messo da parte, vedere “Invii”</numerusform>
            <numerusform>%n messi da parte, vedere “Invii”</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} ({host})</source>
        <translation>Invia i dati delle prestazioni dello strumento a {service} ({host})</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} (no receiver set)</source>
        <translation>Invia i dati delle prestazioni dello strumento a {service} (nessun destinatario impostato)</translation>
    </message>
    <message>
        <source>Ready to start run</source>
        <translation>Pronto per avviare la corsa</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Non pronto</translation>
    </message>
    <message>
        <source>Every subsystem is healthy and nothing needs attention.</source>
        <translation>Tutti i sistemi sono in ordine e nulla richiede attenzione.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Pronto, con avvertenze</translation>
    </message>
    <message>
        <source>Checked {age} ago; details on the Network page.</source>
        <translation>Verificata {age} fa; dettagli nella pagina “Rete”.</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Encrypted on this PC until the receiver confirms each one.</source>
        <translation>Crittografati su questo PC finché il destinatario non conferma ciascuno.</translation>
    </message>
    <message>
        <source>Kept, encrypted, until sending is turned on.</source>
        <translation>Conservati, crittografati, finché l&apos;invio non viene attivato.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {why}</source>
        <translation>Bloccato dai criteri IT: {why}</translation>
    </message>
    <message>
        <source>Health and run summaries are sealed and sent over TLS; see Payload.</source>
        <translation>I riepiloghi dello stato e della corsa vengono sigillati e inviati tramite TLS; vedere “Pacchetto dati”.</translation>
    </message>
    <message>
        <source>No run folder yet</source>
        <translation>Ancora nessuna cartella della corsa</translation>
    </message>
    <message>
        <source>Health comes from the run folders the instrument writes. Choose the folder it writes them into (also in Settings: Run folder root), open a run folder (File ▸ Open run folder…, or drop it on this window), or look at the demo.</source>
        <translation>Lo stato deriva dalle cartelle della corsa scritte dallo strumento. Scegliere la cartella in cui le scrive (anche in Impostazioni: Cartella principale delle corse), aprire una cartella della corsa (File ▸ Apri cartella della corsa…, oppure trascinarla su questa finestra) o guardare la demo.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Ancora nessun evento.</translation>
    </message>
    <message>
        <source>Sequencing — cycle {cycle} of {total}</source>
        <translation>Sequenziamento — ciclo {cycle} di {total}</translation>
    </message>
    <message>
        <source>Complete — {cycle} of {total} cycles</source>
        <translation>Completata — {cycle} di {total} cicli</translation>
    </message>
    <message>
        <source>Stopped early — cycle {cycle} of {total}</source>
        <translation>Interrotta in anticipo — ciclo {cycle} di {total}</translation>
    </message>
    <message>
        <source>No new cycle for over 2 h — cycle {cycle} of {total}</source>
        <translation>Nessun nuovo ciclo da oltre 2 h — ciclo {cycle} di {total}</translation>
    </message>
    <message>
        <source>Waiting for the first cycle — {total} planned</source>
        <translation>In attesa del primo ciclo — {total} previsti</translation>
    </message>
    <message>
        <source>%v of %m cycles</source>
        <translation>%v di %m cicli</translation>
    </message>
    <message>
        <source>The run folder records no cycle times.</source>
        <translation>La cartella della corsa non registra i tempi dei cicli.</translation>
    </message>
    <message>
        <source>Last cycle written {when} ({age} ago)</source>
        <translation>Ultimo ciclo scritto {when} ({age} fa)</translation>
    </message>
    <message>
        <source>{phase} — cycle {cycle} of {total}</source>
        <translation>{phase} — ciclo {cycle} di {total}</translation>
    </message>
    <message>
        <source>Run time {time}</source>
        <translation>Tempo di corsa {time}</translation>
    </message>
</context>
<context>
    <name>PayloadPage</name>
    <message>
        <source>Sequencing data: base calls, reads, FASTQ/BAM, sequences of any kind (index sequences too).</source>
        <translation>Dati della corsa di sequenziamento: base call, read, FASTQ/BAM, sequenze di qualsiasi tipo (anche le sequenze indice).</translation>
    </message>
    <message>
        <source>Personal data (PII): names, user names, e-mail addresses, host and computer names, paths to user or network folders.</source>
        <translation>Informazioni personali identificabili (PII): nomi, nomi utente, indirizzi e-mail, nomi host e di computer, percorsi di cartelle utente o di rete.</translation>
    </message>
    <message>
        <source>Health data (PHI): patient names or ids, medical record numbers, dates of birth, sample and library names.</source>
        <translation>Informazioni protette sulla salute del paziente (PHI): nomi o ID dei pazienti, numeri di cartella clinica, date di nascita, nomi di campioni e librerie.</translation>
    </message>
    <message>
        <source>Anything in RunParameters.xml that is not on the allow-list (listed under Not sent).</source>
        <translation>Tutto ciò che in RunParameters.xml non è nell&apos;elenco dei valori consentiti (riportato in “Non inviati”).</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Pacchetto dati</translation>
    </message>
    <message>
        <source>Exactly what would leave this PC, byte for byte, and why. Only instrument performance, run performance, instrument configuration and run configuration: never sequencing data, personal data or health data.</source>
        <translation>Esattamente ciò che lascerebbe questo PC, byte per byte, e perché. Solo prestazioni dello strumento, prestazioni della corsa, configurazione dello strumento e configurazione della corsa: mai i dati della corsa di sequenziamento, le informazioni PII o le informazioni PHI.</translation>
    </message>
    <message>
        <source>Refresh the next payload</source>
        <translation>Aggiorna il prossimo pacchetto dati</translation>
    </message>
    <message>
        <source>Seal now</source>
        <translation>Sigilla ora</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Che cos&apos;è</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>Perché viene raccolto</translation>
    </message>
    <message>
        <source>Select a field to read what it is and why it is collected.</source>
        <translation>Selezionare un campo per leggere che cos&apos;è e perché viene raccolto.</translation>
    </message>
    <message>
        <source>Found on this PC</source>
        <translation>Trovato su questo PC</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Perché non viene inviato</translation>
    </message>
    <message>
        <source>Select a row to read it in full.</source>
        <translation>Selezionare una riga per leggerla per intero.</translation>
    </message>
    <message>
        <source>{kind}, not queued</source>
        <translation>{kind}, non in coda</translation>
    </message>
    <message>
        <source>Draft, not yet sealed: its payload_id and created_at are set when it is sealed; every other byte is what would be sent now. Nothing was queued or sent.</source>
        <translation>Bozza, non ancora sigillata: payload_id e created_at vengono impostati alla sigillatura; ogni altro byte è ciò che verrebbe inviato ora. Nulla è stato messo in coda o inviato.</translation>
    </message>
    <message>
        <source>Listed for the next payload (the draft). What a sealed payload left out was listed when it was sealed; only its bytes are kept.</source>
        <translation>Elenco per il prossimo pacchetto dati (la bozza). Ciò che un pacchetto dati sigillato ha escluso è stato elencato al momento della sigillatura; se ne conservano solo i byte.</translation>
    </message>
    <message>
        <source>What the payload builder refused</source>
        <translation>Rifiutato dal generatore del pacchetto dati</translation>
    </message>
    <message>
        <source>Removed from log lines by the privacy gate</source>
        <translation>Rimosso dalle righe di registro (filtro della privacy)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): {source}</source>
        <translation>
            <numerusform>%n valore: {source}</numerusform>
            <numerusform>%n valori: {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</translation>
    </message>
    <message>
        <source>Never collected</source>
        <translation>Mai raccolto</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Pacchetti dati</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <source>Exact bytes</source>
        <translation>Byte esatti</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviati</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, queued (encrypted) for the upload engine.</source>
        <translation>{id} sigillato: {size} byte, messo in coda (crittografato) per il motore di invio.</translation>
    </message>
    <message>
        <source>Sending is off: sealed {id} ({size} bytes) on this PC only, to look at or export. It is not queued and will never be sent.</source>
        <translation>Invio disattivato: {id} ({size} byte) sigillato solo su questo PC, da visualizzare o esportare. Non è in coda e non verrà mai inviato.</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, to look at only: it is not queued.</source>
        <translation>{id} sigillato: {size} byte, solo da visualizzare: non è in coda.</translation>
    </message>
    <message>
        <source>Next payload (draft)</source>
        <translation>Prossimo pacchetto dati (bozza)</translation>
    </message>
    <message>
        <source>{size} bytes   SHA-256 {sha}</source>
        <translation>{size} byte   SHA-256 {sha}</translation>
    </message>
    <message>
        <source>No earlier payload to compare with.</source>
        <translation>Nessun pacchetto dati precedente da confrontare.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Nessuna modifica.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt;: {what}&lt;br&gt;&lt;b&gt;Why it is collected:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt;: {what}&lt;br&gt;&lt;b&gt;Perché viene raccolto:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Export payload</source>
        <translation>Esporta pacchetto dati</translation>
    </message>
    <message>
        <source>Table 1 is the table of the Illumina Proactive data-security sheet named “Benefits of the instrument data collected”: the only data the service collects.</source>
        <translation>La Tabella 1 è la tabella della nota tecnica “Sicurezza dei dati con il servizio proattivo di Illumina” intitolata “Vantaggi offerti dai dati dello strumento raccolti”: gli unici dati raccolti dal servizio.</translation>
    </message>
</context>
<context>
    <name>PayloadSchema</name>
    <message>
        <source>%≥Q30 of the read.</source>
        <translation>%≥Q30 della read.</translation>
    </message>
    <message>
        <source>%≥Q30 per cycle.</source>
        <translation>%≥Q30 per ciclo.</translation>
    </message>
    <message>
        <source>A code.</source>
        <translation>Un codice.</translation>
    </message>
    <message>
        <source>A drop at one cycle points at chemistry, fluidics or optics at that moment.</source>
        <translation>Un calo in un ciclo indica un problema di chimica, fluidica o ottica in quel momento.</translation>
    </message>
    <message>
        <source>A first-cycle intensity and a within-run decay wear differently.</source>
        <translation>L&apos;intensità al primo ciclo e il decadimento durante la corsa indicano un&apos;usura diversa.</translation>
    </message>
    <message>
        <source>A number, or null when not measured.</source>
        <translation>Un numero, oppure null se non misurato.</translation>
    </message>
    <message>
        <source>A product or component name.</source>
        <translation>Nome di un prodotto o di un componente.</translation>
    </message>
    <message>
        <source>A random identifier of this payload.</source>
        <translation>Identificatore casuale di questo pacchetto dati.</translation>
    </message>
    <message>
        <source>A receiver must never take demo data for an instrument&apos;s.</source>
        <translation>Il destinatario non deve mai scambiare i dati della demo per quelli di uno strumento.</translation>
    </message>
    <message>
        <source>A serial, lot or part number.</source>
        <translation>Un numero di serie, un numero di lotto o un codice articolo.</translation>
    </message>
    <message>
        <source>A setting&apos;s value.</source>
        <translation>Il valore di un&apos;impostazione.</translation>
    </message>
    <message>
        <source>A trend from few runs is weak evidence.</source>
        <translation>Una tendenza basata su poche corse è un indizio debole.</translation>
    </message>
    <message>
        <source>A version.</source>
        <translation>Una versione.</translation>
    </message>
    <message>
        <source>Bases per bin, millions.</source>
        <translation>Basi per classe, in milioni.</translation>
    </message>
    <message>
        <source>Change of the trend line over the recent runs, in percent.</source>
        <translation>Variazione della linea di tendenza nelle corse recenti, in percentuale.</translation>
    </message>
    <message>
        <source>Change per run (Theil–Sen slope).</source>
        <translation>Variazione per corsa (pendenza di Theil–Sen).</translation>
    </message>
    <message>
        <source>Chemistry, kit and run-mode settings from RunParameters.xml that are on the allow-list.</source>
        <translation>Impostazioni di chimica, kit e modalità della corsa da RunParameters.xml presenti nell&apos;elenco dei valori consentiti.</translation>
    </message>
    <message>
        <source>Cluster density, thousands per mm².</source>
        <translation>Densità dei cluster, in migliaia per mm².</translation>
    </message>
    <message>
        <source>Consent at sealing time.</source>
        <translation>Consenso al momento della sigillatura.</translation>
    </message>
    <message>
        <source>Control software, real-time analysis and component versions.</source>
        <translation>Versioni del software di controllo, dell&apos;analisi in tempo reale e dei componenti.</translation>
    </message>
    <message>
        <source>Cycles in the read.</source>
        <translation>Cicli della read.</translation>
    </message>
    <message>
        <source>Cycles per read, index reads marked i, e.g. 151+8i+8i+151.</source>
        <translation>Cicli per read, read indice contrassegnate con i, ad es. 151+8i+8i+151.</translation>
    </message>
    <message>
        <source>Cycles planned for the whole run.</source>
        <translation>Cicli previsti per l&apos;intera corsa.</translation>
    </message>
    <message>
        <source>Cycles with metrics so far.</source>
        <translation>Cicli con metriche finora.</translation>
    </message>
    <message>
        <source>End of the window.</source>
        <translation>Fine dell&apos;intervallo.</translation>
    </message>
    <message>
        <source>Error rate against the PhiX control, in percent.</source>
        <translation>Tasso di errore rispetto al controllo PhiX, in percentuale.</translation>
    </message>
    <message>
        <source>Error rate of the read, percent.</source>
        <translation>Tasso di errore della read, in percentuale.</translation>
    </message>
    <message>
        <source>Error rate per cycle.</source>
        <translation>Tasso di errore per ciclo.</translation>
    </message>
    <message>
        <source>Expired reagents explain poor runs.</source>
        <translation>I reagenti scaduti spiegano corse di scarsa qualità.</translation>
    </message>
    <message>
        <source>Failure detection at a glance.</source>
        <translation>Rilevamento del problema a colpo d&apos;occhio.</translation>
    </message>
    <message>
        <source>Failure detection.</source>
        <translation>Rilevamento del problema.</translation>
    </message>
    <message>
        <source>Failure detection: runs that stop early.</source>
        <translation>Rilevamento del problema: corse interrotte in anticipo.</translation>
    </message>
    <message>
        <source>Faults found in the run folder&apos;s data, with their place on the flow cell (lane, tiles, cycles): e.g. a bubble on two tiles, a lane with few clusters, a focus drift.</source>
        <translation>Anomalie rilevate nei dati della cartella della corsa, con la loro posizione sulla cella a flusso (lane, tile, cicli): ad es. una bolla su due tile, una lane con pochi cluster, una deriva del fuoco.</translation>
    </message>
    <message>
        <source>First and last cycle of the fault.</source>
        <translation>Primo e ultimo ciclo dell&apos;anomalia.</translation>
    </message>
    <message>
        <source>Flow cell, reagent kits and buffers used.</source>
        <translation>Cella a flusso, kit di reagenti e tamponi utilizzati.</translation>
    </message>
    <message>
        <source>Flow-cell serial (barcode).</source>
        <translation>Numero di serie della cella a flusso (codice a barre).</translation>
    </message>
    <message>
        <source>Free text that passed the privacy gate.</source>
        <translation>Testo libero che ha superato il filtro della privacy.</translation>
    </message>
    <message>
        <source>Health state.</source>
        <translation>Stato di funzionamento.</translation>
    </message>
    <message>
        <source>Highest value.</source>
        <translation>Valore massimo.</translation>
    </message>
    <message>
        <source>Hours to the predicted failure, as now estimated.</source>
        <translation>Ore al guasto previsto, secondo la stima attuale.</translation>
    </message>
    <message>
        <source>Hours until the first channel of the subsystem is predicted to fail, if a drift is seen.</source>
        <translation>Ore al guasto previsto del primo canale del sistema, se si osserva una deriva.</translation>
    </message>
    <message>
        <source>How many bases (millions) fell in each quality-score bin.</source>
        <translation>Quante basi (in milioni) rientrano in ciascuna classe di punteggio qualitativo.</translation>
    </message>
    <message>
        <source>How many comparable runs have a value.</source>
        <translation>Numero di corse comparabili che hanno un valore.</translation>
    </message>
    <message>
        <source>How serious: a warning, a failure, or a signal that stopped arriving.</source>
        <translation>Gravità: un&apos;avvertenza, un guasto o un segnale che non arriva più.</translation>
    </message>
    <message>
        <source>Human-readable context.</source>
        <translation>Contesto in forma leggibile.</translation>
    </message>
    <message>
        <source>Identifies hardware and consumables.</source>
        <translation>Identifica hardware e materiali di consumo.</translation>
    </message>
    <message>
        <source>Identifies the producer of the payload.</source>
        <translation>Identifica il software che ha prodotto il pacchetto dati.</translation>
    </message>
    <message>
        <source>Identifies the run across payloads.</source>
        <translation>Identifica la corsa nei diversi pacchetti dati.</translation>
    </message>
    <message>
        <source>Illumina Proactive data-security sheet, Table 1: only these four kinds of data are collected.</source>
        <translation>Nota tecnica “Sicurezza dei dati con il servizio proattivo di Illumina”, Tabella 1: vengono raccolti solo questi quattro tipi di dati.</translation>
    </message>
    <message>
        <source>Index reads have their own quality profile.</source>
        <translation>Le read indice hanno un proprio profilo qualitativo.</translation>
    </message>
    <message>
        <source>Instrument configuration data (Table 1): which instrument, which software.</source>
        <translation>Dati della configurazione dello strumento (Tabella 1): quale strumento, quale software.</translation>
    </message>
    <message>
        <source>Instrument model, e.g. MiSeq or NovaSeq 6000.</source>
        <translation>Modello dello strumento, ad es. MiSeq o NovaSeq 6000.</translation>
    </message>
    <message>
        <source>Instrument performance data (Table 1): the state of the optical, mechanical, thermal and fluidics subsystems, statistics of their signals, alerts, early warnings and the operational log.</source>
        <translation>Dati delle prestazioni dello strumento (Tabella 1): stato del sistema ottico, meccanico, termico e di fluidica, statistiche dei relativi segnali, avvisi, preavvisi e registro sul funzionamento dello strumento.</translation>
    </message>
    <message>
        <source>Instrument performance.</source>
        <translation>Prestazioni dello strumento.</translation>
    </message>
    <message>
        <source>Instrument serial number (the instrument ID in the run ID).</source>
        <translation>Numero di serie dello strumento (l&apos;ID dello strumento nell&apos;ID della corsa).</translation>
    </message>
    <message>
        <source>Its expiry date.</source>
        <translation>Data di scadenza.</translation>
    </message>
    <message>
        <source>Its lot number.</source>
        <translation>Numero di lotto.</translation>
    </message>
    <message>
        <source>Its part number.</source>
        <translation>Codice articolo.</translation>
    </message>
    <message>
        <source>Its serial or barcode.</source>
        <translation>Numero di serie o codice a barre.</translation>
    </message>
    <message>
        <source>Its value.</source>
        <translation>Valore.</translation>
    </message>
    <message>
        <source>Its version.</source>
        <translation>Versione.</translation>
    </message>
    <message>
        <source>Lanes on the flow cell.</source>
        <translation>Lane della cella a flusso.</translation>
    </message>
    <message>
        <source>Lead time of the prediction.</source>
        <translation>Anticipo della previsione.</translation>
    </message>
    <message>
        <source>Lets the receiver read payloads from older and newer apps.</source>
        <translation>Consente al destinatario di leggere i pacchetti dati di versioni dell&apos;app precedenti e successive.</translation>
    </message>
    <message>
        <source>Limits and known issues differ by model.</source>
        <translation>Limiti e problemi noti variano in base al modello.</translation>
    </message>
    <message>
        <source>Lowest value.</source>
        <translation>Valore minimo.</translation>
    </message>
    <message>
        <source>Machine-readable names.</source>
        <translation>Nomi leggibili automaticamente.</translation>
    </message>
    <message>
        <source>Mean value.</source>
        <translation>Valore medio.</translation>
    </message>
    <message>
        <source>Means over all tiles, one value per cycle.</source>
        <translation>Medie su tutte le tile, un valore per ciclo.</translation>
    </message>
    <message>
        <source>Measured samples in the window.</source>
        <translation>Numero di misurazioni nell&apos;intervallo.</translation>
    </message>
    <message>
        <source>Names hardware and software.</source>
        <translation>Indica hardware e software.</translation>
    </message>
    <message>
        <source>Names the consumable.</source>
        <translation>Indica il materiale di consumo.</translation>
    </message>
    <message>
        <source>Names the read.</source>
        <translation>Indica la read.</translation>
    </message>
    <message>
        <source>Names the setting.</source>
        <translation>Indica l&apos;impostazione.</translation>
    </message>
    <message>
        <source>Names the signal.</source>
        <translation>Indica il segnale.</translation>
    </message>
    <message>
        <source>Names which part of the instrument the version belongs to.</source>
        <translation>Indica a quale parte dello strumento appartiene la versione.</translation>
    </message>
    <message>
        <source>Newest value.</source>
        <translation>Ultimo valore.</translation>
    </message>
    <message>
        <source>Not measured is not zero.</source>
        <translation>Non misurato non equivale a zero.</translation>
    </message>
    <message>
        <source>One state per subsystem.</source>
        <translation>Uno stato per ogni sistema.</translation>
    </message>
    <message>
        <source>Operational logs.</source>
        <translation>Registri sul funzionamento dello strumento.</translation>
    </message>
    <message>
        <source>Orders payloads and places instrument events in time.</source>
        <translation>Ordina i pacchetti dati e colloca nel tempo gli eventi dello strumento.</translation>
    </message>
    <message>
        <source>Over- or under-loading explains many poor runs.</source>
        <translation>Un caricamento eccessivo o insufficiente spiega molte corse di scarsa qualità.</translation>
    </message>
    <message>
        <source>Per read summaries.</source>
        <translation>Riepiloghi per read.</translation>
    </message>
    <message>
        <source>Places statistics and events in time.</source>
        <translation>Colloca nel tempo statistiche ed eventi.</translation>
    </message>
    <message>
        <source>Places the fault in the run.</source>
        <translation>Colloca l&apos;anomalia nella corsa.</translation>
    </message>
    <message>
        <source>Places the fault.</source>
        <translation>Localizza l&apos;anomalia.</translation>
    </message>
    <message>
        <source>Quality scores.</source>
        <translation>Punteggi qualitativi.</translation>
    </message>
    <message>
        <source>Quality-score bins.</source>
        <translation>Classi di punteggio qualitativo.</translation>
    </message>
    <message>
        <source>Read number.</source>
        <translation>Numero della read.</translation>
    </message>
    <message>
        <source>Reads the time base.</source>
        <translation>Serve a interpretare la base dei tempi.</translation>
    </message>
    <message>
        <source>Reads the values.</source>
        <translation>Serve a interpretare i valori.</translation>
    </message>
    <message>
        <source>Records whether the lab had opted in when the data was made; while sending is off no payload is sealed on the cadence.</source>
        <translation>Registra se il laboratorio aveva dato il consenso quando i dati sono stati prodotti; con l&apos;invio disattivato non viene sigillato alcun pacchetto dati periodico.</translation>
    </message>
    <message>
        <source>Robust trend (Theil-Sen) over the window, per hour.</source>
        <translation>Tendenza robusta (Theil-Sen) nell&apos;intervallo, all&apos;ora.</translation>
    </message>
    <message>
        <source>Run configuration data (Table 1): how the run was set up and with which consumables. Absent when no run folder is known.</source>
        <translation>Dati della configurazione della corsa (Tabella 1): come è stata impostata la corsa e con quali materiali di consumo. Assente se non è nota alcuna cartella della corsa.</translation>
    </message>
    <message>
        <source>Run parameters.</source>
        <translation>Parametri della corsa.</translation>
    </message>
    <message>
        <source>Run parameters; with cycles done, shows where a run stopped.</source>
        <translation>Parametri della corsa; insieme ai cicli eseguiti, mostra dove si è interrotta una corsa.</translation>
    </message>
    <message>
        <source>Run performance by read.</source>
        <translation>Prestazioni della corsa per read.</translation>
    </message>
    <message>
        <source>Run performance data (Table 1): quality scores and yield from the InterOp metrics. Summaries only, never base calls or sequences. Absent when no run folder is known.</source>
        <translation>Dati delle prestazioni della corsa (Tabella 1): punteggi qualitativi e resa dalle metriche InterOp. Solo riepiloghi, mai base call o sequenze. Assente se non è nota alcuna cartella della corsa.</translation>
    </message>
    <message>
        <source>Run performance.</source>
        <translation>Prestazioni della corsa.</translation>
    </message>
    <message>
        <source>Run performance; needs PhiX, so often absent.</source>
        <translation>Prestazioni della corsa; richiede PhiX, quindi spesso assente.</translation>
    </message>
    <message>
        <source>Runs until the value reaches its service limit at this rate, or null without a forecast.</source>
        <translation>Corse mancanti al limite di manutenzione con questo andamento, oppure null se non c&apos;è una previsione.</translation>
    </message>
    <message>
        <source>Sent as the Idempotency-Key, so a payload delivered twice is stored once.</source>
        <translation>Inviato come Idempotency-Key, così un pacchetto dati consegnato due volte viene memorizzato una sola volta.</translation>
    </message>
    <message>
        <source>Service can be scheduled at a convenient time.</source>
        <translation>La manutenzione può essere programmata nel momento più opportuno.</translation>
    </message>
    <message>
        <source>Share of bases with quality 30 or more.</source>
        <translation>Percentuale di basi con qualità pari o superiore a 30.</translation>
    </message>
    <message>
        <source>Share of clusters passing filter.</source>
        <translation>Percentuale di cluster che superano il filtro.</translation>
    </message>
    <message>
        <source>Shows how much the statistics rest on.</source>
        <translation>Mostra su quante misurazioni si basano le statistiche.</translation>
    </message>
    <message>
        <source>Shows progress and where a run stopped.</source>
        <translation>Mostra l&apos;avanzamento e dove si è interrotta una corsa.</translation>
    </message>
    <message>
        <source>Signals predicted to cross their failure limit.</source>
        <translation>Segnali che secondo la previsione supereranno il limite di guasto.</translation>
    </message>
    <message>
        <source>Software version.</source>
        <translation>Versione del software.</translation>
    </message>
    <message>
        <source>Start of the window.</source>
        <translation>Inizio dell&apos;intervallo.</translation>
    </message>
    <message>
        <source>Statistics of each measured signal over the window.</source>
        <translation>Statistiche di ciascun segnale misurato nell&apos;intervallo.</translation>
    </message>
    <message>
        <source>Table 1: error and warning notifications.</source>
        <translation>Tabella 1: notifiche di errore e di avvertimento.</translation>
    </message>
    <message>
        <source>Table 1: failure detection and error notifications about optical, mechanical and fluidics performance.</source>
        <translation>Tabella 1: rilevamento del problema e notifiche di errore relative alle prestazioni del sistema ottico, del sistema meccanico e del sistema di fluidica.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction and failure detection; error and warning notifications about optical, mechanical, thermal and fluidics performance.</source>
        <translation>Tabella 1: previsione e rilevamento del problema; notifiche di errore e di avvertimento relative alle prestazioni del sistema ottico, del sistema meccanico, del sistema termico e del sistema di fluidica.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction, so a part can be replaced before it fails.</source>
        <translation>Tabella 1: previsione del problema, per sostituire un componente prima che si guasti.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction.</source>
        <translation>Tabella 1: previsione del problema.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; a laser or camera that loses intensity run after run, or a focus that drifts week by week, shows only across runs.</source>
        <translation>Tabella 1: previsione del problema; un laser o una fotocamera che perde intensità corsa dopo corsa, o un fuoco che deriva settimana dopo settimana, emerge solo nel corso di più corse.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; service can be planned before the part fails.</source>
        <translation>Tabella 1: previsione del problema; la manutenzione può essere pianificata prima che il componente si guasti.</translation>
    </message>
    <message>
        <source>Table 1: flow-cell lot and serial; flow-cell defects show across runs.</source>
        <translation>Tabella 1: numero di lotto e numero di serie della cella a flusso; i difetti delle celle a flusso emergono nel corso di più corse.</translation>
    </message>
    <message>
        <source>Table 1: instrument operational logs.</source>
        <translation>Tabella 1: registri sul funzionamento dello strumento.</translation>
    </message>
    <message>
        <source>Table 1: instrument performance; trends show wear before it becomes a failure.</source>
        <translation>Tabella 1: prestazioni dello strumento; le tendenze mostrano l&apos;usura prima che diventi un guasto.</translation>
    </message>
    <message>
        <source>Table 1: instrument serial number; links the data to the service contract and history of this instrument.</source>
        <translation>Tabella 1: numero di serie dello strumento; collega i dati al contratto di assistenza e alla cronologia di questo strumento.</translation>
    </message>
    <message>
        <source>Table 1: kit type.</source>
        <translation>Tabella 1: tipo di kit.</translation>
    </message>
    <message>
        <source>Table 1: lot numbers; a bad lot shows across instruments.</source>
        <translation>Tabella 1: numeri di lotto; un lotto difettoso emerge su più strumenti.</translation>
    </message>
    <message>
        <source>Table 1: optical, mechanical, thermal and fluidics performance.</source>
        <translation>Tabella 1: prestazioni del sistema ottico, del sistema meccanico, del sistema termico e del sistema di fluidica.</translation>
    </message>
    <message>
        <source>Table 1: quality scores.</source>
        <translation>Tabella 1: punteggi qualitativi.</translation>
    </message>
    <message>
        <source>Table 1: quality scores; failure detection and troubleshooting.</source>
        <translation>Tabella 1: punteggi qualitativi; rilevamento del problema e risoluzione dei problemi della corsa.</translation>
    </message>
    <message>
        <source>Table 1: reagent and flow-cell lot numbers.</source>
        <translation>Tabella 1: numeri di lotto dei reagenti e delle celle a flusso.</translation>
    </message>
    <message>
        <source>Table 1: run parameters, reagent and flow-cell lot numbers; shows how lots, experiment type and other variables contribute to performance issues.</source>
        <translation>Tabella 1: parametri della corsa, numeri di lotto dei reagenti e delle celle a flusso; fornisce informazioni sul ruolo ricoperto dai numeri di lotto, dal tipo di esperimento e da altre variabili che contribuiscono ai problemi delle prestazioni.</translation>
    </message>
    <message>
        <source>Table 1: run parameters.</source>
        <translation>Tabella 1: parametri della corsa.</translation>
    </message>
    <message>
        <source>Table 1: run parameters; experiment type and setup variables.</source>
        <translation>Tabella 1: parametri della corsa; tipo di esperimento e variabili sperimentali.</translation>
    </message>
    <message>
        <source>Table 1: software version.</source>
        <translation>Tabella 1: versione del software.</translation>
    </message>
    <message>
        <source>Table 1: software version; assesses whether a version affects performance.</source>
        <translation>Tabella 1: versione del software; consente di valutare se una versione influisce sulle prestazioni.</translation>
    </message>
    <message>
        <source>Table 1: traces a faulty consumable. Never a library tube&apos;s: the lab records that barcode with the library the tube holds, so it could link to samples; the tube&apos;s lot and part number travel instead.</source>
        <translation>Tabella 1: consente di rintracciare un materiale di consumo difettoso. Mai quello di una provetta della libreria: il laboratorio registra quel codice a barre con la libreria contenuta nella provetta, quindi potrebbe ricondurre ai campioni; vengono invece inviati il numero di lotto e il codice articolo della provetta.</translation>
    </message>
    <message>
        <source>Tells support which questions the payload can answer.</source>
        <translation>Indica al team di supporto a quali domande può rispondere il pacchetto dati.</translation>
    </message>
    <message>
        <source>The RunParameters.xml field (nested fields joined with dots).</source>
        <translation>Il campo di RunParameters.xml (campi annidati uniti da punti).</translation>
    </message>
    <message>
        <source>The app&apos;s name.</source>
        <translation>Nome dell&apos;app.</translation>
    </message>
    <message>
        <source>The app&apos;s version.</source>
        <translation>Versione dell&apos;app.</translation>
    </message>
    <message>
        <source>The flow-cell lane, if the fault has one.</source>
        <translation>La lane della cella a flusso, se l&apos;anomalia ne riguarda una.</translation>
    </message>
    <message>
        <source>The instrument subsystem.</source>
        <translation>Il sistema dello strumento.</translation>
    </message>
    <message>
        <source>The instrument&apos;s operational log: door opened, checks passed, bubbles detected.</source>
        <translation>Il registro sul funzionamento dello strumento: sportello aperto, controlli superati, bolle rilevate.</translation>
    </message>
    <message>
        <source>The instrument&apos;s run ID: date, instrument, run number and flow cell.</source>
        <translation>L&apos;ID della corsa assegnato dallo strumento: data, strumento, numero della corsa e cella a flusso.</translation>
    </message>
    <message>
        <source>The instrument&apos;s run counter.</source>
        <translation>Il contatore delle corse dello strumento.</translation>
    </message>
    <message>
        <source>The log line (privacy-gated text).</source>
        <translation>La riga di registro (testo filtrato per la privacy).</translation>
    </message>
    <message>
        <source>The reads of the run.</source>
        <translation>Le read della corsa.</translation>
    </message>
    <message>
        <source>The same in days, from the usual time between runs.</source>
        <translation>Lo stesso valore in giorni, in base al tempo abituale tra una corsa e l&apos;altra.</translation>
    </message>
    <message>
        <source>The signal the fault shows in.</source>
        <translation>Il segnale in cui si manifesta l&apos;anomalia.</translation>
    </message>
    <message>
        <source>The signal, e.g. laser_red_power.</source>
        <translation>Il segnale, ad es. laser_red_power.</translation>
    </message>
    <message>
        <source>The signal.</source>
        <translation>Il segnale.</translation>
    </message>
    <message>
        <source>The software or firmware component.</source>
        <translation>Il componente software o firmware.</translation>
    </message>
    <message>
        <source>The software that built the payload.</source>
        <translation>Il software che ha creato il pacchetto dati.</translation>
    </message>
    <message>
        <source>The state of &quot;Send Instrument Performance Data&quot; when the payload was sealed.</source>
        <translation>Lo stato di “Invia i dati delle prestazioni dello strumento” quando il pacchetto dati è stato sigillato.</translation>
    </message>
    <message>
        <source>The stretch the statistics cover: seconds since the source started (demo), or cycles of the run (run folder; see axis).</source>
        <translation>L&apos;intervallo coperto dalle statistiche: secondi dall&apos;avvio della fonte (demo) o cicli della corsa (cartella della corsa; vedere axis).</translation>
    </message>
    <message>
        <source>The subsystem of the signal.</source>
        <translation>Il sistema a cui appartiene il segnale.</translation>
    </message>
    <message>
        <source>Tile numbers, if the fault is on some tiles.</source>
        <translation>Numeri delle tile, se l&apos;anomalia riguarda solo alcune tile.</translation>
    </message>
    <message>
        <source>Time base.</source>
        <translation>Base dei tempi.</translation>
    </message>
    <message>
        <source>Trends across this instrument&apos;s recent runs of the same model, chemistry and kit, from this PC&apos;s run history: one per signal and measure.</source>
        <translation>Tendenze tra le corse recenti di questo strumento a parità di modello, chimica e kit, dalla cronologia delle corse di questo PC: una per segnale e misura.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis across app versions.</source>
        <translation>Risoluzione dei problemi tra versioni diverse dell&apos;app.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: a fault may be in the app, not the instrument.</source>
        <translation>Risoluzione dei problemi: un&apos;anomalia può dipendere dall&apos;app, non dallo strumento.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: whether the software version, the instrument type or other hardware variables affect performance.</source>
        <translation>Risoluzione dei problemi: consente di valutare se la versione del software, il tipo di strumento o altre variabili hardware influiscono sulle prestazioni.</translation>
    </message>
    <message>
        <source>Unit of the values.</source>
        <translation>Unità di misura dei valori.</translation>
    </message>
    <message>
        <source>Version of this schema.</source>
        <translation>Versione di questo schema.</translation>
    </message>
    <message>
        <source>Warnings and failures with their start and end.</source>
        <translation>Avvertenze e guasti, con inizio e fine.</translation>
    </message>
    <message>
        <source>Wear and maintenance intervals depend on the number of runs.</source>
        <translation>Usura e intervalli di manutenzione dipendono dal numero di corse.</translation>
    </message>
    <message>
        <source>What happened, as a code.</source>
        <translation>Che cosa è successo, sotto forma di codice.</translation>
    </message>
    <message>
        <source>What leaves the instrument PC when &quot;Send Instrument Performance Data&quot; is on: instrument performance, run performance, instrument configuration and run configuration. Never sequencing data, personal data or health data.</source>
        <translation>Ciò che lascia il PC dello strumento quando “Invia i dati delle prestazioni dello strumento” è attivo: dati delle prestazioni dello strumento, delle prestazioni della corsa, della configurazione dello strumento e della configurazione della corsa. Mai i dati della corsa di sequenziamento, le informazioni PII o le informazioni PHI.</translation>
    </message>
    <message>
        <source>What was measured against which limit (privacy-gated text).</source>
        <translation>Che cosa è stato misurato e rispetto a quale limite (testo filtrato per la privacy).</translation>
    </message>
    <message>
        <source>When it ended; null while it lasts.</source>
        <translation>Quando è terminato; null finché è in corso.</translation>
    </message>
    <message>
        <source>When it happened.</source>
        <translation>Quando è avvenuto.</translation>
    </message>
    <message>
        <source>When it started.</source>
        <translation>Quando è iniziato.</translation>
    </message>
    <message>
        <source>When the payload was sealed (UTC).</source>
        <translation>Quando il pacchetto dati è stato sigillato (UTC).</translation>
    </message>
    <message>
        <source>When the prediction was first made.</source>
        <translation>Quando è stata fatta la prima previsione.</translation>
    </message>
    <message>
        <source>Where the instrument data comes from: the instrument&apos;s run folder, or the app&apos;s built-in demo simulator (not a real instrument).</source>
        <translation>Da dove provengono i dati dello strumento: la cartella della corsa dello strumento o il simulatore demo integrato nell&apos;app (non uno strumento reale).</translation>
    </message>
    <message>
        <source>Whether sending was on.</source>
        <translation>Se l&apos;invio era attivo.</translation>
    </message>
    <message>
        <source>Whether start_s/end_s are seconds (time) or cycle numbers (cycle).</source>
        <translation>Se start_s/end_s sono secondi (time) o numeri di ciclo (cycle).</translation>
    </message>
    <message>
        <source>Whether the run is going, finished or stopped early.</source>
        <translation>Se la corsa è in corso, completata o interrotta in anticipo.</translation>
    </message>
    <message>
        <source>Whether this is an index read (its sequence is never sent).</source>
        <translation>Se si tratta di una read indice (la sua sequenza non viene mai inviata).</translation>
    </message>
    <message>
        <source>Whether this is an index read.</source>
        <translation>Se si tratta di una read indice.</translation>
    </message>
    <message>
        <source>Which consumable.</source>
        <translation>Quale materiale di consumo.</translation>
    </message>
    <message>
        <source>Which part of the instrument the trend is about.</source>
        <translation>Indica a quale parte dello strumento si riferisce la tendenza.</translation>
    </message>
    <message>
        <source>Which value of each run: its first cycle, its median, or its decay per 100 cycles.</source>
        <translation>Quale valore di ogni corsa: quello al primo ciclo, la mediana o il decadimento per 100 cicli.</translation>
    </message>
    <message>
        <source>Why the payload was made: a run started (configuration), a periodic health report during a run, a run ended (performance summary), or the user chose Seal now.</source>
        <translation>Perché è stato creato il pacchetto dati: avvio di una corsa (configurazione), rapporto periodico sullo stato durante una corsa, fine di una corsa (riepilogo delle prestazioni) oppure l&apos;utente ha scelto “Sigilla ora”.</translation>
    </message>
    <message>
        <source>Yield expected at the end of the run.</source>
        <translation>Resa prevista alla fine della corsa.</translation>
    </message>
    <message>
        <source>Yield of the read, gigabases.</source>
        <translation>Resa della read, in gigabasi.</translation>
    </message>
    <message>
        <source>Yield so far, in gigabases.</source>
        <translation>Resa finora, in gigabasi.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Pre-run checks</source>
        <translation>Controlli pre-corsa</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Chimica</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Acquisizione immagini</translation>
    </message>
    <message>
        <source>Post-run wash</source>
        <translation>Lavaggio post-corsa</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Corsa completata</translation>
    </message>
</context>
<context>
    <name>QScoreHistogram</name>
    <message>
        <source>Q score</source>
        <translation>Punteggio Q</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Basi</translation>
    </message>
    <message>
        <source>Bases (billions)</source>
        <translation>Basi (miliardi)</translation>
    </message>
    <message>
        <source>Bases (millions)</source>
        <translation>Basi (milioni)</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Service due soon: {why}</source>
        <translation>Manutenzione a breve: {why}</translation>
    </message>
    <message>
        <source>No instrument data yet</source>
        <translation>Ancora nessun dato dello strumento</translation>
    </message>
    <message>
        <source>{name}: failure</source>
        <translation>{name}: guasto</translation>
    </message>
    <message>
        <source>{name}: warning</source>
        <translation>{name}: avvertenza</translation>
    </message>
    <message>
        <source>{name}: readings stopped arriving</source>
        <translation>{name}: le letture non arrivano più</translation>
    </message>
    <message>
        <source>{name}: no readings yet</source>
        <translation>{name}: ancora nessuna lettura</translation>
    </message>
    <message>
        <source>The network check failed: data cannot be sent</source>
        <translation>Il controllo della rete non è riuscito: i dati non possono essere inviati</translation>
    </message>
    <message>
        <source>Run the network checks (none in the last 24 hours)</source>
        <translation>Eseguire i controlli della rete (nessuno nelle ultime 24 ore)</translation>
    </message>
    <message>
        <source>The network check has warnings</source>
        <translation>Il controllo della rete ha dato avvertenze</translation>
    </message>
    <message>
        <source>Uploads are waiting: {why}</source>
        <translation>Invii in attesa: {why}</translation>
    </message>
    <message>
        <source>{n} payload(s) set aside on the Uploads page</source>
        <translation>Pacchetti dati messi da parte nella pagina “Invii”: {n}</translation>
    </message>
    <message>
        <source>The last run stopped early</source>
        <translation>L&apos;ultima corsa è stata interrotta in anticipo</translation>
    </message>
    <message>
        <source>The run has written no new cycle for over 2 hours</source>
        <translation>La corsa non scrive nuovi cicli da oltre 2 ore</translation>
    </message>
    <message>
        <source>{consumable} had expired when the run started ({date})</source>
        <translation>{consumable}: scadenza già superata all&apos;avvio della corsa ({date})</translation>
    </message>
    <message>
        <source>{consumable} has expired ({date})</source>
        <translation>{consumable}: scadenza superata ({date})</translation>
    </message>
    <message>
        <source>{consumable} expires on {date}, within 7 days</source>
        <translation>{consumable}: scade il {date}, entro 7 giorni</translation>
    </message>
    <message>
        <source>{consumable}: {remaining} cycles left, the run needs {needed}</source>
        <translation>{consumable}: restano {remaining} cicli, la corsa ne richiede {needed}</translation>
    </message>
    <message>
        <source>The last post-run wash was missed: run a maintenance wash first</source>
        <translation>L&apos;ultimo lavaggio post-corsa è stato saltato: eseguire prima un lavaggio di manutenzione</translation>
    </message>
    <message>
        <source>Only {free_gb} GB free on the output volume: the run needs at least {needed_gb} GB</source>
        <translation>Solo {free_gb} GB liberi sul volume di output: la corsa richiede almeno {needed_gb} GB</translation>
    </message>
</context>
<context>
    <name>RunProblem</name>
    <message>
        <source>RunParameters.xml: the file is missing; versions and consumables are unknown</source>
        <translation>RunParameters.xml: il file manca; versioni e materiali di consumo sconosciuti</translation>
    </message>
    <message>
        <source>InterOp: the folder is missing; no run metrics yet</source>
        <translation>InterOp: la cartella manca; ancora nessuna metrica della corsa</translation>
    </message>
    <message>
        <source>InterOp/{name} is not a regular file ({kind}), so InterOp was not read</source>
        <translation>InterOp/{name} non è un file normale ({kind}), quindi InterOp non è stato letto</translation>
    </message>
    <message>
        <source>{file} is empty, so nothing in it can be read</source>
        <translation>{file} è vuoto, quindi non è possibile leggerne nulla</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends inside its header, so nothing in it can be read</source>
        <translation>{file} è danneggiato: termina all&apos;interno dell&apos;intestazione, quindi non è possibile leggerne nulla</translation>
    </message>
    <message>
        <source>{file} holds no records, only its header</source>
        <translation>{file} non contiene record, solo l&apos;intestazione</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record (the last has {got} of its {expected} bytes), so the figures from it come only from the records before that one</source>
        <translation>{file} è danneggiato: termina a metà di un record (l&apos;ultimo ha {got} dei suoi {expected} byte), quindi i valori provengono solo dai record precedenti</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record, so the figures from it come only from the records before that one</source>
        <translation>{file} è danneggiato: termina a metà di un record, quindi i valori provengono solo dai record precedenti</translation>
    </message>
</context>
<context>
    <name>RunQualityPage</name>
    <message>
        <source>Run quality</source>
        <translation>Qualità della corsa</translation>
    </message>
    <message>
        <source>How the current run is going, read from the instrument&apos;s run folder. Works without a network.</source>
        <translation>Andamento della corsa attuale, letto dalla cartella della corsa dello strumento. Funziona senza rete.</translation>
    </message>
    <message>
        <source>No run folder</source>
        <translation>Nessuna cartella della corsa</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Nessuna corsa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>By cycle</source>
        <translation>Per ciclo</translation>
    </message>
    <message>
        <source>Q-score histogram</source>
        <translation>Istogramma dei punteggi Q</translation>
    </message>
    <message>
        <source>Flow cell</source>
        <translation>Cella a flusso</translation>
    </message>
    <message>
        <source>Run parameters</source>
        <translation>Parametri della corsa</translation>
    </message>
    <message>
        <source>Open a run folder with: proactive-gui --run-folder DIR, or set the folder where the instrument writes its runs: proactive-gui config set run_folder_root DIR</source>
        <translation>Aprire una cartella della corsa con: proactive-gui --run-folder DIR, oppure impostare la cartella in cui lo strumento scrive le corse: proactive-gui config set run_folder_root DIR</translation>
    </message>
    <message>
        <source>Loading {folder}…</source>
        <translation>Caricamento di {folder}…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cicli</translation>
    </message>
    <message>
        <source>Yield (Gb)</source>
        <translation>Resa (Gb)</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Tasso di errore (%)</translation>
    </message>
    <message>
        <source>Aligned (%)</source>
        <translation>Allineate (%)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tile</translation>
    </message>
    <message>
        <source>Density k/mm²</source>
        <translation>Densità k/mm²</translation>
    </message>
    <message>
        <source>% PF</source>
        <translation>% PF</translation>
    </message>
    <message>
        <source>Reads PF (M)</source>
        <translation>Read PF (M)</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>Materiale di consumo</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Codice articolo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Per read</source>
        <translation>Per read</translation>
    </message>
    <message>
        <source>Per lane</source>
        <translation>Per lane</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>Materiali di consumo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Inviato come</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Perché non viene inviato</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Values of this run folder that a payload carries (versions, serials, lots, read structure), and as which fields.</source>
        <translation>Valori di questa cartella della corsa contenuti in un pacchetto dati (versioni, numeri di serie, lotti, struttura delle read) e in quali campi.</translation>
    </message>
    <message>
        <source>Names, paths, computer names, cloud ids and any field the allow-list does not name: never in a payload.</source>
        <translation>Nomi, percorsi, nomi di computer, ID cloud e qualsiasi campo non presente nell&apos;elenco dei valori consentiti: mai in un pacchetto dati.</translation>
    </message>
    <message>
        <source>Stays on this PC</source>
        <translation>Resta su questo PC</translation>
    </message>
    <message>
        <source>The run folder could not be read.</source>
        <translation>Impossibile leggere la cartella della corsa.</translation>
    </message>
    <message>
        <source>Running — cycle {done} of {planned}</source>
        <translation>In corso — ciclo {done} di {planned}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Stopped: {status}</source>
        <translation>Interrotta: {status}</translation>
    </message>
    <message>
        <source>Flow cell {flowcell} · reads {reads} · {lanes} lane(s) · {software} · folder {folder}</source>
        <translation>Cella a flusso {flowcell} · read {reads} · lane {lanes} · {software} · cartella {folder}</translation>
    </message>
    <message>
        <source>The instrument may still be writing; trying again shortly.</source>
        <translation>Lo strumento potrebbe stare ancora scrivendo; nuovo tentativo a breve.</translation>
    </message>
    <message>
        <source>No InterOp metrics could be read (see above).</source>
        <translation>Impossibile leggere le metriche InterOp (vedere sopra).</translation>
    </message>
    <message>
        <source>Yield {y} (projected {p})   ·   % ≥ Q30 {q}   ·   error rate {e}   ·   density {d}   ·   % PF {pf}   ·   cycles {c} of {t}</source>
        <translation>Resa {y} (prevista {p})   ·   % ≥ Q30 {q}   ·   tasso di errore {e}   ·   densità {d}   ·   % PF {pf}   ·   cicli {c} di {t}</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Healthy</source>
        <translation>In ordine</translation>
    </message>
    <message>
        <source>Every subsystem within its limits.</source>
        <translation>Tutti i sistemi entro i rispettivi limiti.</translation>
    </message>
    <message>
        <source>Reagent chiller drift</source>
        <translation>Deriva del refrigeratore reagenti</translation>
    </message>
    <message>
        <source>The reagent chiller warms by 0.5 °C per hour.</source>
        <translation>Il refrigeratore reagenti si riscalda di 0,5 °C all&apos;ora.</translation>
    </message>
    <message>
        <source>Flow-cell heater failure</source>
        <translation>Guasto del riscaldatore della cella a flusso</translation>
    </message>
    <message>
        <source>The flow-cell heater loses power and misses its setpoint.</source>
        <translation>Il riscaldatore della cella a flusso perde potenza e non raggiunge il setpoint.</translation>
    </message>
    <message>
        <source>Laser decay</source>
        <translation>Decadimento del laser</translation>
    </message>
    <message>
        <source>The red laser loses 1.5 % of its power per hour.</source>
        <translation>Il laser rosso perde l&apos;1,5 % della potenza all&apos;ora.</translation>
    </message>
    <message>
        <source>Focus drift</source>
        <translation>Deriva del fuoco</translation>
    </message>
    <message>
        <source>Images blur: FWHM grows by 0.08 px per hour.</source>
        <translation>Le immagini si sfocano: FWHM aumenta di 0,08 px all&apos;ora.</translation>
    </message>
    <message>
        <source>Fluidics clog</source>
        <translation>Intasamento della fluidica</translation>
    </message>
    <message>
        <source>A partial clog: pump pressure rises and flow falls.</source>
        <translation>Intasamento parziale: la pressione della pompa sale e la portata scende.</translation>
    </message>
    <message>
        <source>Leak with bubbles</source>
        <translation>Perdita con bolle</translation>
    </message>
    <message>
        <source>Air enters the fluidics: bubble detections grow.</source>
        <translation>Entra aria nella fluidica: le bolle rilevate aumentano.</translation>
    </message>
    <message>
        <source>Stage following error</source>
        <translation>Errore di inseguimento del tavolino</translation>
    </message>
    <message>
        <source>A worn stage bearing: X following error grows.</source>
        <translation>Cuscinetto del tavolino usurato: l&apos;errore di inseguimento in X aumenta.</translation>
    </message>
    <message>
        <source>Sensor dropout</source>
        <translation>Interruzione dei sensori</translation>
    </message>
    <message>
        <source>The thermal sensors stop reporting.</source>
        <translation>I sensori termici smettono di trasmettere.</translation>
    </message>
    <message>
        <source>Noise bursts</source>
        <translation>Disturbi impulsivi</translation>
    </message>
    <message>
        <source>Short bursts of electrical noise, no real fault.</source>
        <translation>Brevi disturbi elettrici, nessun guasto reale.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>In the OS keyring.</source>
        <translation>Nel portachiavi del sistema operativo.</translation>
    </message>
    <message>
        <source>In a file, not the OS keyring: {path} (the keyring in use, {backend}, keeps secrets there).</source>
        <translation>In un file, non nel portachiavi del sistema operativo: {path} (il portachiavi in uso, {backend}, conserva lì i segreti).</translation>
    </message>
    <message>
        <source>Not in the OS keyring: the keyring in use, {backend}, keeps secrets outside it.</source>
        <translation>Non nel portachiavi del sistema operativo: il portachiavi in uso, {backend}, conserva i segreti al di fuori di esso.</translation>
    </message>
    <message>
        <source>In a file readable only by this user, not the OS keyring: {path}</source>
        <translation>In un file leggibile solo da questo utente, non nel portachiavi del sistema operativo: {path}</translation>
    </message>
    <message>
        <source>no OS keyring is available to keep secrets in; install or unlock one (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), or keep them in a file only you can read: proactive-gui config set {setting} file</source>
        <translation>nessun portachiavi del sistema operativo disponibile per conservare i segreti; installarne o sbloccarne uno (Gestione credenziali di Windows, Portachiavi di macOS o Secret Service su Linux) oppure conservarli in un file leggibile solo dall&apos;utente: proactive-gui config set {setting} file</translation>
    </message>
    <message>
        <source>the secrets file {path} cannot be read or written ({why}); check its permissions</source>
        <translation>impossibile leggere o scrivere il file dei segreti {path} ({why}); verificarne i permessi</translation>
    </message>
    <message>
        <source>the secrets file {path} is damaged; delete it and store the secrets again: proactive-gui config set-secret token</source>
        <translation>il file dei segreti {path} è danneggiato; eliminarlo e memorizzare di nuovo i segreti: proactive-gui config set-secret token</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <source>Sent history</source>
        <translation>Cronologia invii</translation>
    </message>
    <message>
        <source>Every payload this PC has sent: when, what, to which receiver, its size and SHA-256, and its bytes exactly as sent for as long as the settings keep them.</source>
        <translation>Tutti i pacchetti dati inviati da questo PC: quando, cosa, a quale destinatario, dimensione e SHA-256, e i byte esattamente come inviati, finché le impostazioni li conservano.</translation>
    </message>
    <message>
        <source>Search every column: run, instrument, SHA-256, summary…</source>
        <translation>Cerca in tutte le colonne: corsa, strumento, SHA-256, riepilogo…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Sent between</source>
        <translation>Inviati tra il</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Da questo giorno</translation>
    </message>
    <message>
        <source>To this day (included)</source>
        <translation>Fino a questo giorno (incluso)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e il</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Esporta JSON…</translation>
    </message>
    <message>
        <source>Payloads sent</source>
        <translation>Pacchetti dati inviati</translation>
    </message>
    <message>
        <source>The payload selected</source>
        <translation>Il pacchetto dati selezionato</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the payload</source>
        <translation>SHA-256 del pacchetto dati</translation>
    </message>
    <message>
        <source>The bytes as sent</source>
        <translation>I byte come sono stati inviati</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) sent; {shown} shown.</source>
        <translation>
            <numerusform>%n pacchetto dati inviato; visualizzati: {shown}.</numerusform>
            <numerusform>%n pacchetti dati inviati; visualizzati: {shown}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payload to see its bytes as they were sent.</source>
        <translation>Selezionare un pacchetto dati per vederne i byte come sono stati inviati.</translation>
    </message>
    <message>
        <source>Payload {id} ({kind}), {size} bytes, delivered at {time} to {where}.</source>
        <translation>Pacchetto dati {id} ({kind}), {size} byte, consegnato il {time} a {where}.</translation>
    </message>
    <message>
        <source>a receiver not recorded</source>
        <translation>un destinatario non registrato</translation>
    </message>
    <message>
        <source>(sent before summaries were recorded)</source>
        <translation>(inviato prima che venissero registrati i riepiloghi)</translation>
    </message>
    <message>
        <source>Its bytes are kept, but cannot be read without the spool key.</source>
        <translation>I suoi byte sono conservati, ma non possono essere letti senza la chiave della coda.</translation>
    </message>
    <message>
        <source>Its kept bytes cannot be shown: {why}.</source>
        <translation>Impossibile mostrare i byte conservati: {why}.</translation>
    </message>
    <message>
        <source>Below are its bytes exactly as they were sent.</source>
        <translation>Di seguito i suoi byte esattamente come sono stati inviati.</translation>
    </message>
    <message>
        <source>Its bytes are not kept: the settings keep only the list.</source>
        <translation>I suoi byte non sono conservati: in base alle impostazioni si conserva solo l&apos;elenco.</translation>
    </message>
    <message numerus="yes">
        <source>Its bytes are no longer kept (retention %n day(s)).</source>
        <translation>
            <numerusform>I suoi byte non sono più conservati (conservazione: %n giorno).</numerusform>
            <numerusform>I suoi byte non sono più conservati (conservazione: %n giorni).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent history</source>
        <translation>Esporta la cronologia invii</translation>
    </message>
    <message>
        <source>Sent history exported</source>
        <translation>Cronologia invii esportata</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}.</source>
        <translation>
            <numerusform>%n pacchetto dati scritto in {path}.</numerusform>
            <numerusform>%n pacchetti dati scritti in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Corsa</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviato a</translation>
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
        <translation>Indirizzo HTTPS del destinatario a cui vengono inviati i pacchetti dati (vuoto: non configurato).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust besides the OS store, e.g. an inspecting proxy&apos;s CA.</source>
        <translation>Certificati CA aggiuntivi (file PEM) da considerare attendibili oltre all&apos;archivio del sistema operativo, ad es. la CA di un proxy con ispezione.</translation>
    </message>
    <message>
        <source>&apos;system&apos; (environment/OS settings), &apos;none&apos;, &apos;auto&apos; (the OS&apos;s PAC file, or WPAD), &apos;pac:URL&apos; (a PAC file), or a proxy URL with a port; its password goes in the keyring (set-secret proxy_password).</source>
        <translation>“system” (variabili d&apos;ambiente/impostazioni del sistema operativo), “none”, “auto” (il file PAC del sistema operativo o WPAD), “pac:URL” (un file PAC) o un URL del proxy con porta; la password va nel portachiavi (set-secret proxy_password).</translation>
    </message>
    <message>
        <source>Folder where the instrument writes run folders; each new run there is picked up.</source>
        <translation>Cartella in cui lo strumento scrive le cartelle della corsa; ogni nuova corsa lì viene rilevata.</translation>
    </message>
    <message>
        <source>Minutes between health payloads during a run (5 to 1440); payloads are also sealed when a run starts and when it ends.</source>
        <translation>Minuti tra i pacchetti dati di stato durante una corsa (da 5 a 1440); i pacchetti dati vengono sigillati anche all&apos;inizio e alla fine di una corsa.</translation>
    </message>
    <message>
        <source>Where the spool&apos;s encryption key lives: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a key file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>Dove si trova la chiave di crittografia della coda: “keyring” (il portachiavi del sistema operativo) o “file” (un file di chiave leggibile solo dall&apos;utente, per PC senza portachiavi; segnalato come avvertenza).</translation>
    </message>
    <message>
        <source>Where the instrument token and the proxy password live: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>Dove si trovano il token dello strumento e la password del proxy: “keyring” (il portachiavi del sistema operativo) o “file” (un file leggibile solo dall&apos;utente, per PC senza portachiavi; segnalato come avvertenza).</translation>
    </message>
    <message>
        <source>Largest size of the queue of unsent payloads; beyond it the oldest are dropped (and counted on the Uploads page).</source>
        <translation>Dimensione massima della coda dei pacchetti dati non inviati; oltre questo limite i più vecchi vengono scartati (e conteggiati nella pagina “Invii”).</translation>
    </message>
    <message>
        <source>Unsent payloads older than this are dropped (and counted on the Uploads page).</source>
        <translation>I pacchetti dati non inviati più vecchi di questo limite vengono scartati (e conteggiati nella pagina “Invii”).</translation>
    </message>
    <message>
        <source>Days the bytes of each delivered payload are kept, encrypted, for the sent history (0: keep only the list); the list of what was sent is kept for good.</source>
        <translation>Giorni di conservazione, crittografati, dei byte di ogni pacchetto dati consegnato, per la cronologia invii (0: solo l&apos;elenco); l&apos;elenco di ciò che è stato inviato viene conservato per sempre.</translation>
    </message>
    <message>
        <source>Language of the window: &apos;system&apos; (the PC&apos;s language when a translation exists, else English), or one of en, de, fr, it, ru, zh; applies when the app next starts.</source>
        <translation>Lingua della finestra: “system” (la lingua del PC se esiste una traduzione, altrimenti l&apos;inglese) o una tra en, de, fr, it, ru, zh; ha effetto dal prossimo avvio dell&apos;app.</translation>
    </message>
    <message>
        <source>Colours of the window: &apos;system&apos; (follow the PC&apos;s light or dark mode), &apos;light&apos; or &apos;dark&apos;.</source>
        <translation>Colori della finestra: “system” (segue la modalità chiara o scura del PC), “light” (chiaro) o “dark” (scuro).</translation>
    </message>
    <message>
        <source>Closing the window keeps the app running in the system tray (monitoring and uploads go on); without a tray, closing quits.</source>
        <translation>Chiudendo la finestra, l&apos;app resta attiva nell&apos;area di notifica (monitoraggio e invii continuano); senza area di notifica, la chiusura la termina.</translation>
    </message>
    <message>
        <source>Name of the service shown in the opt-in: Send Instrument Performance Data to …</source>
        <translation>Nome del servizio mostrato nel consenso: Invia i dati delle prestazioni dello strumento a …</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data. Off by default; nothing leaves the PC while off.</source>
        <translation>Invia i dati delle prestazioni dello strumento. Disattivato per impostazione predefinita; se disattivato, nulla lascia il PC.</translation>
    </message>
</context>
<context>
    <name>SettingError</name>
    <message>
        <source>expected on or off (true/false), got {raw!r}</source>
        <translation>atteso attivo o disattivo (true/false), ricevuto {raw!r}</translation>
    </message>
    <message>
        <source>the endpoint must start with https:// (got {scheme} scheme); data only ever leaves over TLS</source>
        <translation>l&apos;indirizzo deve iniziare con https:// (schema ricevuto: {scheme}); i dati lasciano il PC solo tramite TLS</translation>
    </message>
    <message>
        <source>the endpoint has no host name, e.g. https://proactive.example.com</source>
        <translation>l&apos;indirizzo non ha un nome host, ad es. https://proactive.example.com</translation>
    </message>
    <message>
        <source>the endpoint must not contain a user name or password; set the instrument token with: proactive-gui config set-secret token</source>
        <translation>l&apos;indirizzo non deve contenere nome utente o password; impostare il token dello strumento con: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>proxy must be &apos;system&apos;, &apos;none&apos; or a URL such as http://proxy.example:3128 (or auto, or pac:URL for a PAC file), got {raw!r}</source>
        <translation>il proxy deve essere &apos;system&apos;, &apos;none&apos; o un URL come http://proxy.example:3128 (oppure auto, o pac:URL per un file PAC), ricevuto {raw!r}</translation>
    </message>
    <message>
        <source>the proxy password does not go in the URL; store it with: proactive-gui config set-secret proxy_password</source>
        <translation>la password del proxy non va nell&apos;URL; memorizzarla con: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>the proxy port is not a number between 1 and 65535: {raw!r}</source>
        <translation>la porta del proxy non è un numero tra 1 e 65535: {raw!r}</translation>
    </message>
    <message>
        <source>the proxy URL needs a port, e.g. {example}</source>
        <translation>l&apos;URL del proxy richiede una porta, ad es. {example}</translation>
    </message>
    <message>
        <source>a PAC file is given as pac:URL, e.g. pac:http://wpad.example/proxy.pac, got {url!r}</source>
        <translation>un file PAC si indica come pac:URL, ad es. pac:http://wpad.example/proxy.pac, ricevuto {url!r}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>file inesistente: {path}</translation>
    </message>
    <message>
        <source>not a regular file (a folder, device or pipe): {path}</source>
        <translation>non è un file normale (una cartella, un dispositivo o una pipe): {path}</translation>
    </message>
    <message>
        <source>too large for a CA bundle ({size} bytes): {path}</source>
        <translation>troppo grande per un bundle di CA ({size} byte): {path}</translation>
    </message>
    <message>
        <source>cannot be read ({why}): {path}</source>
        <translation>impossibile leggere ({why}): {path}</translation>
    </message>
    <message>
        <source>{path} is a binary (DER) certificate; the app needs it as PEM text: export it from Windows as &apos;Base-64 encoded X.509 (.CER)&apos;, or convert it with: openssl x509 -inform der -in FILE.cer -out FILE.pem</source>
        <translation>{path} è un certificato binario (DER); l&apos;app lo richiede come testo PEM: esportarlo da Windows come &quot;X.509 codificato Base 64 (.CER)&quot;, oppure convertirlo con: openssl x509 -inform der -in FILE.cer -out FILE.pem</translation>
    </message>
    <message>
        <source>no PEM certificate (-----BEGIN CERTIFICATE-----) in {path}</source>
        <translation>nessun certificato PEM (-----BEGIN CERTIFICATE-----) in {path}</translation>
    </message>
    <message>
        <source>no such folder: {path}</source>
        <translation>cartella inesistente: {path}</translation>
    </message>
    <message>
        <source>not a whole number of {unit}: {raw!r}</source>
        <translation>non è un numero intero di {unit}: {raw!r}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}: {number}</source>
        <translation>deve essere tra {low} e {high} {unit}: {number}</translation>
    </message>
    <message>
        <source>must be one of {choices}: {raw!r}</source>
        <translation>deve essere uno tra {choices}: {raw!r}</translation>
    </message>
    <message>
        <source>the service name must be 1 to 40 printable characters</source>
        <translation>il nome del servizio deve avere da 1 a 40 caratteri stampabili</translation>
    </message>
    <message>
        <source>must be &apos;system&apos; or one of {choices}: {raw!r}</source>
        <translation>deve essere &apos;system&apos; o uno tra {choices}: {raw!r}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>megabyte</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>(Takes effect when the app next starts.)</source>
        <translation>(Ha effetto dal prossimo avvio dell&apos;app.)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Will be removed from the keyring when you Apply.</source>
        <translation>Verrà rimosso dal portachiavi al clic su “Applica”.</translation>
    </message>
    <message>
        <source>Stored, never shown. {where} Type a new one to replace it.</source>
        <translation>Memorizzato, mai mostrato. {where} Digitarne uno nuovo per sostituirlo.</translation>
    </message>
    <message>
        <source>Not set. Type it here; it will be kept here: {where}</source>
        <translation>Non impostato. Digitarlo qui; verrà conservato qui: {where}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Change a setting, then Apply. Secrets are never shown again, and each says where it is kept. Settings locked by your IT department show why.</source>
        <translation>Modificare un&apos;impostazione, poi fare clic su “Applica”. I segreti non vengono più mostrati e per ciascuno è indicato dove è conservato. Le impostazioni bloccate dal dipartimento informatico ne indicano il motivo.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Put back the values from before the last Apply</source>
        <translation>Ripristina i valori di prima dell&apos;ultimo “Applica”</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Forget the changes not applied yet</source>
        <translation>Scarta le modifiche non ancora applicate</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Invia i dati delle prestazioni dello strumento</translation>
    </message>
    <message>
        <source>Change on the Overview</source>
        <translation>Modifica nella Panoramica</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Indirizzo del destinatario</translation>
    </message>
    <message>
        <source>Instrument token</source>
        <translation>Token dello strumento</translation>
    </message>
    <message>
        <source>Sent as the bearer credential to the receiver</source>
        <translation>Inviato al destinatario come credenziale bearer</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usa le impostazioni proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Nessun proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Questo proxy:</translation>
    </message>
    <message>
        <source>http://user@proxy.example:3128</source>
        <translation>http://utente@proxy.example:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Password del proxy</translation>
    </message>
    <message>
        <source>For the user named in the proxy address</source>
        <translation>Per l&apos;utente indicato nell&apos;indirizzo del proxy</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificati CA aggiuntivi</translation>
    </message>
    <message>
        <source>(none: the operating system&apos;s trust store only)</source>
        <translation>(nessuno: solo l&apos;archivio certificati del sistema operativo)</translation>
    </message>
    <message>
        <source>Payloads and the upload queue</source>
        <translation>Pacchetti dati e coda di invio</translation>
    </message>
    <message>
        <source>Health payload every</source>
        <translation>Pacchetto dati di stato ogni</translation>
    </message>
    <message>
        <source>Queue size limit</source>
        <translation>Dimensione massima della coda</translation>
    </message>
    <message>
        <source>Keep unsent payloads for</source>
        <translation>Conserva i pacchetti dati non inviati per</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Keep the bytes of sent payloads for</source>
        <translation>Conserva i byte dei pacchetti dati inviati per</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nome del servizio</translation>
    </message>
    <message>
        <source>Spool key</source>
        <translation>Chiave della coda</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Questo PC</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Resta attiva nell&apos;area di notifica quando la finestra viene chiusa</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Chiudi nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>Run folder root</source>
        <translation>Cartella principale delle corse</translation>
    </message>
    <message>
        <source>(none: open a run folder from the command line)</source>
        <translation>(nessuna: aprire una cartella della corsa dalla riga di comando)</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>Dove l&apos;app conserva i suoi file</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>File delle impostazioni</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registri</translation>
    </message>
    <message>
        <source>Data (spool, history, consent log)</source>
        <translation>Dati (coda, cronologia, registro dei consensi)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Locked by your IT department: {reason}</source>
        <translation>Bloccato dal dipartimento informatico: {reason}</translation>
    </message>
    <message>
        <source>Moving the key is an IT task: proactive-gui config set spool_key_store …</source>
        <translation>Lo spostamento della chiave spetta al dipartimento informatico: proactive-gui config set spool_key_store …</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n setting(s) need fixing (in red).</source>
        <translation>
            <numerusform>Nulla è stato salvato: %n impostazione da correggere (in rosso).</numerusform>
            <numerusform>Nulla è stato salvato: %n impostazioni da correggere (in rosso).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) at {time}.</source>
        <translation>
            <numerusform>%n modifica salvata alle {time}.</numerusform>
            <numerusform>%n modifiche salvate alle {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{keys}: when the app next starts.</source>
        <translation>{keys}: dal prossimo avvio dell&apos;app.</translation>
    </message>
    <message>
        <source>The previous values are back.</source>
        <translation>I valori precedenti sono stati ripristinati.</translation>
    </message>
    <message>
        <source>On: performance data is sent.</source>
        <translation>Attivo: i dati delle prestazioni vengono inviati.</translation>
    </message>
    <message>
        <source>Off: nothing leaves this PC.</source>
        <translation>Disattivo: nulla lascia questo PC.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Not measured</source>
        <translation>Non misurato</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Non aggiornato</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avvertenza</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Guasto</translation>
    </message>
</context>
<context>
    <name>Subsystem</name>
    <message>
        <source>Optical</source>
        <translation>Ottica</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>Meccanica</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Termica</translation>
    </message>
    <message>
        <source>Fluidics</source>
        <translation>Fluidica</translation>
    </message>
</context>
<context>
    <name>SubsystemCard</name>
    <message>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
    <message>
        <source>This source has no readings of this subsystem.</source>
        <translation>Questa fonte non ha letture di questo sistema.</translation>
    </message>
    <message>
        <source>No readings yet.</source>
        <translation>Ancora nessuna lettura.</translation>
    </message>
</context>
<context>
    <name>SubsystemPlot</name>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Run time (h:mm)</source>
        <translation>Tempo di corsa (h:mm)</translation>
    </message>
    <message>
        <source>No readings in this time range</source>
        <translation>Nessuna lettura in questo intervallo di tempo</translation>
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
        <translation>{n} g</translation>
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
        <translation>Mostra Proactive Companion</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>{app} (Demo)</source>
        <translation>{app} (Demo)</translation>
    </message>
    <message>
        <source>At this rate it reaches its failure limit in about {time}.</source>
        <translation>Con questo andamento raggiunge il limite di guasto tra circa {time}.</translation>
    </message>
    <message>
        <source>See the Health page.</source>
        <translation>Vedere la pagina “Stato”.</translation>
    </message>
</context>
<context>
    <name>Upload</name>
    <message>
        <source>the receiver did not finish its answer within {seconds} s (too slow, or stalled); the payload stays queued and is sent again</source>
        <translation>il destinatario non ha completato la risposta entro {seconds} s (troppo lento o bloccato); il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver&apos;s certificate is not trusted (expired, self-signed, wrong host name, or an inspecting proxy whose CA is not configured)</source>
        <translation>il certificato del destinatario non è attendibile (scaduto, autofirmato, nome host errato o un proxy con ispezione la cui CA non è configurata)</translation>
    </message>
    <message>
        <source>the receiver does not offer TLS 1.2 or newer</source>
        <translation>il destinatario non offre TLS 1.2 o versioni successive</translation>
    </message>
    <message>
        <source>the proxy refused the connection (check the proxy address and its password)</source>
        <translation>il proxy ha rifiutato la connessione (verificarne l&apos;indirizzo e la password)</translation>
    </message>
    <message>
        <source>the receiver did not answer in time</source>
        <translation>il destinatario non ha risposto in tempo</translation>
    </message>
    <message>
        <source>the receiver cannot be reached (network down, wrong address, or refused)</source>
        <translation>il destinatario non è raggiungibile (rete non disponibile, indirizzo errato o connessione rifiutata)</translation>
    </message>
    <message>
        <source>the connection failed unexpectedly; the payload stays queued</source>
        <translation>errore di connessione imprevisto; il pacchetto dati resta in coda</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data is off</source>
        <translation>“Invia i dati delle prestazioni dello strumento” è disattivato</translation>
    </message>
    <message>
        <source>no receiver address is set (setting: endpoint)</source>
        <translation>nessun indirizzo del destinatario impostato (impostazione: endpoint)</translation>
    </message>
    <message>
        <source>another Proactive Companion (process {process}) is sending this queue; this one waits and sends nothing</source>
        <translation>un&apos;altra istanza di Proactive Companion (processo {process}) sta inviando questa coda; questa resta in attesa e non invia nulla</translation>
    </message>
    <message>
        <source>another Proactive Companion is sending this queue; this one waits and sends nothing</source>
        <translation>un&apos;altra istanza di Proactive Companion sta inviando questa coda; questa resta in attesa e non invia nulla</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} in attesa</translation>
    </message>
    <message>
        <source>the receiver refused the instrument token (HTTP {code}); set a new one: proactive-gui config set-secret token</source>
        <translation>il destinatario ha rifiutato il token dello strumento (HTTP {code}); impostarne uno nuovo: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>the receiver asked to wait (HTTP {code})</source>
        <translation>il destinatario ha chiesto di attendere (HTTP {code})</translation>
    </message>
    <message>
        <source>the receiver failed (HTTP {code})</source>
        <translation>errore del destinatario (HTTP {code})</translation>
    </message>
    <message>
        <source>the receiver redirected the upload to {host} (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>il destinatario ha reindirizzato l&apos;invio verso {host} (HTTP {code}); gli invii non seguono mai un reindirizzamento: verificare l&apos;impostazione endpoint o se un portale captive o un filtro web si frappone</translation>
    </message>
    <message>
        <source>the receiver redirected the upload (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>il destinatario ha reindirizzato l&apos;invio (HTTP {code}); gli invii non seguono mai un reindirizzamento: verificare l&apos;impostazione endpoint o se un portale captive o un filtro web si frappone</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an answer far too long to be a receipt; the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status} con una risposta troppo lunga per essere una ricevuta; il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an empty answer instead of a receipt; the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status} con una risposta vuota invece di una ricevuta; il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with a web page instead of a receipt (a captive portal, a proxy&apos;s sign-in page or a web filter may be in the way); the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status} con una pagina web invece di una ricevuta (potrebbe frapporsi un portale captive, la pagina di accesso di un proxy o un filtro web); il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not JSON; the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status}, ma la ricevuta non è in formato JSON; il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not a JSON object; the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status}, ma la ricevuta non è un oggetto JSON; il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not name the payload; the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status}, ma la ricevuta non indica il pacchetto dati; il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt names another payload; the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status}, ma la ricevuta indica un altro pacchetto dati; il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not confirm the payload&apos;s SHA-256, so the delivery is not proven; the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status}, ma la ricevuta non conferma lo SHA-256 del pacchetto dati, quindi la consegna non è dimostrata; il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt gives another SHA-256 than the payload&apos;s (the receiver got different bytes); the payload stays queued and is sent again</source>
        <translation>il destinatario ha risposto HTTP {status}, ma la ricevuta riporta uno SHA-256 diverso da quello del pacchetto dati (il destinatario ha ricevuto byte diversi); il pacchetto dati resta in coda e viene inviato di nuovo</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <source>Uploads</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Sealed payloads wait here, encrypted, until the receiver confirms each one. Nothing is lost when the network, the receiver or this PC fails.</source>
        <translation>I pacchetti dati sigillati attendono qui, crittografati, finché il destinatario non conferma ciascuno. Nulla va perso in caso di guasto della rete, del destinatario o di questo PC.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motore di invio</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Invia ora</translation>
    </message>
    <message>
        <source>Export the queue…</source>
        <translation>Esporta la coda…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Messi da parte</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Pacchetto dati</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Riprova selezionati</translation>
    </message>
    <message>
        <source>Discard selected…</source>
        <translation>Elimina selezionati…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Open the sent history</source>
        <translation>Apri la cronologia invii</translation>
    </message>
    <message>
        <source>No queue</source>
        <translation>Nessuna coda</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrestato</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Invio disattivato</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configurato</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token rifiutato</translation>
    </message>
    <message>
        <source>Sent by another process</source>
        <translation>Invio da un altro processo</translation>
    </message>
    <message>
        <source>Next try at {time}: {why}</source>
        <translation>Prossimo tentativo alle {time}: {why}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, {kb} kB, oldest from {when}</source>
        <translation>
            <numerusform>%n in attesa, {kb} kB, il più vecchio del {when}</numerusform>
            <numerusform>%n in attesa, {kb} kB, il più vecchio del {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the size and age limits.</source>
        <translation>
            <numerusform>%n scartato per i limiti di dimensione ed età.</numerusform>
            <numerusform>%n scartati per i limiti di dimensione ed età.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} of %n deliveries; all are in {file}.</source>
        <translation>
            <numerusform>Le ultime {shown} di %n consegna; tutte sono in {file}.</numerusform>
            <numerusform>Le ultime {shown} di %n consegne; tutte sono in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n payload(s)? They will never be sent.</source>
        <translation>
            <numerusform>Eliminare %n pacchetto dati? Non verrà mai inviato.</numerusform>
            <numerusform>Eliminare %n pacchetti dati? Non verranno mai inviati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}. They stay queued and marked exported.</source>
        <translation>
            <numerusform>%n pacchetto dati scritto in {path}. Resta in coda, contrassegnato come esportato.</numerusform>
            <numerusform>%n pacchetti dati scritti in {path}. Restano in coda, contrassegnati come esportati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Nulla in attesa.</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In quarantena</translation>
    </message>
    <message>
        <source>Discard payloads</source>
        <translation>Elimina pacchetti dati</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Esporta la coda</translation>
    </message>
    <message>
        <source>Queue exported</source>
        <translation>Coda esportata</translation>
    </message>
</context>
</TS>
