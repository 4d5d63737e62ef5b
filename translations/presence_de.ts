<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>Presence service origin, such as https://ps.pndsn.com or http://127.0.0.1:8090 (environment: PN_ORIGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe key (environment: PN_SUBSCRIBE_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish key, used in request signatures (environment: PN_PUBLISH_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key for signing requests. Prefer the PN_SECRET_KEY environment variable, because options show up in process listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Manager auth key or token. Prefer the PN_AUTH_KEY environment variable, because options show up in process listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id of the caller (environment: PN_USER_ID). Without one, a generated id kept in the settings is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout &quot;%1&quot; is invalid: give a number of seconds between 0 and 3600, such as --timeout 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscribe key is set: pass --subscribe-key or set PN_SUBSCRIBE_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvAppendLog</name>
    <message>
        <source>Could not open the CSV file %1 for recording: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CSV file is open for recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not append to the CSV file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Exporting history to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Demo keyset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 cannot be used. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>No output file is given: choose the CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export range needs a valid start and end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export range starts at %1, after its end at %2: swap the two times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 does not exist: record some refreshes first or give another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the occupancy history %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not create the folder %1 for the occupancy history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the occupancy history %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the occupancy history %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The occupancy history %1 was written by a newer version of Presence Dashboard (schema %2); update the application or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the occupancy history %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The occupancy history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh has no valid time, so it was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the refresh: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the marking of channel %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove old history: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccupancyCsv</name>
    <message>
        <source>Could not write the CSV file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; any earlier file there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the CSV file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::ChannelListModel</name>
    <message>
        <source>Channel %1, a member of the channel group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::ChannelTableWidget</name>
    <message>
        <source>Filter channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the channel table by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels and their occupancy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::CsvExportActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Occupants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occupancy has been recorded yet: refresh the watch list first, then export its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::DashboardStatusBar</name>
    <message>
        <source>Keyset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data age %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last error: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next refresh in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::DemoBanner</name>
    <message>
        <source>Connect a real keyset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a real keyset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is a simulation: a local presence server with %n simulated users. Nothing here reaches PubNub.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is a simulation: a local presence server with simulated users. Nothing here reaches PubNub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::HistoryExportDialog</name>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::MainWindow</name>
    <message>
        <source>Presence Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now (F5); answers younger than 3 s come from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the automatic refresh (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channels or channel groups to the watch list (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export is available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The occupants of %1 could not be loaded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Presence Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo keyset (simulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channels %1 and the channel groups %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel groups %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channels %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied to %1. Check the auth key of this keyset in the profile: it needs read access to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::OccupancyChartView</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channels to the watch list to chart their occupancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occupancy was recorded for these channels in this range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::OccupantListModel</name>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels (Where Now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::OccupantPanel</name>
    <message>
        <source>Occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an occupant to see its channels and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where Now: the user&apos;s channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels the selected user is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Now error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence state editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in no channel now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels of %1 could not be listed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::OccupantTableWidget</name>
    <message>
        <source>Occupants: select a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user id or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the occupants by user id or state text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupants of the selected channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every occupant of the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupant error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupants of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupants of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more occupants are not listed, because the table stops at the occupant limit of the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::PresenceServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3. Choose another address or port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::PresenceService</name>
    <message>
        <source>No channel was given for the channel group &quot;%1&quot;. Name at least one channel to add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::ProfileStore</name>
    <message>
        <source>The profile name is empty. Enter a name such as &quot;Production&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; starts or ends with spaces. Remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; contains a slash. Use a name without / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the secrets of &quot;%1&quot; were not saved. You will be asked for them when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be saved in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence::WatchListWidget</name>
    <message>
        <source>Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched channels and channel groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries from the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the channels of the selected channel group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel names, separated by commas, spaces or lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to add to the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the names to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the names to the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more channel names to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more channel group names to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was added, because %n entries are invalid. Correct them and add again:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every name is already on the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 in the group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel group %1 has no channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels of the group %1 could not be listed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceError</name>
    <message>
        <source>no details were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is invalid, so nothing was sent. Correct the input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presence server could not be reached (%1). Check the origin and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presence server did not respond in time. Check the origin, or raise the request timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied to the channels %1 and the channel groups %2. Check that the auth key grants access to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied to the channels %1. Check that the auth key grants access to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied to the channel groups %1. Check that the auth key grants access to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied (HTTP %1: %2). Check the auth key and the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP %1: %2). Check the channel names, the state and the limits of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feature is not enabled for the subscribe key (HTTP %1: %2). Enable it for the key in the PubNub admin portal, or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request URL is too long for the server (HTTP %1). Ask for fewer channels or send a smaller state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server limited the request rate (HTTP %1). Retry in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server limited the request rate (HTTP %1). Wait a few seconds and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presence server failed with HTTP status %1 (%2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server response (HTTP %1) is not a valid presence response: %2. Check that the origin points to a presence server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server response is larger than the allowed size, so it was not read. Ask for fewer channels, or set a limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such endpoint (HTTP %1: %2). Check the origin and the subscribe key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload.channels is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body has neither a payload nor an occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload.channels is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body has no status 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload.groups is not a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>The publish key &quot;%1&quot; contains a space or one of / \ ? # %. Copy the publish key again from the keyset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the profile %1 and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address with scheme, such as https://ps.pndsn.com or http://127.0.0.1:8090. Empty means the PubNub default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe key error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional for presence calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish key error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: signs requests on keysets with Access Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: an Access Manager auth key or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secr&amp;et key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named %1 exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the keys of the new profile, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile %1 and its stored secrets? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for a system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key and auth key are stored in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so secrets will not be saved; you will be asked for them when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Secrets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the profile %1 are not stored, because no system keychain is available. Enter them for this connection; they will not be saved. Leave a field empty if the keyset does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secr&amp;et key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateEditorWidget</name>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user whose state is loaded and set. Leave it empty for your own user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lobby, support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel names, separated by commas or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick channels from the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel group names, separated by commas or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the state of the user on these channels and groups from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nnels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;mood&quot;: &quot;busy&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON, one value a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces and line breaks between JSON values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the state of the user on these channels and groups (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State editor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State editor error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference from the server value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difference from the server value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State editor and difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your user id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel or channel group is chosen. Enter at least one to load the state from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the state of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel or channel group is chosen. Enter at least one to set the state on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state was not set, because setting it for %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the state of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state is empty. Enter a JSON object such as {&quot;mood&quot;: &quot;busy&quot;}, or {} for no state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the JSON is invalid (%3). Correct it at the marked place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the state to compare the draft with the value on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft differs from the server value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft equals the server value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded the state of %1 on %n channel(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The state of %1 differs between channels. The editor shows the state on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the state of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 was not set, and your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied on these channels: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied on these channel groups: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set State of Another User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1, but this replaces the state of %2 on the chosen channels. Set the state of %2 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set State of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The %1 request URL would be %2 bytes long, but the server accepts less than %3 bytes. Use fewer channels or a smaller state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 request names no channel and no channel group. Give at least one channel or channel group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel name is empty. Enter a channel name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel name &quot;%1&quot; is %2 characters long, but at most %3 are allowed. Use a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel name &quot;%1&quot; contains %2, which is not allowed in channel names (no commas, colons, asterisks, slashes, backslashes, spaces or control characters). Remove that character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel group name is empty. Enter a channel group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel group name &quot;%1&quot; is %2 characters long, but at most %3 are allowed. Use a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel group name &quot;%1&quot; contains %2, which is not allowed in channel group names (no commas, asterisks, slashes, backslashes, spaces or control characters). Remove that character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel group name &quot;%1&quot; uses &quot;:&quot; other than as one namespace separator between two non-empty parts, as in &quot;ns:group&quot;. Remove the extra colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user id is empty. Set a user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user id &quot;%1&quot; is %2 characters long, but at most %3 are allowed. Use a shorter user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user id &quot;%1&quot; contains the control character %2. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state is empty. Enter a JSON object, such as {} or {&quot;mood&quot;: &quot;busy&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state %1 is a JSON array, but it must be a JSON object, such as {&quot;mood&quot;: &quot;busy&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state %1 is a single JSON value, but it must be a JSON object, such as {&quot;mood&quot;: &quot;busy&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state is not valid JSON: %1 at line %2, column %3. Correct the JSON text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit %1 is outside the range 0 to %2. Choose a limit in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset %1 is negative. Use an offset of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin is empty. Enter an origin such as https://ps.pndsn.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; is not a valid URL (%2). Enter an origin such as https://ps.pndsn.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; does not start with http:// or https://. Enter an origin such as https://ps.pndsn.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; has no host name. Enter an origin such as https://ps.pndsn.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; contains a user name or password. Remove it, and give credentials as keys instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; contains a path, query or fragment. Give only the scheme, host and port, such as http://127.0.0.1:8090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscribe key is empty. Set the subscribe key of the keyset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscribe key &quot;%1&quot; cannot be used as a URL path segment. Copy the subscribe key again from the keyset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presence timeout %1 is not a positive number of seconds. Use a timeout such as 300.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presencectl</name>
    <message>
        <source>List who is online in channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the channels a user is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a user&apos;s presence state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a user&apos;s presence state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export occupancy to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a local PubNub-compatible presence server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: presencectl COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;presencectl COMMAND --help&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: run &quot;presencectl --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s), %1 occupant(s) in total.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
