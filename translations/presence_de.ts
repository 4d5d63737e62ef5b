<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>Presence service origin, such as https://ps.pndsn.com or http://127.0.0.1:8090 (environment: PN_ORIGIN).</source>
        <translation>Origin des Presence-Dienstes, etwa https://ps.pndsn.com oder http://127.0.0.1:8090 (Umgebungsvariable: PN_ORIGIN).</translation>
    </message>
    <message>
        <source>Subscribe key (environment: PN_SUBSCRIBE_KEY).</source>
        <translation>Subscribe Key (Umgebungsvariable: PN_SUBSCRIBE_KEY).</translation>
    </message>
    <message>
        <source>Publish key, used in request signatures (environment: PN_PUBLISH_KEY).</source>
        <translation>Publish Key, der in Anfragesignaturen verwendet wird (Umgebungsvariable: PN_PUBLISH_KEY).</translation>
    </message>
    <message>
        <source>Secret key for signing requests. Prefer the PN_SECRET_KEY environment variable, because options show up in process listings.</source>
        <translation>Secret Key zum Signieren von Anfragen. Verwenden Sie besser die Umgebungsvariable PN_SECRET_KEY, weil Optionen in Prozesslisten sichtbar sind.</translation>
    </message>
    <message>
        <source>Access Manager auth key or token. Prefer the PN_AUTH_KEY environment variable, because options show up in process listings.</source>
        <translation>Auth-Key oder Token des Access Managers. Verwenden Sie besser die Umgebungsvariable PN_AUTH_KEY, weil Optionen in Prozesslisten sichtbar sind.</translation>
    </message>
    <message>
        <source>Request timeout in seconds (default 10).</source>
        <translation>Zeitlimit für Anfragen in Sekunden (Standard: 10).</translation>
    </message>
    <message>
        <source>The timeout &quot;%1&quot; is invalid: give a number of seconds above 0 and up to 3600, such as --timeout 10.</source>
        <translation>Das Zeitlimit „%1“ ist ungültig: Geben Sie eine Anzahl Sekunden über 0 und bis 3600 an, etwa --timeout 10.</translation>
    </message>
</context>
<context>
    <name>CsvAppendLog</name>
    <message>
        <source>Could not open the CSV file %1 for recording: %2.</source>
        <translation>Die CSV-Datei %1 konnte nicht zum Aufzeichnen geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2.</source>
        <translation>Die CSV-Datei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>No CSV file is open for recording.</source>
        <translation>Es ist keine CSV-Datei zum Aufzeichnen geöffnet.</translation>
    </message>
    <message>
        <source>Could not append to the CSV file %1: %2.</source>
        <translation>An die CSV-Datei %1 konnte nichts angehängt werden: %2.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Exporting history to %1…</source>
        <translation>Der Verlauf wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CsvExportText</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Occupants</source>
        <translation>Teilnehmer exportieren</translation>
    </message>
    <message>
        <source>Export Occupancy</source>
        <translation>Belegung exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>No occupancy has been recorded yet: refresh the watch list first, then export its history.</source>
        <translation>Es wurde noch keine Belegung aufgezeichnet: Aktualisieren Sie zuerst die Beobachtungsliste und exportieren Sie dann ihren Verlauf.</translation>
    </message>
</context>
<context>
    <name>DashboardCli</name>
    <message>
        <source>Shows who is online in which PubNub channels, and edits presence state.</source>
        <translation>Zeigt, wer in welchen PubNub-Channels online ist, und bearbeitet den Presence-Zustand.</translation>
    </message>
    <message>
        <source>Open on the built-in local presence server with a simulated crowd.</source>
        <translation>Startet mit dem eingebauten lokalen Presence-Server und simulierten Benutzern.</translation>
    </message>
    <message>
        <source>Open the saved connection profile NAME. Where no keychain stores its secrets, PN_SECRET_KEY and PN_AUTH_KEY supply them, or the dashboard asks.</source>
        <translation>Öffnet das gespeicherte Verbindungsprofil NAME. Speichert kein Schlüsselbund seine Secrets, kommen sie aus PN_SECRET_KEY und PN_AUTH_KEY, sonst fragt das Dashboard danach.</translation>
    </message>
    <message>
        <source>User id of the dashboard (environment: PN_USER_ID). Without one, an id generated for the keyset and kept in the settings is used.</source>
        <translation>User-ID des Dashboards (Umgebungsvariable: PN_USER_ID). Fehlt sie, wird eine für das Keyset erzeugte, in den Einstellungen gespeicherte ID verwendet.</translation>
    </message>
    <message>
        <source>Refresh interval in seconds for this session, 3 or more (default: the Settings dialog&apos;s value, 5 unless changed).</source>
        <translation>Aktualisierungsintervall in Sekunden für diese Sitzung, mindestens 3 (Standard: der Wert aus dem Einstellungsdialog, 5, sofern nicht geändert).</translation>
    </message>
    <message>
        <source>Language of the interface, such as de.</source>
        <translation>Sprache der Oberfläche, etwa de.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once the first refresh has filled the views, then exit (exit status 1 when no data arrived within 20 s).</source>
        <translation>Speichert ein PNG des Fensters in DATEI, sobald die erste Aktualisierung die Ansichten gefüllt hat, und beendet sich dann (Exit-Status 1, wenn innerhalb von 20 s keine Daten ankamen).</translation>
    </message>
    <message>
        <source>No translation of the dashboard for &quot;%1&quot; was found; the interface stays in English.</source>
        <translation>Für „%1“ wurde keine Übersetzung des Dashboards gefunden. Die Oberfläche bleibt auf Englisch.</translation>
    </message>
    <message>
        <source>No subscribe key is set: pass --subscribe-key or set PN_SUBSCRIBE_KEY, or start with --demo.</source>
        <translation>Es ist kein Subscribe Key gesetzt: Übergeben Sie --subscribe-key, setzen Sie PN_SUBSCRIBE_KEY oder starten Sie mit --demo.</translation>
    </message>
    <message>
        <source>%1 Run presence-dashboard --help for the options.</source>
        <translation>%1 Führen Sie presence-dashboard --help aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: the dashboard takes options only, see --help.</source>
        <translation>Unerwartetes Argument „%1“: Das Dashboard nimmt nur Optionen an, siehe --help.</translation>
    </message>
    <message>
        <source>The refresh interval &quot;%1&quot; is invalid: give a whole number of seconds, 3 or more, because the service caches Here Now for 3 s.</source>
        <translation>Das Aktualisierungsintervall „%1“ ist ungültig: Geben Sie eine ganze Zahl von Sekunden an, mindestens 3, weil der Dienst Here Now 3 s lang zwischenspeichert.</translation>
    </message>
    <message>
        <source>The screenshot could not be written to &quot;%1&quot;: check that the folder exists and is writable.</source>
        <translation>Der Screenshot konnte nicht nach „%1“ geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>No presence data arrived within 20 s, so no screenshot was taken. Check the origin and keys, or try --demo.</source>
        <translation>Innerhalb von 20 s kamen keine Presence-Daten an, daher wurde kein Screenshot erstellt. Prüfen Sie den Origin und die Keys oder versuchen Sie --demo.</translation>
    </message>
    <message>
        <source>Channels to watch, separated by commas or spaces.</source>
        <translation>Zu beobachtende Channels, getrennt durch Kommas oder Leerzeichen.</translation>
    </message>
    <message>
        <source>Channel groups to watch, separated by commas or spaces.</source>
        <translation>Zu beobachtende Channel-Gruppen, getrennt durch Kommas oder Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Demo keyset</source>
        <translation>Demo-Keyset</translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Es gibt kein gespeichertes Profil mit dem Namen „%1“. Gespeicherte Profile: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used. %2</source>
        <translation>Das Profil %1 kann nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>The profile %1 was not opened, because its secrets were not entered. Choose it again to enter them, or pick another keyset in the Profile list.</source>
        <translation>Das Profil %1 wurde nicht geöffnet, weil seine Secrets nicht eingegeben wurden. Wählen Sie es erneut, um sie einzugeben, oder wählen Sie ein anderes Keyset in der Profilliste.</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>No output file is given: choose the CSV file to write.</source>
        <translation>Es ist keine Ausgabedatei angegeben: Wählen Sie die CSV-Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The export range needs a valid start and end time.</source>
        <translation>Der Exportzeitraum braucht eine gültige Start- und Endzeit.</translation>
    </message>
    <message>
        <source>The export range starts at %1, after its end at %2: swap the two times.</source>
        <translation>Der Exportzeitraum beginnt mit %1 und damit nach seinem Ende (%2): Vertauschen Sie die beiden Zeiten.</translation>
    </message>
    <message>
        <source>The history database %1 does not exist: record some refreshes first or give another file.</source>
        <translation>Die Verlaufsdatenbank %1 existiert nicht: Zeichnen Sie zuerst einige Aktualisierungen auf oder geben Sie eine andere Datei an.</translation>
    </message>
    <message>
        <source>Could not read the occupancy history %1: %2.</source>
        <translation>Der Belegungsverlauf %1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not create the folder %1 for the occupancy history.</source>
        <translation>Der Ordner %1 für den Belegungsverlauf konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the occupancy history %1: %2.</source>
        <translation>Der Belegungsverlauf %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not read the occupancy history %1: %2.</source>
        <translation>Der Belegungsverlauf %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The occupancy history %1 was written by a newer version of Presence Dashboard (schema %2); update the application or choose another file.</source>
        <translation>Der Belegungsverlauf %1 wurde von einer neueren Version von Presence Dashboard geschrieben (Schema %2). Aktualisieren Sie die Anwendung oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not create the occupancy history %1: %2.</source>
        <translation>Der Belegungsverlauf %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The occupancy history is not open.</source>
        <translation>Der Belegungsverlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The refresh has no valid time, so it was not recorded.</source>
        <translation>Die Aktualisierung hat keine gültige Zeit und wurde deshalb nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Could not record the refresh: %1.</source>
        <translation>Die Aktualisierung konnte nicht aufgezeichnet werden: %1.</translation>
    </message>
    <message>
        <source>Could not save the marking of channel %1: %2.</source>
        <translation>Die Markierung des Channels %1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Could not remove old history: %1.</source>
        <translation>Der alte Verlauf konnte nicht entfernt werden: %1.</translation>
    </message>
</context>
<context>
    <name>OccupancyCsv</name>
    <message>
        <source>Could not write the CSV file %1: %2.</source>
        <translation>Die CSV-Datei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; any earlier file there is unchanged.</source>
        <translation>Der Export nach %1 wurde abgebrochen. Eine dort bereits vorhandene Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Could not save the CSV file %1: %2.</source>
        <translation>Die CSV-Datei %1 konnte nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>Presence::AboutDialog</name>
    <message>
        <source>About Presence Dashboard</source>
        <translation>Über Presence Dashboard</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Presence Dashboard %1&lt;/h3&gt;&lt;p&gt;Shows who is online in which PubNub channels, reads and edits presence state, and records occupancy over time.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Presence Dashboard %1&lt;/h3&gt;&lt;p&gt;Zeigt, wer in welchen PubNub-Channels online ist, liest und bearbeitet den Presence-Zustand und zeichnet die Belegung über die Zeit auf.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, ausgeführt mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About text</source>
        <translation>Infotext</translation>
    </message>
</context>
<context>
    <name>Presence::ChannelListModel</name>
    <message>
        <source>Channel %1, a member of the channel group %2.</source>
        <translation>Channel %1, Mitglied der Channel-Gruppe %2.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus Cache</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>Presence::ChannelTableWidget</name>
    <message>
        <source>Filter channels</source>
        <translation>Channels filtern</translation>
    </message>
    <message>
        <source>Filter the channel table by name</source>
        <translation>Die Channel-Tabelle nach Namen filtern</translation>
    </message>
    <message>
        <source>Channels and their occupancy</source>
        <translation>Channels und ihre Belegung</translation>
    </message>
</context>
<context>
    <name>Presence::DashboardStatusBar</name>
    <message>
        <source>Keyset</source>
        <translation>Keyset</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Datenalter</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Nächste Aktualisierung</translation>
    </message>
    <message>
        <source>no keyset</source>
        <translation>kein Keyset</translation>
    </message>
    <message>
        <source>keyset %1</source>
        <translation>Keyset %1</translation>
    </message>
    <message>
        <source>not refreshed yet</source>
        <translation>noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>refreshed %1 s ago</source>
        <translation>vor %1 s aktualisiert</translation>
    </message>
    <message>
        <source>data age %1 s</source>
        <translation>Datenalter %1 s</translation>
    </message>
    <message>
        <source>last error: none</source>
        <translation>letzter Fehler: keiner</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>refreshing...</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>next refresh in %1 s</source>
        <translation>nächste Aktualisierung in %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presence::DemoBanner</name>
    <message>
        <source>Connect a real keyset...</source>
        <translation>Echtes Keyset verbinden…</translation>
    </message>
    <message>
        <source>Connect a real keyset</source>
        <translation>Echtes Keyset verbinden</translation>
    </message>
    <message>
        <source>Simulation notice</source>
        <translation>Hinweis zur Simulation</translation>
    </message>
    <message numerus="yes">
        <source>This is a simulation: a local presence server with %n simulated users. Nothing here reaches PubNub.</source>
        <translation>
            <numerusform>Dies ist eine Simulation: ein lokaler Presence-Server mit %n simulierten Benutzer. Nichts davon erreicht PubNub.</numerusform>
            <numerusform>Dies ist eine Simulation: ein lokaler Presence-Server mit %n simulierten Benutzern. Nichts davon erreicht PubNub.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a simulation: a local presence server with simulated users. Nothing here reaches PubNub.</source>
        <translation>Dies ist eine Simulation: ein lokaler Presence-Server mit simulierten Benutzern. Nichts davon erreicht PubNub.</translation>
    </message>
</context>
<context>
    <name>Presence::HistoryExportDialog</name>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Channels:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Presence::HistoryIntegration</name>
    <message>
        <source>Occupancy &amp;Now…</source>
        <translation>Belegung &amp;jetzt…</translation>
    </message>
    <message>
        <source>Save the occupancy of every watched channel as CSV.</source>
        <translation>Die Belegung aller beobachteten Channels als CSV speichern.</translation>
    </message>
    <message>
        <source>O&amp;ccupants of the Selected Channel…</source>
        <translation>&amp;Teilnehmer des ausgewählten Channels…</translation>
    </message>
    <message>
        <source>Save the occupants of the selected channel with their state as CSV.</source>
        <translation>Die Teilnehmer des ausgewählten Channels mit ihrem Zustand als CSV speichern.</translation>
    </message>
    <message>
        <source>&amp;History of the Selected Channels…</source>
        <translation>&amp;Verlauf der ausgewählten Channels…</translation>
    </message>
    <message>
        <source>Save the recorded occupancy over a time range as CSV.</source>
        <translation>Die aufgezeichnete Belegung über einen Zeitraum als CSV speichern.</translation>
    </message>
    <message>
        <source>&amp;Record Each Refresh to CSV…</source>
        <translation>Jede Aktualisierung als CSV &amp;aufzeichnen…</translation>
    </message>
    <message>
        <source>Append the occupancy of every refresh to a CSV file as it happens, for other tools to read.</source>
        <translation>Die Belegung jeder Aktualisierung sofort an eine CSV-Datei anhängen, damit andere Programme sie lesen können.</translation>
    </message>
    <message>
        <source>Record &amp;Occupants of the Selected Channel</source>
        <translation>Teilnehmer des ausgewählten Channels &amp;mit aufzeichnen</translation>
    </message>
    <message>
        <source>Also keep the occupants and their state in the history at every refresh of the selected channel.</source>
        <translation>Bei jeder Aktualisierung des ausgewählten Channels auch die Teilnehmer und ihren Zustand im Verlauf speichern.</translation>
    </message>
    <message>
        <source>Record Each Refresh to CSV</source>
        <translation>Jede Aktualisierung als CSV aufzeichnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Presence::MainWindow</name>
    <message>
        <source>Presence Dashboard</source>
        <translation>Presence Dashboard</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Refresh now (F5); answers younger than 3 s come from the cache</source>
        <translation>Jetzt aktualisieren (F5); Antworten, die jünger als 3 s sind, kommen aus dem Cache</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the automatic refresh (Ctrl+P)</source>
        <translation>Die automatische Aktualisierung anhalten oder fortsetzen (Strg+P)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Add channels</source>
        <translation>Channels &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add channels or channel groups to the watch list (Ctrl+N)</source>
        <translation>Channels oder Channel-Gruppen zur Beobachtungsliste hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export occupancy</source>
        <translation>Belegung exportieren</translation>
    </message>
    <message>
        <source>No export is available yet</source>
        <translation>Noch ist kein Export verfügbar</translation>
    </message>
    <message>
        <source>Refresh error</source>
        <translation>Aktualisierungsfehler</translation>
    </message>
    <message>
        <source>Occupancy chart</source>
        <translation>Belegungsdiagramm</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Channels</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Diagra&amp;mm</translation>
    </message>
    <message>
        <source>Channel views</source>
        <translation>Channel-Ansichten</translation>
    </message>
    <message>
        <source>The occupants of %1 could not be loaded. %2</source>
        <translation>Die Teilnehmer von %1 konnten nicht geladen werden. %2</translation>
    </message>
    <message>
        <source>%1 - Presence Dashboard</source>
        <translation>%1 – Presence Dashboard</translation>
    </message>
    <message>
        <source>Demo keyset (simulation)</source>
        <translation>Demo-Keyset (Simulation)</translation>
    </message>
    <message>
        <source>Manage profiles...</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>the channels %1 and the channel groups %2</source>
        <translation>die Channels %1 und die Channel-Gruppen %2</translation>
    </message>
    <message>
        <source>the channel groups %1</source>
        <translation>die Channel-Gruppen %1</translation>
    </message>
    <message>
        <source>the channels %1</source>
        <translation>die Channels %1</translation>
    </message>
    <message>
        <source>Access was denied to %1. Check the auth key of this keyset in the profile: it needs read access to them.</source>
        <translation>Der Zugriff auf %1 wurde verweigert. Prüfen Sie den Auth-Key dieses Keysets im Profil: Er braucht Lesezugriff darauf.</translation>
    </message>
    <message>
        <source>&amp;Manage profiles...</source>
        <translation>&amp;Profile verwalten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Presence Dashboard</source>
        <translation>&amp;Über Presence Dashboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Set the state in the editor</source>
        <translation>Den Zustand im Editor setzen</translation>
    </message>
    <message>
        <source>Remove the selected watch list entry</source>
        <translation>Den ausgewählten Eintrag der Beobachtungsliste entfernen</translation>
    </message>
    <message>
        <source>&amp;Filter the focused list</source>
        <translation>Fokussierte Liste &amp;filtern</translation>
    </message>
</context>
<context>
    <name>Presence::OccupancyChartView</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Add channels to the watch list to chart their occupancy.</source>
        <translation>Fügen Sie Channels zur Beobachtungsliste hinzu, um ihre Belegung darzustellen.</translation>
    </message>
    <message>
        <source>No occupancy was recorded for these channels in this range.</source>
        <translation>Für diese Channels wurde in diesem Zeitraum keine Belegung aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>Presence::OccupantListModel</name>
    <message>
        <source>User id</source>
        <translation>User-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Channels (Where Now)</source>
        <translation>Channels (Where Now)</translation>
    </message>
</context>
<context>
    <name>Presence::OccupantPanel</name>
    <message>
        <source>Occupant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Select an occupant to see its channels and state.</source>
        <translation>Wählen Sie einen Teilnehmer aus, um seine Channels und seinen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>Selected occupant</source>
        <translation>Ausgewählter Teilnehmer</translation>
    </message>
    <message>
        <source>Where Now error</source>
        <translation>Where-Now-Fehler</translation>
    </message>
    <message>
        <source>Presence state editor</source>
        <translation>Editor für den Presence-Zustand</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>User-ID: %1</translation>
    </message>
    <message>
        <source>(in no channel now)</source>
        <translation>(derzeit in keinem Channel)</translation>
    </message>
    <message>
        <source>The channels of %1 could not be listed. %2</source>
        <translation>Die Channels von %1 konnten nicht aufgelistet werden. %2</translation>
    </message>
    <message>
        <source>&amp;Where Now: the user&apos;s channels and its state on each</source>
        <translation>&amp;Where Now: Channels des Benutzers mit seinem Zustand</translation>
    </message>
    <message>
        <source>Channels the selected user is in, with its state</source>
        <translation>Channels, in denen sich der ausgewählte Benutzer befindet, mit seinem Zustand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Press Enter to show the occupants of %1.</source>
        <translation>Drücken Sie die Eingabetaste, um die Teilnehmer von %1 anzuzeigen.</translation>
    </message>
    <message>
        <source>(no state)</source>
        <translation>(kein Zustand)</translation>
    </message>
    <message>
        <source>(state not available)</source>
        <translation>(Zustand nicht verfügbar)</translation>
    </message>
    <message>
        <source>The state of %1 on its channels could not be read. %2</source>
        <translation>Der Zustand von %1 auf seinen Channels konnte nicht gelesen werden. %2</translation>
    </message>
</context>
<context>
    <name>Presence::OccupantTableWidget</name>
    <message>
        <source>Occupants: select a channel</source>
        <translation>Teilnehmer: Wählen Sie einen Channel aus</translation>
    </message>
    <message>
        <source>Filter by user id or state</source>
        <translation>Nach User-ID oder Zustand filtern</translation>
    </message>
    <message>
        <source>Filter the occupants by user id or state text</source>
        <translation>Die Teilnehmer nach User-ID oder Zustandstext filtern</translation>
    </message>
    <message>
        <source>Occupants of the selected channel</source>
        <translation>Teilnehmer des ausgewählten Channels</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>Load every occupant of the channel</source>
        <translation>Alle Teilnehmer des Channels laden</translation>
    </message>
    <message>
        <source>Occupant error</source>
        <translation>Teilnehmerfehler</translation>
    </message>
    <message>
        <source>Occupants of %1</source>
        <translation>Teilnehmer von %1</translation>
    </message>
    <message>
        <source>Occupants of %1 (%2)</source>
        <translation>Teilnehmer von %1 (%2)</translation>
    </message>
    <message>
        <source>Listed %1 of %2 occupants: the channel changed while its pages were read, so %3 occupants were on no page. The next refresh reads the list again.</source>
        <translation>Es wurden %1 von %2 Teilnehmern aufgeführt: Der Channel hat sich geändert, während seine Seiten gelesen wurden, daher standen %3 Teilnehmer auf keiner Seite. Die nächste Aktualisierung liest die Liste erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more occupant(s) not listed, because the table stops at the occupant limit of the settings.</source>
        <translation>
            <numerusform>%Ln weiterer Teilnehmer ist nicht aufgeführt, weil die Tabelle beim Teilnehmerlimit der Einstellungen endet.</numerusform>
            <numerusform>%Ln weitere Teilnehmer sind nicht aufgeführt, weil die Tabelle beim Teilnehmerlimit der Einstellungen endet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presence::PresenceServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3. Choose another address or port.</source>
        <translation>Der Server kann nicht auf %1, Port %2 hören: %3. Wählen Sie eine andere Adresse oder einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>Presence::PresenceService</name>
    <message>
        <source>No channel was given for the channel group &quot;%1&quot;. Name at least one channel to add or remove.</source>
        <translation>Für die Channel-Gruppe „%1“ wurde kein Channel angegeben. Nennen Sie mindestens einen Channel, der hinzugefügt oder entfernt werden soll.</translation>
    </message>
</context>
<context>
    <name>Presence::ProfileStore</name>
    <message>
        <source>The profile name is empty. Enter a name such as &quot;Production&quot;.</source>
        <translation>Der Profilname ist leer. Geben Sie einen Namen wie „Produktion“ ein.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; starts or ends with spaces. Remove them.</source>
        <translation>Der Profilname „%1“ beginnt oder endet mit Leerzeichen. Entfernen Sie diese.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; contains a slash. Use a name without / or \.</source>
        <translation>Der Profilname „%1“ enthält einen Schrägstrich. Verwenden Sie einen Namen ohne / oder \.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secrets of &quot;%1&quot; were not saved. You will be asked for them when connecting.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher wurden die Secrets von „%1“ nicht gespeichert. Sie werden beim Verbinden danach gefragt.</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be saved in the system keychain: %2</source>
        <translation>Die Secrets von „%1“ konnten nicht im Systemschlüsselbund gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Presence::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>At least 3 s, because the presence service caches Here Now answers for 3 s.</source>
        <translation>Mindestens 3 s, weil der Presence-Dienst Here-Now-Antworten 3 s lang zwischenspeichert.</translation>
    </message>
    <message>
        <source>Occupant limit</source>
        <translation>Teilnehmerlimit</translation>
    </message>
    <message>
        <source>The most occupants of the selected channel that a refresh loads, in pages of 1,000. &quot;Load all&quot; in the occupant table goes past it.</source>
        <translation>Die maximale Anzahl der Teilnehmer des ausgewählten Channels, die eine Aktualisierung lädt, in Seiten zu je 1.000. „Alle laden“ in der Teilnehmertabelle geht darüber hinaus.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisierung alle:</translation>
    </message>
    <message>
        <source>&amp;Occupant limit:</source>
        <translation>&amp;Teilnehmerlimit:</translation>
    </message>
    <message>
        <source>This session refreshes every %1 s, as --refresh asked. A new interval set here replaces it at once and is saved.</source>
        <translation>Diese Sitzung aktualisiert alle %1 s, wie mit --refresh angegeben. Ein hier gesetztes neues Intervall ersetzt diesen Wert sofort und wird gespeichert.</translation>
    </message>
    <message>
        <source>Changes apply at once and are saved for the next start.</source>
        <translation>Änderungen gelten sofort und werden für den nächsten Start gespeichert.</translation>
    </message>
    <message>
        <source>Days of occupancy history kept</source>
        <translation>Aufbewahrungsdauer des Belegungsverlaufs in Tagen</translation>
    </message>
    <message>
        <source>Occupancy samples older than this are deleted from the history in the background.</source>
        <translation>Ältere Belegungswerte werden im Hintergrund aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Verlauf aufbewahren für:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presence::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>Presence::WatchListWidget</name>
    <message>
        <source>Watch list</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter the watch list</source>
        <translation>Die Beobachtungsliste filtern</translation>
    </message>
    <message>
        <source>Watched channels and channel groups</source>
        <translation>Beobachtete Channels und Channel-Gruppen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected entries from the watch list</source>
        <translation>Die ausgewählten Einträge von der Beobachtungsliste entfernen</translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translation>Gruppe auf&amp;klappen</translation>
    </message>
    <message>
        <source>List the channels of the selected channel group</source>
        <translation>Die Channels der ausgewählten Channel-Gruppe auflisten</translation>
    </message>
    <message>
        <source>Channel names, separated by commas, spaces or lines</source>
        <translation>Channel-Namen, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>Names to add to the watch list</source>
        <translation>Namen, die zur Beobachtungsliste hinzugefügt werden</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Channel groups</source>
        <translation>Channel-Gruppen</translation>
    </message>
    <message>
        <source>Kind of the names to add</source>
        <translation>Art der hinzuzufügenden Namen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>H&amp;inzufügen</translation>
    </message>
    <message>
        <source>Add the names to the watch list</source>
        <translation>Die Namen zur Beobachtungsliste hinzufügen</translation>
    </message>
    <message>
        <source>Watch list message</source>
        <translation>Meldung der Beobachtungsliste</translation>
    </message>
    <message>
        <source>Type one or more channel names to add.</source>
        <translation>Geben Sie einen oder mehrere Channel-Namen ein, die hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>Type one or more channel group names to add.</source>
        <translation>Geben Sie einen oder mehrere Namen von Channel-Gruppen ein, die hinzugefügt werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was added, because %n entries are invalid. Correct them and add again:</source>
        <translation>
            <numerusform>Es wurde nichts hinzugefügt, weil %n Eintrag ungültig ist. Korrigieren Sie ihn und fügen Sie erneut hinzu:</numerusform>
            <numerusform>Es wurde nichts hinzugefügt, weil %n Einträge ungültig sind. Korrigieren Sie sie und fügen Sie erneut hinzu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every name is already on the watch list.</source>
        <translation>Alle Namen stehen bereits auf der Beobachtungsliste.</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Channel %1</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <source>Channel group %1</source>
        <translation>Channel-Gruppe %1</translation>
    </message>
    <message>
        <source>Channel %1 in the group %2</source>
        <translation>Channel %1 in der Gruppe %2</translation>
    </message>
    <message>
        <source>The channel group %1 has no channels.</source>
        <translation>Die Channel-Gruppe %1 hat keine Channels.</translation>
    </message>
    <message>
        <source>The channels of the group %1 could not be listed. %2</source>
        <translation>Die Channels der Gruppe %1 konnten nicht aufgelistet werden. %2</translation>
    </message>
</context>
<context>
    <name>PresenceError</name>
    <message>
        <source>no details were given</source>
        <translation>es wurden keine Details angegeben</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>The input is invalid, so nothing was sent. Correct the input and try again.</source>
        <translation>Die Eingabe ist ungültig, daher wurde nichts gesendet. Korrigieren Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The presence server could not be reached (%1). Check the origin and the network connection.</source>
        <translation>Der Presence-Server war nicht erreichbar (%1). Prüfen Sie den Origin und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The presence server did not respond in time. Check the origin, or raise the request timeout.</source>
        <translation>Der Presence-Server hat nicht rechtzeitig geantwortet. Prüfen Sie den Origin oder erhöhen Sie das Zeitlimit für Anfragen.</translation>
    </message>
    <message>
        <source>Access was denied to the channels %1 and the channel groups %2. Check that the auth key grants access to them.</source>
        <translation>Der Zugriff auf die Channels %1 und die Channel-Gruppen %2 wurde verweigert. Prüfen Sie, ob der Auth-Key Zugriff darauf gewährt.</translation>
    </message>
    <message>
        <source>Access was denied to the channels %1. Check that the auth key grants access to them.</source>
        <translation>Der Zugriff auf die Channels %1 wurde verweigert. Prüfen Sie, ob der Auth-Key Zugriff darauf gewährt.</translation>
    </message>
    <message>
        <source>Access was denied to the channel groups %1. Check that the auth key grants access to them.</source>
        <translation>Der Zugriff auf die Channel-Gruppen %1 wurde verweigert. Prüfen Sie, ob der Auth-Key Zugriff darauf gewährt.</translation>
    </message>
    <message>
        <source>Access was denied (HTTP %1: %2). Check the auth key and the secret key.</source>
        <translation>Der Zugriff wurde verweigert (HTTP %1: %2). Prüfen Sie den Auth-Key und den Secret Key.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP %1: %2). Check the channel names, the state and the limits of the request.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (HTTP %1: %2). Prüfen Sie die Channel-Namen, den Zustand und die Grenzwerte der Anfrage.</translation>
    </message>
    <message>
        <source>This feature is not enabled for the subscribe key (HTTP %1: %2). Enable it for the key in the PubNub admin portal, or use another key.</source>
        <translation>Diese Funktion ist für den Subscribe Key nicht aktiviert (HTTP %1: %2). Aktivieren Sie sie für den Key im PubNub-Admin-Portal oder verwenden Sie einen anderen Key.</translation>
    </message>
    <message>
        <source>The request URL is too long for the server (HTTP %1). Ask for fewer channels or send a smaller state.</source>
        <translation>Die URL der Anfrage ist für den Server zu lang (HTTP %1). Fragen Sie weniger Channels ab oder senden Sie einen kleineren Zustand.</translation>
    </message>
    <message numerus="yes">
        <source>The server limited the request rate (HTTP %1). Retry in %n second(s).</source>
        <translation>
            <numerusform>Der Server hat die Anfragerate begrenzt (HTTP %1). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server hat die Anfragerate begrenzt (HTTP %1). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server limited the request rate (HTTP %1). Wait a few seconds and retry.</source>
        <translation>Der Server hat die Anfragerate begrenzt (HTTP %1). Warten Sie einige Sekunden und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The presence server failed with HTTP status %1 (%2). Try again later.</source>
        <translation>Der Presence-Server meldete einen Fehler mit HTTP-Status %1 (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server response (HTTP %1) is not a valid presence response: %2. Check that the origin points to a presence server.</source>
        <translation>Die Serverantwort (HTTP %1) ist keine gültige Presence-Antwort: %2. Prüfen Sie, ob der Origin auf einen Presence-Server zeigt.</translation>
    </message>
    <message>
        <source>The server response is larger than the allowed size, so it was not read. Ask for fewer channels, or set a limit.</source>
        <translation>Die Serverantwort ist größer als erlaubt und wurde daher nicht gelesen. Fragen Sie weniger Channels ab oder setzen Sie ein Limit.</translation>
    </message>
    <message>
        <source>The server has no such endpoint (HTTP %1: %2). Check the origin and the subscribe key.</source>
        <translation>Der Server hat keinen solchen Endpunkt (HTTP %1: %2). Prüfen Sie den Origin und den Subscribe Key.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request failed with HTTP status %1.</source>
        <translation>Die Anfrage ist mit HTTP-Status %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Antwortinhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>payload.channels is not an object</source>
        <translation>payload.channels ist kein Objekt</translation>
    </message>
    <message>
        <source>the body has neither a payload nor an occupancy</source>
        <translation>der Antwortinhalt hat weder payload noch occupancy</translation>
    </message>
    <message>
        <source>payload.channels is not a list</source>
        <translation>payload.channels ist keine Liste</translation>
    </message>
    <message>
        <source>the payload is not an object</source>
        <translation>payload ist kein Objekt</translation>
    </message>
    <message>
        <source>the body has no status 200</source>
        <translation>der Antwortinhalt hat nicht den Status 200</translation>
    </message>
    <message>
        <source>payload.groups is not a list</source>
        <translation>payload.groups ist keine Liste</translation>
    </message>
    <message>
        <source>The server does not know the subscribe key (HTTP %1: %2). Check the subscribe key of the keyset.</source>
        <translation>Der Server kennt den Subscribe Key nicht (HTTP %1: %2). Prüfen Sie den Subscribe Key des Keysets.</translation>
    </message>
</context>
<context>
    <name>Presencectl</name>
    <message>
        <source>User id of the caller (environment: PN_USER_ID). Without one, a generated id kept in the settings is used.</source>
        <translation>User-ID des Aufrufers (Umgebungsvariable: PN_USER_ID). Fehlt sie, wird eine erzeugte, in den Einstellungen gespeicherte ID verwendet.</translation>
    </message>
    <message>
        <source>No subscribe key is set: pass --subscribe-key or set PN_SUBSCRIBE_KEY.</source>
        <translation>Es ist kein Subscribe Key gesetzt: Übergeben Sie --subscribe-key oder setzen Sie PN_SUBSCRIBE_KEY.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --%2 is not a whole number.</source>
        <translation>Der Wert „%1“ von --%2 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Output format: %1 (default json).</source>
        <translation>Ausgabeformat: %1 (Standard: json).</translation>
    </message>
    <message>
        <source>The output format &quot;%1&quot; is not supported: use one of %2.</source>
        <translation>Das Ausgabeformat „%1“ wird nicht unterstützt: Verwenden Sie eines der Formate %2.</translation>
    </message>
    <message>
        <source>List who is online in channels and channel groups. With no --channels and no --channel-groups, lists the whole subscribe key (global Here Now).</source>
        <translation>Listet auf, wer in Channels und Channel-Gruppen online ist. Ohne --channels und --channel-groups wird der ganze Subscribe Key aufgelistet (globales Here Now).</translation>
    </message>
    <message>
        <source>Channels, separated by commas.</source>
        <translation>Channels, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Channel groups, separated by commas.</source>
        <translation>Channel-Gruppen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Include each occupant&apos;s presence state.</source>
        <translation>Gibt auch den Presence-Zustand jedes Teilnehmers aus.</translation>
    </message>
    <message>
        <source>Return occupancy counts only.</source>
        <translation>Gibt nur die Belegungszahlen aus.</translation>
    </message>
    <message>
        <source>Occupants listed per channel, 0 to 1000.</source>
        <translation>Anzahl der aufgeführten Teilnehmer pro Channel, 0 bis 1000.</translation>
    </message>
    <message>
        <source>Index of the first occupant listed per channel.</source>
        <translation>Index des ersten aufgeführten Teilnehmers pro Channel.</translation>
    </message>
    <message>
        <source>Follow limit and offset until every occupant is listed.</source>
        <translation>Folgt Limit und Offset, bis alle Teilnehmer aufgeführt sind.</translation>
    </message>
    <message>
        <source>--state needs the user ids: leave out --no-user-ids to include state.</source>
        <translation>--state braucht die User-IDs: Lassen Sie --no-user-ids weg, um den Zustand einzuschließen.</translation>
    </message>
    <message>
        <source>The user to look up (default: the caller).</source>
        <translation>Der Benutzer, der nachgeschlagen wird (Standard: der Aufrufer).</translation>
    </message>
    <message>
        <source>List the channels a user is in.</source>
        <translation>Listet die Channels auf, in denen sich ein Benutzer befindet.</translation>
    </message>
    <message>
        <source>where-now takes at most one user id, but %1 were given.</source>
        <translation>where-now nimmt höchstens eine User-ID an, es wurden aber %1 angegeben.</translation>
    </message>
    <message>
        <source>Read a user&apos;s presence state on channels and groups.</source>
        <translation>Liest den Presence-Zustand eines Benutzers auf Channels und Gruppen.</translation>
    </message>
    <message>
        <source>The user whose state to read (default: the caller).</source>
        <translation>Der Benutzer, dessen Zustand gelesen wird (Standard: der Aufrufer).</translation>
    </message>
    <message>
        <source>Set a user&apos;s presence state on channels and groups. The state replaces the previous one.</source>
        <translation>Setzt den Presence-Zustand eines Benutzers auf Channels und Gruppen. Der Zustand ersetzt den vorherigen.</translation>
    </message>
    <message>
        <source>The user whose state to set (default: the caller).</source>
        <translation>Der Benutzer, dessen Zustand gesetzt wird (Standard: der Aufrufer).</translation>
    </message>
    <message>
        <source>The state, a JSON object such as &apos;{&quot;mood&quot;:&quot;ok&quot;}&apos;.</source>
        <translation>Der Zustand als JSON-Objekt, etwa &apos;{&quot;mood&quot;:&quot;ok&quot;}&apos;.</translation>
    </message>
    <message>
        <source>No state was given: pass --state with a JSON object, such as --state &apos;{&quot;mood&quot;:&quot;ok&quot;}&apos;.</source>
        <translation>Es wurde kein Zustand angegeben: Übergeben Sie --state mit einem JSON-Objekt, etwa --state &apos;{&quot;mood&quot;:&quot;ok&quot;}&apos;.</translation>
    </message>
    <message>
        <source>List who is online in channels.</source>
        <translation>Listet auf, wer in Channels online ist.</translation>
    </message>
    <message>
        <source>Read a user&apos;s presence state.</source>
        <translation>Liest den Presence-Zustand eines Benutzers.</translation>
    </message>
    <message>
        <source>Set a user&apos;s presence state.</source>
        <translation>Setzt den Presence-Zustand eines Benutzers.</translation>
    </message>
    <message>
        <source>Export occupancy to a CSV file.</source>
        <translation>Exportiert die Belegung in eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Run a local PubNub-compatible presence server.</source>
        <translation>Startet einen lokalen, PubNub-kompatiblen Presence-Server.</translation>
    </message>
    <message>
        <source>Usage: presencectl COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: presencectl BEFEHL [OPTIONEN]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;presencectl COMMAND --help&quot; for the options of a command.
</source>
        <translation>
Führen Sie „presencectl BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: run &quot;presencectl --help&quot; for the list.</source>
        <translation>Unbekannter Befehl „%1“: Führen Sie „presencectl --help“ aus, um die Liste der Befehle zu sehen.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>OCCUPANCY</source>
        <translation>BELEGUNG</translation>
    </message>
    <message>
        <source>USER ID</source>
        <translation>USER-ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s), %1 occupant(s) in total.</source>
        <translation>
            <numerusform>%n Channel, insgesamt %1 Teilnehmer.</numerusform>
            <numerusform>%n Channels, insgesamt %1 Teilnehmer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Run &quot;presencectl %2 --help&quot; for the options.</source>
        <translation>%1 Führen Sie „presencectl %2 --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Listed %1 of the %2 occupants of &quot;%3&quot;: pass --all-pages to list them all.</source>
        <translation>Es wurden %1 der %2 Teilnehmer von „%3“ aufgeführt: Übergeben Sie --all-pages, um alle aufzuführen.</translation>
    </message>
    <message>
        <source>The limit %1 is invalid: give a number of occupants from 0 to 1000 per channel.</source>
        <translation>Das Limit %1 ist ungültig: Geben Sie eine Anzahl Teilnehmer von 0 bis 1000 pro Channel an.</translation>
    </message>
    <message>
        <source>The option --%1 applies to snapshots only: leave it out with --history.</source>
        <translation>Die Option --%1 gilt nur für Momentaufnahmen: Lassen Sie sie zusammen mit --history weg.</translation>
    </message>
    <message>
        <source>The option --%1 is missing: --history needs --from and --to as ISO 8601 times, such as 2026-12-04T19:40:00Z.</source>
        <translation>Die Option --%1 fehlt: --history braucht --from und --to als Zeiten nach ISO 8601, etwa 2026-12-04T19:40:00Z.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not an ISO 8601 time: write it like 2026-12-04T19:40:00Z.</source>
        <translation>Die Zeit „%1“ ist keine Zeit nach ISO 8601: Schreiben Sie sie wie 2026-12-04T19:40:00Z.</translation>
    </message>
    <message>
        <source>The option --%1 applies to --history exports only: add --history or leave it out.</source>
        <translation>Die Option --%1 gilt nur für Exporte mit --history: Ergänzen Sie --history oder lassen Sie die Option weg.</translation>
    </message>
    <message>
        <source>No channels are given: pass --channels a,b or --channel-groups g.</source>
        <translation>Es sind keine Channels angegeben: Übergeben Sie --channels a,b oder --channel-groups g.</translation>
    </message>
    <message>
        <source>Export occupancy to a CSV file (RFC 4180, UTF-8, times in UTC): a snapshot of channels now, or with --history the recorded occupancy of the dashboard.</source>
        <translation>Exportiert die Belegung in eine CSV-Datei (RFC 4180, UTF-8, Zeiten in UTC): eine Momentaufnahme der Channels oder mit --history die vom Dashboard aufgezeichnete Belegung.</translation>
    </message>
    <message>
        <source>Channels to export, separated by commas.</source>
        <translation>Zu exportierende Channels, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Channel groups to export, separated by commas.</source>
        <translation>Zu exportierende Channel-Gruppen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Export one row per occupant with the state as JSON, instead of one row per channel.</source>
        <translation>Exportiert eine Zeile pro Teilnehmer mit dem Zustand als JSON statt einer Zeile pro Channel.</translation>
    </message>
    <message>
        <source>The CSV file to write; an existing file is replaced only once the export is complete.</source>
        <translation>Die zu schreibende CSV-Datei. Eine vorhandene Datei wird erst ersetzt, wenn der Export vollständig ist.</translation>
    </message>
    <message>
        <source>Export recorded occupancy from the history database.</source>
        <translation>Exportiert die aufgezeichnete Belegung aus der Verlaufsdatenbank.</translation>
    </message>
    <message>
        <source>Start of the history range, ISO 8601 (UTC unless an offset is given).</source>
        <translation>Beginn des Verlaufszeitraums nach ISO 8601 (UTC, sofern kein Offset angegeben ist).</translation>
    </message>
    <message>
        <source>End of the history range, ISO 8601 (UTC unless an offset is given).</source>
        <translation>Ende des Verlaufszeitraums nach ISO 8601 (UTC, sofern kein Offset angegeben ist).</translation>
    </message>
    <message>
        <source>The history database (default: the dashboard&apos;s).</source>
        <translation>Die Verlaufsdatenbank (Standard: die des Dashboards).</translation>
    </message>
    <message>
        <source>Export only the history of this keyset (default: all).</source>
        <translation>Exportiert nur den Verlauf dieses Keysets (Standard: alle).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: the export command takes options only.</source>
        <translation>Unerwartetes Argument „%1“: Der Befehl export nimmt nur Optionen an.</translation>
    </message>
    <message>
        <source>No output file is given: pass --output FILE.csv.</source>
        <translation>Es ist keine Ausgabedatei angegeben: Übergeben Sie --output DATEI.csv.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for --%2: give a whole number from %3 to %4.</source>
        <translation>Ungültiger Wert „%1“ für --%2: Geben Sie eine ganze Zahl von %3 bis %4 an.</translation>
    </message>
    <message>
        <source>Runs a local PubNub-compatible presence server. The first line on stdout is &quot;listening on http://ADDRESS:PORT&quot;. Stop it with Ctrl+C or SIGTERM. Secrets given as options show up in process listings: prefer PN_AUTH_KEY, PN_SECRET_KEY and PN_PUBLISH_KEY.</source>
        <translation>Startet einen lokalen, PubNub-kompatiblen Presence-Server. Die erste Zeile auf stdout lautet „listening on http://ADDRESS:PORT“. Beenden Sie ihn mit Strg+C oder SIGTERM. Als Optionen übergebene Secrets sind in Prozesslisten sichtbar: Verwenden Sie besser PN_AUTH_KEY, PN_SECRET_KEY und PN_PUBLISH_KEY.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1). Other addresses expose the server to the network.</source>
        <translation>Adresse, auf der der Server hört (Standard: 127.0.0.1). Andere Adressen machen den Server im Netzwerk erreichbar.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 0).</source>
        <translation>Port, auf dem der Server hört. 0 wählt einen freien Port (Standard: 0).</translation>
    </message>
    <message>
        <source>Subscribe key the server answers for (default demo).</source>
        <translation>Subscribe Key, für den der Server antwortet (Standard: demo).</translation>
    </message>
    <message>
        <source>Presence timeout in seconds for clients that name none (default 300).</source>
        <translation>Presence-Timeout in Sekunden für Clients, die keines angeben (Standard: 300).</translation>
    </message>
    <message>
        <source>Occupancy above which a channel sends interval events instead of joins and leaves (default 20).</source>
        <translation>Belegung, ab der ein Channel Interval-Events statt Join- und Leave-Events sendet (Standard: 20).</translation>
    </message>
    <message>
        <source>Seconds between interval events (default 10).</source>
        <translation>Sekunden zwischen Interval-Events (Standard: 10).</translation>
    </message>
    <message>
        <source>Answer every Here Now fresh instead of caching it for 3 s.</source>
        <translation>Beantwortet jedes Here Now neu, statt es 3 s lang zwischenzuspeichern.</translation>
    </message>
    <message>
        <source>Send the 2016-2024 JSON layout (spaced, non-ASCII escaped) instead of the compact 2025 one.</source>
        <translation>Sendet das JSON-Layout von 2016–2024 (mit Leerzeichen, Nicht-ASCII-Zeichen maskiert) statt des kompakten Layouts von 2025.</translation>
    </message>
    <message>
        <source>Require this auth key on every request and deny others with 403 (environment: PN_AUTH_KEY).</source>
        <translation>Verlangt diesen Auth-Key bei jeder Anfrage und weist andere mit 403 ab (Umgebungsvariable: PN_AUTH_KEY).</translation>
    </message>
    <message>
        <source>Require a valid v2 signature made with this secret key (environment: PN_SECRET_KEY).</source>
        <translation>Verlangt eine gültige v2-Signatur mit diesem Secret Key (Umgebungsvariable: PN_SECRET_KEY).</translation>
    </message>
    <message>
        <source>Publish key that clients include in signatures (environment: PN_PUBLISH_KEY).</source>
        <translation>Publish Key, den Clients in Signaturen einbeziehen (Umgebungsvariable: PN_PUBLISH_KEY).</translation>
    </message>
    <message>
        <source>Add a simulated crowd of this many users (default 0).</source>
        <translation>Fügt so viele simulierte Benutzer hinzu (Standard: 0).</translation>
    </message>
    <message>
        <source>Seed of the simulated crowd, so that a run can be repeated (default: a new one, which is logged).</source>
        <translation>Seed der simulierten Benutzer, damit sich ein Lauf wiederholen lässt (Standard: ein neuer, der protokolliert wird).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: serve takes options only.</source>
        <translation>Unerwartetes Argument „%1“: serve nimmt nur Optionen an.</translation>
    </message>
    <message>
        <source>Invalid address &quot;%1&quot; for --bind: give an IP address such as 127.0.0.1.</source>
        <translation>Ungültige Adresse „%1“ für --bind: Geben Sie eine IP-Adresse wie 127.0.0.1 an.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for --seed: give a whole number from 1 to 4294967295.</source>
        <translation>Ungültiger Wert „%1“ für --seed: Geben Sie eine ganze Zahl von 1 bis 4294967295 an.</translation>
    </message>
    <message>
        <source>The subscribe key is empty: give one with --subscribe-key.</source>
        <translation>Der Subscribe Key ist leer: Geben Sie einen mit --subscribe-key an.</translation>
    </message>
    <message>
        <source>Warning: listening on %1 makes the presence server reachable from other machines. Use --bind 127.0.0.1 to keep it local.</source>
        <translation>Warnung: Wenn der Presence-Server auf %1 hört, ist er von anderen Rechnern erreichbar. Verwenden Sie --bind 127.0.0.1, um ihn lokal zu halten.</translation>
    </message>
    <message>
        <source>Cannot install the signal handlers for a clean shutdown.</source>
        <translation>Die Signal-Handler für ein sauberes Beenden können nicht installiert werden.</translation>
    </message>
    <message>
        <source>Simulating %1 users with seed %2; repeat this run with --seed %2.</source>
        <translation>Es werden %1 Benutzer mit dem Seed %2 simuliert. Wiederholen Sie diesen Lauf mit --seed %2.</translation>
    </message>
    <message>
        <source>No occupancy was recorded for this keyset, these channels and this range, so the file holds the header only. Check --keyset, --channels, --from and --to.</source>
        <translation>Für dieses Keyset, diese Channels und diesen Zeitraum wurde keine Belegung aufgezeichnet, daher enthält die Datei nur die Kopfzeile. Prüfen Sie --keyset, --channels, --from und --to.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>The publish key &quot;%1&quot; contains a space or one of / \ ? # %. Copy the publish key again from the keyset.</source>
        <translation>Der Publish Key „%1“ enthält ein Leerzeichen oder eines der Zeichen / \ ? # %. Kopieren Sie den Publish Key erneut aus dem Keyset.</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Saved the profile %1 and its secrets.</source>
        <translation>Das Profil %1 und seine Secrets wurden gespeichert.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile name error</source>
        <translation>Fehler im Profilnamen</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>The server address with scheme, such as https://ps.pndsn.com or http://127.0.0.1:8090. Empty means the PubNub default.</source>
        <translation>Die Serveradresse mit Schema, etwa https://ps.pndsn.com oder http://127.0.0.1:8090. Leer bedeutet die Standardadresse von PubNub.</translation>
    </message>
    <message>
        <source>Origin error</source>
        <translation>Fehler im Origin</translation>
    </message>
    <message>
        <source>Subscribe key</source>
        <translation>Subscribe Key</translation>
    </message>
    <message>
        <source>Subscribe key error</source>
        <translation>Fehler im Subscribe Key</translation>
    </message>
    <message>
        <source>Publish key</source>
        <translation>Publish Key</translation>
    </message>
    <message>
        <source>Optional for presence calls.</source>
        <translation>Optional für Presence-Aufrufe.</translation>
    </message>
    <message>
        <source>Publish key error</source>
        <translation>Fehler im Publish Key</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>Optional: signs requests on keysets with Access Manager.</source>
        <translation>Optional: signiert Anfragen bei Keysets mit Access Manager.</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Auth-Key</translation>
    </message>
    <message>
        <source>Optional: an Access Manager auth key or token.</source>
        <translation>Optional: ein Auth-Key oder Token des Access Managers.</translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation>Secrets an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Secrets anzeigen</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>User-ID</translation>
    </message>
    <message>
        <source>Generated when empty</source>
        <translation>Wird erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>User id error</source>
        <translation>Fehler in der User-ID</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <source>&amp;Subscribe key:</source>
        <translation>&amp;Subscribe Key:</translation>
    </message>
    <message>
        <source>P&amp;ublish key:</source>
        <translation>Pu&amp;blish Key:</translation>
    </message>
    <message>
        <source>Secr&amp;et key:</source>
        <translation>Secr&amp;et Key:</translation>
    </message>
    <message>
        <source>&amp;Auth key:</source>
        <translation>&amp;Auth-Key:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;User-ID:</translation>
    </message>
    <message>
        <source>Keychain note</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spe&amp;ichern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <source>A profile named %1 exists already. Choose another name.</source>
        <translation>Es gibt bereits ein Profil mit dem Namen %1. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the keys of the new profile, then save it.</source>
        <translation>Geben Sie die Keys des neuen Profils ein und speichern Sie es dann.</translation>
    </message>
    <message>
        <source>The profile was not saved. %1</source>
        <translation>Das Profil wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved the profile %1.</source>
        <translation>Das Profil %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile %1 and its stored secrets? This cannot be undone.</source>
        <translation>Möchten Sie das Profil %1 und seine gespeicherten Secrets löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleted the profile %1.</source>
        <translation>Das Profil %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Checking for a system keychain…</source>
        <translation>Es wird nach einem Systemschlüsselbund gesucht…</translation>
    </message>
    <message>
        <source>The secret key and auth key are stored in the system keychain, never in the settings file.</source>
        <translation>Secret Key und Auth-Key werden im Systemschlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No system keychain is available, so secrets will not be saved; you will be asked for them when connecting.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher werden Secrets nicht gespeichert. Sie werden beim Verbinden danach gefragt.</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Secrets of %1</source>
        <translation>Secrets von %1</translation>
    </message>
    <message>
        <source>The secrets of the profile %1 are not stored, because no system keychain is available. Enter them for this connection; they will not be saved. Leave a field empty if the keyset does not need it.</source>
        <translation>Die Secrets des Profils %1 sind nicht gespeichert, weil kein Systemschlüsselbund verfügbar ist. Geben Sie sie für diese Verbindung ein; sie werden nicht gespeichert. Lassen Sie ein Feld leer, wenn das Keyset es nicht braucht.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Auth-Key</translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation>Secrets an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Secrets anzeigen</translation>
    </message>
    <message>
        <source>Secr&amp;et key:</source>
        <translation>Secr&amp;et Key:</translation>
    </message>
    <message>
        <source>&amp;Auth key:</source>
        <translation>&amp;Auth-Key:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>StateEditorWidget</name>
    <message>
        <source>User id</source>
        <translation>User-ID</translation>
    </message>
    <message>
        <source>The user whose state is loaded and set. Leave it empty for your own user id.</source>
        <translation>Der Benutzer, dessen Zustand geladen und gesetzt wird. Lassen Sie das Feld für Ihre eigene User-ID leer.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>lobby, support</source>
        <translation>lobby, support</translation>
    </message>
    <message>
        <source>Channel names, separated by commas or spaces.</source>
        <translation>Channel-Namen, durch Kommas oder Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>Ausw&amp;ählen</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Channels auswählen</translation>
    </message>
    <message>
        <source>Pick channels from the watch list.</source>
        <translation>Channels aus der Beobachtungsliste auswählen.</translation>
    </message>
    <message>
        <source>Channel groups</source>
        <translation>Channel-Gruppen</translation>
    </message>
    <message>
        <source>Channel group names, separated by commas or spaces.</source>
        <translation>Namen von Channel-Gruppen, durch Kommas oder Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>Zustand laden</translation>
    </message>
    <message>
        <source>Read the state of the user on these channels and groups from the server.</source>
        <translation>Den Zustand des Benutzers auf diesen Channels und Gruppen vom Server lesen.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;User-ID:</translation>
    </message>
    <message>
        <source>Cha&amp;nnels:</source>
        <translation>Cha&amp;nnels:</translation>
    </message>
    <message>
        <source>Channel &amp;groups:</source>
        <translation>Channel-&amp;Gruppen:</translation>
    </message>
    <message>
        <source>State as JSON</source>
        <translation>Zustand als JSON</translation>
    </message>
    <message>
        <source>JSON validation</source>
        <translation>JSON-Prüfung</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>JSON formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON, one value a line.</source>
        <translation>Das JSON einrücken, ein Wert pro Zeile.</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>Kompak&amp;t</translation>
    </message>
    <message>
        <source>Compact JSON</source>
        <translation>JSON kompakt schreiben</translation>
    </message>
    <message>
        <source>Remove the spaces and line breaks between JSON values.</source>
        <translation>Die Leerzeichen und Zeilenumbrüche zwischen den JSON-Werten entfernen.</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Zustand setzen</translation>
    </message>
    <message>
        <source>Replace the state of the user on these channels and groups (Ctrl+Return).</source>
        <translation>Den Zustand des Benutzers auf diesen Channels und Gruppen ersetzen (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>State editor status</source>
        <translation>Status des Zustandseditors</translation>
    </message>
    <message>
        <source>State editor error</source>
        <translation>Fehler im Zustandseditor</translation>
    </message>
    <message>
        <source>Difference from the server value</source>
        <translation>Unterschied zum Serverwert</translation>
    </message>
    <message>
        <source>&amp;Difference from the server value:</source>
        <translation>Unterschied zum Ser&amp;verwert:</translation>
    </message>
    <message>
        <source>State editor and difference</source>
        <translation>Zustandseditor und Unterschied</translation>
    </message>
    <message>
        <source>%1 (your user id)</source>
        <translation>%1 (Ihre User-ID)</translation>
    </message>
    <message>
        <source>No channel or channel group is chosen. Enter at least one to load the state from.</source>
        <translation>Es ist weder ein Channel noch eine Channel-Gruppe gewählt. Geben Sie mindestens einen Channel oder eine Channel-Gruppe an, aus der der Zustand geladen wird.</translation>
    </message>
    <message>
        <source>Loading the state of %1…</source>
        <translation>Der Zustand von %1 wird geladen…</translation>
    </message>
    <message>
        <source>No channel or channel group is chosen. Enter at least one to set the state on.</source>
        <translation>Es ist weder ein Channel noch eine Channel-Gruppe gewählt. Geben Sie mindestens einen Channel oder eine Channel-Gruppe an, auf der der Zustand gesetzt wird.</translation>
    </message>
    <message>
        <source>The state was not set, because setting it for %1 was cancelled.</source>
        <translation>Der Zustand wurde nicht gesetzt, weil das Setzen für %1 abgebrochen wurde.</translation>
    </message>
    <message>
        <source>Setting the state of %1…</source>
        <translation>Der Zustand von %1 wird gesetzt…</translation>
    </message>
    <message>
        <source>Line %1, column %2: the JSON is invalid (%3). Correct it at the marked place.</source>
        <translation>Zeile %1, Spalte %2: Das JSON ist ungültig (%3). Korrigieren Sie es an der markierten Stelle.</translation>
    </message>
    <message>
        <source>Load the state to compare the draft with the value on the server.</source>
        <translation>Laden Sie den Zustand, um den Entwurf mit dem Wert auf dem Server zu vergleichen.</translation>
    </message>
    <message>
        <source>The draft differs from the server value.</source>
        <translation>Der Entwurf weicht vom Serverwert ab.</translation>
    </message>
    <message>
        <source>The draft equals the server value.</source>
        <translation>Der Entwurf stimmt mit dem Serverwert überein.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the state of %1 on %n channel(s).</source>
        <translation>
            <numerusform>Der Zustand von %1 auf %n Channel wurde geladen.</numerusform>
            <numerusform>Der Zustand von %1 auf %n Channels wurde geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The state of %1 differs between channels. The editor shows the state on %2.</source>
        <translation>Der Zustand von %1 unterscheidet sich zwischen den Channels. Der Editor zeigt den Zustand auf %2.</translation>
    </message>
    <message>
        <source>Set the state of %1 on %2.</source>
        <translation>Der Zustand von %1 auf %2 wurde gesetzt.</translation>
    </message>
    <message>
        <source>The state of %1 was not set, and your draft is kept.</source>
        <translation>Der Zustand von %1 wurde nicht gesetzt. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>The state of %1 could not be loaded.</source>
        <translation>Der Zustand von %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Access was denied on these channels: %1.</source>
        <translation>Der Zugriff auf diese Channels wurde verweigert: %1.</translation>
    </message>
    <message>
        <source>Access was denied on these channel groups: %1.</source>
        <translation>Der Zugriff auf diese Channel-Gruppen wurde verweigert: %1.</translation>
    </message>
    <message>
        <source>Set State of Another User</source>
        <translation>Zustand eines anderen Benutzers setzen</translation>
    </message>
    <message>
        <source>You are connected as %1, but this replaces the state of %2 on the chosen channels. Set the state of %2 anyway?</source>
        <translation>Sie sind als %1 verbunden, aber hiermit ersetzen Sie den Zustand von %2 auf den gewählten Channels. Möchten Sie den Zustand von %2 trotzdem setzen?</translation>
    </message>
    <message>
        <source>&amp;Set State of %1</source>
        <translation>Zustand von %1 &amp;setzen</translation>
    </message>
    <message>
        <source>Load the state, or type a JSON object such as {&quot;mood&quot;: &quot;busy&quot;}; {} clears it.</source>
        <translation>Laden Sie den Zustand oder geben Sie ein JSON-Objekt wie {&quot;mood&quot;: &quot;busy&quot;} ein. {} löscht ihn.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The %1 request URL would be %2 bytes long, but the server accepts less than %3 bytes. Use fewer channels or a smaller state.</source>
        <translation>Die URL der %1-Anfrage wäre %2 Bytes lang, der Server akzeptiert aber weniger als %3 Bytes. Verwenden Sie weniger Channels oder einen kleineren Zustand.</translation>
    </message>
    <message>
        <source>The %1 request names no channel and no channel group. Give at least one channel or channel group.</source>
        <translation>Die %1-Anfrage nennt weder einen Channel noch eine Channel-Gruppe. Geben Sie mindestens einen Channel oder eine Channel-Gruppe an.</translation>
    </message>
    <message>
        <source>The channel name is empty. Enter a channel name.</source>
        <translation>Der Channel-Name ist leer. Geben Sie einen Channel-Namen ein.</translation>
    </message>
    <message>
        <source>The channel name &quot;%1&quot; is %2 characters long, but at most %3 are allowed. Use a shorter name.</source>
        <translation>Der Channel-Name „%1“ ist %2 Zeichen lang, erlaubt sind aber höchstens %3. Verwenden Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>The channel name &quot;%1&quot; contains %2, which is not allowed in channel names (no commas, colons, asterisks, slashes, backslashes, spaces or control characters). Remove that character.</source>
        <translation>Der Channel-Name „%1“ enthält %2, was in Channel-Namen nicht erlaubt ist (keine Kommas, Doppelpunkte, Sternchen, Schrägstriche, umgekehrten Schrägstriche, Leerzeichen oder Steuerzeichen). Entfernen Sie dieses Zeichen.</translation>
    </message>
    <message>
        <source>The channel group name is empty. Enter a channel group name.</source>
        <translation>Der Name der Channel-Gruppe ist leer. Geben Sie einen Namen für die Channel-Gruppe ein.</translation>
    </message>
    <message>
        <source>The channel group name &quot;%1&quot; is %2 characters long, but at most %3 are allowed. Use a shorter name.</source>
        <translation>Der Name der Channel-Gruppe „%1“ ist %2 Zeichen lang, erlaubt sind aber höchstens %3. Verwenden Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>The channel group name &quot;%1&quot; contains %2, which is not allowed in channel group names (no commas, asterisks, slashes, backslashes, spaces or control characters). Remove that character.</source>
        <translation>Der Name der Channel-Gruppe „%1“ enthält %2, was in Namen von Channel-Gruppen nicht erlaubt ist (keine Kommas, Sternchen, Schrägstriche, umgekehrten Schrägstriche, Leerzeichen oder Steuerzeichen). Entfernen Sie dieses Zeichen.</translation>
    </message>
    <message>
        <source>The channel group name &quot;%1&quot; uses &quot;:&quot; other than as one namespace separator between two non-empty parts, as in &quot;ns:group&quot;. Remove the extra colons.</source>
        <translation>Der Name der Channel-Gruppe „%1“ enthält „:“ an anderer Stelle als ein einzelnes Namespace-Trennzeichen zwischen zwei nicht leeren Teilen (wie in „ns:group“). Entfernen Sie die überzähligen Doppelpunkte.</translation>
    </message>
    <message>
        <source>The user id is empty. Set a user id.</source>
        <translation>Die User-ID ist leer. Legen Sie eine User-ID fest.</translation>
    </message>
    <message>
        <source>The user id &quot;%1&quot; is %2 characters long, but at most %3 are allowed. Use a shorter user id.</source>
        <translation>Die User-ID „%1“ ist %2 Zeichen lang, erlaubt sind aber höchstens %3. Verwenden Sie eine kürzere User-ID.</translation>
    </message>
    <message>
        <source>The user id &quot;%1&quot; contains the control character %2. Remove it.</source>
        <translation>Die User-ID „%1“ enthält das Steuerzeichen %2. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The state is empty. Enter a JSON object, such as {} or {&quot;mood&quot;: &quot;busy&quot;}.</source>
        <translation>Der Zustand ist leer. Geben Sie ein JSON-Objekt ein, etwa {} oder {&quot;mood&quot;: &quot;busy&quot;}.</translation>
    </message>
    <message>
        <source>The state %1 is a JSON array, but it must be a JSON object, such as {&quot;mood&quot;: &quot;busy&quot;}.</source>
        <translation>Der Zustand %1 ist ein JSON-Array, muss aber ein JSON-Objekt sein, etwa {&quot;mood&quot;: &quot;busy&quot;}.</translation>
    </message>
    <message>
        <source>The state %1 is a single JSON value, but it must be a JSON object, such as {&quot;mood&quot;: &quot;busy&quot;}.</source>
        <translation>Der Zustand %1 ist ein einzelner JSON-Wert, muss aber ein JSON-Objekt sein, etwa {&quot;mood&quot;: &quot;busy&quot;}.</translation>
    </message>
    <message>
        <source>The state is not valid JSON: %1 at line %2, column %3. Correct the JSON text.</source>
        <translation>Der Zustand ist kein gültiges JSON: %1 in Zeile %2, Spalte %3. Korrigieren Sie den JSON-Text.</translation>
    </message>
    <message>
        <source>The limit %1 is outside the range 0 to %2. Choose a limit in that range.</source>
        <translation>Das Limit %1 liegt außerhalb des Bereichs 0 bis %2. Wählen Sie ein Limit in diesem Bereich.</translation>
    </message>
    <message>
        <source>The offset %1 is negative. Use an offset of 0 or more.</source>
        <translation>Der Offset %1 ist negativ. Verwenden Sie einen Offset von 0 oder mehr.</translation>
    </message>
    <message>
        <source>The origin is empty. Enter an origin such as https://ps.pndsn.com.</source>
        <translation>Der Origin ist leer. Geben Sie einen Origin wie https://ps.pndsn.com ein.</translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; is not a valid URL (%2). Enter an origin such as https://ps.pndsn.com.</source>
        <translation>Der Origin „%1“ ist keine gültige URL (%2). Geben Sie einen Origin wie https://ps.pndsn.com ein.</translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; does not start with http:// or https://. Enter an origin such as https://ps.pndsn.com.</source>
        <translation>Der Origin „%1“ beginnt nicht mit http:// oder https://. Geben Sie einen Origin wie https://ps.pndsn.com ein.</translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; has no host name. Enter an origin such as https://ps.pndsn.com.</source>
        <translation>Der Origin „%1“ hat keinen Hostnamen. Geben Sie einen Origin wie https://ps.pndsn.com ein.</translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; contains a user name or password. Remove it, and give credentials as keys instead.</source>
        <translation>Der Origin „%1“ enthält einen Benutzernamen oder ein Passwort. Entfernen Sie diese Angaben und geben Sie Zugangsdaten stattdessen als Keys an.</translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; contains a path, query or fragment. Give only the scheme, host and port, such as http://127.0.0.1:8090.</source>
        <translation>Der Origin „%1“ enthält einen Pfad, eine Query oder ein Fragment. Geben Sie nur Schema, Host und Port an, etwa http://127.0.0.1:8090.</translation>
    </message>
    <message>
        <source>The subscribe key is empty. Set the subscribe key of the keyset.</source>
        <translation>Der Subscribe Key ist leer. Setzen Sie den Subscribe Key des Keysets.</translation>
    </message>
    <message>
        <source>The subscribe key &quot;%1&quot; cannot be used as a URL path segment. Copy the subscribe key again from the keyset.</source>
        <translation>Der Subscribe Key „%1“ kann nicht als Pfadsegment einer URL verwendet werden. Kopieren Sie den Subscribe Key erneut aus dem Keyset.</translation>
    </message>
    <message>
        <source>Here Now</source>
        <translation>Here-Now</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Get-State</translation>
    </message>
    <message>
        <source>set state</source>
        <translation>Set-State</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>The presence timeout %1 is not a positive number of seconds. Use a timeout such as 300.</source>
        <translation>Das Presence-Timeout %1 ist keine positive Anzahl Sekunden. Verwenden Sie ein Timeout wie 300.</translation>
    </message>
</context>
</TS>
