<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Channel</name>
    <message>
        <source>Red laser power</source>
        <translation>Puissance du laser rouge</translation>
    </message>
    <message>
        <source>Green laser power</source>
        <translation>Puissance du laser vert</translation>
    </message>
    <message>
        <source>Focus quality (FWHM)</source>
        <translation>Qualité de mise au point (FWHM)</translation>
    </message>
    <message>
        <source>Camera temperature</source>
        <translation>Température de la caméra</translation>
    </message>
    <message>
        <source>Stage X following error</source>
        <translation>Erreur de poursuite platine X</translation>
    </message>
    <message>
        <source>Stage Y following error</source>
        <translation>Erreur de poursuite platine Y</translation>
    </message>
    <message>
        <source>Z focus tracking error</source>
        <translation>Erreur de suivi de mise au point Z</translation>
    </message>
    <message>
        <source>Stage motor current</source>
        <translation>Courant du moteur de platine</translation>
    </message>
    <message>
        <source>Door interlock</source>
        <translation>Verrouillage de la porte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Flow-cell temperature</source>
        <translation>Température de la Flow Cell</translation>
    </message>
    <message>
        <source>Flow-cell setpoint</source>
        <translation>Consigne de la Flow Cell</translation>
    </message>
    <message>
        <source>Reagent chiller</source>
        <translation>Refroidisseur de réactifs</translation>
    </message>
    <message>
        <source>Ambient temperature</source>
        <translation>Température ambiante</translation>
    </message>
    <message>
        <source>Pump pressure</source>
        <translation>Pression de la pompe</translation>
    </message>
    <message>
        <source>Flow rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Bubble detections</source>
        <translation>Bulles détectées</translation>
    </message>
    <message>
        <source>Vacuum check pressure</source>
        <translation>Pression du test de vide</translation>
    </message>
    <message>
        <source>Intensity P90 ({chemistry})</source>
        <translation>Intensité P90 ({chemistry})</translation>
    </message>
    <message>
        <source>Focus FWHM ({chemistry})</source>
        <translation>Mise au point FWHM ({chemistry})</translation>
    </message>
    <message>
        <source>Signal to noise</source>
        <translation>Rapport signal/bruit</translation>
    </message>
    <message>
        <source>Focus spread across tiles</source>
        <translation>Dispersion de la mise au point entre plaques</translation>
    </message>
    <message>
        <source>Focus difference between swaths</source>
        <translation>Écart de mise au point entre bandes</translation>
    </message>
    <message>
        <source>Focus difference between surfaces</source>
        <translation>Écart de mise au point entre surfaces</translation>
    </message>
    <message>
        <source>Clusters passing filter</source>
        <translation>Amplifiats passant le filtre</translation>
    </message>
    <message>
        <source>Cluster density</source>
        <translation>Densité des amplifiats</translation>
    </message>
    <message>
        <source>Occupied wells</source>
        <translation>Puits occupés</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>Phasage</translation>
    </message>
    <message>
        <source>Prephasing</source>
        <translation>Préphasage</translation>
    </message>
    <message>
        <source>Worst tile intensity loss</source>
        <translation>Perte d&apos;intensité maximale d&apos;une plaque</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Bases ≥ Q30</source>
        <translation>Bases ≥ Q30</translation>
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
        <translation>Connexion sortante</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>TLS inspection</source>
        <translation>Inspection TLS</translation>
    </message>
    <message>
        <source>HTTP and authentication</source>
        <translation>HTTP et authentification</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>No inbound ports</source>
        <translation>Aucun port entrant</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>Stockage du jeton</translation>
    </message>
    <message>
        <source>Spool key storage</source>
        <translation>Stockage de la clé de la file d&apos;envoi</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Envoyer les données sur la performance de l&apos;instrument</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Sent: instrument performance (the health of the optical, mechanical, thermal and fluidics subsystems, alerts, early warnings, operational events), run performance (quality scores, yield), and the instrument&apos;s and run&apos;s configuration (models, serials, software versions, kit and flow-cell lots). Never sent: sequencing data, personal data, or health data. The Payload page shows every byte before it leaves.</source>
        <translation>Envoyées : les données sur la performance de l&apos;instrument (état des systèmes optique, mécanique, thermique et fluide, alertes, avertissements précoces, événements opérationnels), sur la performance de l&apos;analyse (scores de qualité, rendement) et sur la configuration de l&apos;instrument et de l&apos;analyse (modèles, numéros de série, versions du logiciel, numéros de lot des réactifs et de la Flow Cell). Jamais envoyés : les données de l&apos;analyse de séquençage, les renseignements personnels ni les renseignements protégés sur la santé. La page «&#xa0;Paquet de données&#xa0;» montre chaque octet avant qu&apos;il ne quitte ce PC.</translation>
    </message>
    <message>
        <source>Where: to {service}, at {host} ({endpoint}), over TLS.</source>
        <translation>Destination : {service}, à l&apos;adresse {host} ({endpoint}), par TLS.</translation>
    </message>
    <message>
        <source>Where: to {service}, but no receiver is set yet (Settings, endpoint): nothing can leave this PC until one is.</source>
        <translation>Destination : {service}, mais aucun destinataire n&apos;est encore défini (Paramètres, endpoint) : rien ne peut quitter ce PC tant qu&apos;il ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>How often: when a run starts, every {minutes} minutes while it runs, and when it ends.</source>
        <translation>Fréquence : au démarrage d&apos;une analyse, toutes les {minutes} minutes pendant son déroulement et à la fin.</translation>
    </message>
</context>
<context>
    <name>ConsentLog</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Version de l&apos;app</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Modifié via</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>cette fenêtre</translation>
    </message>
    <message>
        <source>the consent command</source>
        <translation>la commande consent</translation>
    </message>
    <message>
        <source>config set (terminal)</source>
        <translation>config set (terminal)</translation>
    </message>
</context>
<context>
    <name>Consumable</name>
    <message>
        <source>Flow cell</source>
        <translation>Flow Cell</translation>
    </message>
    <message>
        <source>PR2 buffer bottle</source>
        <translation>Flacon de tampon PR2</translation>
    </message>
    <message>
        <source>Reagent kit</source>
        <translation>Trousse de réactifs</translation>
    </message>
    <message>
        <source>Reagent cartridge</source>
        <translation>Cartouche de réactifs</translation>
    </message>
    <message>
        <source>Dry cartridge</source>
        <translation>Cartouche sèche</translation>
    </message>
    <message>
        <source>Wet cartridge</source>
        <translation>Cartouche humide</translation>
    </message>
    <message>
        <source>Library tube</source>
        <translation>Tube de banque</translation>
    </message>
    <message>
        <source>SBS reagents</source>
        <translation>Réactifs SBS</translation>
    </message>
    <message>
        <source>Cluster reagents</source>
        <translation>Réactifs de génération d&apos;amplifiats</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Tampon</translation>
    </message>
    <message>
        <source>Index reagents</source>
        <translation>Réactifs d&apos;index</translation>
    </message>
    <message>
        <source>Paired-end reagents</source>
        <translation>Réactifs pour lectures appariées</translation>
    </message>
    <message>
        <source>Reagents</source>
        <translation>Réactifs</translation>
    </message>
</context>
<context>
    <name>CyclePlots</name>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Intensity (P90) per channel</source>
        <translation>Intensité (P90) par canal</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>Focus (FWHM) per channel</source>
        <translation>Mise au point (FWHM) par canal</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>not sent: its value does not look like a serial</source>
        <translation>non envoyé : sa valeur ne ressemble pas à un numéro de série</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a version</source>
        <translation>non envoyé : sa valeur ne ressemble pas à une version</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a name</source>
        <translation>non envoyé : sa valeur ne ressemble pas à un nom</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a setting&apos;s value</source>
        <translation>non envoyé : sa valeur ne ressemble pas à la valeur d&apos;un paramètre</translation>
    </message>
    <message>
        <source>not sent: it reads as free text, not a setting</source>
        <translation>non envoyé : il s&apos;agit de texte libre, pas d&apos;un paramètre</translation>
    </message>
    <message>
        <source>not sent: it repeats a value that stays on this PC</source>
        <translation>non envoyé : il reprend une valeur qui reste sur ce PC</translation>
    </message>
    <message>
        <source>not sent: its name reads as personal data</source>
        <translation>non envoyé : son nom évoque des renseignements personnels</translation>
    </message>
    <message>
        <source>not sent: the allow-list does not name it</source>
        <translation>non envoyé : la liste blanche ne le mentionne pas</translation>
    </message>
    <message>
        <source>stays on this PC: the allow-list does not name this field</source>
        <translation>reste sur ce PC : la liste blanche ne mentionne pas ce champ</translation>
    </message>
    <message>
        <source>allowed, but no payload field carries it, so it stays on this PC</source>
        <translation>autorisé, mais aucun champ du paquet de données ne le contient; il reste donc sur ce PC</translation>
    </message>
    <message>
        <source>stays on this PC: a library tube&apos;s barcode is recorded with the library it holds, so it could link to samples</source>
        <translation>reste sur ce PC : le code-barres d&apos;un tube de banque est enregistré avec la banque qu&apos;il contient et pourrait donc être relié à des échantillons</translation>
    </message>
    <message>
        <source>sent as {fields}</source>
        <translation>envoyé comme {fields}</translation>
    </message>
    <message>
        <source>sent: the same value is in {fields}</source>
        <translation>envoyé : la même valeur figure dans {fields}</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Door opened</source>
        <translation>Porte ouverte</translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation>Porte fermée</translation>
    </message>
    <message>
        <source>Vacuum check passed</source>
        <translation>Test de vide réussi</translation>
    </message>
    <message>
        <source>Bubble detected in the fluidics line (cycle {cycle})</source>
        <translation>Bulle détectée dans une conduite du système fluide (cycle {cycle})</translation>
    </message>
    <message>
        <source>Run started: pre-run checks</source>
        <translation>Analyse démarrée : vérifications pré-analyse</translation>
    </message>
    <message>
        <source>Pre-run checks passed</source>
        <translation>Vérifications pré-analyse réussies</translation>
    </message>
    <message>
        <source>Sequencing started: {cycles} cycles</source>
        <translation>Séquençage démarré : {cycles} cycles</translation>
    </message>
    <message>
        <source>Cycles done; post-run wash started</source>
        <translation>Cycles terminés; lavage post-analyse démarré</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Analyse terminée</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>endpoint</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>jeton enregistré</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>from</source>
        <translation>provenance</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>sans proxy</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>proxy&apos;s answer</source>
        <translation>réponse du proxy</translation>
    </message>
    <message>
        <source>authentication asked for</source>
        <translation>authentification demandée</translation>
    </message>
    <message>
        <source>authentication sent</source>
        <translation>authentification envoyée</translation>
    </message>
    <message>
        <source>found in</source>
        <translation>trouvé dans</translation>
    </message>
    <message>
        <source>PAC file</source>
        <translation>fichier PAC</translation>
    </message>
    <message>
        <source>PAC file named by</source>
        <translation>fichier PAC indiqué par</translation>
    </message>
    <message>
        <source>PAC file&apos;s answer</source>
        <translation>réponse du fichier PAC</translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation>utilisateur du proxy</translation>
    </message>
    <message>
        <source>resolves on this PC</source>
        <translation>résolu sur ce PC</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>résolu par</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>extra CA bundle</source>
        <translation>certificats CA supplémentaires</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>version TLS</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>suite de chiffrement</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>days until the certificate expires</source>
        <translation>jours avant l&apos;expiration du certificat</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>approuvé par</translation>
    </message>
    <message>
        <source>trusted through</source>
        <translation>approuvé via</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>statut HTTP</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>clock difference (s)</source>
        <translation>écart d&apos;horloge (s)</translation>
    </message>
    <message>
        <source>listening on</source>
        <translation>à l&apos;écoute sur</translation>
    </message>
    <message>
        <source>where</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>keyring backend</source>
        <translation>moteur du trousseau de clés</translation>
    </message>
    <message>
        <source>opt-in on</source>
        <translation>consentement activé</translation>
    </message>
    <message>
        <source>locked by the IT policy</source>
        <translation>verrouillé par la stratégie informatique</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>{path} could not be written: {why}</source>
        <translation>Impossible d&apos;écrire {path} : {why}</translation>
    </message>
</context>
<context>
    <name>FlowCellMap</name>
    <message>
        <source>Metric:</source>
        <translation>Métrique :</translation>
    </message>
    <message>
        <source>Lane · surface · swath</source>
        <translation>Ligne · surface · bande</translation>
    </message>
    <message>
        <source>Tile within swath</source>
        <translation>Plaque dans la bande</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>{channel} reaches its failure limit at about cycle {cycle} of {total}</source>
        <translation>{channel} atteint son seuil de panne vers le cycle {cycle} sur {total}</translation>
    </message>
    <message>
        <source>Failure predicted in ~{time} ({channel})</source>
        <translation>Panne prévue dans ~{time} ({channel})</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Per-cycle signals of the optical, mechanical and fluidics subsystems from the run folder: the median over the flow cell&apos;s tiles, each channel on its own scale. Works without a network. Amber dashed lines are warning levels, red failure levels, drawn where a limit applies to the value itself; a band counts only when several cycles in a row are beyond it.</source>
        <translation>Signaux par cycle des systèmes optique, mécanique et fluide tirés du dossier d&apos;analyse : la médiane sur les plaques de la Flow Cell, chaque canal à sa propre échelle. Fonctionne sans réseau. Les pointillés ambre sont les seuils d&apos;avertissement, les rouges les seuils de panne, tracés là où une limite s&apos;applique à la valeur elle-même; une zone ne compte que si plusieurs cycles consécutifs la dépassent.</translation>
    </message>
    <message>
        <source>Live signals of the optical, mechanical, thermal and fluidics subsystems, measured on the instrument. Works without a network. Lines: amber dashed is the warning level, red the failure level; they apply to half-minute medians, so a single spike does not count.</source>
        <translation>Signaux en direct des systèmes optique, mécanique, thermique et fluide, mesurés sur l&apos;instrument. Fonctionne sans réseau. Lignes : pointillé ambre pour le seuil d&apos;avertissement, rouge pour le seuil de panne; ils s&apos;appliquent aux médianes par demi-minute, un pic isolé ne compte donc pas.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>10 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Analyse entière</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Newest reading</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée de l&apos;analyse</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>{subsystem}: not measured by this source (a run folder records no temperatures).</source>
        <translation>{subsystem} : non mesuré par cette source (un dossier d&apos;analyse n&apos;enregistre aucune température).</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n open)</source>
        <translation>
            <numerusform>Alertes (%n ouverte)</numerusform>
            <numerusform>Alertes (%n ouvertes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMeasure</name>
    <message>
        <source>first-cycle intensity ({chemistry})</source>
        <translation>intensité au premier cycle ({chemistry})</translation>
    </message>
    <message>
        <source>first-cycle focus FWHM ({chemistry})</source>
        <translation>mise au point FWHM au premier cycle ({chemistry})</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>taux d&apos;erreur</translation>
    </message>
    <message>
        <source>phasing</source>
        <translation>phasage</translation>
    </message>
    <message>
        <source>prephasing</source>
        <translation>préphasage</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every run read on this PC, and the trends across runs of each instrument: when a value heads for its service limit, the forecast says in how many runs it gets there.</source>
        <translation>Toutes les analyses lues sur ce PC et, pour chaque instrument, les tendances d&apos;une analyse à l&apos;autre : lorsqu&apos;une valeur se dirige vers son seuil de maintenance, la prévision indique dans combien d&apos;analyses elle l&apos;atteindra.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Trend across runs</source>
        <translation>Tendance d&apos;une analyse à l&apos;autre</translation>
    </message>
    <message>
        <source>One point per run</source>
        <translation>Un point par analyse</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Début de l&apos;analyse</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reading run folders into the history: {done} of {total} ({name})</source>
        <translation>Lecture des dossiers d&apos;analyse dans l&apos;historique : {done} sur {total} ({name})</translation>
    </message>
    <message numerus="yes">
        <source>%n run folder(s) under {root}</source>
        <translation>
            <numerusform>%n dossier d&apos;analyse dans {root}</numerusform>
            <numerusform>%n dossiers d&apos;analyse dans {root}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n lu</numerusform>
            <numerusform>%n lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (shown in the table)</source>
        <translation>
            <numerusform>%n endommagé (indiqué dans le tableau)</numerusform>
            <numerusform>%n endommagés (indiqués dans le tableau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer on the disk</source>
        <translation>
            <numerusform>%n n&apos;est plus sur le disque</numerusform>
            <numerusform>%n ne sont plus sur le disque</numerusform>
        </translation>
    </message>
    <message>
        <source>The history database was damaged; it was kept aside and is rebuilt from the run folders.</source>
        <translation>La base de données de l&apos;historique était endommagée; elle a été mise de côté et est reconstruite à partir des dossiers d&apos;analyse.</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>Impossible de lire l&apos;historique : {reason}</translation>
    </message>
    <message>
        <source>No forecast: no instrument&apos;s series of comparable runs is heading for a service limit.</source>
        <translation>Aucune prévision : aucune série d&apos;analyses comparables d&apos;un instrument ne se dirige vers un seuil de maintenance.</translation>
    </message>
    <message>
        <source>{subsystem}: {what} has reached the service limit</source>
        <translation>{subsystem} : {what} a atteint le seuil de maintenance</translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} down {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem} : {what} en baisse de {change} % sur %n analyse</numerusform>
            <numerusform>{subsystem} : {what} en baisse de {change} % sur %n analyses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} up {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem} : {what} en hausse de {change} % sur %n analyse</numerusform>
            <numerusform>{subsystem} : {what} en hausse de {change} % sur %n analyses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at this rate it reaches the service limit in about %n run(s)</source>
        <translation>
            <numerusform>à ce rythme, le seuil de maintenance sera atteint dans environ %n analyse</numerusform>
            <numerusform>à ce rythme, le seuil de maintenance sera atteint dans environ %n analyses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n day(s))</source>
        <translation>
            <numerusform>(environ %n jour)</numerusform>
            <numerusform>(environ %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparue</translation>
    </message>
    <message>
        <source>no metrics</source>
        <translation>aucune métrique</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Service due soon</source>
        <translation>Maintenance bientôt requise</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo (simulated instrument)</source>
        <translation>{app} — Démo (instrument simulé)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Run quality</source>
        <translation>Qualité de l&apos;analyse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Paquet de données</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>DEMO — simulated instrument. These readings are not from a real instrument, and nothing from the demo is queued for sending.</source>
        <translation>DÉMO — instrument simulé. Ces mesures ne proviennent pas d&apos;un instrument réel, et rien de la démo n&apos;est mis dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>This window follows the run folder it was opened with; the new run folder root applies when the app next starts.</source>
        <translation>Cette fenêtre suit le dossier d&apos;analyse avec lequel elle a été ouverte; le nouveau dossier racine des analyses s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Demo instrument — scenario: {scenario} — speed ×{speed:g}</source>
        <translation>Instrument de démo — scénario : {scenario} — vitesse ×{speed:g}</translation>
    </message>
    <message>
        <source>the simulator stopped: {error}</source>
        <translation>le simulateur s&apos;est arrêté : {error}</translation>
    </message>
    <message>
        <source>Run folder: {folder}</source>
        <translation>Dossier d&apos;analyse : {folder}</translation>
    </message>
    <message>
        <source>run time {time}</source>
        <translation>durée de l&apos;analyse {time}</translation>
    </message>
    <message>
        <source>Still running in the tray: monitoring and uploads go on.</source>
        <translation>Toujours actif dans la zone de notification : la surveillance et les envois se poursuivent.</translation>
    </message>
    <message>
        <source>No run folder in {folder}: no RunInfo.xml there or up to two levels below.</source>
        <translation>Aucun dossier d&apos;analyse dans {folder} : aucun RunInfo.xml à cet endroit ni jusqu&apos;à deux niveaux en dessous.</translation>
    </message>
    <message>
        <source>{run} opens in a window of its own (this one shows the demo).</source>
        <translation>{run} s&apos;ouvre dans sa propre fenêtre (celle-ci montre la démo).</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Ouvrir un dossier d&apos;analyse</translation>
    </message>
    <message>
        <source>The instrument&apos;s output folder</source>
        <translation>Dossier de sortie de l&apos;instrument</translation>
    </message>
</context>
<context>
    <name>Netcheck</name>
    <message>
        <source>the Configuration check did not pass</source>
        <translation>la vérification «&#xa0;Configuration&#xa0;» n&apos;a pas réussi</translation>
    </message>
    <message>
        <source>the Proxy check did not pass</source>
        <translation>la vérification «&#xa0;Proxy&#xa0;» n&apos;a pas réussi</translation>
    </message>
    <message>
        <source>the DNS check did not pass</source>
        <translation>la vérification «&#xa0;DNS&#xa0;» n&apos;a pas réussi</translation>
    </message>
    <message>
        <source>the Outbound connection check did not pass</source>
        <translation>la vérification «&#xa0;Connexion sortante&#xa0;» n&apos;a pas réussi</translation>
    </message>
    <message>
        <source>the TLS check did not pass</source>
        <translation>la vérification «&#xa0;TLS&#xa0;» n&apos;a pas réussi</translation>
    </message>
    <message>
        <source>the HTTP and authentication check was skipped, so no time was read</source>
        <translation>la vérification «&#xa0;HTTP et authentification&#xa0;» a été ignorée, aucune heure n&apos;a donc été lue</translation>
    </message>
    <message>
        <source>no instrument token is stored (see Configuration)</source>
        <translation>aucun jeton de l&apos;instrument n&apos;est enregistré (voir «&#xa0;Configuration&#xa0;»)</translation>
    </message>
    <message>
        <source>the TLS check did not run</source>
        <translation>la vérification «&#xa0;TLS&#xa0;» n&apos;a pas été exécutée</translation>
    </message>
    <message>
        <source>the TLS check failed for another reason</source>
        <translation>la vérification «&#xa0;TLS&#xa0;» a échoué pour une autre raison</translation>
    </message>
    <message>
        <source>the receiver sent no Date header</source>
        <translation>le destinataire n&apos;a envoyé aucun en-tête Date</translation>
    </message>
    <message>
        <source>the receiver did not answer</source>
        <translation>le destinataire n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>cannot list sockets on this system</source>
        <translation>impossible d&apos;énumérer les sockets sur ce système</translation>
    </message>
    <message>
        <source>setting (none)</source>
        <translation>paramètre (aucun)</translation>
    </message>
    <message>
        <source>system (environment or OS settings)</source>
        <translation>système (environnement ou paramètres du système d&apos;exploitation)</translation>
    </message>
    <message>
        <source>system: none for this host</source>
        <translation>système : aucun pour cet hôte</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>a PAC file</source>
        <translation>un fichier PAC</translation>
    </message>
    <message>
        <source>a PAC file that cannot be used: direct</source>
        <translation>un fichier PAC inutilisable : connexion directe</translation>
    </message>
    <message>
        <source>environment variables (HTTPS_PROXY)</source>
        <translation>variables d&apos;environnement (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet, this user)</source>
        <translation>Options Internet de Windows (WinINet, cet utilisateur)</translation>
    </message>
    <message>
        <source>Windows WinHTTP (this machine)</source>
        <translation>Windows WinHTTP (cet ordinateur)</translation>
    </message>
    <message>
        <source>macOS network settings</source>
        <translation>paramètres réseau de macOS</translation>
    </message>
    <message>
        <source>none found (in the OS&apos;s settings, or by WPAD): the system&apos;s proxy is used</source>
        <translation>aucun trouvé (ni dans les paramètres du système d&apos;exploitation, ni par WPAD) : le proxy du système est utilisé</translation>
    </message>
    <message>
        <source>the proxy setting</source>
        <translation>le paramètre proxy</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet)</source>
        <translation>Options Internet de Windows (WinINet)</translation>
    </message>
    <message>
        <source>WPAD (DNS)</source>
        <translation>WPAD (DNS)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>connexion directe</translation>
    </message>
    <message>
        <source>the proxy {proxy}</source>
        <translation>le proxy {proxy}</translation>
    </message>
    <message>
        <source>OS trust store</source>
        <translation>magasin de certificats du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>OS trust store + {ca_bundle}</source>
        <translation>magasin de certificats du système d&apos;exploitation + {ca_bundle}</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>trousseau de clés du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>a file readable only by this user, not the OS keyring</source>
        <translation>un fichier lisible uniquement par cet utilisateur, pas le trousseau de clés du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>a file, not the OS keyring</source>
        <translation>un fichier, pas le trousseau de clés du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Set the receiver&apos;s HTTPS address: proactive-gui config set endpoint https://&lt;receiver&gt;</source>
        <translation>Définissez l&apos;adresse HTTPS du destinataire : proactive-gui config set endpoint https://&lt;receiver&gt;</translation>
    </message>
    <message>
        <source>Store the instrument token: proactive-gui config set-secret token</source>
        <translation>Enregistrez le jeton de l&apos;instrument : proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling.</source>
        <translation>Le nom n&apos;est pas résolu ici. Vérifiez les serveurs DNS de ce PC ou l&apos;orthographe de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling (the proxy may still resolve it).</source>
        <translation>Le nom n&apos;est pas résolu ici. Vérifiez les serveurs DNS de ce PC ou l&apos;orthographe de l&apos;adresse (le proxy peut néanmoins le résoudre).</translation>
    </message>
    <message>
        <source>The PAC file {url} cannot be used ({error}), so the uploader connects directly. Check its address (proactive-gui config set proxy pac:URL), or ask IT where the PAC file is.</source>
        <translation>Le fichier PAC {url} est inutilisable ({error}); le module d&apos;envoi se connecte donc directement. Vérifiez son adresse (proactive-gui config set proxy pac:URL) ou demandez au service informatique où se trouve le fichier PAC.</translation>
    </message>
    <message>
        <source>The proxy&apos;s name {host} does not resolve on this PC. Check its spelling in the proxy setting (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) and this PC&apos;s DNS servers.</source>
        <translation>Le nom du proxy {host} n&apos;est pas résolu sur ce PC. Vérifiez son orthographe dans le paramètre proxy (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) et les serveurs DNS de ce PC.</translation>
    </message>
    <message>
        <source>Nothing listens on port {port} of the proxy {host}: the connection was refused. Check the port in the proxy setting, and ask IT whether the proxy service runs.</source>
        <translation>Rien n&apos;écoute sur le port {port} du proxy {host} : la connexion a été refusée. Vérifiez le port dans le paramètre proxy et demandez au service informatique si le service proxy fonctionne.</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} does not answer ({error}). Check its address in the proxy setting; a firewall may drop traffic from this PC to it.</source>
        <translation>Le proxy {host}:{port} ne répond pas ({error}). Vérifiez son adresse dans le paramètre proxy; un pare-feu bloque peut-être le trafic de ce PC vers le proxy.</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} took the connection but did not answer the tunnel request (CONNECT). Check that this address and port are those of an HTTP proxy.</source>
        <translation>Le proxy {host}:{port} a accepté la connexion, mais n&apos;a pas répondu à la demande de tunnel (CONNECT). Vérifiez que cette adresse et ce port sont ceux d&apos;un proxy HTTP.</translation>
    </message>
    <message>
        <source>{host}:{port} did not answer as an HTTP proxy does. Check the address and port in the proxy setting: it may be a SOCKS proxy or a web server.</source>
        <translation>{host}:{port} n&apos;a pas répondu comme le fait un proxy HTTP. Vérifiez l&apos;adresse et le port dans le paramètre proxy : il s&apos;agit peut-être d&apos;un proxy SOCKS ou d&apos;un serveur Web.</translation>
    </message>
    <message>
        <source>The proxy demands authentication ({schemes}). Put the proxy user in the setting: proactive-gui config set proxy http://USER@{host}:{port}, then store its password: proactive-gui config set-secret proxy_password</source>
        <translation>Le proxy exige une authentification ({schemes}). Indiquez l&apos;utilisateur du proxy dans le paramètre : proactive-gui config set proxy http://USER@{host}:{port}, puis enregistrez son mot de passe : proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused the user {user} with the stored password ({scheme}). Check the user in the proxy setting (DOMAIN\user is written DOMAIN%5Cuser) and store the current password: proactive-gui config set-secret proxy_password</source>
        <translation>Le proxy a refusé l&apos;utilisateur {user} avec le mot de passe enregistré ({scheme}). Vérifiez l&apos;utilisateur dans le paramètre proxy (DOMAIN\user s&apos;écrit DOMAIN%5Cuser) et enregistrez le mot de passe actuel : proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused this PC&apos;s Windows login ({scheme}). Ask IT whether this user may use the proxy, or name a proxy user: proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, then proactive-gui config set-secret proxy_password</source>
        <translation>Le proxy a refusé l&apos;ouverture de session Windows de ce PC ({scheme}). Demandez au service informatique si cet utilisateur peut utiliser le proxy, ou indiquez un utilisateur du proxy : proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, puis proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy accepts only {schemes} authentication, which this app does not speak (it speaks Basic, NTLM and Negotiate). Ask IT to allow one of those for this PC, or to let it reach {target} without authentication.</source>
        <translation>Le proxy n&apos;accepte que l&apos;authentification {schemes}, que cette application ne prend pas en charge (elle prend en charge Basic, NTLM et Negotiate). Demandez au service informatique d&apos;autoriser l&apos;une de ces méthodes pour ce PC, ou de le laisser atteindre {target} sans authentification.</translation>
    </message>
    <message>
        <source>The proxy refuses the tunnel to {target} ({answer}). Ask IT to allow HTTPS (CONNECT) from this PC to {target} in the proxy&apos;s rules.</source>
        <translation>Le proxy refuse le tunnel vers {target} ({answer}). Demandez au service informatique d&apos;autoriser HTTPS (CONNECT) de ce PC vers {target} dans les règles du proxy.</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not reach {target} ({answer}). Check the endpoint&apos;s host name, and ask IT whether the proxy can resolve it and reach port {port}.</source>
        <translation>Le proxy {proxy} n&apos;a pas pu atteindre {target} ({answer}). Vérifiez le nom d&apos;hôte de l&apos;adresse et demandez au service informatique si le proxy peut le résoudre et atteindre le port {port}.</translation>
    </message>
    <message>
        <source>Nothing answers on {target}. Allow outbound TCP to port {port} from this PC in the firewall, or check the address.</source>
        <translation>Rien ne répond sur {target}. Autorisez dans le pare-feu le trafic TCP sortant de ce PC vers le port {port}, ou vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The extra CA bundle cannot be used: it must hold PEM certificates (-----BEGIN CERTIFICATE-----). Export the CA as &apos;Base-64 encoded X.509&apos; and set it again: proactive-gui config set ca_bundle FILE.pem</source>
        <translation>Les certificats CA supplémentaires sont inutilisables : le fichier doit contenir des certificats PEM (-----BEGIN CERTIFICATE-----). Exportez la CA en «&#xa0;X.509 encodé en base 64&#xa0;» et définissez-la de nouveau : proactive-gui config set ca_bundle FILE.pem</translation>
    </message>
    <message>
        <source>The receiver (or a device in between) does not offer TLS 1.2 or newer. Ask for TLS 1.2/1.3 on the receiver, or exempt it from the device.</source>
        <translation>Le destinataire (ou un appareil intermédiaire) ne propose pas TLS 1.2 ou plus récent. Demandez TLS 1.2/1.3 sur le destinataire, ou exemptez-le du traitement par cet appareil.</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate expires in {days} days; ask its operator to renew it.</source>
        <translation>Le certificat du destinataire expire dans {days} jours; demandez à son exploitant de le renouveler.</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate has expired; ask its operator to renew it.</source>
        <translation>Le certificat du destinataire a expiré; demandez à son exploitant de le renouveler.</translation>
    </message>
    <message>
        <source>The certificate is not for {host}. Check the endpoint&apos;s host name, or ask the receiver&apos;s operator for a certificate that names it.</source>
        <translation>Le certificat n&apos;est pas émis pour {host}. Vérifiez le nom d&apos;hôte de l&apos;adresse, ou demandez à l&apos;exploitant du destinataire un certificat qui le mentionne.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here. If a proxy or firewall inspects TLS, add its CA: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, or exempt {host} from inspection.</source>
        <translation>L&apos;émetteur du certificat n&apos;est pas approuvé ici. Si un proxy ou un pare-feu inspecte le trafic TLS, ajoutez sa CA : proactive-gui config set ca_bundle /path/to/inspection-ca.pem, ou exemptez {host} de l&apos;inspection.</translation>
    </message>
    <message>
        <source>Traffic to the receiver is presented with a certificate from an issuer this PC does not trust ({issuer}): a proxy or firewall is probably inspecting TLS. Add its CA with: proactive-gui config set ca_bundle FILE, or exempt {host} from inspection.</source>
        <translation>Le trafic vers le destinataire reçoit un certificat d&apos;un émetteur que ce PC n&apos;approuve pas ({issuer}) : un proxy ou un pare-feu inspecte probablement le trafic TLS. Ajoutez sa CA avec : proactive-gui config set ca_bundle FILE, ou exemptez {host} de l&apos;inspection.</translation>
    </message>
    <message>
        <source>The receiver did not answer over HTTPS; see the stages above.</source>
        <translation>Le destinataire n&apos;a pas répondu en HTTPS; voir les étapes ci-dessus.</translation>
    </message>
    <message>
        <source>The receiver does not accept this instrument&apos;s token. Store the current one: proactive-gui config set-secret token</source>
        <translation>Le destinataire n&apos;accepte pas le jeton de cet instrument. Enregistrez le jeton actuel : proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes ahead of the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>L&apos;horloge de ce PC a {minutes} minutes d&apos;avance sur celle du destinataire. Activez la synchronisation de l&apos;heure (NTP) sur ce PC.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes behind the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>L&apos;horloge de ce PC a {minutes} minutes de retard sur celle du destinataire. Activez la synchronisation de l&apos;heure (NTP) sur ce PC.</translation>
    </message>
    <message>
        <source>The app should never listen on a port; report this as a defect.</source>
        <translation>L&apos;application ne devrait jamais écouter sur un port; signalez-le comme un défaut.</translation>
    </message>
    <message>
        <source>The spool key is in a file readable only by this user, not the OS keyring. Install or unlock a keyring, then: proactive-gui config set spool_key_store keyring</source>
        <translation>La clé de la file d&apos;envoi se trouve dans un fichier lisible uniquement par cet utilisateur, pas dans le trousseau de clés du système d&apos;exploitation. Installez ou déverrouillez un trousseau de clés, puis : proactive-gui config set spool_key_store keyring</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>Le trousseau de clés utilisé ({backend}) conserve la clé de la file d&apos;envoi dans un fichier ({path}), pas dans le trousseau de clés du système d&apos;exploitation. Utilisez le trousseau de clés du système d&apos;exploitation (sous Linux, un Secret Service déverrouillé, comme GNOME Keyring ou KeePassXC) et cessez de choisir ce moteur (PYTHON_KEYRING_BACKEND ou keyringrc.cfg); envoyez d&apos;abord le contenu de la file (proactive-gui deliver) : la clé n&apos;est pas déplacée.</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>Le trousseau de clés utilisé ({backend}) conserve la clé de la file d&apos;envoi dans un fichier, pas dans le trousseau de clés du système d&apos;exploitation. Utilisez le trousseau de clés du système d&apos;exploitation (sous Linux, un Secret Service déverrouillé, comme GNOME Keyring ou KeePassXC) et cessez de choisir ce moteur (PYTHON_KEYRING_BACKEND ou keyringrc.cfg); envoyez d&apos;abord le contenu de la file (proactive-gui deliver) : la clé n&apos;est pas déplacée.</translation>
    </message>
    <message>
        <source>No OS keyring: install or unlock one, or allow a key file: proactive-gui config set spool_key_store file</source>
        <translation>Aucun trousseau de clés du système d&apos;exploitation : installez-en ou déverrouillez-en un, ou autorisez un fichier de clé : proactive-gui config set spool_key_store file</translation>
    </message>
    <message>
        <source>The instrument token (and the proxy password) are kept in a file readable only by this user, not the OS keyring. Where a keyring can be had: proactive-gui config set secret_store keyring, then store the token again: proactive-gui config set-secret token</source>
        <translation>Le jeton de l&apos;instrument (et le mot de passe du proxy) sont conservés dans un fichier lisible uniquement par cet utilisateur, pas dans le trousseau de clés du système d&apos;exploitation. Là où un trousseau de clés est disponible : proactive-gui config set secret_store keyring, puis enregistrez de nouveau le jeton : proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>Le trousseau de clés utilisé ({backend}) conserve le jeton de l&apos;instrument dans un fichier ({path}), pas dans le trousseau de clés du système d&apos;exploitation. Utilisez le trousseau de clés du système d&apos;exploitation (sous Linux, un Secret Service déverrouillé, comme GNOME Keyring ou KeePassXC), cessez de choisir ce moteur (PYTHON_KEYRING_BACKEND ou keyringrc.cfg) et enregistrez de nouveau le jeton : proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>Le trousseau de clés utilisé ({backend}) conserve le jeton de l&apos;instrument dans un fichier, pas dans le trousseau de clés du système d&apos;exploitation. Utilisez le trousseau de clés du système d&apos;exploitation (sous Linux, un Secret Service déverrouillé, comme GNOME Keyring ou KeePassXC), cessez de choisir ce moteur (PYTHON_KEYRING_BACKEND ou keyringrc.cfg) et enregistrez de nouveau le jeton : proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>No OS keyring, so the instrument token cannot be stored: install or unlock one, or keep it in a file only you can read: proactive-gui config set secret_store file</source>
        <translation>Aucun trousseau de clés du système d&apos;exploitation, le jeton de l&apos;instrument ne peut donc pas être enregistré : installez-en ou déverrouillez-en un, ou conservez-le dans un fichier lisible par vous seul : proactive-gui config set secret_store file</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {reason}</source>
        <translation>Verrouillé par la stratégie informatique : {reason}</translation>
    </message>
    <message>
        <source>Nothing is sent while the opt-in is off; the lab turns it on in the app (or: proactive-gui config set opt_in true).</source>
        <translation>Rien n&apos;est envoyé tant que le consentement est désactivé; le laboratoire l&apos;active dans l&apos;application (ou : proactive-gui config set opt_in true).</translation>
    </message>
    <message>
        <source>This check could not be completed ({error}: {detail}); the other checks still ran. Send this report to support.</source>
        <translation>Cette vérification n&apos;a pas pu être effectuée ({error} : {detail}); les autres vérifications ont tout de même été exécutées. Envoyez ce rapport à l&apos;équipe d&apos;assistance.</translation>
    </message>
    <message>
        <source>The checks could not run ({error}: {detail}).</source>
        <translation>Les vérifications n&apos;ont pas pu être exécutées ({error} : {detail}).</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Readiness checks for IT, with the uploader&apos;s own address, proxy and trust settings: a green check means uploads will work.</source>
        <translation>Vérifications de préparation pour le service informatique, avec l&apos;adresse, le proxy et les paramètres de confiance propres au module d&apos;envoi : une coche verte signifie que les envois fonctionneront.</translation>
    </message>
    <message>
        <source>Run all checks</source>
        <translation>Exécuter toutes les vérifications</translation>
    </message>
    <message>
        <source>Run the selected check</source>
        <translation>Exécuter la vérification sélectionnée</translation>
    </message>
    <message>
        <source>With the stages it needs before it</source>
        <translation>Avec les étapes préalables nécessaires</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Pas encore exécutée</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Evidence and remedy</source>
        <translation>Constat et solution</translation>
    </message>
    <message>
        <source>Select a stage to see its evidence and what to do.</source>
        <translation>Sélectionnez une étape pour voir son constat et la marche à suivre.</translation>
    </message>
    <message>
        <source>Last run {age} ago</source>
        <translation>Dernière exécution il y a {age}</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Marche à suivre</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Warning: {channel}</source>
        <translation>Avertissement : {channel}</translation>
    </message>
    <message>
        <source>Failure: {channel}</source>
        <translation>Panne : {channel}</translation>
    </message>
    <message>
        <source>Early warning: {channel}</source>
        <translation>Avertissement précoce : {channel}</translation>
    </message>
</context>
<context>
    <name>OpenRun</name>
    <message>
        <source>Runs in this folder: {n}. Which one?</source>
        <translation>Analyses dans ce dossier : {n}. Laquelle ?</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Ouvrir un dossier d&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open run folder…</source>
        <translation>&amp;Ouvrir un dossier d&apos;analyse…</translation>
    </message>
    <message>
        <source>&amp;Recent runs</source>
        <translation>Analyses &amp;récentes</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l&apos;instant)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Before you start a run</source>
        <translation>Avant de démarrer une analyse</translation>
    </message>
    <message>
        <source>The instrument&apos;s run, its four subsystems, and whether data may leave this PC.</source>
        <translation>L&apos;analyse de l&apos;instrument, ses quatre systèmes et si les données peuvent quitter ce PC.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Choose the instrument&apos;s output folder…</source>
        <translation>Choisir le dossier de sortie de l&apos;instrument…</translation>
    </message>
    <message>
        <source>Show the demo instead</source>
        <translation>Afficher plutôt la démo</translation>
    </message>
    <message>
        <source>Data sharing and connectivity</source>
        <translation>Partage des données et connectivité</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Nothing leaves this PC while sending is off.</source>
        <translation>Rien ne quitte ce PC tant que l&apos;envoi est désactivé.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Run the readiness checks on the Network page.</source>
        <translation>Exécutez les vérifications de préparation à la page «&#xa0;Réseau&#xa0;».</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>File d&apos;envoi</translation>
    </message>
    <message>
        <source>No payload is waiting to be sent.</source>
        <translation>Aucun paquet de données n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>Recent instrument events</source>
        <translation>Événements récents de l&apos;instrument</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Envoyer les données sur la performance de l&apos;instrument</translation>
    </message>
    <message>
        <source>Turn sending on</source>
        <translation>Activer l&apos;envoi</translation>
    </message>
    <message>
        <source>Show me the Payload page</source>
        <translation>Afficher la page «&#xa0;Paquet de données&#xa0;»</translation>
    </message>
    <message>
        <source>Sending is off</source>
        <translation>Envoi désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) are waiting to be sent. Discard them? (No keeps them, encrypted, until sending is turned on again.)</source>
        <translation>
            <numerusform>%n paquet de données en attente d&apos;envoi. Le supprimer ? (« Non » le conserve, chiffré, jusqu&apos;à la réactivation de l&apos;envoi.)</numerusform>
            <numerusform>%n paquets de données en attente d&apos;envoi. Les supprimer ? (« Non » les conserve, chiffrés, jusqu&apos;à la réactivation de l&apos;envoi.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside, see Uploads</source>
        <translation>
            <numerusform>%n mis de côté, voir « Envois »</numerusform>
            <numerusform>%n mis de côté, voir « Envois »</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} ({host})</source>
        <translation>Envoyer les données sur la performance de l&apos;instrument à {service} ({host})</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} (no receiver set)</source>
        <translation>Envoyer les données sur la performance de l&apos;instrument à {service} (aucun destinataire défini)</translation>
    </message>
    <message>
        <source>Ready to start run</source>
        <translation>Prêt à démarrer l&apos;analyse</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Every subsystem is healthy and nothing needs attention.</source>
        <translation>Tous les systèmes sont en bon état; rien ne requiert d&apos;attention.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Prêt, avec avertissements</translation>
    </message>
    <message>
        <source>Checked {age} ago; details on the Network page.</source>
        <translation>Vérifié il y a {age}; détails à la page «&#xa0;Réseau&#xa0;».</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Encrypted on this PC until the receiver confirms each one.</source>
        <translation>Chiffrés sur ce PC jusqu&apos;à la confirmation de chacun par le destinataire.</translation>
    </message>
    <message>
        <source>Kept, encrypted, until sending is turned on.</source>
        <translation>Conservés, chiffrés, jusqu&apos;à l&apos;activation de l&apos;envoi.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {why}</source>
        <translation>Verrouillé par la stratégie informatique : {why}</translation>
    </message>
    <message>
        <source>Health and run summaries are sealed and sent over TLS; see Payload.</source>
        <translation>Les résumés de l&apos;état et de l&apos;analyse sont scellés et envoyés selon le protocole TLS; voir «&#xa0;Paquet de données&#xa0;».</translation>
    </message>
    <message>
        <source>No run folder yet</source>
        <translation>Aucun dossier d&apos;analyse pour l&apos;instant</translation>
    </message>
    <message>
        <source>Health comes from the run folders the instrument writes. Choose the folder it writes them into (also in Settings: Run folder root), open a run folder (File ▸ Open run folder…, or drop it on this window), or look at the demo.</source>
        <translation>L&apos;état provient des dossiers d&apos;analyse écrits par l&apos;instrument. Choisissez le dossier où il les écrit (aussi dans Paramètres : Dossier racine des analyses), ouvrez un dossier d&apos;analyse (Fichier ▸ Ouvrir un dossier d&apos;analyse…, ou déposez-le sur cette fenêtre) ou affichez la démo.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Aucun événement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Sequencing — cycle {cycle} of {total}</source>
        <translation>Séquençage — cycle {cycle} sur {total}</translation>
    </message>
    <message>
        <source>Complete — {cycle} of {total} cycles</source>
        <translation>Terminée — {cycle} sur {total} cycles</translation>
    </message>
    <message>
        <source>Stopped early — cycle {cycle} of {total}</source>
        <translation>Arrêtée prématurément — cycle {cycle} sur {total}</translation>
    </message>
    <message>
        <source>No new cycle for over 2 h — cycle {cycle} of {total}</source>
        <translation>Aucun nouveau cycle depuis plus de 2 h — cycle {cycle} sur {total}</translation>
    </message>
    <message>
        <source>Waiting for the first cycle — {total} planned</source>
        <translation>En attente du premier cycle — {total} prévus</translation>
    </message>
    <message>
        <source>%v of %m cycles</source>
        <translation>%v sur %m cycles</translation>
    </message>
    <message>
        <source>The run folder records no cycle times.</source>
        <translation>Le dossier d&apos;analyse n&apos;enregistre aucune durée de cycle.</translation>
    </message>
    <message>
        <source>Last cycle written {when} ({age} ago)</source>
        <translation>Dernier cycle écrit {when} (il y a {age})</translation>
    </message>
    <message>
        <source>{phase} — cycle {cycle} of {total}</source>
        <translation>{phase} — cycle {cycle} sur {total}</translation>
    </message>
    <message>
        <source>Run time {time}</source>
        <translation>Durée de l&apos;analyse {time}</translation>
    </message>
</context>
<context>
    <name>PayloadPage</name>
    <message>
        <source>Sequencing data: base calls, reads, FASTQ/BAM, sequences of any kind (index sequences too).</source>
        <translation>Données de l&apos;analyse de séquençage : appels de bases, lectures, FASTQ/BAM, séquences de tout type (y compris les séquences d&apos;index).</translation>
    </message>
    <message>
        <source>Personal data (PII): names, user names, e-mail addresses, host and computer names, paths to user or network folders.</source>
        <translation>Renseignements personnels (RP) : noms, noms d&apos;utilisateur, adresses de courriel, noms d&apos;hôte et d&apos;ordinateur, chemins vers des dossiers d&apos;utilisateur ou réseau.</translation>
    </message>
    <message>
        <source>Health data (PHI): patient names or ids, medical record numbers, dates of birth, sample and library names.</source>
        <translation>Renseignements protégés sur la santé (RPS) : noms ou identifiants de patients, numéros de dossier médical, dates de naissance, noms d&apos;échantillons et de banques.</translation>
    </message>
    <message>
        <source>Anything in RunParameters.xml that is not on the allow-list (listed under Not sent).</source>
        <translation>Tout élément de RunParameters.xml absent de la liste blanche (répertorié sous «&#xa0;Non envoyé&#xa0;»).</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Paquet de données</translation>
    </message>
    <message>
        <source>Exactly what would leave this PC, byte for byte, and why. Only instrument performance, run performance, instrument configuration and run configuration: never sequencing data, personal data or health data.</source>
        <translation>Exactement ce qui quitterait ce PC, octet par octet, et pourquoi. Uniquement la performance de l&apos;instrument, la performance de l&apos;analyse, la configuration de l&apos;instrument et la configuration de l&apos;analyse : jamais de données de l&apos;analyse de séquençage, de renseignements personnels ni de renseignements protégés sur la santé.</translation>
    </message>
    <message>
        <source>Refresh the next payload</source>
        <translation>Actualiser le prochain paquet</translation>
    </message>
    <message>
        <source>Seal now</source>
        <translation>Sceller maintenant</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>Pourquoi il est recueilli</translation>
    </message>
    <message>
        <source>Select a field to read what it is and why it is collected.</source>
        <translation>Sélectionnez un champ pour lire ce que c&apos;est et pourquoi il est recueilli.</translation>
    </message>
    <message>
        <source>Found on this PC</source>
        <translation>Trouvé sur ce PC</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Motif du non-envoi</translation>
    </message>
    <message>
        <source>Select a row to read it in full.</source>
        <translation>Sélectionnez une ligne pour la lire en entier.</translation>
    </message>
    <message>
        <source>{kind}, not queued</source>
        <translation>{kind}, pas mis en file</translation>
    </message>
    <message>
        <source>Draft, not yet sealed: its payload_id and created_at are set when it is sealed; every other byte is what would be sent now. Nothing was queued or sent.</source>
        <translation>Brouillon, pas encore scellé : ses champs payload_id et created_at sont définis au scellement; tous les autres octets sont ceux qui seraient envoyés maintenant. Rien n&apos;a été mis en file ni envoyé.</translation>
    </message>
    <message>
        <source>Listed for the next payload (the draft). What a sealed payload left out was listed when it was sealed; only its bytes are kept.</source>
        <translation>Liste établie pour le prochain paquet (le brouillon). Ce qu&apos;un paquet scellé a omis a été listé au moment de son scellement; seuls ses octets sont conservés.</translation>
    </message>
    <message>
        <source>What the payload builder refused</source>
        <translation>Ce que le générateur de paquets a refusé</translation>
    </message>
    <message>
        <source>Removed from log lines by the privacy gate</source>
        <translation>Retiré des lignes de journal par le filtre de confidentialité</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): {source}</source>
        <translation>
            <numerusform>%n valeur : {source}</numerusform>
            <numerusform>%n valeurs : {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</translation>
    </message>
    <message>
        <source>Never collected</source>
        <translation>Jamais recueilli</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Paquets de données</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Exact bytes</source>
        <translation>Octets exacts</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, queued (encrypted) for the upload engine.</source>
        <translation>{id} scellé : {size} octets, mis en file (chiffré) pour le service d&apos;envoi.</translation>
    </message>
    <message>
        <source>Sending is off: sealed {id} ({size} bytes) on this PC only, to look at or export. It is not queued and will never be sent.</source>
        <translation>Envoi désactivé : {id} scellé ({size} octets) sur ce PC uniquement, pour consultation ou exportation. Il n&apos;est pas mis en file et ne sera jamais envoyé.</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, to look at only: it is not queued.</source>
        <translation>{id} scellé : {size} octets, pour consultation seulement : il n&apos;est pas mis en file.</translation>
    </message>
    <message>
        <source>Next payload (draft)</source>
        <translation>Prochain paquet (brouillon)</translation>
    </message>
    <message>
        <source>{size} bytes   SHA-256 {sha}</source>
        <translation>{size} octets   SHA-256 {sha}</translation>
    </message>
    <message>
        <source>No earlier payload to compare with.</source>
        <translation>Aucun paquet antérieur pour la comparaison.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt;: {what}&lt;br&gt;&lt;b&gt;Why it is collected:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; : {what}&lt;br&gt;&lt;b&gt;Pourquoi il est recueilli :&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Export payload</source>
        <translation>Exporter le paquet de données</translation>
    </message>
    <message>
        <source>Table 1 is the table of the Illumina Proactive data-security sheet named “Benefits of the instrument data collected”: the only data the service collects.</source>
        <translation>Le «&#xa0;Tableau 1&#xa0;» est le tableau de la fiche sur la sécurité des données d&apos;Illumina Proactive intitulé «&#xa0;Renseignements sur les données et avantages&#xa0;» : les seules données que le service recueille.</translation>
    </message>
</context>
<context>
    <name>PayloadSchema</name>
    <message>
        <source>%≥Q30 of the read.</source>
        <translation>%≥Q30 de la lecture.</translation>
    </message>
    <message>
        <source>%≥Q30 per cycle.</source>
        <translation>%≥Q30 par cycle.</translation>
    </message>
    <message>
        <source>A code.</source>
        <translation>Un code.</translation>
    </message>
    <message>
        <source>A drop at one cycle points at chemistry, fluidics or optics at that moment.</source>
        <translation>Une baisse à un cycle désigne la chimie, le système fluide ou le système optique à ce moment-là.</translation>
    </message>
    <message>
        <source>A first-cycle intensity and a within-run decay wear differently.</source>
        <translation>L&apos;usure ne se manifeste pas de la même façon sur l&apos;intensité au premier cycle et sur la décroissance au cours de l&apos;analyse.</translation>
    </message>
    <message>
        <source>A number, or null when not measured.</source>
        <translation>Un nombre, ou null s&apos;il n&apos;est pas mesuré.</translation>
    </message>
    <message>
        <source>A product or component name.</source>
        <translation>Un nom de produit ou de composant.</translation>
    </message>
    <message>
        <source>A random identifier of this payload.</source>
        <translation>Un identifiant aléatoire de ce paquet de données.</translation>
    </message>
    <message>
        <source>A receiver must never take demo data for an instrument&apos;s.</source>
        <translation>Un destinataire ne doit jamais confondre les données de la démo avec celles d&apos;un instrument.</translation>
    </message>
    <message>
        <source>A serial, lot or part number.</source>
        <translation>Un numéro de série, un numéro de lot ou une référence.</translation>
    </message>
    <message>
        <source>A setting&apos;s value.</source>
        <translation>La valeur d&apos;un paramètre.</translation>
    </message>
    <message>
        <source>A trend from few runs is weak evidence.</source>
        <translation>Une tendance établie sur peu d&apos;analyses est peu probante.</translation>
    </message>
    <message>
        <source>A version.</source>
        <translation>Une version.</translation>
    </message>
    <message>
        <source>Bases per bin, millions.</source>
        <translation>Bases par intervalle, en millions.</translation>
    </message>
    <message>
        <source>Change of the trend line over the recent runs, in percent.</source>
        <translation>Variation de la droite de tendance sur les analyses récentes, en pourcentage.</translation>
    </message>
    <message>
        <source>Change per run (Theil–Sen slope).</source>
        <translation>Variation par analyse (pente de Theil–Sen).</translation>
    </message>
    <message>
        <source>Chemistry, kit and run-mode settings from RunParameters.xml that are on the allow-list.</source>
        <translation>Paramètres de chimie, de trousse et de mode d&apos;analyse tirés de RunParameters.xml qui figurent sur la liste blanche.</translation>
    </message>
    <message>
        <source>Cluster density, thousands per mm².</source>
        <translation>Densité des amplifiats, en milliers par mm².</translation>
    </message>
    <message>
        <source>Consent at sealing time.</source>
        <translation>Consentement au moment du scellement.</translation>
    </message>
    <message>
        <source>Control software, real-time analysis and component versions.</source>
        <translation>Versions du logiciel de commande, de l&apos;analyse en temps réel et des composants.</translation>
    </message>
    <message>
        <source>Cycles in the read.</source>
        <translation>Cycles de la lecture.</translation>
    </message>
    <message>
        <source>Cycles per read, index reads marked i, e.g. 151+8i+8i+151.</source>
        <translation>Cycles par lecture, lectures d&apos;index marquées i, p. ex. 151+8i+8i+151.</translation>
    </message>
    <message>
        <source>Cycles planned for the whole run.</source>
        <translation>Cycles prévus pour l&apos;ensemble de l&apos;analyse.</translation>
    </message>
    <message>
        <source>Cycles with metrics so far.</source>
        <translation>Cycles disposant de métriques jusqu&apos;à présent.</translation>
    </message>
    <message>
        <source>End of the window.</source>
        <translation>Fin de la période.</translation>
    </message>
    <message>
        <source>Error rate against the PhiX control, in percent.</source>
        <translation>Taux d&apos;erreur par rapport au contrôle PhiX, en pourcentage.</translation>
    </message>
    <message>
        <source>Error rate of the read, percent.</source>
        <translation>Taux d&apos;erreur de la lecture, en pourcentage.</translation>
    </message>
    <message>
        <source>Error rate per cycle.</source>
        <translation>Taux d&apos;erreur par cycle.</translation>
    </message>
    <message>
        <source>Expired reagents explain poor runs.</source>
        <translation>Des réactifs expirés expliquent des analyses médiocres.</translation>
    </message>
    <message>
        <source>Failure detection at a glance.</source>
        <translation>Détection des pannes en un coup d&apos;œil.</translation>
    </message>
    <message>
        <source>Failure detection.</source>
        <translation>Détection des pannes.</translation>
    </message>
    <message>
        <source>Failure detection: runs that stop early.</source>
        <translation>Détection des pannes : analyses qui s&apos;arrêtent prématurément.</translation>
    </message>
    <message>
        <source>Faults found in the run folder&apos;s data, with their place on the flow cell (lane, tiles, cycles): e.g. a bubble on two tiles, a lane with few clusters, a focus drift.</source>
        <translation>Anomalies trouvées dans les données du dossier d&apos;analyse, avec leur emplacement sur la Flow Cell (ligne, plaques, cycles) : p. ex. une bulle sur deux plaques, une ligne avec peu d&apos;amplifiats, une dérive de la mise au point.</translation>
    </message>
    <message>
        <source>First and last cycle of the fault.</source>
        <translation>Premier et dernier cycle de l&apos;anomalie.</translation>
    </message>
    <message>
        <source>Flow cell, reagent kits and buffers used.</source>
        <translation>Flow Cell, trousses de réactifs et tampons utilisés.</translation>
    </message>
    <message>
        <source>Flow-cell serial (barcode).</source>
        <translation>Numéro de série de la Flow Cell (code-barres).</translation>
    </message>
    <message>
        <source>Free text that passed the privacy gate.</source>
        <translation>Texte libre ayant passé le filtre de confidentialité.</translation>
    </message>
    <message>
        <source>Health state.</source>
        <translation>État de fonctionnement.</translation>
    </message>
    <message>
        <source>Highest value.</source>
        <translation>Valeur la plus élevée.</translation>
    </message>
    <message>
        <source>Hours to the predicted failure, as now estimated.</source>
        <translation>Heures avant la panne prévue, selon l&apos;estimation actuelle.</translation>
    </message>
    <message>
        <source>Hours until the first channel of the subsystem is predicted to fail, if a drift is seen.</source>
        <translation>Heures avant la panne prévue du premier canal du système, si une dérive est observée.</translation>
    </message>
    <message>
        <source>How many bases (millions) fell in each quality-score bin.</source>
        <translation>Nombre de bases (en millions) dans chaque intervalle de scores de qualité.</translation>
    </message>
    <message>
        <source>How many comparable runs have a value.</source>
        <translation>Nombre d&apos;analyses comparables disposant d&apos;une valeur.</translation>
    </message>
    <message>
        <source>How serious: a warning, a failure, or a signal that stopped arriving.</source>
        <translation>Gravité : un avertissement, une panne ou un signal qui n&apos;arrive plus.</translation>
    </message>
    <message>
        <source>Human-readable context.</source>
        <translation>Contexte lisible par un humain.</translation>
    </message>
    <message>
        <source>Identifies hardware and consumables.</source>
        <translation>Identifie le matériel et les consommables.</translation>
    </message>
    <message>
        <source>Identifies the producer of the payload.</source>
        <translation>Identifie le producteur du paquet de données.</translation>
    </message>
    <message>
        <source>Identifies the run across payloads.</source>
        <translation>Identifie l&apos;analyse d&apos;un paquet de données à l&apos;autre.</translation>
    </message>
    <message>
        <source>Illumina Proactive data-security sheet, Table 1: only these four kinds of data are collected.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données d&apos;Illumina Proactive : seules ces quatre catégories de données sont recueillies.</translation>
    </message>
    <message>
        <source>Index reads have their own quality profile.</source>
        <translation>Les lectures d&apos;index ont leur propre profil de qualité.</translation>
    </message>
    <message>
        <source>Instrument configuration data (Table 1): which instrument, which software.</source>
        <translation>Données sur la configuration de l&apos;instrument («&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données) : quel instrument, quel logiciel.</translation>
    </message>
    <message>
        <source>Instrument model, e.g. MiSeq or NovaSeq 6000.</source>
        <translation>Modèle de l&apos;instrument, p. ex. MiSeq ou NovaSeq 6000.</translation>
    </message>
    <message>
        <source>Instrument performance data (Table 1): the state of the optical, mechanical, thermal and fluidics subsystems, statistics of their signals, alerts, early warnings and the operational log.</source>
        <translation>Données sur la performance de l&apos;instrument («&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données) : état des systèmes optique, mécanique, thermique et fluide, statistiques de leurs signaux, alertes, avertissements précoces et journal opérationnel.</translation>
    </message>
    <message>
        <source>Instrument performance.</source>
        <translation>Performance de l&apos;instrument.</translation>
    </message>
    <message>
        <source>Instrument serial number (the instrument ID in the run ID).</source>
        <translation>Numéro de série de l&apos;instrument (l&apos;identifiant de l&apos;instrument dans l&apos;identifiant de l&apos;analyse).</translation>
    </message>
    <message>
        <source>Its expiry date.</source>
        <translation>Sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Its lot number.</source>
        <translation>Son numéro de lot.</translation>
    </message>
    <message>
        <source>Its part number.</source>
        <translation>Sa référence.</translation>
    </message>
    <message>
        <source>Its serial or barcode.</source>
        <translation>Son numéro de série ou code-barres.</translation>
    </message>
    <message>
        <source>Its value.</source>
        <translation>Sa valeur.</translation>
    </message>
    <message>
        <source>Its version.</source>
        <translation>Sa version.</translation>
    </message>
    <message>
        <source>Lanes on the flow cell.</source>
        <translation>Lignes de la Flow Cell.</translation>
    </message>
    <message>
        <source>Lead time of the prediction.</source>
        <translation>Délai d&apos;anticipation de la prévision.</translation>
    </message>
    <message>
        <source>Lets the receiver read payloads from older and newer apps.</source>
        <translation>Permet au destinataire de lire les paquets de données des versions plus anciennes ou plus récentes de l&apos;application.</translation>
    </message>
    <message>
        <source>Limits and known issues differ by model.</source>
        <translation>Les limites et les problèmes connus varient selon le modèle.</translation>
    </message>
    <message>
        <source>Lowest value.</source>
        <translation>Valeur la plus basse.</translation>
    </message>
    <message>
        <source>Machine-readable names.</source>
        <translation>Noms lisibles par machine.</translation>
    </message>
    <message>
        <source>Mean value.</source>
        <translation>Valeur moyenne.</translation>
    </message>
    <message>
        <source>Means over all tiles, one value per cycle.</source>
        <translation>Moyennes sur toutes les plaques, une valeur par cycle.</translation>
    </message>
    <message>
        <source>Measured samples in the window.</source>
        <translation>Nombre de mesures durant la période.</translation>
    </message>
    <message>
        <source>Names hardware and software.</source>
        <translation>Désigne le matériel et le logiciel.</translation>
    </message>
    <message>
        <source>Names the consumable.</source>
        <translation>Désigne le consommable.</translation>
    </message>
    <message>
        <source>Names the read.</source>
        <translation>Désigne la lecture.</translation>
    </message>
    <message>
        <source>Names the setting.</source>
        <translation>Désigne le paramètre.</translation>
    </message>
    <message>
        <source>Names the signal.</source>
        <translation>Désigne le signal.</translation>
    </message>
    <message>
        <source>Names which part of the instrument the version belongs to.</source>
        <translation>Indique à quelle partie de l&apos;instrument appartient la version.</translation>
    </message>
    <message>
        <source>Newest value.</source>
        <translation>Valeur la plus récente.</translation>
    </message>
    <message>
        <source>Not measured is not zero.</source>
        <translation>Non mesuré n&apos;équivaut pas à zéro.</translation>
    </message>
    <message>
        <source>One state per subsystem.</source>
        <translation>Un état par système.</translation>
    </message>
    <message>
        <source>Operational logs.</source>
        <translation>Journaux opérationnels.</translation>
    </message>
    <message>
        <source>Orders payloads and places instrument events in time.</source>
        <translation>Ordonne les paquets de données et situe dans le temps les événements de l&apos;instrument.</translation>
    </message>
    <message>
        <source>Over- or under-loading explains many poor runs.</source>
        <translation>Un chargement excessif ou insuffisant explique de nombreuses analyses médiocres.</translation>
    </message>
    <message>
        <source>Per read summaries.</source>
        <translation>Résumés par lecture.</translation>
    </message>
    <message>
        <source>Places statistics and events in time.</source>
        <translation>Situe dans le temps les statistiques et les événements.</translation>
    </message>
    <message>
        <source>Places the fault in the run.</source>
        <translation>Situe l&apos;anomalie dans l&apos;analyse.</translation>
    </message>
    <message>
        <source>Places the fault.</source>
        <translation>Situe l&apos;anomalie.</translation>
    </message>
    <message>
        <source>Quality scores.</source>
        <translation>Scores de qualité.</translation>
    </message>
    <message>
        <source>Quality-score bins.</source>
        <translation>Intervalles de scores de qualité.</translation>
    </message>
    <message>
        <source>Read number.</source>
        <translation>Numéro de la lecture.</translation>
    </message>
    <message>
        <source>Reads the time base.</source>
        <translation>Permet d&apos;interpréter la base de temps.</translation>
    </message>
    <message>
        <source>Reads the values.</source>
        <translation>Permet d&apos;interpréter les valeurs.</translation>
    </message>
    <message>
        <source>Records whether the lab had opted in when the data was made; while sending is off no payload is sealed on the cadence.</source>
        <translation>Indique si le laboratoire avait donné son consentement au moment où les données ont été produites; tant que l&apos;envoi est désactivé, aucun paquet de données n&apos;est scellé selon la fréquence prévue.</translation>
    </message>
    <message>
        <source>Robust trend (Theil-Sen) over the window, per hour.</source>
        <translation>Tendance robuste (Theil-Sen) sur la période, par heure.</translation>
    </message>
    <message>
        <source>Run configuration data (Table 1): how the run was set up and with which consumables. Absent when no run folder is known.</source>
        <translation>Données sur la configuration de l&apos;analyse («&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données) : comment l&apos;analyse a été configurée et avec quels consommables. Absentes si aucun dossier d&apos;analyse n&apos;est connu.</translation>
    </message>
    <message>
        <source>Run parameters.</source>
        <translation>Paramètres de l&apos;analyse.</translation>
    </message>
    <message>
        <source>Run parameters; with cycles done, shows where a run stopped.</source>
        <translation>Paramètres de l&apos;analyse; avec les cycles effectués, montre où une analyse s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Run performance by read.</source>
        <translation>Performance de l&apos;analyse par lecture.</translation>
    </message>
    <message>
        <source>Run performance data (Table 1): quality scores and yield from the InterOp metrics. Summaries only, never base calls or sequences. Absent when no run folder is known.</source>
        <translation>Données sur la performance de l&apos;analyse («&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données) : scores de qualité et rendement tirés des métriques InterOp. Résumés uniquement, jamais d&apos;appels de bases ni de séquences. Absentes si aucun dossier d&apos;analyse n&apos;est connu.</translation>
    </message>
    <message>
        <source>Run performance.</source>
        <translation>Performance de l&apos;analyse.</translation>
    </message>
    <message>
        <source>Run performance; needs PhiX, so often absent.</source>
        <translation>Performance de l&apos;analyse; nécessite PhiX, donc souvent absent.</translation>
    </message>
    <message>
        <source>Runs until the value reaches its service limit at this rate, or null without a forecast.</source>
        <translation>Nombre d&apos;analyses avant que la valeur n&apos;atteigne son seuil de maintenance à ce rythme, ou null sans prévision.</translation>
    </message>
    <message>
        <source>Sent as the Idempotency-Key, so a payload delivered twice is stored once.</source>
        <translation>Envoyé comme Idempotency-Key : un paquet de données livré deux fois n&apos;est stocké qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Service can be scheduled at a convenient time.</source>
        <translation>La maintenance peut être planifiée à votre convenance.</translation>
    </message>
    <message>
        <source>Share of bases with quality 30 or more.</source>
        <translation>Proportion des bases dont la qualité est d&apos;au moins 30.</translation>
    </message>
    <message>
        <source>Share of clusters passing filter.</source>
        <translation>Proportion des amplifiats passant le filtre.</translation>
    </message>
    <message>
        <source>Shows how much the statistics rest on.</source>
        <translation>Indique sur combien de mesures reposent les statistiques.</translation>
    </message>
    <message>
        <source>Shows progress and where a run stopped.</source>
        <translation>Montre la progression et où une analyse s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Signals predicted to cross their failure limit.</source>
        <translation>Signaux qui devraient franchir leur seuil de panne, selon la prévision.</translation>
    </message>
    <message>
        <source>Software version.</source>
        <translation>Version du logiciel.</translation>
    </message>
    <message>
        <source>Start of the window.</source>
        <translation>Début de la période.</translation>
    </message>
    <message>
        <source>Statistics of each measured signal over the window.</source>
        <translation>Statistiques de chaque signal mesuré sur la période.</translation>
    </message>
    <message>
        <source>Table 1: error and warning notifications.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : notifications d&apos;erreurs et d&apos;avertissements.</translation>
    </message>
    <message>
        <source>Table 1: failure detection and error notifications about optical, mechanical and fluidics performance.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : détection des pannes et notifications d&apos;erreurs concernant la performance du système sur les plans optique, mécanique et fluide.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction and failure detection; error and warning notifications about optical, mechanical, thermal and fluidics performance.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : prévision du risque de panne et détection des pannes; notifications d&apos;erreurs et d&apos;avertissements concernant la performance du système sur les plans optique, mécanique, thermique et fluide.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction, so a part can be replaced before it fails.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : prévision du risque de panne, pour qu&apos;un composant puisse être remplacé avant de tomber en panne.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : prévision du risque de panne.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; a laser or camera that loses intensity run after run, or a focus that drifts week by week, shows only across runs.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : prévision du risque de panne; un laser ou une caméra dont l&apos;intensité baisse d&apos;une analyse à l&apos;autre, ou une mise au point qui dérive de semaine en semaine, ne se révèle que sur plusieurs analyses.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; service can be planned before the part fails.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : prévision du risque de panne; la maintenance peut être planifiée avant que le composant ne tombe en panne.</translation>
    </message>
    <message>
        <source>Table 1: flow-cell lot and serial; flow-cell defects show across runs.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : numéro de lot et numéro de série de la Flow Cell; les défauts de Flow Cell se révèlent d&apos;une analyse à l&apos;autre.</translation>
    </message>
    <message>
        <source>Table 1: instrument operational logs.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : journaux opérationnels de l&apos;instrument.</translation>
    </message>
    <message>
        <source>Table 1: instrument performance; trends show wear before it becomes a failure.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : performance de l&apos;instrument; les tendances révèlent l&apos;usure avant qu&apos;elle ne cause une panne.</translation>
    </message>
    <message>
        <source>Table 1: instrument serial number; links the data to the service contract and history of this instrument.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : numéro de série de l&apos;instrument; relie les données au contrat de service et à l&apos;historique de cet instrument.</translation>
    </message>
    <message>
        <source>Table 1: kit type.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : type de trousse.</translation>
    </message>
    <message>
        <source>Table 1: lot numbers; a bad lot shows across instruments.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : numéros de lot; un lot défectueux se révèle sur plusieurs instruments.</translation>
    </message>
    <message>
        <source>Table 1: optical, mechanical, thermal and fluidics performance.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : performance du système sur les plans optique, mécanique, thermique et fluide.</translation>
    </message>
    <message>
        <source>Table 1: quality scores.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : scores de qualité.</translation>
    </message>
    <message>
        <source>Table 1: quality scores; failure detection and troubleshooting.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : scores de qualité; détection des pannes et analyse de dépannage.</translation>
    </message>
    <message>
        <source>Table 1: reagent and flow-cell lot numbers.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : numéros de lot des réactifs et de la Flow Cell.</translation>
    </message>
    <message>
        <source>Table 1: run parameters, reagent and flow-cell lot numbers; shows how lots, experiment type and other variables contribute to performance issues.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : paramètres de l&apos;analyse, numéros de lot des réactifs et de la Flow Cell; fournit des renseignements sur la contribution des numéros de lot, du type d&apos;expérience et d&apos;autres variables expérimentales aux problèmes de performance.</translation>
    </message>
    <message>
        <source>Table 1: run parameters.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : paramètres de l&apos;analyse.</translation>
    </message>
    <message>
        <source>Table 1: run parameters; experiment type and setup variables.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : paramètres de l&apos;analyse; type d&apos;expérience et variables de configuration.</translation>
    </message>
    <message>
        <source>Table 1: software version.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : version du logiciel.</translation>
    </message>
    <message>
        <source>Table 1: software version; assesses whether a version affects performance.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : version du logiciel; permet d&apos;évaluer si une version peut avoir une incidence sur les problèmes de performance.</translation>
    </message>
    <message>
        <source>Table 1: traces a faulty consumable. Never a library tube&apos;s: the lab records that barcode with the library the tube holds, so it could link to samples; the tube&apos;s lot and part number travel instead.</source>
        <translation>«&#xa0;Tableau 1&#xa0;» de la fiche sur la sécurité des données : permet de retracer un consommable défectueux. Jamais celui d&apos;un tube de banque : le laboratoire enregistre ce code-barres avec la banque que contient le tube, il pourrait donc être relié à des échantillons; le numéro de lot et la référence du tube sont transmis à la place.</translation>
    </message>
    <message>
        <source>Tells support which questions the payload can answer.</source>
        <translation>Indique à l&apos;équipe d&apos;assistance à quelles questions le paquet de données peut répondre.</translation>
    </message>
    <message>
        <source>The RunParameters.xml field (nested fields joined with dots).</source>
        <translation>Le champ de RunParameters.xml (champs imbriqués joints par des points).</translation>
    </message>
    <message>
        <source>The app&apos;s name.</source>
        <translation>Le nom de l&apos;application.</translation>
    </message>
    <message>
        <source>The app&apos;s version.</source>
        <translation>La version de l&apos;application.</translation>
    </message>
    <message>
        <source>The flow-cell lane, if the fault has one.</source>
        <translation>La ligne de la Flow Cell, si l&apos;anomalie concerne une ligne.</translation>
    </message>
    <message>
        <source>The instrument subsystem.</source>
        <translation>Le système de l&apos;instrument.</translation>
    </message>
    <message>
        <source>The instrument&apos;s operational log: door opened, checks passed, bubbles detected.</source>
        <translation>Le journal opérationnel de l&apos;instrument : porte ouverte, vérifications réussies, bulles détectées.</translation>
    </message>
    <message>
        <source>The instrument&apos;s run ID: date, instrument, run number and flow cell.</source>
        <translation>L&apos;identifiant d&apos;analyse de l&apos;instrument : date, instrument, numéro d&apos;analyse et Flow Cell.</translation>
    </message>
    <message>
        <source>The instrument&apos;s run counter.</source>
        <translation>Le compteur d&apos;analyses de l&apos;instrument.</translation>
    </message>
    <message>
        <source>The log line (privacy-gated text).</source>
        <translation>La ligne de journal (texte passé par le filtre de confidentialité).</translation>
    </message>
    <message>
        <source>The reads of the run.</source>
        <translation>Les lectures de l&apos;analyse.</translation>
    </message>
    <message>
        <source>The same in days, from the usual time between runs.</source>
        <translation>La même valeur en jours, d&apos;après l&apos;intervalle habituel entre les analyses.</translation>
    </message>
    <message>
        <source>The signal the fault shows in.</source>
        <translation>Le signal dans lequel l&apos;anomalie apparaît.</translation>
    </message>
    <message>
        <source>The signal, e.g. laser_red_power.</source>
        <translation>Le signal, p. ex. laser_red_power.</translation>
    </message>
    <message>
        <source>The signal.</source>
        <translation>Le signal.</translation>
    </message>
    <message>
        <source>The software or firmware component.</source>
        <translation>Le composant logiciel ou micrologiciel.</translation>
    </message>
    <message>
        <source>The software that built the payload.</source>
        <translation>Le logiciel qui a produit le paquet de données.</translation>
    </message>
    <message>
        <source>The state of &quot;Send Instrument Performance Data&quot; when the payload was sealed.</source>
        <translation>L&apos;état de «&#xa0;Envoyer les données sur la performance de l&apos;instrument&#xa0;» au moment où le paquet de données a été scellé.</translation>
    </message>
    <message>
        <source>The stretch the statistics cover: seconds since the source started (demo), or cycles of the run (run folder; see axis).</source>
        <translation>La période couverte par les statistiques : secondes depuis le démarrage de la source (démo) ou cycles de l&apos;analyse (dossier d&apos;analyse; voir axis).</translation>
    </message>
    <message>
        <source>The subsystem of the signal.</source>
        <translation>Le système auquel appartient le signal.</translation>
    </message>
    <message>
        <source>Tile numbers, if the fault is on some tiles.</source>
        <translation>Numéros des plaques, si l&apos;anomalie ne touche que certaines plaques.</translation>
    </message>
    <message>
        <source>Time base.</source>
        <translation>Base de temps.</translation>
    </message>
    <message>
        <source>Trends across this instrument&apos;s recent runs of the same model, chemistry and kit, from this PC&apos;s run history: one per signal and measure.</source>
        <translation>Tendances sur les analyses récentes de cet instrument (même modèle, même chimie, même trousse), tirées de l&apos;historique des analyses de ce PC : une par signal et par mesure.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis across app versions.</source>
        <translation>Analyse de dépannage d&apos;une version de l&apos;application à l&apos;autre.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: a fault may be in the app, not the instrument.</source>
        <translation>Analyse de dépannage : une anomalie peut provenir de l&apos;application et non de l&apos;instrument.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: whether the software version, the instrument type or other hardware variables affect performance.</source>
        <translation>Analyse de dépannage : permet d&apos;évaluer si la version du logiciel, le type d&apos;instrument ou d&apos;autres variables concernant le matériel informatique peuvent avoir une incidence sur les problèmes de performance.</translation>
    </message>
    <message>
        <source>Unit of the values.</source>
        <translation>Unité des valeurs.</translation>
    </message>
    <message>
        <source>Version of this schema.</source>
        <translation>Version de ce schéma.</translation>
    </message>
    <message>
        <source>Warnings and failures with their start and end.</source>
        <translation>Avertissements et pannes, avec leur début et leur fin.</translation>
    </message>
    <message>
        <source>Wear and maintenance intervals depend on the number of runs.</source>
        <translation>L&apos;usure et les intervalles de maintenance dépendent du nombre d&apos;analyses.</translation>
    </message>
    <message>
        <source>What happened, as a code.</source>
        <translation>Ce qui s&apos;est produit, sous forme de code.</translation>
    </message>
    <message>
        <source>What leaves the instrument PC when &quot;Send Instrument Performance Data&quot; is on: instrument performance, run performance, instrument configuration and run configuration. Never sequencing data, personal data or health data.</source>
        <translation>Ce qui quitte le PC de l&apos;instrument lorsque «&#xa0;Envoyer les données sur la performance de l&apos;instrument&#xa0;» est activé : données sur la performance de l&apos;instrument, sur la performance de l&apos;analyse, sur la configuration de l&apos;instrument et sur la configuration de l&apos;analyse. Jamais de données de l&apos;analyse de séquençage, de renseignements personnels ni de renseignements protégés sur la santé.</translation>
    </message>
    <message>
        <source>What was measured against which limit (privacy-gated text).</source>
        <translation>Ce qui a été mesuré, et par rapport à quel seuil (texte passé par le filtre de confidentialité).</translation>
    </message>
    <message>
        <source>When it ended; null while it lasts.</source>
        <translation>Moment de la fin; null tant qu&apos;elle dure.</translation>
    </message>
    <message>
        <source>When it happened.</source>
        <translation>Moment où il s&apos;est produit.</translation>
    </message>
    <message>
        <source>When it started.</source>
        <translation>Moment du début.</translation>
    </message>
    <message>
        <source>When the payload was sealed (UTC).</source>
        <translation>Moment où le paquet de données a été scellé (UTC).</translation>
    </message>
    <message>
        <source>When the prediction was first made.</source>
        <translation>Moment où la prévision a été faite pour la première fois.</translation>
    </message>
    <message>
        <source>Where the instrument data comes from: the instrument&apos;s run folder, or the app&apos;s built-in demo simulator (not a real instrument).</source>
        <translation>Provenance des données de l&apos;instrument : le dossier d&apos;analyse de l&apos;instrument ou le simulateur de démo intégré à l&apos;application (pas un instrument réel).</translation>
    </message>
    <message>
        <source>Whether sending was on.</source>
        <translation>Si l&apos;envoi était activé.</translation>
    </message>
    <message>
        <source>Whether start_s/end_s are seconds (time) or cycle numbers (cycle).</source>
        <translation>Si start_s/end_s sont des secondes (time) ou des numéros de cycle (cycle).</translation>
    </message>
    <message>
        <source>Whether the run is going, finished or stopped early.</source>
        <translation>Si l&apos;analyse est en cours, terminée ou arrêtée prématurément.</translation>
    </message>
    <message>
        <source>Whether this is an index read (its sequence is never sent).</source>
        <translation>S&apos;il s&apos;agit d&apos;une lecture d&apos;index (sa séquence n&apos;est jamais envoyée).</translation>
    </message>
    <message>
        <source>Whether this is an index read.</source>
        <translation>S&apos;il s&apos;agit d&apos;une lecture d&apos;index.</translation>
    </message>
    <message>
        <source>Which consumable.</source>
        <translation>Quel consommable.</translation>
    </message>
    <message>
        <source>Which part of the instrument the trend is about.</source>
        <translation>Indique la partie de l&apos;instrument concernée par la tendance.</translation>
    </message>
    <message>
        <source>Which value of each run: its first cycle, its median, or its decay per 100 cycles.</source>
        <translation>Quelle valeur de chaque analyse : sa valeur au premier cycle, sa médiane ou sa décroissance par 100 cycles.</translation>
    </message>
    <message>
        <source>Why the payload was made: a run started (configuration), a periodic health report during a run, a run ended (performance summary), or the user chose Seal now.</source>
        <translation>Pourquoi le paquet de données a été produit : démarrage d&apos;une analyse (configuration), rapport d&apos;état périodique pendant une analyse, fin d&apos;une analyse (résumé de la performance) ou choix de «&#xa0;Sceller maintenant&#xa0;» par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Yield expected at the end of the run.</source>
        <translation>Rendement prévu à la fin de l&apos;analyse.</translation>
    </message>
    <message>
        <source>Yield of the read, gigabases.</source>
        <translation>Rendement de la lecture, en gigabases.</translation>
    </message>
    <message>
        <source>Yield so far, in gigabases.</source>
        <translation>Rendement jusqu&apos;à présent, en gigabases.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Pre-run checks</source>
        <translation>Vérifications pré-analyse</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Chimie</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>Post-run wash</source>
        <translation>Lavage post-analyse</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Analyse terminée</translation>
    </message>
</context>
<context>
    <name>QScoreHistogram</name>
    <message>
        <source>Q score</source>
        <translation>Score Q</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Bases</translation>
    </message>
    <message>
        <source>Bases (billions)</source>
        <translation>Bases (milliards)</translation>
    </message>
    <message>
        <source>Bases (millions)</source>
        <translation>Bases (millions)</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Service due soon: {why}</source>
        <translation>Maintenance bientôt requise : {why}</translation>
    </message>
    <message>
        <source>No instrument data yet</source>
        <translation>Aucune donnée de l&apos;instrument pour l&apos;instant</translation>
    </message>
    <message>
        <source>{name}: failure</source>
        <translation>{name} : panne</translation>
    </message>
    <message>
        <source>{name}: warning</source>
        <translation>{name} : avertissement</translation>
    </message>
    <message>
        <source>{name}: readings stopped arriving</source>
        <translation>{name} : plus aucune nouvelle mesure</translation>
    </message>
    <message>
        <source>{name}: no readings yet</source>
        <translation>{name} : aucune mesure pour l&apos;instant</translation>
    </message>
    <message>
        <source>The network check failed: data cannot be sent</source>
        <translation>La vérification du réseau a échoué : impossible d&apos;envoyer les données</translation>
    </message>
    <message>
        <source>Run the network checks (none in the last 24 hours)</source>
        <translation>Exécutez les vérifications du réseau (aucune au cours des dernières 24 heures)</translation>
    </message>
    <message>
        <source>The network check has warnings</source>
        <translation>La vérification du réseau présente des avertissements</translation>
    </message>
    <message>
        <source>Uploads are waiting: {why}</source>
        <translation>Des envois sont en attente : {why}</translation>
    </message>
    <message>
        <source>{n} payload(s) set aside on the Uploads page</source>
        <translation>{n} paquet(s) de données mis de côté à la page «&#xa0;Envois&#xa0;»</translation>
    </message>
    <message>
        <source>The last run stopped early</source>
        <translation>La dernière analyse s&apos;est arrêtée prématurément</translation>
    </message>
    <message>
        <source>The run has written no new cycle for over 2 hours</source>
        <translation>L&apos;analyse n&apos;a écrit aucun nouveau cycle depuis plus de 2 heures</translation>
    </message>
    <message>
        <source>{consumable} had expired when the run started ({date})</source>
        <translation>{consumable} était expiré au démarrage de l&apos;analyse ({date})</translation>
    </message>
    <message>
        <source>{consumable} has expired ({date})</source>
        <translation>{consumable} est expiré ({date})</translation>
    </message>
    <message>
        <source>{consumable} expires on {date}, within 7 days</source>
        <translation>{consumable} expire le {date}, d&apos;ici 7 jours</translation>
    </message>
    <message>
        <source>{consumable}: {remaining} cycles left, the run needs {needed}</source>
        <translation>{consumable} : {remaining} cycles restants, l&apos;analyse en nécessite {needed}</translation>
    </message>
    <message>
        <source>The last post-run wash was missed: run a maintenance wash first</source>
        <translation>Le dernier lavage post-analyse n&apos;a pas été effectué : effectuez d&apos;abord un lavage de maintenance</translation>
    </message>
    <message>
        <source>Only {free_gb} GB free on the output volume: the run needs at least {needed_gb} GB</source>
        <translation>Seulement {free_gb} GB libres sur le volume de sortie : l&apos;analyse nécessite au moins {needed_gb} GB</translation>
    </message>
</context>
<context>
    <name>RunProblem</name>
    <message>
        <source>RunParameters.xml: the file is missing; versions and consumables are unknown</source>
        <translation>RunParameters.xml : le fichier est manquant; versions et consommables inconnus</translation>
    </message>
    <message>
        <source>InterOp: the folder is missing; no run metrics yet</source>
        <translation>InterOp : le dossier est manquant; aucune métrique d&apos;analyse pour l&apos;instant</translation>
    </message>
    <message>
        <source>InterOp/{name} is not a regular file ({kind}), so InterOp was not read</source>
        <translation>InterOp/{name} n&apos;est pas un fichier ordinaire ({kind}), InterOp n&apos;a donc pas été lu</translation>
    </message>
    <message>
        <source>{file} is empty, so nothing in it can be read</source>
        <translation>{file} est vide, rien ne peut donc y être lu</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends inside its header, so nothing in it can be read</source>
        <translation>{file} est endommagé : il se termine dans son en-tête, rien ne peut donc y être lu</translation>
    </message>
    <message>
        <source>{file} holds no records, only its header</source>
        <translation>{file} ne contient aucun enregistrement, seulement son en-tête</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record (the last has {got} of its {expected} bytes), so the figures from it come only from the records before that one</source>
        <translation>{file} est endommagé : il se termine au milieu d&apos;un enregistrement (le dernier a {got} de ses {expected} octets); ses valeurs proviennent donc uniquement des enregistrements précédents</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record, so the figures from it come only from the records before that one</source>
        <translation>{file} est endommagé : il se termine au milieu d&apos;un enregistrement; ses valeurs proviennent donc uniquement des enregistrements précédents</translation>
    </message>
</context>
<context>
    <name>RunQualityPage</name>
    <message>
        <source>Run quality</source>
        <translation>Qualité de l&apos;analyse</translation>
    </message>
    <message>
        <source>How the current run is going, read from the instrument&apos;s run folder. Works without a network.</source>
        <translation>Déroulement de l&apos;analyse en cours, lu dans le dossier d&apos;analyse de l&apos;instrument. Fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>No run folder</source>
        <translation>Aucun dossier d&apos;analyse</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Aucune analyse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>By cycle</source>
        <translation>Par cycle</translation>
    </message>
    <message>
        <source>Q-score histogram</source>
        <translation>Histogramme des scores Q</translation>
    </message>
    <message>
        <source>Flow cell</source>
        <translation>Flow Cell</translation>
    </message>
    <message>
        <source>Run parameters</source>
        <translation>Paramètres de l&apos;analyse</translation>
    </message>
    <message>
        <source>Open a run folder with: proactive-gui --run-folder DIR, or set the folder where the instrument writes its runs: proactive-gui config set run_folder_root DIR</source>
        <translation>Ouvrez un dossier d&apos;analyse avec : proactive-gui --run-folder DIR, ou définissez le dossier où l&apos;instrument écrit ses analyses : proactive-gui config set run_folder_root DIR</translation>
    </message>
    <message>
        <source>Loading {folder}…</source>
        <translation>Chargement de {folder}…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Yield (Gb)</source>
        <translation>Rendement (Gb)</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Taux d&apos;erreur (%)</translation>
    </message>
    <message>
        <source>Aligned (%)</source>
        <translation>Aligné (%)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Plaques</translation>
    </message>
    <message>
        <source>Density k/mm²</source>
        <translation>Densité k/mm²</translation>
    </message>
    <message>
        <source>% PF</source>
        <translation>% PF</translation>
    </message>
    <message>
        <source>Reads PF (M)</source>
        <translation>Lectures PF (M)</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>Consommable</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Per read</source>
        <translation>Par lecture</translation>
    </message>
    <message>
        <source>Per lane</source>
        <translation>Par ligne</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>Consommables</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Envoyé comme</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Motif du non-envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Values of this run folder that a payload carries (versions, serials, lots, read structure), and as which fields.</source>
        <translation>Valeurs de ce dossier d&apos;analyse transmises dans un paquet de données (versions, numéros de série, lots, structure des lectures), et sous quels champs.</translation>
    </message>
    <message>
        <source>Names, paths, computer names, cloud ids and any field the allow-list does not name: never in a payload.</source>
        <translation>Noms, chemins, noms d&apos;ordinateur, identifiants cloud et tout champ absent de la liste blanche : jamais dans un paquet de données.</translation>
    </message>
    <message>
        <source>Stays on this PC</source>
        <translation>Reste sur ce PC</translation>
    </message>
    <message>
        <source>The run folder could not be read.</source>
        <translation>Le dossier d&apos;analyse n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Running — cycle {done} of {planned}</source>
        <translation>En cours — cycle {done} sur {planned}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped: {status}</source>
        <translation>Arrêtée : {status}</translation>
    </message>
    <message>
        <source>Flow cell {flowcell} · reads {reads} · {lanes} lane(s) · {software} · folder {folder}</source>
        <translation>Flow Cell {flowcell} · lectures {reads} · {lanes} ligne(s) · {software} · dossier {folder}</translation>
    </message>
    <message>
        <source>The instrument may still be writing; trying again shortly.</source>
        <translation>L&apos;instrument écrit peut-être encore; nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>No InterOp metrics could be read (see above).</source>
        <translation>Aucune métrique InterOp n&apos;a pu être lue (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Yield {y} (projected {p})   ·   % ≥ Q30 {q}   ·   error rate {e}   ·   density {d}   ·   % PF {pf}   ·   cycles {c} of {t}</source>
        <translation>Rendement {y} (prévu {p})   ·   % ≥ Q30 {q}   ·   taux d&apos;erreur {e}   ·   densité {d}   ·   % PF {pf}   ·   cycles {c} sur {t}</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Healthy</source>
        <translation>En bon état</translation>
    </message>
    <message>
        <source>Every subsystem within its limits.</source>
        <translation>Tous les systèmes dans leurs limites.</translation>
    </message>
    <message>
        <source>Reagent chiller drift</source>
        <translation>Dérive du refroidisseur de réactifs</translation>
    </message>
    <message>
        <source>The reagent chiller warms by 0.5 °C per hour.</source>
        <translation>Le refroidisseur de réactifs se réchauffe de 0.5 °C par heure.</translation>
    </message>
    <message>
        <source>Flow-cell heater failure</source>
        <translation>Panne du chauffage de la Flow Cell</translation>
    </message>
    <message>
        <source>The flow-cell heater loses power and misses its setpoint.</source>
        <translation>Le chauffage de la Flow Cell perd de la puissance et n&apos;atteint pas sa consigne.</translation>
    </message>
    <message>
        <source>Laser decay</source>
        <translation>Déclin du laser</translation>
    </message>
    <message>
        <source>The red laser loses 1.5 % of its power per hour.</source>
        <translation>Le laser rouge perd 1.5 % de sa puissance par heure.</translation>
    </message>
    <message>
        <source>Focus drift</source>
        <translation>Dérive de la mise au point</translation>
    </message>
    <message>
        <source>Images blur: FWHM grows by 0.08 px per hour.</source>
        <translation>Les images deviennent floues : la FWHM augmente de 0.08 px par heure.</translation>
    </message>
    <message>
        <source>Fluidics clog</source>
        <translation>Obstruction du système fluide</translation>
    </message>
    <message>
        <source>A partial clog: pump pressure rises and flow falls.</source>
        <translation>Obstruction partielle : la pression de la pompe augmente et le débit diminue.</translation>
    </message>
    <message>
        <source>Leak with bubbles</source>
        <translation>Fuite avec bulles</translation>
    </message>
    <message>
        <source>Air enters the fluidics: bubble detections grow.</source>
        <translation>De l&apos;air pénètre dans le système fluide : les bulles détectées augmentent.</translation>
    </message>
    <message>
        <source>Stage following error</source>
        <translation>Erreur de poursuite de la platine</translation>
    </message>
    <message>
        <source>A worn stage bearing: X following error grows.</source>
        <translation>Roulement de platine usé : l&apos;erreur de poursuite en X augmente.</translation>
    </message>
    <message>
        <source>Sensor dropout</source>
        <translation>Perte de capteurs</translation>
    </message>
    <message>
        <source>The thermal sensors stop reporting.</source>
        <translation>Les capteurs thermiques cessent de transmettre.</translation>
    </message>
    <message>
        <source>Noise bursts</source>
        <translation>Salves de bruit</translation>
    </message>
    <message>
        <source>Short bursts of electrical noise, no real fault.</source>
        <translation>Brèves salves de bruit électrique, sans panne réelle.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>In the OS keyring.</source>
        <translation>Dans le trousseau de clés du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>In a file, not the OS keyring: {path} (the keyring in use, {backend}, keeps secrets there).</source>
        <translation>Dans un fichier, pas dans le trousseau de clés du système d&apos;exploitation : {path} (le trousseau de clés utilisé, {backend}, y conserve les secrets).</translation>
    </message>
    <message>
        <source>Not in the OS keyring: the keyring in use, {backend}, keeps secrets outside it.</source>
        <translation>Pas dans le trousseau de clés du système d&apos;exploitation : le trousseau de clés utilisé, {backend}, conserve les secrets ailleurs.</translation>
    </message>
    <message>
        <source>In a file readable only by this user, not the OS keyring: {path}</source>
        <translation>Dans un fichier lisible uniquement par cet utilisateur, pas dans le trousseau de clés du système d&apos;exploitation : {path}</translation>
    </message>
    <message>
        <source>no OS keyring is available to keep secrets in; install or unlock one (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), or keep them in a file only you can read: proactive-gui config set {setting} file</source>
        <translation>aucun trousseau de clés du système d&apos;exploitation n&apos;est disponible pour conserver les secrets; installez-en ou déverrouillez-en un (Gestionnaire d&apos;identification Windows, Trousseau d&apos;accès macOS ou Secret Service sous Linux), ou conservez-les dans un fichier lisible par vous seul : proactive-gui config set {setting} file</translation>
    </message>
    <message>
        <source>the secrets file {path} cannot be read or written ({why}); check its permissions</source>
        <translation>le fichier des secrets {path} ne peut être ni lu ni écrit ({why}); vérifiez ses autorisations</translation>
    </message>
    <message>
        <source>the secrets file {path} is damaged; delete it and store the secrets again: proactive-gui config set-secret token</source>
        <translation>le fichier des secrets {path} est endommagé; supprimez-le et enregistrez de nouveau les secrets : proactive-gui config set-secret token</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <source>Sent history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>Every payload this PC has sent: when, what, to which receiver, its size and SHA-256, and its bytes exactly as sent for as long as the settings keep them.</source>
        <translation>Chaque paquet de données envoyé par ce PC : quand, quoi, à quel destinataire, sa taille et son SHA-256, et ses octets exactement tels qu&apos;envoyés, aussi longtemps que les paramètres les conservent.</translation>
    </message>
    <message>
        <source>Search every column: run, instrument, SHA-256, summary…</source>
        <translation>Rechercher dans toutes les colonnes : analyse, instrument, SHA-256, résumé…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Sent between</source>
        <translation>Envoyés entre</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <source>To this day (included)</source>
        <translation>Jusqu&apos;à ce jour (inclus)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Payloads sent</source>
        <translation>Paquets de données envoyés</translation>
    </message>
    <message>
        <source>The payload selected</source>
        <translation>Paquet de données sélectionné</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the payload</source>
        <translation>SHA-256 du paquet de données</translation>
    </message>
    <message>
        <source>The bytes as sent</source>
        <translation>Octets tels qu&apos;envoyés</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) sent; {shown} shown.</source>
        <translation>
            <numerusform>%n paquet de données envoyé; affichés : {shown}.</numerusform>
            <numerusform>%n paquets de données envoyés; affichés : {shown}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payload to see its bytes as they were sent.</source>
        <translation>Sélectionnez un paquet de données pour voir ses octets tels qu&apos;ils ont été envoyés.</translation>
    </message>
    <message>
        <source>Payload {id} ({kind}), {size} bytes, delivered at {time} to {where}.</source>
        <translation>Paquet de données {id} ({kind}), {size} octets, livré le {time} à {where}.</translation>
    </message>
    <message>
        <source>a receiver not recorded</source>
        <translation>un destinataire non enregistré</translation>
    </message>
    <message>
        <source>(sent before summaries were recorded)</source>
        <translation>(envoyé avant l&apos;enregistrement des résumés)</translation>
    </message>
    <message>
        <source>Its bytes are kept, but cannot be read without the spool key.</source>
        <translation>Ses octets sont conservés, mais ne peuvent pas être lus sans la clé de la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>Its kept bytes cannot be shown: {why}.</source>
        <translation>Ses octets conservés ne peuvent pas être affichés : {why}.</translation>
    </message>
    <message>
        <source>Below are its bytes exactly as they were sent.</source>
        <translation>Ci-dessous, ses octets exactement tels qu&apos;ils ont été envoyés.</translation>
    </message>
    <message>
        <source>Its bytes are not kept: the settings keep only the list.</source>
        <translation>Ses octets ne sont pas conservés : les paramètres ne conservent que la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Its bytes are no longer kept (retention %n day(s)).</source>
        <translation>
            <numerusform>Ses octets ne sont plus conservés (conservation : %n jour).</numerusform>
            <numerusform>Ses octets ne sont plus conservés (conservation : %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent history</source>
        <translation>Exporter l&apos;historique des envois</translation>
    </message>
    <message>
        <source>Sent history exported</source>
        <translation>Historique des envois exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}.</source>
        <translation>
            <numerusform>%n paquet de données écrit dans {path}.</numerusform>
            <numerusform>%n paquets de données écrits dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} o</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>HTTPS address of the receiver that payloads are sent to (empty: not configured).</source>
        <translation>Adresse HTTPS du destinataire des paquets de données (vide : non configuré).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust besides the OS store, e.g. an inspecting proxy&apos;s CA.</source>
        <translation>Certificats CA supplémentaires (fichier PEM) approuvés en plus du magasin du système d&apos;exploitation, p. ex. la CA d&apos;un proxy d&apos;inspection.</translation>
    </message>
    <message>
        <source>&apos;system&apos; (environment/OS settings), &apos;none&apos;, &apos;auto&apos; (the OS&apos;s PAC file, or WPAD), &apos;pac:URL&apos; (a PAC file), or a proxy URL with a port; its password goes in the keyring (set-secret proxy_password).</source>
        <translation>«&#xa0;system&#xa0;» (environnement/paramètres du système d&apos;exploitation), «&#xa0;none&#xa0;», «&#xa0;auto&#xa0;» (fichier PAC du système d&apos;exploitation, ou WPAD), «&#xa0;pac:URL&#xa0;» (un fichier PAC) ou une URL de proxy avec un port; son mot de passe va dans le trousseau de clés (set-secret proxy_password).</translation>
    </message>
    <message>
        <source>Folder where the instrument writes run folders; each new run there is picked up.</source>
        <translation>Dossier où l&apos;instrument écrit les dossiers d&apos;analyse; chaque nouvelle analyse qui y apparaît est prise en charge.</translation>
    </message>
    <message>
        <source>Minutes between health payloads during a run (5 to 1440); payloads are also sealed when a run starts and when it ends.</source>
        <translation>Minutes entre les paquets d&apos;état pendant une analyse (5 à 1440); des paquets sont aussi scellés au démarrage et à la fin d&apos;une analyse.</translation>
    </message>
    <message>
        <source>Where the spool&apos;s encryption key lives: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a key file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>Emplacement de la clé de chiffrement de la file d&apos;envoi : «&#xa0;keyring&#xa0;» (trousseau de clés du système d&apos;exploitation) ou «&#xa0;file&#xa0;» (un fichier de clé lisible par vous seul, pour les PC sans trousseau de clés; signalé par un avertissement).</translation>
    </message>
    <message>
        <source>Where the instrument token and the proxy password live: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>Emplacement du jeton de l&apos;instrument et du mot de passe du proxy : «&#xa0;keyring&#xa0;» (trousseau de clés du système d&apos;exploitation) ou «&#xa0;file&#xa0;» (un fichier lisible par vous seul, pour les PC sans trousseau de clés; signalé par un avertissement).</translation>
    </message>
    <message>
        <source>Largest size of the queue of unsent payloads; beyond it the oldest are dropped (and counted on the Uploads page).</source>
        <translation>Taille maximale de la file des paquets non envoyés; au-delà, les plus anciens sont supprimés (et comptés à la page «&#xa0;Envois&#xa0;»).</translation>
    </message>
    <message>
        <source>Unsent payloads older than this are dropped (and counted on the Uploads page).</source>
        <translation>Les paquets non envoyés plus anciens sont supprimés (et comptés à la page «&#xa0;Envois&#xa0;»).</translation>
    </message>
    <message>
        <source>Days the bytes of each delivered payload are kept, encrypted, for the sent history (0: keep only the list); the list of what was sent is kept for good.</source>
        <translation>Nombre de jours de conservation, chiffrés, des octets de chaque paquet de données livré, pour l&apos;historique des envois (0 : ne conserver que la liste); la liste de ce qui a été envoyé est conservée définitivement.</translation>
    </message>
    <message>
        <source>Language of the window: &apos;system&apos; (the PC&apos;s language when a translation exists, else English), or one of en, de, fr, it, ru, zh; applies when the app next starts.</source>
        <translation>Langue de la fenêtre : «&#xa0;system&#xa0;» (la langue du PC si une traduction existe, sinon l&apos;anglais) ou l&apos;une des valeurs en, de, fr, it, ru, zh; s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Colours of the window: &apos;system&apos; (follow the PC&apos;s light or dark mode), &apos;light&apos; or &apos;dark&apos;.</source>
        <translation>Couleurs de la fenêtre : «&#xa0;system&#xa0;» (suivre le mode clair ou sombre du PC), «&#xa0;light&#xa0;» (clair) ou «&#xa0;dark&#xa0;» (sombre).</translation>
    </message>
    <message>
        <source>Closing the window keeps the app running in the system tray (monitoring and uploads go on); without a tray, closing quits.</source>
        <translation>La fermeture de la fenêtre laisse l&apos;application active dans la zone de notification (la surveillance et les envois se poursuivent); sans zone de notification, la fermeture quitte l&apos;application.</translation>
    </message>
    <message>
        <source>Name of the service shown in the opt-in: Send Instrument Performance Data to …</source>
        <translation>Nom du service affiché dans le consentement : «&#xa0;Envoyer les données sur la performance de l&apos;instrument à …&#xa0;»</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data. Off by default; nothing leaves the PC while off.</source>
        <translation>Envoyer les données sur la performance de l&apos;instrument. Désactivé par défaut; rien ne quitte le PC tant que l&apos;envoi est désactivé.</translation>
    </message>
</context>
<context>
    <name>SettingError</name>
    <message>
        <source>expected on or off (true/false), got {raw!r}</source>
        <translation>valeur attendue : activé ou désactivé (true/false), reçu : {raw!r}</translation>
    </message>
    <message>
        <source>the endpoint must start with https:// (got {scheme} scheme); data only ever leaves over TLS</source>
        <translation>l&apos;adresse doit commencer par https:// (schéma reçu : {scheme}) ; les données ne quittent le PC que par TLS</translation>
    </message>
    <message>
        <source>the endpoint has no host name, e.g. https://proactive.example.com</source>
        <translation>l&apos;adresse n&apos;a pas de nom d&apos;hôte, p. ex. https://proactive.example.com</translation>
    </message>
    <message>
        <source>the endpoint must not contain a user name or password; set the instrument token with: proactive-gui config set-secret token</source>
        <translation>l&apos;adresse ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; définissez le jeton de l&apos;instrument avec : proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>proxy must be &apos;system&apos;, &apos;none&apos; or a URL such as http://proxy.example:3128 (or auto, or pac:URL for a PAC file), got {raw!r}</source>
        <translation>proxy doit être «&#xa0;system&#xa0;», «&#xa0;none&#xa0;» ou une URL comme http://proxy.example:3128 (ou auto, ou pac:URL pour un fichier PAC), reçu : {raw!r}</translation>
    </message>
    <message>
        <source>the proxy password does not go in the URL; store it with: proactive-gui config set-secret proxy_password</source>
        <translation>le mot de passe du proxy ne va pas dans l&apos;URL ; enregistrez-le avec : proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>the proxy port is not a number between 1 and 65535: {raw!r}</source>
        <translation>le port du proxy n&apos;est pas un nombre entre 1 et 65535 : {raw!r}</translation>
    </message>
    <message>
        <source>the proxy URL needs a port, e.g. {example}</source>
        <translation>l&apos;URL du proxy doit comporter un port, p. ex. {example}</translation>
    </message>
    <message>
        <source>a PAC file is given as pac:URL, e.g. pac:http://wpad.example/proxy.pac, got {url!r}</source>
        <translation>un fichier PAC s&apos;indique sous la forme pac:URL, p. ex. pac:http://wpad.example/proxy.pac, reçu : {url!r}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>fichier introuvable : {path}</translation>
    </message>
    <message>
        <source>not a regular file (a folder, device or pipe): {path}</source>
        <translation>pas un fichier ordinaire (un dossier, un périphérique ou un tube) : {path}</translation>
    </message>
    <message>
        <source>too large for a CA bundle ({size} bytes): {path}</source>
        <translation>trop volumineux pour un paquet de certificats d&apos;AC ({size} octets) : {path}</translation>
    </message>
    <message>
        <source>cannot be read ({why}): {path}</source>
        <translation>illisible ({why}) : {path}</translation>
    </message>
    <message>
        <source>{path} is a binary (DER) certificate; the app needs it as PEM text: export it from Windows as &apos;Base-64 encoded X.509 (.CER)&apos;, or convert it with: openssl x509 -inform der -in FILE.cer -out FILE.pem</source>
        <translation>{path} est un certificat binaire (DER) ; l&apos;application en a besoin au format texte PEM : exportez-le depuis Windows en « X.509 encodé en base 64 (.CER) », ou convertissez-le avec : openssl x509 -inform der -in FILE.cer -out FILE.pem</translation>
    </message>
    <message>
        <source>no PEM certificate (-----BEGIN CERTIFICATE-----) in {path}</source>
        <translation>aucun certificat PEM (-----BEGIN CERTIFICATE-----) dans {path}</translation>
    </message>
    <message>
        <source>no such folder: {path}</source>
        <translation>dossier introuvable : {path}</translation>
    </message>
    <message>
        <source>not a whole number of {unit}: {raw!r}</source>
        <translation>pas un nombre entier de {unit} : {raw!r}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}: {number}</source>
        <translation>doit être entre {low} et {high} {unit} : {number}</translation>
    </message>
    <message>
        <source>must be one of {choices}: {raw!r}</source>
        <translation>doit être l&apos;une des valeurs {choices} : {raw!r}</translation>
    </message>
    <message>
        <source>the service name must be 1 to 40 printable characters</source>
        <translation>le nom du service doit compter de 1 à 40 caractères imprimables</translation>
    </message>
    <message>
        <source>must be &apos;system&apos; or one of {choices}: {raw!r}</source>
        <translation>doit être « system » ou l&apos;une des valeurs {choices} : {raw!r}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>mégaoctets</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>(Takes effect when the app next starts.)</source>
        <translation>(Prend effet au prochain démarrage de l&apos;application.)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Will be removed from the keyring when you Apply.</source>
        <translation>Sera supprimé du trousseau de clés lorsque vous cliquerez sur Appliquer.</translation>
    </message>
    <message>
        <source>Stored, never shown. {where} Type a new one to replace it.</source>
        <translation>Enregistré, jamais affiché. {where} Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>Not set. Type it here; it will be kept here: {where}</source>
        <translation>Non défini. Saisissez-le ici; il sera conservé à cet endroit : {where}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Change a setting, then Apply. Secrets are never shown again, and each says where it is kept. Settings locked by your IT department show why.</source>
        <translation>Modifiez un paramètre, puis cliquez sur Appliquer. Les secrets ne sont plus jamais affichés, et chacun indique où il est conservé. Les paramètres verrouillés par votre service informatique en indiquent la raison.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Put back the values from before the last Apply</source>
        <translation>Rétablir les valeurs d&apos;avant la dernière application</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Forget the changes not applied yet</source>
        <translation>Oublier les modifications pas encore appliquées</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Envoyer les données sur la performance de l&apos;instrument</translation>
    </message>
    <message>
        <source>Change on the Overview</source>
        <translation>Modifier à la page «&#xa0;Aperçu&#xa0;»</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <source>Instrument token</source>
        <translation>Jeton de l&apos;instrument</translation>
    </message>
    <message>
        <source>Sent as the bearer credential to the receiver</source>
        <translation>Envoyé au destinataire comme identifiant de type Bearer</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy :</translation>
    </message>
    <message>
        <source>http://user@proxy.example:3128</source>
        <translation>http://user@proxy.example:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>For the user named in the proxy address</source>
        <translation>Pour l&apos;utilisateur indiqué dans l&apos;adresse du proxy</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats CA supplémentaires</translation>
    </message>
    <message>
        <source>(none: the operating system&apos;s trust store only)</source>
        <translation>(aucun : uniquement le magasin de certificats du système d&apos;exploitation)</translation>
    </message>
    <message>
        <source>Payloads and the upload queue</source>
        <translation>Paquets de données et file d&apos;envoi</translation>
    </message>
    <message>
        <source>Health payload every</source>
        <translation>Paquet d&apos;état toutes les</translation>
    </message>
    <message>
        <source>Queue size limit</source>
        <translation>Taille maximale de la file</translation>
    </message>
    <message>
        <source>Keep unsent payloads for</source>
        <translation>Conserver les paquets non envoyés pendant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep the bytes of sent payloads for</source>
        <translation>Conserver les octets des paquets envoyés pendant</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>Spool key</source>
        <translation>Clé de la file d&apos;envoi</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Ce PC</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Rester actif dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Réduire dans la zone de notification</translation>
    </message>
    <message>
        <source>Run folder root</source>
        <translation>Dossier racine des analyses</translation>
    </message>
    <message>
        <source>(none: open a run folder from the command line)</source>
        <translation>(aucun : ouvrir un dossier d&apos;analyse depuis la ligne de commande)</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>Emplacement des fichiers de l&apos;application</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Data (spool, history, consent log)</source>
        <translation>Données (file d&apos;envoi, historique, journal des consentements)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Locked by your IT department: {reason}</source>
        <translation>Verrouillé par votre service informatique : {reason}</translation>
    </message>
    <message>
        <source>Moving the key is an IT task: proactive-gui config set spool_key_store …</source>
        <translation>Le déplacement de la clé relève du service informatique : proactive-gui config set spool_key_store …</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n setting(s) need fixing (in red).</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : %n paramètre à corriger (en rouge).</numerusform>
            <numerusform>Rien n&apos;a été enregistré : %n paramètres à corriger (en rouge).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) at {time}.</source>
        <translation>
            <numerusform>%n modification enregistrée à {time}.</numerusform>
            <numerusform>%n modifications enregistrées à {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{keys}: when the app next starts.</source>
        <translation>{keys} : au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The previous values are back.</source>
        <translation>Les valeurs précédentes sont rétablies.</translation>
    </message>
    <message>
        <source>On: performance data is sent.</source>
        <translation>Activé : les données sur la performance sont envoyées.</translation>
    </message>
    <message>
        <source>Off: nothing leaves this PC.</source>
        <translation>Désactivé : rien ne quitte ce PC.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Not measured</source>
        <translation>Non mesuré</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Panne</translation>
    </message>
</context>
<context>
    <name>Subsystem</name>
    <message>
        <source>Optical</source>
        <translation>Optique</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>Mécanique</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Thermique</translation>
    </message>
    <message>
        <source>Fluidics</source>
        <translation>Fluide</translation>
    </message>
</context>
<context>
    <name>SubsystemCard</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>This source has no readings of this subsystem.</source>
        <translation>Cette source n&apos;a aucune mesure de ce système.</translation>
    </message>
    <message>
        <source>No readings yet.</source>
        <translation>Aucune mesure pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>SubsystemPlot</name>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Run time (h:mm)</source>
        <translation>Durée de l&apos;analyse (h:mm)</translation>
    </message>
    <message>
        <source>No readings in this time range</source>
        <translation>Aucune mesure dans cet intervalle</translation>
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
        <translation>{n} j</translation>
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
        <translation>Afficher Proactive Companion</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>{app} (Demo)</source>
        <translation>{app} (Démo)</translation>
    </message>
    <message>
        <source>At this rate it reaches its failure limit in about {time}.</source>
        <translation>À ce rythme, il atteint son seuil de panne dans environ {time}.</translation>
    </message>
    <message>
        <source>See the Health page.</source>
        <translation>Voir la page «&#xa0;État&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Upload</name>
    <message>
        <source>the receiver did not finish its answer within {seconds} s (too slow, or stalled); the payload stays queued and is sent again</source>
        <translation>le destinataire n&apos;a pas terminé sa réponse en {seconds} s (trop lent ou bloqué); le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver&apos;s certificate is not trusted (expired, self-signed, wrong host name, or an inspecting proxy whose CA is not configured)</source>
        <translation>le certificat du destinataire n&apos;est pas approuvé (expiré, autosigné, mauvais nom d&apos;hôte, ou proxy d&apos;inspection dont la CA n&apos;est pas configurée)</translation>
    </message>
    <message>
        <source>the receiver does not offer TLS 1.2 or newer</source>
        <translation>le destinataire ne propose pas TLS 1.2 ou plus récent</translation>
    </message>
    <message>
        <source>the proxy refused the connection (check the proxy address and its password)</source>
        <translation>le proxy a refusé la connexion (vérifiez l&apos;adresse du proxy et son mot de passe)</translation>
    </message>
    <message>
        <source>the receiver did not answer in time</source>
        <translation>le destinataire n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the receiver cannot be reached (network down, wrong address, or refused)</source>
        <translation>le destinataire est injoignable (réseau hors service, mauvaise adresse ou connexion refusée)</translation>
    </message>
    <message>
        <source>the connection failed unexpectedly; the payload stays queued</source>
        <translation>la connexion a échoué de façon inattendue; le paquet de données reste dans la file</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data is off</source>
        <translation>«&#xa0;Envoyer les données sur la performance de l&apos;instrument&#xa0;» est désactivé</translation>
    </message>
    <message>
        <source>no receiver address is set (setting: endpoint)</source>
        <translation>aucune adresse de destinataire n&apos;est définie (paramètre : endpoint)</translation>
    </message>
    <message>
        <source>another Proactive Companion (process {process}) is sending this queue; this one waits and sends nothing</source>
        <translation>un autre Proactive Companion (processus {process}) envoie cette file; celui-ci attend et n&apos;envoie rien</translation>
    </message>
    <message>
        <source>another Proactive Companion is sending this queue; this one waits and sends nothing</source>
        <translation>un autre Proactive Companion envoie cette file; celui-ci attend et n&apos;envoie rien</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en attente</translation>
    </message>
    <message>
        <source>the receiver refused the instrument token (HTTP {code}); set a new one: proactive-gui config set-secret token</source>
        <translation>le destinataire a refusé le jeton de l&apos;instrument (HTTP {code}); enregistrez-en un nouveau : proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>the receiver asked to wait (HTTP {code})</source>
        <translation>le destinataire a demandé d&apos;attendre (HTTP {code})</translation>
    </message>
    <message>
        <source>the receiver failed (HTTP {code})</source>
        <translation>le destinataire a rencontré une erreur (HTTP {code})</translation>
    </message>
    <message>
        <source>the receiver redirected the upload to {host} (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>le destinataire a redirigé l&apos;envoi vers {host} (HTTP {code}); les envois ne suivent jamais une redirection : vérifiez le paramètre endpoint, ou la présence d&apos;un portail captif ou d&apos;un filtre Web</translation>
    </message>
    <message>
        <source>the receiver redirected the upload (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>le destinataire a redirigé l&apos;envoi (HTTP {code}); les envois ne suivent jamais une redirection : vérifiez le paramètre endpoint, ou la présence d&apos;un portail captif ou d&apos;un filtre Web</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an answer far too long to be a receipt; the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status} avec une réponse bien trop longue pour être un accusé de réception; le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an empty answer instead of a receipt; the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status} avec une réponse vide au lieu d&apos;un accusé de réception; le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with a web page instead of a receipt (a captive portal, a proxy&apos;s sign-in page or a web filter may be in the way); the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status} avec une page Web au lieu d&apos;un accusé de réception (un portail captif, la page de connexion d&apos;un proxy ou un filtre Web s&apos;interpose peut-être); le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not JSON; the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status}, mais son accusé de réception n&apos;est pas du JSON; le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not a JSON object; the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status}, mais son accusé de réception n&apos;est pas un objet JSON; le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not name the payload; the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status}, mais son accusé de réception n&apos;indique pas le paquet de données; le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt names another payload; the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status}, mais son accusé de réception indique un autre paquet de données; le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not confirm the payload&apos;s SHA-256, so the delivery is not proven; the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status}, mais son accusé de réception ne confirme pas le SHA-256 du paquet de données, la remise n&apos;est donc pas prouvée; le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt gives another SHA-256 than the payload&apos;s (the receiver got different bytes); the payload stays queued and is sent again</source>
        <translation>le destinataire a répondu HTTP {status}, mais son accusé de réception indique un SHA-256 différent de celui du paquet de données (le destinataire a reçu d&apos;autres octets); le paquet de données reste dans la file et sera renvoyé</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Sealed payloads wait here, encrypted, until the receiver confirms each one. Nothing is lost when the network, the receiver or this PC fails.</source>
        <translation>Les paquets de données scellés attendent ici, chiffrés, jusqu&apos;à la confirmation de chacun par le destinataire. Rien n&apos;est perdu en cas de défaillance du réseau, du destinataire ou de ce PC.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Service d&apos;envoi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Export the queue…</source>
        <translation>Exporter la file…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Réessayer la sélection</translation>
    </message>
    <message>
        <source>Discard selected…</source>
        <translation>Supprimer la sélection…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Open the sent history</source>
        <translation>Ouvrir l&apos;historique des envois</translation>
    </message>
    <message>
        <source>No queue</source>
        <translation>Aucune file</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Envoi désactivé</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>Sent by another process</source>
        <translation>Envoi par un autre processus</translation>
    </message>
    <message>
        <source>Next try at {time}: {why}</source>
        <translation>Prochain essai à {time} : {why}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, {kb} kB, oldest from {when}</source>
        <translation>
            <numerusform>%n en attente, {kb} kB, le plus ancien du {when}</numerusform>
            <numerusform>%n en attente, {kb} kB, le plus ancien du {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the size and age limits.</source>
        <translation>
            <numerusform>%n supprimé en raison des limites de taille et d&apos;âge.</numerusform>
            <numerusform>%n supprimés en raison des limites de taille et d&apos;âge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} of %n deliveries; all are in {file}.</source>
        <translation>
            <numerusform>Les {shown} derniers envois sur %n ; tous figurent dans {file}.</numerusform>
            <numerusform>Les {shown} derniers envois sur %n ; tous figurent dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n payload(s)? They will never be sent.</source>
        <translation>
            <numerusform>Supprimer %n paquet de données ? Il ne sera jamais envoyé.</numerusform>
            <numerusform>Supprimer %n paquets de données ? Ils ne seront jamais envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}. They stay queued and marked exported.</source>
        <translation>
            <numerusform>%n paquet de données écrit dans {path}. Il reste dans la file, marqué comme exporté.</numerusform>
            <numerusform>%n paquets de données écrits dans {path}. Ils restent dans la file, marqués comme exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Rien en attente.</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Mis en réserve</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Discard payloads</source>
        <translation>Supprimer les paquets de données</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Exporter la file</translation>
    </message>
    <message>
        <source>Queue exported</source>
        <translation>File exportée</translation>
    </message>
</context>
</TS>
