<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Recueil</source>
        <translation>About Recueil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recueil %1&lt;/h3&gt;&lt;p&gt;Collects the testimonies of local authorities for the call “%2”, organised by %3.&lt;/p&gt;&lt;p&gt;Official list of communes and intercommunalités: %4.&lt;/p&gt;&lt;p&gt;Database: %5&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Bundled with it, under their own licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the list of French local authorities, from Etalab (decoupage-administratif): MIT licence;&lt;/li&gt;&lt;li&gt;the Noto Serif and Noto Sans fonts by Google, embedded in the dossiers: SIL Open Font License 1.1;&lt;/li&gt;&lt;li&gt;the emails of the sample campaign, written for Recueil: same licence as Recueil.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %6 and GMime 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recueil %1&lt;/h3&gt;&lt;p&gt;Collects the testimonies of local authorities for the call “%2”, organised by %3.&lt;/p&gt;&lt;p&gt;Official list of communes and intercommunalités: %4.&lt;/p&gt;&lt;p&gt;Database: %5&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Bundled with it, under their own licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the list of French local authorities, from Etalab (decoupage-administratif): MIT licence;&lt;/li&gt;&lt;li&gt;the Noto Serif and Noto Sans fonts by Google, embedded in the dossiers: SIL Open Font License 1.1;&lt;/li&gt;&lt;li&gt;the emails of the sample campaign, written for Recueil: same licence as Recueil.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %6 and GMime 3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AcceptHeldDialog</name>
    <message>
        <source>Accept a pending email</source>
        <translation>Accept a pending email</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>Rece&amp;ived:</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>Date and time received</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>Paris time</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1”, from %2</source>
        <translation>“%1”, from %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Accept an undated email</source>
        <translation>Accept an undated email</translation>
    </message>
    <message>
        <source>No receipt date could be read from this email. Enter the date and time it reached the campaign, as shown by the mailbox that received it.</source>
        <translation>No receipt date could be read from this email. Enter the date and time it reached the campaign, as shown by the mailbox that received it.</translation>
    </message>
    <message>
        <source>Accept a late email</source>
        <translation>Accept a late email</translation>
    </message>
    <message>
        <source>This email was received on %1, after the close of %2. Only an administrator of the campaign may accept it, giving a reason; the acceptance and its reason are recorded under the name %3.</source>
        <translation>This email was received on %1, after the close of %2. Only an administrator of the campaign may accept it, giving a reason; the acceptance and its reason are recorded under the name %3.</translation>
    </message>
    <message>
        <source>&amp;Reason (arrived after the close):</source>
        <translation>&amp;Reason (arrived after the close):</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting it:</source>
        <translation>&amp;Reason for accepting it:</translation>
    </message>
    <message>
        <source>Enter the date and time the email was received.</source>
        <translation>Enter the date and time the email was received.</translation>
    </message>
    <message>
        <source>This date is after the close: a reason is required to accept the email.</source>
        <translation>This date is after the close: a reason is required to accept the email.</translation>
    </message>
    <message>
        <source>A reason is required to accept a late email.</source>
        <translation>A reason is required to accept a late email.</translation>
    </message>
    <message>
        <source>When the email reached the campaign, in the call’s time zone (day/month/year hours:minutes)</source>
        <translation>When the email reached the campaign, in the call’s time zone (day/month/year hours:minutes)</translation>
    </message>
</context>
<context>
    <name>AttachmentExporter</name>
    <message>
        <source>“%1” would be written outside the chosen folder: it was not exported.</source>
        <translation>“%1” would be written outside the chosen folder: it was not exported.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot find a free name for “%1” in the chosen folder.</source>
        <translation>Cannot find a free name for “%1” in the chosen folder.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Cannot open the attachment</translation>
    </message>
    <message>
        <source>No program on this computer opens files of this type.</source>
        <translation>No program on this computer opens files of this type.</translation>
    </message>
</context>
<context>
    <name>AuditHistoryModel</name>
    <message>
        <source>local authority</source>
        <translation>local authority</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>contact name</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>contact role</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>contact email</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>contact phone</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>testimony</translation>
    </message>
    <message>
        <source>difficulties</source>
        <translation>difficulties</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>primary theme</source>
        <translation>primary theme</translation>
    </message>
    <message>
        <source>sub-topics</source>
        <translation>sub-topics</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>receipt time</source>
        <translation>receipt time</translation>
    </message>
    <message>
        <source>review state</source>
        <translation>review state</translation>
    </message>
    <message>
        <source>consent to publish the name</source>
        <translation>consent to publish the name</translation>
    </message>
    <message>
        <source>late receipt accepted</source>
        <translation>late receipt accepted</translation>
    </message>
    <message>
        <source>assigned to</source>
        <translation>assigned to</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Imported from an email</source>
        <translation>Imported from an email</translation>
    </message>
    <message>
        <source>Accepted from the holding list</source>
        <translation>Accepted from the holding list</translation>
    </message>
    <message>
        <source>Email kept</source>
        <translation>Email kept</translation>
    </message>
    <message>
        <source>Complement received</source>
        <translation>Complement received</translation>
    </message>
    <message>
        <source>Late receipt accepted</source>
        <translation>Late receipt accepted</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Edited: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>%1 → nobody</source>
        <translation>%1 → nobody</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reply held, to be checked</source>
        <translation>Reply held, to be checked</translation>
    </message>
    <message>
        <source>Email held</source>
        <translation>Email held</translation>
    </message>
    <message>
        <source>Back to review: its text changed</source>
        <translation>Back to review: its text changed</translation>
    </message>
    <message>
        <source>Held: received after the close</source>
        <translation>Held: received after the close</translation>
    </message>
    <message>
        <source>Set aside from the holding list</source>
        <translation>Set aside from the holding list</translation>
    </message>
    <message>
        <source>Restored from the bin</source>
        <translation>Restored from the bin</translation>
    </message>
</context>
<context>
    <name>AuthorityCompleter</name>
    <message>
        <source>Intercommunalité, SIREN %1</source>
        <translation>Intercommunalité, SIREN %1</translation>
    </message>
    <message>
        <source>Commune, INSEE code %1</source>
        <translation>Commune, INSEE code %1</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>The bin is empty: no contribution has been deleted.</source>
        <translation>The bin is empty: no contribution has been deleted.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Deleted contributions are kept here with their sources and their history. Restored, a contribution is back in the lists as it was.</source>
        <translation>Deleted contributions are kept here with their sources and their history. Restored, a contribution is back in the lists as it was.</translation>
    </message>
    <message>
        <source>Deleted contributions</source>
        <translation>Deleted contributions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Contribution No. %1 was not restored: %2</source>
        <translation>Contribution No. %1 was not restored: %2</translation>
    </message>
</context>
<context>
    <name>BulkChangePreviewDialog</name>
    <message>
        <source>Change the state of %1 contributions</source>
        <translation>Change the state of %1 contributions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Change all %1</source>
        <translation>Change all %1</translation>
    </message>
    <message>
        <source>Change the %1 allowed</source>
        <translation>Change the %1 allowed</translation>
    </message>
    <message>
        <source>These %1 contributions will go to “%2”. You can undo it afterwards.</source>
        <translation>These %1 contributions will go to “%2”. You can undo it afterwards.</translation>
    </message>
    <message>
        <source>None of these %1 contributions can go to “%2”: see why below.</source>
        <translation>None of these %1 contributions can go to “%2”: see why below.</translation>
    </message>
    <message>
        <source>%1 of these %2 contributions will go to “%3”. %4 cannot and will stay as they are (see why below).</source>
        <translation>%1 of these %2 contributions will go to “%3”. %4 cannot and will stay as they are (see why below).</translation>
    </message>
</context>
<context>
    <name>BulkReviewCommand</name>
    <message>
        <source>change of contribution no. %1 to “%2”</source>
        <translation>change of contribution no. %1 to “%2”</translation>
    </message>
    <message>
        <source>change of %1 contributions to “%2”</source>
        <translation>change of %1 contributions to “%2”</translation>
    </message>
    <message>
        <source>classification of contribution no. %1</source>
        <translation>classification of contribution no. %1</translation>
    </message>
    <message>
        <source>classification of %1 contributions</source>
        <translation>classification of %1 contributions</translation>
    </message>
    <message>
        <source>Undo of the %1</source>
        <translation>Undo of the %1</translation>
    </message>
    <message>
        <source>no. %1: %2</source>
        <translation>no. %1: %2</translation>
    </message>
    <message>
        <source>The %1 cannot be undone, so nothing was changed back.</source>
        <translation>The %1 cannot be undone, so nothing was changed back.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Done again: %1.</translation>
    </message>
    <message>
        <source>The %1 cannot be done again: %2</source>
        <translation>The %1 cannot be done again: %2</translation>
    </message>
    <message>
        <source>The %1 was done by %2: only they can undo it. Nothing was changed back.</source>
        <translation>The %1 was done by %2: only they can undo it. Nothing was changed back.</translation>
    </message>
    <message>
        <source>no. %1 is now « %2 »</source>
        <translation>no. %1 is now « %2 »</translation>
    </message>
    <message>
        <source>The %1 cannot be undone: its contributions changed since, so nothing was changed back.</source>
        <translation>The %1 cannot be undone: its contributions changed since, so nothing was changed back.</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>New &amp;call…</source>
        <translation>New &amp;call…</translation>
    </message>
    <message>
        <source>Call &amp;settings…</source>
        <translation>Call &amp;settings…</translation>
    </message>
    <message>
        <source>Prepare the next call for testimonies, in a new database.</source>
        <translation>Prepare the next call for testimonies, in a new database.</translation>
    </message>
    <message>
        <source>The call&apos;s name, dates, target and themes (administrators).</source>
        <translation>The call&apos;s name, dates, target and themes (administrators).</translation>
    </message>
    <message>
        <source>“%1” already exists: a new call goes into a new database. Choose another name.</source>
        <translation>“%1” already exists: a new call goes into a new database. Choose another name.</translation>
    </message>
    <message>
        <source>Where to keep the new call</source>
        <translation>Where to keep the new call</translation>
    </message>
    <message>
        <source>Recueil databases (*.sqlite)</source>
        <translation>Recueil databases (*.sqlite)</translation>
    </message>
    <message>
        <source>The call could not be created</source>
        <translation>The call could not be created</translation>
    </message>
    <message>
        <source>Call settings</source>
        <translation>Call settings</translation>
    </message>
    <message>
        <source>Only an administrator can change the call&apos;s settings. %1 can read them with “recueil campaign”.</source>
        <translation>Only an administrator can change the call&apos;s settings. %1 can read them with “recueil campaign”.</translation>
    </message>
    <message>
        <source>Testimonies after the new close</source>
        <translation>Testimonies after the new close</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) arrived after %1, the new close. What should happen to them?</source>
        <translation>
            <numerusform>%n testimony arrived after %1, the new close. What should happen to it?</numerusform>
            <numerusform>%n testimonies arrived after %1, the new close. What should happen to them?</numerusform>
        </translation>
    </message>
    <message>
        <source>In the holding list, they wait for an administrator to accept them with a reason or set them aside. Kept, they stay where they are with your reason. Nothing is deleted.</source>
        <translation>In the holding list, they wait for an administrator to accept them with a reason or set them aside. Kept, they stay where they are with your reason. Nothing is deleted.</translation>
    </message>
    <message>
        <source>Put them in the &amp;holding list</source>
        <translation>Put them in the &amp;holding list</translation>
    </message>
    <message>
        <source>&amp;Keep them, with a reason…</source>
        <translation>&amp;Keep them, with a reason…</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Why are these testimonies kept after the close? (recorded in their history)</source>
        <translation>Why are these testimonies kept after the close? (recorded in their history)</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>The settings could not be saved</translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message>
        <source>The settings as a call&apos;s file (JSON).</source>
        <translation>The settings as a call&apos;s file (JSON).</translation>
    </message>
    <message>
        <source>Change the call to the settings of FILE.</source>
        <translation>Change the call to the settings of FILE.</translation>
    </message>
    <message>
        <source>Moving the close earlier: put the testimonies received after it in the holding list.</source>
        <translation>Moving the close earlier: put the testimonies received after it in the holding list.</translation>
    </message>
    <message>
        <source>Moving the close earlier: keep the testimonies received after it, for this reason.</source>
        <translation>Moving the close earlier: keep the testimonies received after it, for this reason.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) received after the new close: say what to do with them, with “--hold-late” (holding list) or “--keep-late REASON”.</source>
        <translation>
            <numerusform>%n testimony received after the new close: say what to do with it, with “--hold-late” (holding list) or “--keep-late REASON”.</numerusform>
            <numerusform>%n testimonies received after the new close: say what to do with them, with “--hold-late” (holding list) or “--keep-late REASON”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call settings saved: %1</source>
        <translation>Call settings saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) received after the new close kept, with the reason given.</source>
        <translation>
            <numerusform>%n testimony received after the new close kept, with the reason given.</numerusform>
            <numerusform>%n testimonies received after the new close kept, with the reason given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) received after the new close put in the holding list.</source>
        <translation>
            <numerusform>%n testimony received after the new close put in the holding list.</numerusform>
            <numerusform>%n testimonies received after the new close put in the holding list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation>Organised by %1</translation>
    </message>
</context>
<context>
    <name>CampaignCopy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy a row of %1: %2</source>
        <translation>Cannot copy a row of %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Cannot copy %1: %2</translation>
    </message>
    <message>
        <source>%1 is not empty: a campaign is copied only into a new database.</source>
        <translation>%1 is not empty: a campaign is copied only into a new database.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Cannot write to %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>The copy in %1 differs from the original: do not use it.</source>
        <translation>The copy in %1 differs from the original: do not use it.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New call</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>Call settings</source>
        <translation>Call settings</translation>
    </message>
    <message>
        <source>A new call gets its own database. Give it a name, its dates and its themes, or copy the settings of an existing call and change what differs.</source>
        <translation>A new call gets its own database. Give it a name, its dates and its themes, or copy the settings of an existing call and change what differs.</translation>
    </message>
    <message>
        <source>Changes apply at once to everyone working on this call, and each one is recorded in the history.</source>
        <translation>Changes apply at once to everyone working on this call, and each one is recorded in the history.</translation>
    </message>
    <message>
        <source>The &amp;call</source>
        <translation>The &amp;call</translation>
    </message>
    <message>
        <source>&amp;Who may answer</source>
        <translation>&amp;Who may answer</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Create the call…</source>
        <translation>Create the call…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save as a &amp;file…</source>
        <translation>Save as a &amp;file…</translation>
    </message>
    <message>
        <source>Cop&amp;y the settings of an existing call…</source>
        <translation>Cop&amp;y the settings of an existing call…</translation>
    </message>
    <message>
        <source>Gestion de crise avec le numérique</source>
        <translation>Gestion de crise avec le numérique</translation>
    </message>
    <message>
        <source>appel-2027</source>
        <translation>appel-2027</translation>
    </message>
    <message>
        <source>A short code for scripts and file names: lower-case letters, digits and hyphens.</source>
        <translation>A short code for scripts and file names: lower-case letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source>The call closes at midnight at the end of its closing day, in this time zone.</source>
        <translation>The call closes at midnight at the end of its closing day, in this time zone.</translation>
    </message>
    <message>
        <source>The person who entered a testimony cannot validate it (four eyes)</source>
        <translation>The person who entered a testimony cannot validate it (four eyes)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation>&amp;Organised by:</translation>
    </message>
    <message>
        <source>O&amp;pens on:</source>
        <translation>O&amp;pens on:</translation>
    </message>
    <message>
        <source>C&amp;loses on (end of the day):</source>
        <translation>C&amp;loses on (end of the day):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Language of the publication:</source>
        <translation>&amp;Language of the publication:</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Intercommunalités (EPCI)</source>
        <translation>Intercommunalités (EPCI)</translation>
    </message>
    <message>
        <source>Départements</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>Régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Authorities:</source>
        <translation>Authorities:</translation>
    </message>
    <message>
        <source> inhabitants</source>
        <translation> inhabitants</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>From &amp;at least:</source>
        <translation>From &amp;at least:</translation>
    </message>
    <message>
        <source>Up to at &amp;most:</source>
        <translation>Up to at &amp;most:</translation>
    </message>
    <message>
        <source>Overseas authorities included</source>
        <translation>Overseas authorities included</translation>
    </message>
    <message>
        <source>A testimony from outside this target is accepted, with a warning in its form.</source>
        <translation>A testimony from outside this target is accepted, with a warning in its form.</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>French label</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Themes and sub-topics</source>
        <translation>Themes and sub-topics</translation>
    </message>
    <message>
        <source>Add a t&amp;heme</source>
        <translation>Add a t&amp;heme</translation>
    </message>
    <message>
        <source>Add a &amp;sub-topic</source>
        <translation>Add a &amp;sub-topic</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Merge into…</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>New sub-topic</source>
        <translation>New sub-topic</translation>
    </message>
    <message>
        <source>A saved code stays as it is: contributions, exports and scripts rely on it. Change the labels instead.</source>
        <translation>A saved code stays as it is: contributions, exports and scripts rely on it. Change the labels instead.</translation>
    </message>
    <message>
        <source>Recueil des contributions des collectivités</source>
        <translation>Recueil des contributions des collectivités</translation>
    </message>
    <message>
        <source>A few lines under the figures of the cover (optional).</source>
        <translation>A few lines under the figures of the cover (optional).</translation>
    </message>
    <message>
        <source>&amp;Subtitle of the cover:</source>
        <translation>&amp;Subtitle of the cover:</translation>
    </message>
    <message>
        <source>&amp;Note on the cover:</source>
        <translation>&amp;Note on the cover:</translation>
    </message>
    <message>
        <source>Choose the theme the sub-topic belongs to first.</source>
        <translation>Choose the theme the sub-topic belongs to first.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>Put back in &amp;use</translation>
    </message>
    <message>
        <source>Labels can be changed; the code stays.</source>
        <translation>Labels can be changed; the code stays.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n contribution(s): it cannot be deleted. Retire it, or merge it into another theme.</source>
        <translation>
            <numerusform>“%1” is on %n contribution: it cannot be deleted. Retire it, or merge it into another theme.</numerusform>
            <numerusform>“%1” is on %n contributions: it cannot be deleted. Retire it, or merge it into another theme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a theme of the call into another one already saved.</source>
        <translation>Merge a theme of the call into another one already saved.</translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” when you save: its contributions and sub-topics move there.</source>
        <translation>“%1” will be merged into “%2” when you save: its contributions and sub-topics move there.</translation>
    </message>
    <message>
        <source>Merge a theme</source>
        <translation>Merge a theme</translation>
    </message>
    <message>
        <source>Move the contributions and sub-topics of “%1” into:</source>
        <translation>Move the contributions and sub-topics of “%1” into:</translation>
    </message>
    <message>
        <source>“%1” is not a Recueil database.</source>
        <translation>“%1” is not a Recueil database.</translation>
    </message>
    <message>
        <source>Settings copied from “%1”: check the name, the code and the dates of the new call.</source>
        <translation>Settings copied from “%1”: check the name, the code and the dates of the new call.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Settings saved in “%1”.</source>
        <translation>Settings saved in “%1”.</translation>
    </message>
    <message>
        <source>Copy the settings of an existing call</source>
        <translation>Copy the settings of an existing call</translation>
    </message>
    <message>
        <source>Calls (*.sqlite *.db *.json);;Recueil databases (*.sqlite *.db);;Call files (*.json)</source>
        <translation>Calls (*.sqlite *.db *.json);;Recueil databases (*.sqlite *.db);;Call files (*.json)</translation>
    </message>
    <message>
        <source>Save the call&apos;s settings</source>
        <translation>Save the call&apos;s settings</translation>
    </message>
    <message>
        <source>Call files (*.json)</source>
        <translation>Call files (*.json)</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>This database is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Only an administrator can change the call&apos;s settings.</source>
        <translation>Only an administrator can change the call&apos;s settings.</translation>
    </message>
    <message>
        <source>Give the reason for keeping the testimonies received after the new close.</source>
        <translation>Give the reason for keeping the testimonies received after the new close.</translation>
    </message>
    <message>
        <source>The database cannot be written to: %1</source>
        <translation>The database cannot be written to: %1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>The call&apos;s settings could not be saved: %1</source>
        <translation>The call&apos;s settings could not be saved: %1</translation>
    </message>
    <message>
        <source>The call&apos;s themes could not be saved: %1</source>
        <translation>The call&apos;s themes could not be saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sub-topic “%1” is on %n contribution(s): it cannot be deleted, only retired.</source>
        <translation>
            <numerusform>The sub-topic “%1” is on %n contribution: it cannot be deleted, only retired.</numerusform>
            <numerusform>The sub-topic “%1” is on %n contributions: it cannot be deleted, only retired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The theme “%1” is on %n contribution(s): it cannot be deleted; retire it, or merge it into another theme.</source>
        <translation>
            <numerusform>The theme “%1” is on %n contribution: it cannot be deleted; retire it, or merge it into another theme.</numerusform>
            <numerusform>The theme “%1” is on %n contributions: it cannot be deleted; retire it, or merge it into another theme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call&apos;s close was moved to %1.</source>
        <translation>The call&apos;s close was moved to %1.</translation>
    </message>
    <message>
        <source>The testimonies received after the new close could not be set aside: %1</source>
        <translation>The testimonies received after the new close could not be set aside: %1</translation>
    </message>
    <message>
        <source>Choose two different themes of the call to merge.</source>
        <translation>Choose two different themes of the call to merge.</translation>
    </message>
    <message>
        <source>The themes could not be merged: %1</source>
        <translation>The themes could not be merged: %1</translation>
    </message>
    <message>
        <source>Theme “%1” merged into “%2”.</source>
        <translation>Theme “%1” merged into “%2”.</translation>
    </message>
</context>
<context>
    <name>CampaignSession</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>CampaignSettings</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a call&apos;s settings.</source>
        <translation>“%1” is too large to be a call&apos;s settings.</translation>
    </message>
    <message>
        <source>The call&apos;s file is not valid JSON (%1, at character %2).</source>
        <translation>The call&apos;s file is not valid JSON (%1, at character %2).</translation>
    </message>
    <message>
        <source>The call&apos;s file must hold one JSON object.</source>
        <translation>The call&apos;s file must hold one JSON object.</translation>
    </message>
    <message>
        <source>“opens_on” must be a date such as 2021-03-20.</source>
        <translation>“opens_on” must be a date such as 2021-03-20.</translation>
    </message>
    <message>
        <source>“closes_on” must be a date such as 2021-03-20.</source>
        <translation>“closes_on” must be a date such as 2021-03-20.</translation>
    </message>
    <message>
        <source>“four_eyes” must be true or false.</source>
        <translation>“four_eyes” must be true or false.</translation>
    </message>
    <message>
        <source>“eligibility” must be an object with “kinds”, “population_min”, “population_max” and “overseas”.</source>
        <translation>“eligibility” must be an object with “kinds”, “population_min”, “population_max” and “overseas”.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number of inhabitants.</source>
        <translation>“%1” must be a whole number of inhabitants.</translation>
    </message>
    <message>
        <source>“%1” cannot be the call&apos;s code: use lower-case letters, digits and hyphens, such as “appel-2027”.</source>
        <translation>“%1” cannot be the call&apos;s code: use lower-case letters, digits and hyphens, such as “appel-2027”.</translation>
    </message>
    <message>
        <source>Give the call a name.</source>
        <translation>Give the call a name.</translation>
    </message>
    <message>
        <source>Say who organises the call.</source>
        <translation>Say who organises the call.</translation>
    </message>
    <message>
        <source>Give the call&apos;s closing date.</source>
        <translation>Give the call&apos;s closing date.</translation>
    </message>
    <message>
        <source>The call cannot open after it closes.</source>
        <translation>The call cannot open after it closes.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows: use a name such as “Europe/Paris” or “America/Cayenne”.</source>
        <translation>“%1” is not a time zone this computer knows: use a name such as “Europe/Paris” or “America/Cayenne”.</translation>
    </message>
    <message>
        <source>The call&apos;s language must be “fr” or “en”, not “%1”.</source>
        <translation>The call&apos;s language must be “fr” or “en”, not “%1”.</translation>
    </message>
    <message>
        <source>Say which kinds of authority may answer the call.</source>
        <translation>Say which kinds of authority may answer the call.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of authority (commune, epci, departement, region).</source>
        <translation>“%1” is not a kind of authority (commune, epci, departement, region).</translation>
    </message>
    <message>
        <source>The smallest population (%1) is above the largest (%2).</source>
        <translation>The smallest population (%1) is above the largest (%2).</translation>
    </message>
    <message>
        <source>Give the call one theme at least.</source>
        <translation>Give the call one theme at least.</translation>
    </message>
    <message>
        <source>“%1” cannot be a theme&apos;s code: use lower-case letters, digits and hyphens.</source>
        <translation>“%1” cannot be a theme&apos;s code: use lower-case letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>Two themes have the code “%1”.</source>
        <translation>Two themes have the code “%1”.</translation>
    </message>
    <message>
        <source>The theme “%1” needs a French and an English label.</source>
        <translation>The theme “%1” needs a French and an English label.</translation>
    </message>
    <message>
        <source>“%1” cannot be a sub-topic&apos;s code: use lower-case letters, digits and hyphens.</source>
        <translation>“%1” cannot be a sub-topic&apos;s code: use lower-case letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>Two sub-topics have the code “%1”.</source>
        <translation>Two sub-topics have the code “%1”.</translation>
    </message>
    <message>
        <source>The sub-topic “%1” belongs to no theme of the call.</source>
        <translation>The sub-topic “%1” belongs to no theme of the call.</translation>
    </message>
    <message>
        <source>The sub-topic “%1” needs a French and an English label.</source>
        <translation>The sub-topic “%1” needs a French and an English label.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
</context>
<context>
    <name>ClassificationTree</name>
    <message>
        <source>Themes and sub-topics</source>
        <translation>Themes and sub-topics</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <source>This sub-topic is no longer offered; it stays where it was used.</source>
        <translation>This sub-topic is no longer offered; it stays where it was used.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try “recueil --help”.</source>
        <translation>Try “recueil --help”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
    </message>
    <message>
        <source>Only this review state.</source>
        <translation>Only this review state.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Machine-readable output.</translation>
    </message>
    <message>
        <source>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</source>
        <translation>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</translation>
    </message>
    <message>
        <source>The contribution&apos;s number.</source>
        <translation>The contribution&apos;s number.</translation>
    </message>
    <message>
        <source>show needs one contribution number.</source>
        <translation>show needs one contribution number.</translation>
    </message>
    <message>
        <source>There is no contribution number %1.</source>
        <translation>There is no contribution number %1.</translation>
    </message>
    <message>
        <source>Contribution %1: %2</source>
        <translation>Contribution %1: %2</translation>
    </message>
    <message>
        <source>Authority: %1 (%2)</source>
        <translation>Authority: %1 (%2)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>INSEE code of the commune or SIREN of the intercommunalité.</source>
        <translation>INSEE code of the commune or SIREN of the intercommunalité.</translation>
    </message>
    <message>
        <source>Title of the testimony.</source>
        <translation>Title of the testimony.</translation>
    </message>
    <message>
        <source>When it was received (ISO 8601).</source>
        <translation>When it was received (ISO 8601).</translation>
    </message>
    <message>
        <source>The testimony.</source>
        <translation>The testimony.</translation>
    </message>
    <message>
        <source>Difficulties met.</source>
        <translation>Difficulties met.</translation>
    </message>
    <message>
        <source>Theme code (repeatable; the first is primary).</source>
        <translation>Theme code (repeatable; the first is primary).</translation>
    </message>
    <message>
        <source>Sub-topic code (repeatable).</source>
        <translation>Sub-topic code (repeatable).</translation>
    </message>
    <message>
        <source>Free tag (repeatable).</source>
        <translation>Free tag (repeatable).</translation>
    </message>
    <message>
        <source>email, courrier, telephone or formulaire.</source>
        <translation>email, courrier, telephone or formulaire.</translation>
    </message>
    <message>
        <source>Contact&apos;s name.</source>
        <translation>Contact&apos;s name.</translation>
    </message>
    <message>
        <source>Contact&apos;s role.</source>
        <translation>Contact&apos;s role.</translation>
    </message>
    <message>
        <source>Contact&apos;s email address.</source>
        <translation>Contact&apos;s email address.</translation>
    </message>
    <message>
        <source>Contact&apos;s phone number.</source>
        <translation>Contact&apos;s phone number.</translation>
    </message>
    <message>
        <source>The contact agrees to their name being published.</source>
        <translation>The contact agrees to their name being published.</translation>
    </message>
    <message>
        <source>Administrator&apos;s reason to accept a late testimony.</source>
        <translation>Administrator&apos;s reason to accept a late testimony.</translation>
    </message>
    <message>
        <source>add needs --%1.</source>
        <translation>add needs --%1.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time in ISO 8601 form, such as 2021-03-20T18:30:00+01:00.</source>
        <translation>“%1” is not a date and time in ISO 8601 form, such as 2021-03-20T18:30:00+01:00.</translation>
    </message>
    <message>
        <source>Unknown channel “%1” (email, courrier, telephone, formulaire).</source>
        <translation>Unknown channel “%1” (email, courrier, telephone, formulaire).</translation>
    </message>
    <message>
        <source>“%1” is not in the official list of communes and intercommunalités.</source>
        <translation>“%1” is not in the official list of communes and intercommunalités.</translation>
    </message>
    <message>
        <source>Contribution %1 saved.</source>
        <translation>Contribution %1 saved.</translation>
    </message>
    <message>
        <source>One JSON object per message (JSON Lines).</source>
        <translation>One JSON object per message (JSON Lines).</translation>
    </message>
    <message>
        <source>Read and report without writing anything.</source>
        <translation>Read and report without writing anything.</translation>
    </message>
    <message>
        <source>import needs at least one .eml or .mbox file.</source>
        <translation>import needs at least one .eml or .mbox file.</translation>
    </message>
    <message>
        <source>“%1” is damaged; the latest good backup is “%2”, of %3: restore it with “recueil --database %1 restore %2” (the damaged file will be kept aside).</source>
        <translation>“%1” is damaged; the latest good backup is “%2”, of %3: restore it with “recueil --database %1 restore %2” (the damaged file will be kept aside).</translation>
    </message>
    <message>
        <source>backup needs the file to write.</source>
        <translation>backup needs the file to write.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message>
        <source>restore needs the backup file.</source>
        <translation>restore needs the backup file.</translation>
    </message>
    <message>
        <source>Database restored: %1</source>
        <translation>Database restored: %1</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1</source>
        <translation>The replaced file is kept as %1</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Do not ask for confirmation.</translation>
    </message>
    <message>
        <source>forget-contact needs the person&apos;s email address.</source>
        <translation>forget-contact needs the person&apos;s email address.</translation>
    </message>
    <message>
        <source>Nothing is known about “%1”: nothing was erased.</source>
        <translation>Nothing is known about “%1”: nothing was erased.</translation>
    </message>
    <message>
        <source>Type “yes” to erase them for good: </source>
        <translation>Type “yes” to erase them for good: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Nothing was erased.</translation>
    </message>
    <message>
        <source>  migrate --to postgresql://USER@HOST/DB | FILE.sqlite
                                     copy the campaign to an empty store, then verify it
</source>
        <translation>  migrate --to postgresql://USER@HOST/DB | FILE.sqlite
                                     copy the campaign to an empty store, then verify it
</translation>
    </message>
    <message>
        <source>  --database postgresql://USER@HOST:PORT/DB?sslmode=require
                    a campaign on a PostgreSQL server (password from ~/.pgpass or PGPASSWORD)
</source>
        <translation>  --database postgresql://USER@HOST:PORT/DB?sslmode=require
                    a campaign on a PostgreSQL server (password from ~/.pgpass or PGPASSWORD)
</translation>
    </message>
    <message>
        <source>%1 already exists: a server&apos;s campaign is backed up into a new file.</source>
        <translation>%1 already exists: a server&apos;s campaign is backed up into a new file.</translation>
    </message>
    <message>
        <source>restore replaces a campaign file. To bring a backup back to a server, copy it into a new, empty database: recueil --database BACKUP.sqlite migrate --to postgresql://…</source>
        <translation>restore replaces a campaign file. To bring a backup back to a server, copy it into a new, empty database: recueil --database BACKUP.sqlite migrate --to postgresql://…</translation>
    </message>
    <message>
        <source>Erasures of personal data made after this copy was taken were done again in it (%1).</source>
        <translation>Erasures of personal data made after this copy was taken were done again in it (%1).</translation>
    </message>
    <message>
        <source>List every place that would change, erase nothing.</source>
        <translation>List every place that would change, erase nothing.</translation>
    </message>
    <message>
        <source>Places that would change:</source>
        <translation>Places that would change:</translation>
    </message>
    <message>
        <source>Dry run: nothing was erased.</source>
        <translation>Dry run: nothing was erased.</translation>
    </message>
    <message>
        <source>The testimonies stay; the details are replaced by « [effacé] ». This cannot be undone.</source>
        <translation>The testimonies stay; the details are replaced by « [effacé] ». This cannot be undone.</translation>
    </message>
    <message>
        <source>Erased, in the database and in its automatic backups. Any older copy kept elsewhere replays the erasure when Recueil opens or restores it.</source>
        <translation>Erased, in the database and in its automatic backups. Any older copy kept elsewhere replays the erasure when Recueil opens or restores it.</translation>
    </message>
    <message>
        <source>“%1” is not a login: letters, digits, “.”, “-”, “_” and “@” only.</source>
        <translation>“%1” is not a login: letters, digits, “.”, “-”, “_” and “@” only.</translation>
    </message>
    <message>
        <source>Warning: the receipt date is in %1, outside the years 1990 to 2100; check it.</source>
        <translation>Warning: the receipt date is in %1, outside the years 1990 to 2100; check it.</translation>
    </message>
    <message>
        <source>Skip any email larger than this many megabytes (default 1024).</source>
        <translation>Skip any email larger than this many megabytes (default 1024).</translation>
    </message>
    <message>
        <source>--max-message-mb takes a number of megabytes, from 1 to 1048576.</source>
        <translation>--max-message-mb takes a number of megabytes, from 1 to 1048576.</translation>
    </message>
    <message>
        <source>The stored emails could not be read to check them: %1</source>
        <translation>The stored emails could not be read to check them: %1</translation>
    </message>
    <message>
        <source>The backup %1 was written, but these stored items no longer match their SHA-256: %2.</source>
        <translation>The backup %1 was written, but these stored items no longer match their SHA-256: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 stored emails and attachments no longer match their SHA-256: %3.</source>
        <translation>%1 of %2 stored emails and attachments no longer match their SHA-256: %3.</translation>
    </message>
    <message>
        <source>All %1 stored emails and %2 attachments match their SHA-256.</source>
        <translation>All %1 stored emails and %2 attachments match their SHA-256.</translation>
    </message>
    <message>
        <source>On a team server you act as your login (%1): “--as” is refused; connect as %2&apos;s login instead.</source>
        <translation>On a team server you act as your login (%1): “--as” is refused; connect as %2&apos;s login instead.</translation>
    </message>
    <message>
        <source>  export --format csv|json|ods --output FILE [--separator ;] [--with-contacts]
                                     the validated contributions as open data
</source>
        <translation>  export --format csv|json|ods --output FILE [--separator ;] [--with-contacts]
                                     the validated contributions as open data
</translation>
    </message>
    <message>
        <source>  publish --output DIR [--with-contacts]
                                     the call&apos;s static website of the validated contributions
</source>
        <translation>  publish --output DIR [--with-contacts]
                                     the call&apos;s static website of the validated contributions
</translation>
    </message>
    <message>
        <source>Usage: recueil [--database PATH] [COMMAND] [OPTIONS]
Without a command, opens the window.

Commands:
  init [--campaign FILE.json]        create or upgrade the database (a new one for the call in FILE)
  campaign [--json]                  the call&apos;s settings (--apply FILE.json changes them)
  list [--status S] [--json]         list contributions
  show ID [--json]                   show one contribution
  add --authority CODE --title T --received ISO8601 [--text T] [--difficulties T]
      [--theme CODE]... [--subtopic CODE]... [--tag T]... [--channel C]
      [--contact-name N] [--contact-email E] [--json]
                                     enter a testimony (late ones are refused)
  import FILE... [--json] [--dry-run] [--max-message-mb MB]
                                     import .eml and .mbox files
%2  dossier --output FILE.pdf [--status S]... [--theme CODE]... [--group-by theme|authority|region]
          [--with-contacts] [--no-synthesis]  print a PDF dossier (validated by default)
  backup FILE                        write a checked copy of the database to FILE
  verify                             check every stored email and attachment against its SHA-256
  restore FILE                       replace the database by the backup FILE (the old one is kept aside)
  forget-contact EMAIL [--yes]       erase a person&apos;s name, address and phone everywhere (RGPD)

Options:
  --database PATH   the SQLite file (default: %1)
  --version         print the version
  --help            print this help
</source>
        <translation>Usage: recueil [--database PATH] [COMMAND] [OPTIONS]
Without a command, opens the window.

Commands:
  init [--campaign FILE.json]        create or upgrade the database (a new one for the call in FILE)
  campaign [--json]                  the call&apos;s settings (--apply FILE.json changes them)
  list [--status S] [--json]         list contributions
  show ID [--json]                   show one contribution
  add --authority CODE --title T --received ISO8601 [--text T] [--difficulties T]
      [--theme CODE]... [--subtopic CODE]... [--tag T]... [--channel C]
      [--contact-name N] [--contact-email E] [--json]
                                     enter a testimony (late ones are refused)
  import FILE... [--json] [--dry-run] [--max-message-mb MB]
                                     import .eml and .mbox files
%2  dossier --output FILE.pdf [--status S]... [--theme CODE]... [--group-by theme|authority|region]
          [--with-contacts] [--no-synthesis]  print a PDF dossier (validated by default)
  backup FILE                        write a checked copy of the database to FILE
  verify                             check every stored email and attachment against its SHA-256
  restore FILE                       replace the database by the backup FILE (the old one is kept aside)
  forget-contact EMAIL [--yes]       erase a person&apos;s name, address and phone everywhere (RGPD)

Options:
  --database PATH   the SQLite file (default: %1)
  --version         print the version
  --help            print this help
</translation>
    </message>
    <message>
        <source>A new database is made for the call of FILE.</source>
        <translation>A new database is made for the call of FILE.</translation>
    </message>
    <message>
        <source>%1 already holds the call “%2”: a new call goes into a new database (--database NEW.sqlite).</source>
        <translation>%1 already holds the call “%2”: a new call goes into a new database (--database NEW.sqlite).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this contribution</source>
        <translation>Someone else saved this contribution</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Contact&apos;s role</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>Contact&apos;s email</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Contact&apos;s phone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Main theme</source>
        <translation>Main theme</translation>
    </message>
    <message>
        <source>Sub-topics</source>
        <translation>Sub-topics</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Name may be published</source>
        <translation>Name may be published</translation>
    </message>
    <message>
        <source>Accepted after the close</source>
        <translation>Accepted after the close</translation>
    </message>
    <message>
        <source>Contribution No. %1 was saved by someone else while you were editing it. Here are both versions of the fields that differ. Keep theirs, keep yours, or merge: fields only one of you changed are kept as changed; for a field you both changed, choose.</source>
        <translation>Contribution No. %1 was saved by someone else while you were editing it. Here are both versions of the fields that differ. Keep theirs, keep yours, or merge: fields only one of you changed are kept as changed; for a field you both changed, choose.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Merge keeps</source>
        <translation>Merge keeps</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>ContactEraser</name>
    <message>
        <source>the address %1</source>
        <translation>the address %1</translation>
    </message>
    <message>
        <source>the names %1</source>
        <translation>the names %1</translation>
    </message>
    <message>
        <source>the phone numbers %1</source>
        <translation>the phone numbers %1</translation>
    </message>
    <message>
        <source>To erase: %1.</source>
        <translation>To erase: %1.</translation>
    </message>
    <message>
        <source>Rows changed per table: %1.</source>
        <translation>Rows changed per table: %1.</translation>
    </message>
    <message>
        <source>The details were erased, but these backups could not be rewritten and still hold them: %1. Delete them.</source>
        <translation>The details were erased, but these backups could not be rewritten and still hold them: %1. Delete them.</translation>
    </message>
    <message>
        <source>This copy was made before a person&apos;s details were erased at their request, and it is read-only: it cannot be used until the erasure is done again in it. Make the file writable and open it again.</source>
        <translation>This copy was made before a person&apos;s details were erased at their request, and it is read-only: it cannot be used until the erasure is done again in it. Make the file writable and open it again.</translation>
    </message>
    <message>
        <source>The erasure register could not be written: %1</source>
        <translation>The erasure register could not be written: %1</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>testimonies</source>
        <translation>testimonies</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comments</translation>
    </message>
    <message>
        <source>free tags</source>
        <translation>free tags</translation>
    </message>
    <message>
        <source>saved searches</source>
        <translation>saved searches</translation>
    </message>
    <message>
        <source>stored emails</source>
        <translation>stored emails</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>attachments</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>history entries</translation>
    </message>
    <message>
        <source>unsaved drafts</source>
        <translation>unsaved drafts</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ContactErasurePrompt</name>
    <message>
        <source>Erase a person&apos;s details</source>
        <translation>Erase a person&apos;s details</translation>
    </message>
    <message>
        <source>Email address of the person who asked to be forgotten:</source>
        <translation>Email address of the person who asked to be forgotten:</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” is not an email address.</translation>
    </message>
    <message>
        <source>Nothing is known about “%1”: nothing to erase.</source>
        <translation>Nothing is known about “%1”: nothing to erase.</translation>
    </message>
    <message>
        <source>They are replaced by « [effacé] » everywhere, in the database and its automatic backups. The testimonies stay. This cannot be undone.</source>
        <translation>They are replaced by « [effacé] » everywhere, in the database and its automatic backups. The testimonies stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Erasing the details of %1…</source>
        <translation>Erasing the details of %1…</translation>
    </message>
</context>
<context>
    <name>ContributionColumns</name>
    <message>
        <source>(to be confirmed)</source>
        <translation>(to be confirmed)</translation>
    </message>
    <message>
        <source>Contribution number</source>
        <translation>Contribution number</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>Contribution editor</source>
        <translation>Contribution editor</translation>
    </message>
    <message>
        <source>Local authority and contact</source>
        <translation>Local authority and contact</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Name, postal code or INSEE code…</source>
        <translation>Name, postal code or INSEE code…</translation>
    </message>
    <message>
        <source>The commune or intercommunalité the testimony comes from</source>
        <translation>The commune or intercommunalité the testimony comes from</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>Contact &amp;name:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Contact role</translation>
    </message>
    <message>
        <source>e.g. Chief digital officer</source>
        <translation>e.g. Chief digital officer</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Contact email address</source>
        <translation>Contact email address</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>name@example.fr</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Contact phone number</translation>
    </message>
    <message>
        <source>The contact agrees to their name being pu&amp;blished</source>
        <translation>The contact agrees to their name being pu&amp;blished</translation>
    </message>
    <message>
        <source>Consent to publish the contact name</source>
        <translation>Consent to publish the contact name</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Testim&amp;ony:</source>
        <translation>Testim&amp;ony:</translation>
    </message>
    <message>
        <source>&amp;Difficulties met:</source>
        <translation>&amp;Difficulties met:</translation>
    </message>
    <message>
        <source>Difficulties met</source>
        <translation>Difficulties met</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Themes and s&amp;ub-topics:</source>
        <translation>Themes and s&amp;ub-topics:</translation>
    </message>
    <message>
        <source>Themes and sub-topics</source>
        <translation>Themes and sub-topics</translation>
    </message>
    <message>
        <source>Primar&amp;y theme:</source>
        <translation>Primar&amp;y theme:</translation>
    </message>
    <message>
        <source>Primary theme</source>
        <translation>Primary theme</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>Free keywords, separated by commas</source>
        <translation>Free keywords, separated by commas</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>Rece&amp;ived:</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>Date and time received</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>Paris time</translation>
    </message>
    <message>
        <source>Accept late…</source>
        <translation>Accept late…</translation>
    </message>
    <message>
        <source>An administrator may keep a testimony received after the close, giving a reason</source>
        <translation>An administrator may keep a testimony received after the close, giving a reason</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>Put the form back as it was last saved</source>
        <translation>Put the form back as it was last saved</translation>
    </message>
    <message>
        <source>Save the contribution (Ctrl+S)</source>
        <translation>Save the contribution (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>New contribution</translation>
    </message>
    <message>
        <source>Contribution No. %1</source>
        <translation>Contribution No. %1</translation>
    </message>
    <message>
        <source>Intercommunalité (SIREN %1)</source>
        <translation>Intercommunalité (SIREN %1)</translation>
    </message>
    <message>
        <source>Commune (INSEE %1)</source>
        <translation>Commune (INSEE %1)</translation>
    </message>
    <message>
        <source>%1 inhabitants</source>
        <translation>%1 inhabitants</translation>
    </message>
    <message>
        <source>(check a theme first)</source>
        <translation>(check a theme first)</translation>
    </message>
    <message>
        <source>Accepted after the close by %1: %2</source>
        <translation>Accepted after the close by %1: %2</translation>
    </message>
    <message>
        <source>Several communes or intercommunalités match “%1”: choose one from the list.</source>
        <translation>Several communes or intercommunalités match “%1”: choose one from the list.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Accept a late testimony</source>
        <translation>Accept a late testimony</translation>
    </message>
    <message>
        <source>A reason is required to accept a late testimony: nothing was saved.</source>
        <translation>A reason is required to accept a late testimony: nothing was saved.</translation>
    </message>
    <message>
        <source>Disca&amp;rd changes</source>
        <translation>Disca&amp;rd changes</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <source>Why is this testimony accepted after the close? The acceptance and its reason are recorded in the history under the name %1.</source>
        <translation>Why is this testimony accepted after the close? The acceptance and its reason are recorded in the history under the name %1.</translation>
    </message>
    <message>
        <source>Only an administrator of the campaign may accept a testimony received after the close, and %1 is %2 here. Save it to put it in the pending list, where an administrator can accept it.</source>
        <translation>Only an administrator of the campaign may accept a testimony received after the close, and %1 is %2 here. Save it to put it in the pending list, where an administrator can accept it.</translation>
    </message>
    <message>
        <source>no theme yet</source>
        <translation>no theme yet</translation>
    </message>
    <message>
        <source>; tags: %1</source>
        <translation>; tags: %1</translation>
    </message>
    <message>
        <source>Filed under: %1%2. Themes, sub-topics and tags are changed in the Review panel, for this contribution or several at once.</source>
        <translation>Filed under: %1%2. Themes, sub-topics and tags are changed in the Review panel, for this contribution or several at once.</translation>
    </message>
    <message>
        <source>Compare with the &amp;email…</source>
        <translation>Compare with the &amp;email…</translation>
    </message>
    <message>
        <source>The email as it came beside the text to publish: what import left out can be put back</source>
        <translation>The email as it came beside the text to publish: what import left out can be put back</translation>
    </message>
    <message>
        <source>When the testimony reached the campaign, in the call’s time zone (day/month/year hours:minutes)</source>
        <translation>When the testimony reached the campaign, in the call’s time zone (day/month/year hours:minutes)</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Primary theme</source>
        <translation>Primary theme</translation>
    </message>
</context>
<context>
    <name>ContributionRepository</name>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>This database is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of this campaign.</source>
        <translation>“%1” is not a theme of this campaign.</translation>
    </message>
    <message>
        <source>“%1” is not a sub-topic of this campaign.</source>
        <translation>“%1” is not a sub-topic of this campaign.</translation>
    </message>
    <message>
        <source>The database is busy or read-only: nothing was saved.</source>
        <translation>The database is busy or read-only: nothing was saved.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>This contribution no longer exists.</source>
        <translation>This contribution no longer exists.</translation>
    </message>
    <message>
        <source>Someone else saved this contribution since you opened it. Reopen it to see their changes.</source>
        <translation>Someone else saved this contribution since you opened it. Reopen it to see their changes.</translation>
    </message>
    <message>
        <source>Someone else saved this contribution since you opened it.</source>
        <translation>Someone else saved this contribution since you opened it.</translation>
    </message>
    <message>
        <source>Deleting failed: %1</source>
        <translation>Deleting failed: %1</translation>
    </message>
    <message>
        <source>Only an administrator can accept a testimony received after the close.</source>
        <translation>Only an administrator can accept a testimony received after the close.</translation>
    </message>
    <message>
        <source>Say why this testimony came after the close: the reason waits with it.</source>
        <translation>Say why this testimony came after the close: the reason waits with it.</translation>
    </message>
    <message>
        <source>Only a testimony not saved yet can wait in the holding list.</source>
        <translation>Only a testimony not saved yet can wait in the holding list.</translation>
    </message>
    <message>
        <source>A reason is required to accept a late testimony.</source>
        <translation>A reason is required to accept a late testimony.</translation>
    </message>
    <message>
        <source>A reason is required to set a testimony aside.</source>
        <translation>A reason is required to set a testimony aside.</translation>
    </message>
    <message>
        <source>This testimony is no longer waiting in the holding list.</source>
        <translation>This testimony is no longer waiting in the holding list.</translation>
    </message>
    <message>
        <source>Someone else acted on this testimony meanwhile.</source>
        <translation>Someone else acted on this testimony meanwhile.</translation>
    </message>
    <message>
        <source>Restoring failed: %1</source>
        <translation>Restoring failed: %1</translation>
    </message>
</context>
<context>
    <name>ContributionValidator</name>
    <message>
        <source>Choose the local authority this testimony comes from.</source>
        <translation>Choose the local authority this testimony comes from.</translation>
    </message>
    <message>
        <source>“%1” is not in the official list of communes and intercommunalités.</source>
        <translation>“%1” is not in the official list of communes and intercommunalités.</translation>
    </message>
    <message>
        <source>Give the testimony a title.</source>
        <translation>Give the testimony a title.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1” is not a valid email address.</translation>
    </message>
    <message>
        <source>Enter the date and time the testimony was received.</source>
        <translation>Enter the date and time the testimony was received.</translation>
    </message>
    <message>
        <source>The primary theme must be one of the contribution&apos;s themes.</source>
        <translation>The primary theme must be one of the contribution&apos;s themes.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Cannot create the folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: %2</source>
        <translation>Cannot create the database “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Recueil database (%2). It may be damaged; it has not been changed.</source>
        <translation>“%1” cannot be read as a Recueil database (%2). It may be damaged; it has not been changed.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Recueil (schema %2, this one knows up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>“%1” was written by a newer version of Recueil (schema %2, this one knows up to %3). Install the newer version to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>“%1” is read-only and was written by an older Recueil: it must be upgraded before use. Make the file writable and open it again.</source>
        <translation>“%1” is read-only and was written by an older Recueil: it must be upgraded before use. Make the file writable and open it again.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the new database: %1</source>
        <translation>Cannot prepare the new database: %1</translation>
    </message>
    <message>
        <source>Recueil cannot reach PostgreSQL servers here: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is not installed.</source>
        <translation>Recueil cannot reach PostgreSQL servers here: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is not installed.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for this login.</source>
        <translation>The server %1 asks for a password for this login.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Recueil (schema %2, this one knows up to %3). Install the newer version to open it; nothing has been changed.</source>
        <translation>The database %1 was written by a newer version of Recueil (schema %2, this one knows up to %3). Install the newer version to open it; nothing has been changed.</translation>
    </message>
    <message>
        <source>The database on %1 needs an upgrade (schema %2 to %3) that only the login which set it up may run: ask the server&apos;s administrator to run “recueil init” with that login. Nothing has been changed.</source>
        <translation>The database on %1 needs an upgrade (schema %2 to %3) that only the login which set it up may run: ask the server&apos;s administrator to run “recueil init” with that login. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The login “%1” is in none of the campaign&apos;s groups (recueil_coordinator, recueil_reviewer, recueil_admin), so it cannot read the testimonies on %2. Ask the server&apos;s administrator to add it to one, or connect with your own login.</source>
        <translation>The login “%1” is in none of the campaign&apos;s groups (recueil_coordinator, recueil_reviewer, recueil_admin), so it cannot read the testimonies on %2. Ask the server&apos;s administrator to add it to one, or connect with your own login.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>it holds no Recueil data</source>
        <translation>it holds no Recueil data</translation>
    </message>
    <message>
        <source>“%1” is not a whole Recueil database (%2).</source>
        <translation>“%1” is not a whole Recueil database (%2).</translation>
    </message>
    <message>
        <source>“%1” already exists: choose a new file name for the backup.</source>
        <translation>“%1” already exists: choose a new file name for the backup.</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>Cannot write the backup “%1”: %2</translation>
    </message>
    <message>
        <source>The backup of “%1” could not be written: %2</source>
        <translation>The backup of “%1” could not be written: %2</translation>
    </message>
    <message>
        <source>The backup of “%1” failed its check and was not kept: %2</source>
        <translation>The backup of “%1” failed its check and was not kept: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”.</source>
        <translation>Cannot write the backup “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Cannot create the backup folder “%1”.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Cannot create the folder “%1”.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current file could not be kept aside as “%1”.</source>
        <translation>Nothing was restored: the current file could not be kept aside as “%1”.</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” could not be moved aside.</source>
        <translation>Nothing was restored: “%1” could not be moved aside.</translation>
    </message>
    <message>
        <source>the rule “%1” is missing</source>
        <translation>the rule “%1” is missing</translation>
    </message>
    <message>
        <source>the rule “%1” was changed</source>
        <translation>the rule “%1” was changed</translation>
    </message>
    <message>
        <source>an unknown rule “%1” was added</source>
        <translation>an unknown rule “%1” was added</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” was written by a newer version of Recueil (schema %2, this one knows up to %3).</source>
        <translation>Nothing was restored: “%1” was written by a newer version of Recueil (schema %2, this one knows up to %3).</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” is read-only. Make it writable first if it is really to be replaced.</source>
        <translation>Nothing was restored: “%1” is read-only. Make it writable first if it is really to be replaced.</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” does not hold Recueil&apos;s own rules (%2).</source>
        <translation>Nothing was restored: “%1” does not hold Recueil&apos;s own rules (%2).</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The latest good backup is of %1; what was entered since then is not in it. The damaged file is kept aside, renamed, for a specialist to look at.</source>
        <translation>The latest good backup is of %1; what was entered since then is not in it. The damaged file is kept aside, renamed, for a specialist to look at.</translation>
    </message>
    <message>
        <source>Restore the latest backup, of %1</source>
        <translation>Restore the latest backup, of %1</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup of %1 is restored. The damaged file is kept as “%2”.</source>
        <translation>The backup of %1 is restored. The damaged file is kept as “%2”.</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Backup not written</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written: %1

If the file is damaged, quit Recueil and open it again to restore the latest good backup.</source>
        <translation>Today&apos;s automatic backup could not be written: %1

If the file is damaged, quit Recueil and open it again to restore the latest good backup.</translation>
    </message>
</context>
<context>
    <name>DeadlineGuard</name>
    <message>
        <source>The receipt date and time are missing: enter when the testimony was received.</source>
        <translation>The receipt date and time are missing: enter when the testimony was received.</translation>
    </message>
    <message>
        <source>Call open until %1</source>
        <translation>Call open until %1</translation>
    </message>
    <message>
        <source>Call closed since %1</source>
        <translation>Call closed since %1</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time of day in a sentence</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Received on %1 at %2 (%4), after the call closed on %3: an administrator must accept it with a reason.</source>
        <translation>Received on %1 at %2 (%4), after the call closed on %3: an administrator must accept it with a reason.</translation>
    </message>
    <message>
        <source>%1 time</source>
        <comment>the campaign&apos;s time zone, by its city: Paris time, Cayenne time</comment>
        <translation>%1 time</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Intake state</source>
        <translation>Intake state</translation>
    </message>
    <message>
        <source>Contributions shown</source>
        <translation>Contributions shown</translation>
    </message>
    <message>
        <source>No contributions</source>
        <translation>No contributions</translation>
    </message>
    <message>
        <source>More than %1 contributions</source>
        <translation>More than %1 contributions</translation>
    </message>
    <message>
        <source>More than %1 results</source>
        <translation>More than %1 results</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the emails and typed testimonies waiting to be accepted or set aside</source>
        <translation>Show the emails and typed testimonies waiting to be accepted or set aside</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>Only this review state (repeatable).</source>
        <translation>Only this review state (repeatable).</translation>
    </message>
    <message>
        <source>Only this theme (repeatable).</source>
        <translation>Only this theme (repeatable).</translation>
    </message>
    <message>
        <source>theme, authority or region.</source>
        <translation>theme, authority or region.</translation>
    </message>
    <message>
        <source>Print the contacts who consented.</source>
        <translation>Print the contacts who consented.</translation>
    </message>
    <message>
        <source>Leave out the synthesis.</source>
        <translation>Leave out the synthesis.</translation>
    </message>
    <message>
        <source>Do not list attachments.</source>
        <translation>Do not list attachments.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Say where to write the dossier with --output FILE.pdf.</source>
        <translation>Say where to write the dossier with --output FILE.pdf.</translation>
    </message>
    <message>
        <source>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</source>
        <translation>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</translation>
    </message>
    <message>
        <source>--group-by takes theme, authority or region, not “%1”.</source>
        <translation>--group-by takes theme, authority or region, not “%1”.</translation>
    </message>
    <message>
        <source>Writing a dossier needs Qt&apos;s graphical module (QGuiApplication, offscreen is enough).</source>
        <translation>Writing a dossier needs Qt&apos;s graphical module (QGuiApplication, offscreen is enough).</translation>
    </message>
    <message>
        <source>The dossier&apos;s bundled fonts cannot be loaded: this installation of Recueil is damaged.</source>
        <translation>The dossier&apos;s bundled fonts cannot be loaded: this installation of Recueil is damaged.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Unknown theme “%1”.</translation>
    </message>
    <message>
        <source>No contribution matches this selection: no dossier was written.</source>
        <translation>No contribution matches this selection: no dossier was written.</translation>
    </message>
    <message>
        <source>The dossier could not be laid out.</source>
        <translation>The dossier could not be laid out.</translation>
    </message>
    <message>
        <source>Dossier written to %1 (%2 contributions, %3 pages).</source>
        <translation>Dossier written to %1 (%2 contributions, %3 pages).</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Replace the output file if it exists.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose another name, or add --force to replace it.</source>
        <translation>“%1” already exists: choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>pdf (the default) or odt, an OpenDocument text for the report&apos;s authors.</source>
        <translation>pdf (the default) or odt, an OpenDocument text for the report&apos;s authors.</translation>
    </message>
    <message>
        <source>--format takes pdf or odt, not “%1”.</source>
        <translation>--format takes pdf or odt, not “%1”.</translation>
    </message>
    <message>
        <source>Dossier written to %1 (%2 contributions, OpenDocument text).</source>
        <translation>Dossier written to %1 (%2 contributions, OpenDocument text).</translation>
    </message>
    <message>
        <source>Usage: recueil dossier --output FILE.pdf|FILE.odt [--format pdf|odt] [--status S]... [--theme CODE]... [--group-by theme|authority|region] [--with-contacts] [--no-synthesis] [--no-attachments] [--force]</source>
        <translation>Usage: recueil dossier --output FILE.pdf|FILE.odt [--format pdf|odt] [--status S]... [--theme CODE]... [--group-by theme|authority|region] [--with-contacts] [--no-synthesis] [--no-attachments] [--force]</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>A dossier gathers the selected contributions, arranged by part, with a synthesis up front and an index of local authorities. It is written in French, the campaign&apos;s language.</source>
        <translation>A dossier gathers the selected contributions, arranged by part, with a synthesis up front and an index of local authorities. It is written in French, the campaign&apos;s language.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>&amp;Validated contributions (for publication)</source>
        <translation>&amp;Validated contributions (for publication)</translation>
    </message>
    <message>
        <source>Contributions &amp;matching:</source>
        <translation>Contributions &amp;matching:</translation>
    </message>
    <message>
        <source>Review &amp;states</source>
        <translation>Review &amp;states</translation>
    </message>
    <message>
        <source>T&amp;hemes (none checked: all)</source>
        <translation>T&amp;hemes (none checked: all)</translation>
    </message>
    <message>
        <source>Review states to include</source>
        <translation>Review states to include</translation>
    </message>
    <message>
        <source>Themes to include</source>
        <translation>Themes to include</translation>
    </message>
    <message>
        <source>Arrangement and content</source>
        <translation>Arrangement and content</translation>
    </message>
    <message>
        <source>&amp;Arrange by:</source>
        <translation>&amp;Arrange by:</translation>
    </message>
    <message>
        <source>Include the &amp;synthesis (figures and charts)</source>
        <translation>Include the &amp;synthesis (figures and charts)</translation>
    </message>
    <message>
        <source>Only for contributors who agreed to be named; email addresses and phone numbers are masked everywhere else.</source>
        <translation>Only for contributors who agreed to be named; email addresses and phone numbers are masked everywhere else.</translation>
    </message>
    <message>
        <source>Print the &amp;contact details of contributors who agreed</source>
        <translation>Print the &amp;contact details of contributors who agreed</translation>
    </message>
    <message>
        <source>List the &amp;attachments</source>
        <translation>List the &amp;attachments</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Theme and sub-topic</source>
        <translation>Theme and sub-topic</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Région and département</source>
        <translation>Région and département</translation>
    </message>
    <message>
        <source>Check at least one review state.</source>
        <translation>Check at least one review state.</translation>
    </message>
    <message>
        <source>No contribution matches this selection: there is nothing to put in a dossier.</source>
        <translation>No contribution matches this selection: there is nothing to put in a dossier.</translation>
    </message>
    <message>
        <source>Laying out the dossier…</source>
        <translation>Laying out the dossier…</translation>
    </message>
    <message>
        <source>The dossier was cancelled.</source>
        <translation>The dossier was cancelled.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>The export was cancelled: no file was written.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the dossier…</source>
        <translation>Printing the dossier…</translation>
    </message>
    <message>
        <source>Printing was cancelled or failed.</source>
        <translation>Printing was cancelled or failed.</translation>
    </message>
    <message>
        <source>Dossier preview</source>
        <translation>Dossier preview</translation>
    </message>
    <message>
        <source>What the list shows</source>
        <translation>What the list shows</translation>
    </message>
    <message>
        <source>What the list shows: %1</source>
        <translation>What the list shows: %1</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” already exists. Replace it?</translation>
    </message>
    <message>
        <source>Dossier exported</source>
        <translation>Dossier exported</translation>
    </message>
    <message>
        <source>The dossier was saved as “%1” in the folder “%2”.</source>
        <translation>The dossier was saved as “%1” in the folder “%2”.</translation>
    </message>
    <message>
        <source>&amp;Export (PDF, OpenDocument)…</source>
        <translation>&amp;Export (PDF, OpenDocument)…</translation>
    </message>
    <message>
        <source>OpenDocument text, for the report&apos;s authors (*.odt)</source>
        <translation>OpenDocument text, for the report&apos;s authors (*.odt)</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Export the dossier</translation>
    </message>
</context>
<context>
    <name>DossierLoader</name>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>“%1” is not a review state.</source>
        <translation>“%1” is not a review state.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of this campaign.</source>
        <translation>“%1” is not a theme of this campaign.</translation>
    </message>
</context>
<context>
    <name>DossierPdfWriter</name>
    <message>
        <source>The PDF export was cancelled.</source>
        <translation>The PDF export was cancelled.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>The PDF could not be drawn.</translation>
    </message>
    <message>
        <source>The PDF was drawn but its bookmarks could not be added (%1).</source>
        <translation>The PDF was drawn but its bookmarks could not be added (%1).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link: give the dossier a file name of its own.</source>
        <translation>“%1” is a symbolic link: give the dossier a file name of its own.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file: give the dossier a file name of its own.</source>
        <translation>“%1” is not an ordinary file: give the dossier a file name of its own.</translation>
    </message>
    <message>
        <source>“%1” could not be written whole (is the disk full?): no file was written or replaced.</source>
        <translation>“%1” could not be written whole (is the disk full?): no file was written or replaced.</translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Unsaved changes found</source>
        <translation>Unsaved changes found</translation>
    </message>
    <message>
        <source>Changes to contribution No. %1 were not saved when Recueil last closed; they were kept on %2.</source>
        <translation>Changes to contribution No. %1 were not saved when Recueil last closed; they were kept on %2.</translation>
    </message>
    <message>
        <source>A new contribution was not saved when Recueil last closed; it was kept on %1.</source>
        <translation>A new contribution was not saved when Recueil last closed; it was kept on %1.</translation>
    </message>
    <message>
        <source>The contribution has been changed since: check the form before saving.</source>
        <translation>The contribution has been changed since: check the form before saving.</translation>
    </message>
    <message>
        <source>Bring them back into the form? They are saved only when you save.</source>
        <translation>Bring them back into the form? They are saved only when you save.</translation>
    </message>
    <message>
        <source>&amp;Bring them back</source>
        <translation>&amp;Bring them back</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Discard them</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The new contribution has not been saved.</source>
        <translation>The new contribution has not been saved.</translation>
    </message>
    <message>
        <source>The changes to contribution No. %1 have not been saved.</source>
        <translation>The changes to contribution No. %1 have not been saved.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Save them before going on?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Delete the contribution</source>
        <translation>Delete the contribution</translation>
    </message>
    <message>
        <source>Delete contribution No. %1, “%2”?</source>
        <translation>Delete contribution No. %1, “%2”?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Save it before going on?</source>
        <translation>Save it before going on?</translation>
    </message>
    <message>
        <source>Received after the close</source>
        <translation>Received after the close</translation>
    </message>
    <message>
        <source>Put it in the pending list, with the reason it came late, or accept it now as an administrator. Nothing typed is lost.</source>
        <translation>Put it in the pending list, with the reason it came late, or accept it now as an administrator. Nothing typed is lost.</translation>
    </message>
    <message>
        <source>Put it in the pending list, with the reason it came late: an administrator can accept it there. Nothing typed is lost.</source>
        <translation>Put it in the pending list, with the reason it came late: an administrator can accept it there. Nothing typed is lost.</translation>
    </message>
    <message>
        <source>Put in the &amp;pending list…</source>
        <translation>Put in the &amp;pending list…</translation>
    </message>
    <message>
        <source>&amp;Accept after the close…</source>
        <translation>&amp;Accept after the close…</translation>
    </message>
    <message>
        <source>&amp;Correct the date</source>
        <translation>&amp;Correct the date</translation>
    </message>
    <message>
        <source>Put in the pending list</source>
        <translation>Put in the pending list</translation>
    </message>
    <message>
        <source>Why did this testimony come after the close? The administrator who accepts or sets it aside reads this.</source>
        <translation>Why did this testimony come after the close? The administrator who accepts or sets it aside reads this.</translation>
    </message>
    <message>
        <source>Put in the &amp;pending list</source>
        <translation>Put in the &amp;pending list</translation>
    </message>
    <message>
        <source>It leaves the lists for the Bin, among the queues, where it can be restored with its sources and its history.</source>
        <translation>It leaves the lists for the Bin, among the queues, where it can be restored with its sources and its history.</translation>
    </message>
</context>
<context>
    <name>Eraser</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” is not an email address.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>The database could not be read: %1</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be erased.</source>
        <translation>This database is open read-only: nothing can be erased.</translation>
    </message>
    <message>
        <source>The database is busy: nothing was erased. Try again in a moment.</source>
        <translation>The database is busy: nothing was erased. Try again in a moment.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Nothing was erased: %1</translation>
    </message>
    <message>
        <source>The details were erased, but the file could not be compacted (%1): run the erasure again when no one else has the database open.</source>
        <translation>The details were erased, but the file could not be compacted (%1): run the erasure again when no one else has the database open.</translation>
    </message>
    <message>
        <source>The details were erased from the database, but the draft “%1” could not be rewritten: delete it.</source>
        <translation>The details were erased from the database, but the draft “%1” could not be rewritten: delete it.</translation>
    </message>
    <message>
        <source>Nothing was erased: the disk is full. Free some space on the disk, then erase again.</source>
        <translation>Nothing was erased: the disk is full. Free some space on the disk, then erase again.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>csv, json or ods.</source>
        <translation>csv, json or ods.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Between CSV fields: “,” (the default) or “;” for French spreadsheets.</source>
        <translation>Between CSV fields: “,” (the default) or “;” for French spreadsheets.</translation>
    </message>
    <message>
        <source>Add the contacts who consented.</source>
        <translation>Add the contacts who consented.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Replace the output file if it exists.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Say which format with --format csv, json or ods.</source>
        <translation>Say which format with --format csv, json or ods.</translation>
    </message>
    <message>
        <source>--format takes csv, json or ods, not “%1”.</source>
        <translation>--format takes csv, json or ods, not “%1”.</translation>
    </message>
    <message>
        <source>Say where to write with --output FILE.</source>
        <translation>Say where to write with --output FILE.</translation>
    </message>
    <message>
        <source>--separator takes “,” or “;”, not “%1”.</source>
        <translation>--separator takes “,” or “;”, not “%1”.</translation>
    </message>
    <message>
        <source>--separator is for --format csv only.</source>
        <translation>--separator is for --format csv only.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose another name, or add --force to replace it.</source>
        <translation>“%1” already exists: choose another name, or add --force to replace it.</translation>
    </message>
    <message numerus="yes">
        <source>%n validated contribution(s) written to %1.</source>
        <translation>
            <numerusform>%n validated contribution written to %1.</numerusform>
            <numerusform>%n validated contributions written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: recueil export --format csv|json|ods --output FILE [--separator ,|;] [--with-contacts] [--force]</source>
        <translation>Usage: recueil export --format csv|json|ods --output FILE [--separator ,|;] [--with-contacts] [--force]</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>FieldChangeCommand</name>
    <message>
        <source>change to “%1”</source>
        <translation>change to “%1”</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Words from the title, the testimony, the authority, the contact or the tags (Ctrl+F)</source>
        <translation>Words from the title, the testimony, the authority, the contact or the tags (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Show only the contributions in this review state</source>
        <translation>Show only the contributions in this review state</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>Review state filter</translation>
    </message>
    <message>
        <source>Show only the contributions about this theme</source>
        <translation>Show only the contributions about this theme</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Theme filter</translation>
    </message>
    <message>
        <source>Show only the contributions of one commune or intercommunalité: type its name, postal code or INSEE code</source>
        <translation>Show only the contributions of one commune or intercommunalité: type its name, postal code or INSEE code</translation>
    </message>
    <message>
        <source>Local authority filter</source>
        <translation>Local authority filter</translation>
    </message>
    <message>
        <source>Local authority…</source>
        <translation>Local authority…</translation>
    </message>
    <message>
        <source>All review states</source>
        <translation>All review states</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>No commune or intercommunalité is called “%1”: choose one from the list.</source>
        <translation>No commune or intercommunalité is called “%1”: choose one from the list.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>FormHistory</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <source>Your changes are still in the form: nothing you typed is lost.</source>
        <translation>Your changes are still in the form: nothing you typed is lost.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The disk is full: the contribution could not be saved. Free some space on the disk, then save again.</source>
        <translation>The disk is full: the contribution could not be saved. Free some space on the disk, then save again.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Recueil Help</source>
        <translation>Recueil Help</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Write a comment for the other reviewers…</source>
        <translation>Write a comment for the other reviewers…</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Add a comment</translation>
    </message>
    <message>
        <source>History of contribution no. %1</source>
        <translation>History of contribution no. %1</translation>
    </message>
    <message>
        <source>No comment yet.</source>
        <translation>No comment yet.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HoldingListWidget</name>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accept…</translation>
    </message>
    <message>
        <source>Set &amp;aside…</source>
        <translation>Set &amp;aside…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Why it waits</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Received after the close</source>
        <translation>Received after the close</translation>
    </message>
    <message>
        <source>No receipt date</source>
        <translation>No receipt date</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Set an email aside</source>
        <translation>Set an email aside</translation>
    </message>
    <message>
        <source>Why is this email set aside? It leaves this list but stays in the database.</source>
        <translation>Why is this email set aside? It leaves this list but stays in the database.</translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation>Set &amp;aside</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Not set aside</source>
        <translation>Not set aside</translation>
    </message>
    <message>
        <source>Reply to contribution No. %1, to check</source>
        <translation>Reply to contribution No. %1, to check</translation>
    </message>
    <message>
        <source>it came while the contribution&apos;s review was finished</source>
        <translation>it came while the contribution&apos;s review was finished</translation>
    </message>
    <message>
        <source>Accept a reply</source>
        <translation>Accept a reply</translation>
    </message>
    <message>
        <source>Add this email from %1 to contribution No. %2, “%3”, as a complement?</source>
        <translation>Add this email from %1 to contribution No. %2, “%3”, as a complement?</translation>
    </message>
    <message>
        <source>It waited because %1. Its text is added at the end of the testimony, which goes back to review if its review was finished.</source>
        <translation>It waited because %1. Its text is added at the end of the testimony, which goes back to review if its review was finished.</translation>
    </message>
    <message>
        <source>The contribution this email answers is no longer there. Make a new contribution of it?</source>
        <translation>The contribution this email answers is no longer there. Make a new contribution of it?</translation>
    </message>
    <message>
        <source>&amp;Add as a complement</source>
        <translation>&amp;Add as a complement</translation>
    </message>
    <message>
        <source>&amp;Make a contribution</source>
        <translation>&amp;Make a contribution</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Nothing is waiting.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Shows the selected email or typed testimony</source>
        <translation>Shows the selected email or typed testimony</translation>
    </message>
    <message>
        <source>Makes a contribution of the selected item</source>
        <translation>Makes a contribution of the selected item</translation>
    </message>
    <message>
        <source>Takes the selected item out of this list; it stays in the database</source>
        <translation>Takes the selected item out of this list; it stays in the database</translation>
    </message>
    <message>
        <source>Testimony received after the close (%1): %2</source>
        <translation>Testimony received after the close (%1): %2</translation>
    </message>
    <message>
        <source>Set a testimony aside</source>
        <translation>Set a testimony aside</translation>
    </message>
    <message>
        <source>Why is this testimony set aside? It leaves this list but stays in the database.</source>
        <translation>Why is this testimony set aside? It leaves this list but stays in the database.</translation>
    </message>
    <message>
        <source>Accept a late testimony</source>
        <translation>Accept a late testimony</translation>
    </message>
    <message>
        <source>Only an administrator of the campaign may accept a testimony received after the close, and %1 is %2 here. It waits in this list for an administrator.</source>
        <translation>Only an administrator of the campaign may accept a testimony received after the close, and %1 is %2 here. It waits in this list for an administrator.</translation>
    </message>
    <message>
        <source>Why is this testimony accepted after the close? The acceptance and its reason are recorded in the history under the name %1.</source>
        <translation>Why is this testimony accepted after the close? The acceptance and its reason are recorded in the history under the name %1.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Received on %1 (%2)</source>
        <translation>Received on %1 (%2)</translation>
    </message>
    <message>
        <source>Why it came late: %1</source>
        <translation>Why it came late: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>Testimony waiting: %1</source>
        <translation>Testimony waiting: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Emails (*.eml *.mbox *.mbx)</source>
        <translation>Emails (*.eml *.mbox *.mbx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import emails</source>
        <translation>Import emails</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Import in progress</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, then import these emails.</source>
        <translation>An import is already running. Wait for it to finish, then import these emails.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be imported into it.</source>
        <translation>This database is open read-only: nothing can be imported into it.</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?</source>
        <translation>An import is still running. Stop it and quit?</translation>
    </message>
    <message>
        <source>The emails already imported are kept; the email being read is finished or left out whole.</source>
        <translation>The emails already imported are kept; the email being read is finished or left out whole.</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Stop and quit</translation>
    </message>
    <message>
        <source>&amp;Go on importing</source>
        <translation>&amp;Go on importing</translation>
    </message>
    <message numerus="yes">
        <source>%Ln email(s)</source>
        <translation>
            <numerusform>%Ln email</numerusform>
            <numerusform>%Ln emails</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 complements, %4 pending, %5 already imported, %6 other</source>
        <translation>%1 read: %2 new, %3 complements, %4 pending, %5 already imported, %6 other</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing emails</source>
        <translation>Importing emails</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&amp;Check each new contribution before it is saved</source>
        <translation>&amp;Check each new contribution before it is saved</translation>
    </message>
    <message>
        <source>Shows each new email beside the form filled from it, so that you can correct it or leave it out</source>
        <translation>Shows each new email beside the form filled from it, so that you can correct it or leave it out</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Stop the import</translation>
    </message>
    <message>
        <source>The email being read is finished or left out whole; the following ones are not read</source>
        <translation>The email being read is finished or left out whole; the following ones are not read</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Importing “%1” (file %2 of %3)</source>
        <translation>Importing “%1” (file %2 of %3)</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>Importing “%1”</translation>
    </message>
    <message>
        <source>Stopping after the email being read…</source>
        <translation>Stopping after the email being read…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>contribution %1</source>
        <translation>contribution %1</translation>
    </message>
    <message>
        <source>%1 created, %2 complements, %3 replies to check, %4 duplicates, %5 late, %6 undated, %7 errors</source>
        <translation>%1 created, %2 complements, %3 replies to check, %4 duplicates, %5 late, %6 undated, %7 errors</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Emails that need your attention:</source>
        <translation>Emails that need your attention:</translation>
    </message>
    <message>
        <source>Emails that need your attention</source>
        <translation>Emails that need your attention</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copy the report</translation>
    </message>
    <message>
        <source>Copies the counts and the list, to paste into an email or a document</source>
        <translation>Copies the counts and the list, to paste into an email or a document</translation>
    </message>
    <message>
        <source>Show the &amp;pending emails</source>
        <translation>Show the &amp;pending emails</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Complements</source>
        <translation>Complements</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Undated</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Received on %1, after the close of %2: it waits in the pending list until an administrator accepts it, with a reason.</source>
        <translation>Received on %1, after the close of %2: it waits in the pending list until an administrator accepts it, with a reason.</translation>
    </message>
    <message>
        <source>No receipt date could be read from it: it waits in the pending list for you to enter the date it arrived.</source>
        <translation>No receipt date could be read from it: it waits in the pending list for you to enter the date it arrived.</translation>
    </message>
    <message>
        <source>Already imported (contribution No. %1): not imported twice.</source>
        <translation>Already imported (contribution No. %1): not imported twice.</translation>
    </message>
    <message>
        <source>Already imported: not imported twice.</source>
        <translation>Already imported: not imported twice.</translation>
    </message>
    <message>
        <source>Left out at review: nothing was saved. Import the file again to go back to it.</source>
        <translation>Left out at review: nothing was saved. Import the file again to go back to it.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>The import could not start: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replies to check</source>
        <translation>Replies to check</translation>
    </message>
    <message>
        <source>A reply to contribution No. %1 that waits in the pending list for a person to accept it: %2</source>
        <translation>A reply to contribution No. %1 that waits in the pending list for a person to accept it: %2</translation>
    </message>
    <message>
        <source>Late and undated emails, and replies to check, are kept: they wait in the pending list, where they can be accepted or set aside.</source>
        <translation>Late and undated emails, and replies to check, are kept: they wait in the pending list, where they can be accepted or set aside.</translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped after %Ln email(s): the following ones were not read.</source>
        <translation>
            <numerusform>The import was stopped after %Ln email: the following ones were not read.</numerusform>
            <numerusform>The import was stopped after %Ln emails: the following ones were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import is finished: %Ln email(s) read.</source>
        <translation>
            <numerusform>The import is finished: %Ln email read.</numerusform>
            <numerusform>The import is finished: %Ln emails read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>message %1 of %2 in %3</source>
        <translation>message %1 of %2 in %3</translation>
    </message>
    <message>
        <source>message %1 in %2</source>
        <translation>message %1 in %2</translation>
    </message>
    <message>
        <source>email %1 of %2, %3</source>
        <translation>email %1 of %2, %3</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>--database needs a file path or a postgresql:// address.</source>
        <translation>--database needs a file path or a postgresql:// address.</translation>
    </message>
</context>
<context>
    <name>ListEditorLink</name>
    <message>
        <source>Contribution not found</source>
        <translation>Contribution not found</translation>
    </message>
    <message>
        <source>This contribution has been deleted meanwhile.</source>
        <translation>This contribution has been deleted meanwhile.</translation>
    </message>
</context>
<context>
    <name>MailDropFilter</name>
    <message>
        <source>email dragged from a mail program</source>
        <translation>email dragged from a mail program</translation>
    </message>
</context>
<context>
    <name>MailImporter</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>This file could not be read as an email.</source>
        <translation>This file could not be read as an email.</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be imported.</source>
        <translation>This database is open read-only: nothing can be imported.</translation>
    </message>
    <message>
        <source>This email could not be stored, nothing was kept of it: %1</source>
        <translation>This email could not be stored, nothing was kept of it: %1</translation>
    </message>
    <message>
        <source>This message is no longer waiting in the holding list.</source>
        <translation>This message is no longer waiting in the holding list.</translation>
    </message>
    <message>
        <source>“%1” is a folder: give the .eml or .mbox files inside it.</source>
        <translation>“%1” is a folder: give the .eml or .mbox files inside it.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (a device or a pipe): only .eml and .mbox files can be imported.</source>
        <translation>“%1” is not an ordinary file (a device or a pipe): only .eml and .mbox files can be imported.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB and is not an mbox: it was not imported.</source>
        <translation>“%1” is larger than %2 MB and is not an mbox: it was not imported.</translation>
    </message>
    <message>
        <source>Message %1 of this mbox is larger than %2 MB: it was skipped, and the import went on with the next one.</source>
        <translation>Message %1 of this mbox is larger than %2 MB: it was skipped, and the import went on with the next one.</translation>
    </message>
    <message>
        <source>The sender&apos;s address “%1” does not look like a usable email address: the email is kept, but the contact has no address.</source>
        <translation>The sender&apos;s address “%1” does not look like a usable email address: the email is kept, but the contact has no address.</translation>
    </message>
    <message>
        <source>Another email with the same Message-ID is already stored, but its content differs: this one is kept as a message of its own.</source>
        <translation>Another email with the same Message-ID is already stored, but its content differs: this one is kept as a message of its own.</translation>
    </message>
    <message>
        <source>The disk is full: the import stopped at message %1 of “%2”; the messages before it are stored, free some space and import the file again to add the rest.</source>
        <translation>The disk is full: the import stopped at message %1 of “%2”; the messages before it are stored, free some space and import the file again to add the rest.</translation>
    </message>
    <message>
        <source>The disk is full: the import stopped at “%1”; free some space and import it again.</source>
        <translation>The disk is full: the import stopped at “%1”; free some space and import it again.</translation>
    </message>
    <message>
        <source>This reply waits in the pending list for a person to accept it: %1.</source>
        <translation>This reply waits in the pending list for a person to accept it: %1.</translation>
    </message>
    <message>
        <source>testimony No. %1 is already validated</source>
        <translation>testimony No. %1 is already validated</translation>
    </message>
    <message>
        <source>testimony No. %1 was set aside</source>
        <translation>testimony No. %1 was set aside</translation>
    </message>
    <message>
        <source>it comes from %1 and testimony No. %2 has no contact address</source>
        <translation>it comes from %1 and testimony No. %2 has no contact address</translation>
    </message>
    <message>
        <source>it comes from %1, not from %2, the contact of testimony No. %3</source>
        <translation>it comes from %1, not from %2, the contact of testimony No. %3</translation>
    </message>
</context>
<context>
    <name>MailSniffer</name>
    <message>
        <source>This file is not an email: no mail headers could be read from it.</source>
        <translation>This file is not an email: no mail headers could be read from it.</translation>
    </message>
    <message>
        <source>it is a PNG image</source>
        <translation>it is a PNG image</translation>
    </message>
    <message>
        <source>it is a JPEG image</source>
        <translation>it is a JPEG image</translation>
    </message>
    <message>
        <source>it is a GIF image</source>
        <translation>it is a GIF image</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <translation>it is a PDF document</translation>
    </message>
    <message>
        <source>it is a ZIP archive or an office document</source>
        <translation>it is a ZIP archive or an office document</translation>
    </message>
    <message>
        <source>it is an Outlook .msg or another Microsoft Office file (save the message as .eml first)</source>
        <translation>it is an Outlook .msg or another Microsoft Office file (save the message as .eml first)</translation>
    </message>
    <message>
        <source>it is a compressed (gzip) file</source>
        <translation>it is a compressed (gzip) file</translation>
    </message>
    <message>
        <source>it is an Outlook winmail.dat attachment, not a whole message</source>
        <translation>it is an Outlook winmail.dat attachment, not a whole message</translation>
    </message>
    <message>
        <source>it is an RTF document</source>
        <translation>it is an RTF document</translation>
    </message>
    <message>
        <source>This file is not an email: %1.</source>
        <translation>This file is not an email: %1.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>it contains binary data</translation>
    </message>
    <message>
        <source>it does not start with mail headers (such as From:, Date: or Subject:)</source>
        <translation>it does not start with mail headers (such as From:, Date: or Subject:)</translation>
    </message>
    <message>
        <source>none of its header lines is a mail header (From:, Date:, Subject:…)</source>
        <translation>none of its header lines is a mail header (From:, Date:, Subject:…)</translation>
    </message>
</context>
<context>
    <name>MailViewerDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Email — %1</source>
        <translation>Email — %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;New contribution</source>
        <translation>&amp;New contribution</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Enter a new contribution (Ctrl+N)</source>
        <translation>Enter a new contribution (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import emails…</source>
        <translation>&amp;Import emails…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import .eml files or mailboxes (Ctrl+I); you can also drop them on the window</source>
        <translation>Import .eml files or mailboxes (Ctrl+I); you can also drop them on the window</translation>
    </message>
    <message>
        <source>&amp;Print a dossier…</source>
        <translation>&amp;Print a dossier…</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Preview, print or export as PDF the validated testimonies or a selection (Ctrl+P)</source>
        <translation>Preview, print or export as PDF the validated testimonies or a selection (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Open a database…</translation>
    </message>
    <message>
        <source>Work on another Recueil database file</source>
        <translation>Work on another Recueil database file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Delete the contribution</source>
        <translation>&amp;Delete the contribution</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected contribution (Del)</source>
        <translation>Delete the selected contribution (Del)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Go to the search box (Ctrl+F)</source>
        <translation>Go to the search box (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Refresh the list</translation>
    </message>
    <message>
        <source>&amp;About Recueil</source>
        <translation>&amp;About Recueil</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Recueil databases (*.sqlite *.db);;All files (*)</source>
        <translation>Recueil databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Import in progress</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another database.</source>
        <translation>Wait for the import to finish before opening another database.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Recueil &amp;Help</source>
        <translation>Recueil &amp;Help</translation>
    </message>
    <message>
        <source>&amp;Welcome and sample campaign…</source>
        <translation>&amp;Welcome and sample campaign…</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <source>These emails will be imported once the current import is over.</source>
        <translation>These emails will be imported once the current import is over.</translation>
    </message>
    <message>
        <source>This database is open read-only (the file or its folder cannot be written): you can read, search and print, but not change anything.</source>
        <translation>This database is open read-only (the file or its folder cannot be written): you can read, search and print, but not change anything.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Read-only database</translation>
    </message>
    <message>
        <source>&amp;Erase a person&apos;s details…</source>
        <translation>&amp;Erase a person&apos;s details…</translation>
    </message>
    <message>
        <source>Right to erasure: remove a person&apos;s name, address and phone number everywhere</source>
        <translation>Right to erasure: remove a person&apos;s name, address and phone number everywhere</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Pending (%1)</translation>
    </message>
    <message>
        <source>&amp;Pending (%1)</source>
        <translation>&amp;Pending (%1)</translation>
    </message>
    <message>
        <source>Export as open &amp;data…</source>
        <translation>Export as open &amp;data…</translation>
    </message>
    <message>
        <source>The validated contributions as a spreadsheet, CSV or JSON file</source>
        <translation>The validated contributions as a spreadsheet, CSV or JSON file</translation>
    </message>
    <message>
        <source>P&amp;ublish the website…</source>
        <translation>P&amp;ublish the website…</translation>
    </message>
    <message>
        <source>The validated contributions as a website to put online</source>
        <translation>The validated contributions as a website to put online</translation>
    </message>
</context>
<context>
    <name>MessageReviewDialog</name>
    <message>
        <source>Check the new contribution</source>
        <translation>Check the new contribution</translation>
    </message>
    <message>
        <source>Email as received</source>
        <translation>Email as received</translation>
    </message>
    <message>
        <source>Contribution to save</source>
        <translation>Contribution to save</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Name, postal code or INSEE code…</source>
        <translation>Name, postal code or INSEE code…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>Contact &amp;name:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Contact role</translation>
    </message>
    <message>
        <source>e.g. Chief digital officer</source>
        <translation>e.g. Chief digital officer</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Contact email address</source>
        <translation>Contact email address</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hemes:</translation>
    </message>
    <message>
        <source>Themes and sub-topics</source>
        <translation>Themes and sub-topics</translation>
    </message>
    <message>
        <source>Testim&amp;ony:</source>
        <translation>Testim&amp;ony:</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>S&amp;top the import</source>
        <translation>S&amp;top the import</translation>
    </message>
    <message>
        <source>Saves nothing of this email and reads no further</source>
        <translation>Saves nothing of this email and reads no further</translation>
    </message>
    <message>
        <source>Save all &amp;without checking</source>
        <translation>Save all &amp;without checking</translation>
    </message>
    <message>
        <source>Saves this contribution and the next new ones of this import as they were read</source>
        <translation>Saves this contribution and the next new ones of this import as they were read</translation>
    </message>
    <message>
        <source>S&amp;kip this email</source>
        <translation>S&amp;kip this email</translation>
    </message>
    <message>
        <source>Nothing is saved for this email; importing the file again offers it anew</source>
        <translation>Nothing is saved for this email; importing the file again offers it anew</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A new contribution was read from %1. Check the form beside the email, correct it if needed, then save it.</source>
        <translation>A new contribution was read from %1. Check the form beside the email, correct it if needed, then save it.</translation>
    </message>
    <message>
        <source>an email</source>
        <translation>an email</translation>
    </message>
    <message>
        <source>Suggested from the sender&apos;s address: check it.</source>
        <translation>Suggested from the sender&apos;s address: check it.</translation>
    </message>
    <message>
        <source>Suggested from the signature: check it.</source>
        <translation>Suggested from the signature: check it.</translation>
    </message>
    <message>
        <source>Suggested from the subject: check it.</source>
        <translation>Suggested from the subject: check it.</translation>
    </message>
    <message>
        <source>Suggested from the sender&apos;s name: check it.</source>
        <translation>Suggested from the sender&apos;s name: check it.</translation>
    </message>
    <message>
        <source>Intercommunalité, SIREN %1 · %2 inhabitants</source>
        <translation>Intercommunalité, SIREN %1 · %2 inhabitants</translation>
    </message>
    <message>
        <source>Commune, INSEE code %1 · %2 inhabitants</source>
        <translation>Commune, INSEE code %1 · %2 inhabitants</translation>
    </message>
    <message>
        <source>No authority recognised: type its name, postal code or INSEE code, or leave it empty and choose it later in the contribution.</source>
        <translation>No authority recognised: type its name, postal code or INSEE code, or leave it empty and choose it later in the contribution.</translation>
    </message>
    <message numerus="yes">
        <source>Before it, %Ln email(s) already imported were skipped.</source>
        <translation>
            <numerusform>Before it, %Ln email already imported was skipped.</numerusform>
            <numerusform>Before it, %Ln emails already imported were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>The empty store to copy into.</source>
        <translation>The empty store to copy into.</translation>
    </message>
    <message>
        <source>migrate needs --to followed by a PostgreSQL address (postgresql://…) or a SQLite file.</source>
        <translation>migrate needs --to followed by a PostgreSQL address (postgresql://…) or a SQLite file.</translation>
    </message>
    <message>
        <source>The campaign cannot be copied onto itself.</source>
        <translation>The campaign cannot be copied onto itself.</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identical</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>Campaign copied to %1 and verified: same rows and checksums in every table.</source>
        <translation>Campaign copied to %1 and verified: same rows and checksums in every table.</translation>
    </message>
</context>
<context>
    <name>OdtDossierWriter</name>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Could not write “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>OpenDataDialog</name>
    <message>
        <source>Add the &amp;contacts who agreed to be named</source>
        <translation>Add the &amp;contacts who agreed to be named</translation>
    </message>
    <message>
        <source>Export as open data</source>
        <translation>Export as open data</translation>
    </message>
    <message>
        <source>The validated contributions, for a spreadsheet or an open-data portal: one row each, with the authority&apos;s INSEE or SIREN code, themes and dates. Names, addresses and phone numbers in the texts are masked as in the dossier.</source>
        <translation>The validated contributions, for a spreadsheet or an open-data portal: one row each, with the authority&apos;s INSEE or SIREN code, themes and dates. Names, addresses and phone numbers in the texts are masked as in the dossier.</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (OpenDocument, .ods): LibreOffice, Excel</source>
        <translation>&amp;Spreadsheet (OpenDocument, .ods): LibreOffice, Excel</translation>
    </message>
    <message>
        <source>CSV with “;” (.csv): French spreadsheets</source>
        <translation>CSV with “;” (.csv): French spreadsheets</translation>
    </message>
    <message>
        <source>CSV with “,” (.csv): open-data portals, scripts</source>
        <translation>CSV with “,” (.csv): open-data portals, scripts</translation>
    </message>
    <message>
        <source>&amp;JSON (.json): programs</source>
        <translation>&amp;JSON (.json): programs</translation>
    </message>
    <message>
        <source>Without it, no name, address or phone number of a contact is written.</source>
        <translation>Without it, no name, address or phone number of a contact is written.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>validated-contributions</source>
        <translation>validated-contributions</translation>
    </message>
    <message>
        <source>Open data exported</source>
        <translation>Open data exported</translation>
    </message>
    <message numerus="yes">
        <source>%n validated contribution(s) written to “%1”.</source>
        <translation>
            <numerusform>%n validated contribution written to “%1”.</numerusform>
            <numerusform>%n validated contributions written to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenDataExport</name>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Could not write “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People of the campaign</source>
        <translation>People of the campaign</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>one word, such as cmoreau</source>
        <translation>one word, such as cmoreau</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>The campaign must keep at least one active administrator: give the role to someone else first.</source>
        <translation>The campaign must keep at least one active administrator: give the role to someone else first.</translation>
    </message>
    <message>
        <source>“%1” is already one of the people of the campaign.</source>
        <translation>“%1” is already one of the people of the campaign.</translation>
    </message>
    <message>
        <source>Coordinators enter and complete contributions; reviewers classify and validate them; administrators also manage people, sub-topics and tags, and alone accept a testimony received after the close.</source>
        <translation>Coordinators enter and complete contributions; reviewers classify and validate them; administrators also manage people, sub-topics and tags, and alone accept a testimony received after the close.</translation>
    </message>
    <message>
        <source>Nobody validates a testimony they entered themselves, and only the person who made a review decision can undo it.</source>
        <translation>Nobody validates a testimony they entered themselves, and only the person who made a review decision can undo it.</translation>
    </message>
    <message>
        <source>Only the person who made a review decision can undo it.</source>
        <translation>Only the person who made a review decision can undo it.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Only an administrator can add people or change their role.</source>
        <translation>Only an administrator can add people or change their role.</translation>
    </message>
    <message>
        <source>A login is one word of letters, digits, “.”, “-”, “_” or “@”, such as “cmoreau”.</source>
        <translation>A login is one word of letters, digits, “.”, “-”, “_” or “@”, such as “cmoreau”.</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Acting as:</source>
        <translation>Acting as:</translation>
    </message>
    <message>
        <source>Person acting</source>
        <translation>Person acting</translation>
    </message>
    <message>
        <source>Who is working: the history records this name, and the role says what they may do.</source>
        <translation>Who is working: the history records this name, and the role says what they may do.</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>People…</translation>
    </message>
    <message>
        <source>Add people and change their role (administrators)</source>
        <translation>Add people and change their role (administrators)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (not registered)</source>
        <translation>%1 — %2 (not registered)</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>The folder of the website.</source>
        <translation>The folder of the website.</translation>
    </message>
    <message>
        <source>Show the contacts who consented.</source>
        <translation>Show the contacts who consented.</translation>
    </message>
    <message>
        <source>Usage: recueil publish --output DIR [--with-contacts]</source>
        <translation>Usage: recueil publish --output DIR [--with-contacts]</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Say where to write the website with --output DIR.</source>
        <translation>Say where to write the website with --output DIR.</translation>
    </message>
    <message>
        <source>The bundled fonts cannot be loaded: this installation of Recueil is damaged.</source>
        <translation>The bundled fonts cannot be loaded: this installation of Recueil is damaged.</translation>
    </message>
    <message>
        <source>Website written to %1: %2 files, %3 new or changed, %4 removed; open %5 in a browser.</source>
        <translation>Website written to %1: %2 files, %3 new or changed, %4 removed; open %5 in a browser.</translation>
    </message>
</context>
<context>
    <name>PublishableText</name>
    <message>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Quoted reply</source>
        <translation>Quoted reply</translation>
    </message>
    <message>
        <source>Forwarded message header</source>
        <translation>Forwarded message header</translation>
    </message>
    <message>
        <source>Legal notice</source>
        <translation>Legal notice</translation>
    </message>
    <message>
        <source>Mobile footer</source>
        <translation>Mobile footer</translation>
    </message>
    <message>
        <source>Tracking residue</source>
        <translation>Tracking residue</translation>
    </message>
    <message>
        <source>Complement marker</source>
        <translation>Complement marker</translation>
    </message>
    <message>
        <source>Forwarder&apos;s note</source>
        <translation>Forwarder&apos;s note</translation>
    </message>
</context>
<context>
    <name>PublishedTextDialog</name>
    <message>
        <source>The email and the text to publish</source>
        <translation>The email and the text to publish</translation>
    </message>
    <message>
        <source>The email as it came</source>
        <translation>The email as it came</translation>
    </message>
    <message>
        <source>Text to publish</source>
        <translation>Text to publish</translation>
    </message>
    <message>
        <source>The &amp;email as it came; what was left out is greyed:</source>
        <translation>The &amp;email as it came; what was left out is greyed:</translation>
    </message>
    <message>
        <source>The &amp;text to publish; lines the email does not have are marked:</source>
        <translation>The &amp;text to publish; lines the email does not have are marked:</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Use this text</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Back to the &amp;proposal</source>
        <translation>Back to the &amp;proposal</translation>
    </message>
    <message>
        <source>The text import proposed: the email without what is greyed</source>
        <translation>The text import proposed: the email without what is greyed</translation>
    </message>
    <message>
        <source>Back to the &amp;original</source>
        <translation>Back to the &amp;original</translation>
    </message>
    <message>
        <source>The whole text of the email, as it came</source>
        <translation>The whole text of the email, as it came</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>put back</translation>
    </message>
    <message>
        <source>→ in “Difficulties encountered”</source>
        <translation>→ in “Difficulties encountered”</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Review queues</source>
        <translation>Review queues</translation>
    </message>
    <message>
        <source>Keep the current criteria and search words under a name</source>
        <translation>Keep the current criteria and search words under a name</translation>
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation>Rename the selected saved search</translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation>Delete the selected saved search</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>%1 — contributions: %2</source>
        <translation>%1 — contributions: %2</translation>
    </message>
    <message>
        <source>%1 — words: %2</source>
        <translation>%1 — words: %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Name of the search:</translation>
    </message>
    <message>
        <source>Rename search</source>
        <translation>Rename search</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete search</source>
        <translation>Delete search</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”? The contributions are not affected.</source>
        <translation>Delete the saved search “%1”? The contributions are not affected.</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>&amp;Save search…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved by %1: only they can rename or delete it.</source>
        <translation>Saved by %1: only they can rename or delete it.</translation>
    </message>
</context>
<context>
    <name>ReceiptTimeEdit</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent database</source>
        <translation>No recent database</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The database “%1” is no longer there: it has been removed from the list.</source>
        <translation>The database “%1” is no longer there: it has been removed from the list.</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <comment>call&apos;s name · open or closed — file</comment>
        <translation>%1 · %2 — %3</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Undo the %1</source>
        <translation>Undo the %1</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>You act as a coordinator: reviewers change the state of contributions. You can send back a completed contribution to “Received”.</source>
        <translation>You act as a coordinator: reviewers change the state of contributions. You can send back a completed contribution to “Received”.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Free tags, separated by commas</source>
        <translation>Free tags, separated by commas</translation>
    </message>
    <message>
        <source>Free tags</source>
        <translation>Free tags</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Back to “Received”</source>
        <translation>Back to “Received”</translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation>Start reviewing</translation>
    </message>
    <message>
        <source>Ask for more…</source>
        <translation>Ask for more…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Set aside…</source>
        <translation>Set aside…</translation>
    </message>
    <message>
        <source>On some of them only: %1</source>
        <translation>On some of them only: %1</translation>
    </message>
    <message>
        <source>No contribution selected</source>
        <translation>No contribution selected</translation>
    </message>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>This database is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Set the state to “%1”; you will be asked why.</source>
        <translation>Set the state to “%1”; you will be asked why.</translation>
    </message>
    <message>
        <source>Set the state to “%1”.</source>
        <translation>Set the state to “%1”.</translation>
    </message>
    <message>
        <source>%1 of the %2 selected contributions can go to “%3”; you will see the list before anything changes.</source>
        <translation>%1 of the %2 selected contributions can go to “%3”; you will see the list before anything changes.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator can assign contributions.</source>
        <translation>Only a reviewer or an administrator can assign contributions.</translation>
    </message>
    <message>
        <source>Reason for “%1”</source>
        <translation>Reason for “%1”</translation>
    </message>
    <message>
        <source>Say why the contribution is “%1”. The reason is kept in its history.</source>
        <translation>Say why the contribution is “%1”. The reason is kept in its history.</translation>
    </message>
    <message>
        <source>Nothing changed: a reason is required for “%1”.</source>
        <translation>Nothing changed: a reason is required for “%1”.</translation>
    </message>
    <message>
        <source>Contribution no. %1 is now “%2”.</source>
        <translation>Contribution no. %1 is now “%2”.</translation>
    </message>
    <message>
        <source>Nothing to save: the classification is unchanged.</source>
        <translation>Nothing to save: the classification is unchanged.</translation>
    </message>
    <message>
        <source>Classification of contribution no. %1 saved.</source>
        <translation>Classification of contribution no. %1 saved.</translation>
    </message>
    <message>
        <source>Classification of %1 contributions saved.</source>
        <translation>Classification of %1 contributions saved.</translation>
    </message>
    <message>
        <source>No longer assigned to anyone.</source>
        <translation>No longer assigned to anyone.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Assigned to %1.</translation>
    </message>
    <message>
        <source>&amp;Undo the last action</source>
        <translation>&amp;Undo the last action</translation>
    </message>
    <message>
        <source>Save the c&amp;lassification</source>
        <translation>Save the c&amp;lassification</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>Assi&amp;gn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s) now “%1”.</source>
        <translation>
            <numerusform>%Ln contribution is now “%1”.</numerusform>
            <numerusform>%Ln contributions are now “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s) now “%1”; </source>
        <translation>
            <numerusform>%Ln contribution is now “%1”; </numerusform>
            <numerusform>%Ln contributions are now “%1”; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not change and stayed as it was.</source>
        <translation>
            <numerusform>%Ln could not change and stayed as it was.</numerusform>
            <numerusform>%Ln could not change and stayed as they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 (%2) — %3</source>
        <translation>No. %1 (%2) — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s) selected</source>
        <translation>
            <numerusform>%Ln contribution selected</numerusform>
            <numerusform>%Ln contributions selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>  search QUERY [--status S] [--theme C] [--subtopic C] [--authority CODE] [--departement D]
         [--region R] [--population-min N] [--population-max N] [--reviewer LOGIN]
         [--from DATE] [--to DATE] [--limit N] [--json]
                                     full-text search, ranked, words highlighted
  set-status ID STATE [--reason TEXT] [--as LOGIN]
  tag ID [--theme C]... [--primary C] [--subtopic C]... [--tag TEXT]... [--as LOGIN]
  assign ID LOGIN                    give a contribution to a reviewer
  comment ID TEXT                    add to the review thread
  history ID [--json]                every change, newest first
  people add LOGIN --role coordinator|reviewer|admin [--name NAME]
  people list
</source>
        <translation>  search QUERY [--status S] [--theme C] [--subtopic C] [--authority CODE] [--departement D]
         [--region R] [--population-min N] [--population-max N] [--reviewer LOGIN]
         [--from DATE] [--to DATE] [--limit N] [--json]
                                     full-text search, ranked, words highlighted
  set-status ID STATE [--reason TEXT] [--as LOGIN]
  tag ID [--theme C]... [--primary C] [--subtopic C]... [--tag TEXT]... [--as LOGIN]
  assign ID LOGIN                    give a contribution to a reviewer
  comment ID TEXT                    add to the review thread
  history ID [--json]                every change, newest first
  people add LOGIN --role coordinator|reviewer|admin [--name NAME]
  people list
</translation>
    </message>
    <message>
        <source>Review state.</source>
        <translation>Review state.</translation>
    </message>
    <message>
        <source>Theme code.</source>
        <translation>Theme code.</translation>
    </message>
    <message>
        <source>Sub-topic code.</source>
        <translation>Sub-topic code.</translation>
    </message>
    <message>
        <source>INSEE or SIREN code.</source>
        <translation>INSEE or SIREN code.</translation>
    </message>
    <message>
        <source>Département code.</source>
        <translation>Département code.</translation>
    </message>
    <message>
        <source>Région code.</source>
        <translation>Région code.</translation>
    </message>
    <message>
        <source>Smallest population.</source>
        <translation>Smallest population.</translation>
    </message>
    <message>
        <source>Largest population.</source>
        <translation>Largest population.</translation>
    </message>
    <message>
        <source>Assigned reviewer.</source>
        <translation>Assigned reviewer.</translation>
    </message>
    <message>
        <source>Received on or after (YYYY-MM-DD).</source>
        <translation>Received on or after (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Received on or before (YYYY-MM-DD).</source>
        <translation>Received on or before (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>How many results.</source>
        <translation>How many results.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Machine-readable output.</translation>
    </message>
    <message>
        <source>search needs words to look for.</source>
        <translation>search needs words to look for.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2021-03-20.</source>
        <translation>“%1” is not a date such as 2021-03-20.</translation>
    </message>
    <message>
        <source>Why (required for needs_changes and rejected).</source>
        <translation>Why (required for needs_changes and rejected).</translation>
    </message>
    <message>
        <source>set-status needs a contribution number and a state.</source>
        <translation>set-status needs a contribution number and a state.</translation>
    </message>
    <message>
        <source>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</source>
        <translation>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</translation>
    </message>
    <message>
        <source>Contribution %1 is now “%2”.</source>
        <translation>Contribution %1 is now “%2”.</translation>
    </message>
    <message>
        <source>Theme code (repeatable).</source>
        <translation>Theme code (repeatable).</translation>
    </message>
    <message>
        <source>Primary theme.</source>
        <translation>Primary theme.</translation>
    </message>
    <message>
        <source>Sub-topic code (repeatable).</source>
        <translation>Sub-topic code (repeatable).</translation>
    </message>
    <message>
        <source>Free tag (repeatable).</source>
        <translation>Free tag (repeatable).</translation>
    </message>
    <message>
        <source>Free tag to remove (repeatable).</source>
        <translation>Free tag to remove (repeatable).</translation>
    </message>
    <message>
        <source>tag needs one contribution number.</source>
        <translation>tag needs one contribution number.</translation>
    </message>
    <message>
        <source>Contribution %1 tagged.</source>
        <translation>Contribution %1 tagged.</translation>
    </message>
    <message>
        <source>assign needs a contribution number and a login.</source>
        <translation>assign needs a contribution number and a login.</translation>
    </message>
    <message>
        <source>Contribution %1 assigned to %2.</source>
        <translation>Contribution %1 assigned to %2.</translation>
    </message>
    <message>
        <source>comment needs a contribution number and a text.</source>
        <translation>comment needs a contribution number and a text.</translation>
    </message>
    <message>
        <source>history needs one contribution number.</source>
        <translation>history needs one contribution number.</translation>
    </message>
    <message>
        <source>There is no contribution number %1.</source>
        <translation>There is no contribution number %1.</translation>
    </message>
    <message>
        <source>coordinator, reviewer or admin.</source>
        <translation>coordinator, reviewer or admin.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Display name.</translation>
    </message>
    <message>
        <source>Use “people add LOGIN --role coordinator|reviewer|admin” or “people list”.</source>
        <translation>Use “people add LOGIN --role coordinator|reviewer|admin” or “people list”.</translation>
    </message>
    <message>
        <source>--role must be coordinator, reviewer or admin.</source>
        <translation>--role must be coordinator, reviewer or admin.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>“%1” is not a login: letters, digits, “.”, “-”, “_” and “@” only.</source>
        <translation>“%1” is not a login: letters, digits, “.”, “-”, “_” and “@” only.</translation>
    </message>
    <message>
        <source>%1 is the desk&apos;s first person, so its administrator: an administrator can do all a %2 does, and add the others.</source>
        <translation>%1 is the desk&apos;s first person, so its administrator: an administrator can do all a %2 does, and add the others.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>All contributions</source>
        <translation>All contributions</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>My reviews</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>To complete</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Every contribution, whatever its review state.</source>
        <translation>Every contribution, whatever its review state.</translation>
    </message>
    <message>
        <source>Contributions received or being reviewed.</source>
        <translation>Contributions received or being reviewed.</translation>
    </message>
    <message>
        <source>Contributions assigned to you that are not yet validated or set aside.</source>
        <translation>Contributions assigned to you that are not yet validated or set aside.</translation>
    </message>
    <message>
        <source>Contributions waiting for missing information.</source>
        <translation>Contributions waiting for missing information.</translation>
    </message>
    <message>
        <source>Contributions fit for the dossier.</source>
        <translation>Contributions fit for the dossier.</translation>
    </message>
    <message>
        <source>Contributions kept but left out of the dossier.</source>
        <translation>Contributions kept but left out of the dossier.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Emails and typed testimonies waiting in the pending list: received after the close, without a date, or a reply to check.</source>
        <translation>Emails and typed testimonies waiting in the pending list: received after the close, without a date, or a reply to check.</translation>
    </message>
    <message>
        <source>Deleted contributions, kept with their history: they can be restored.</source>
        <translation>Deleted contributions, kept with their history: they can be restored.</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>There is no contribution number %1.</source>
        <translation>There is no contribution number %1.</translation>
    </message>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>This database is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Contribution %1: %2</source>
        <translation>Contribution %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a sub-topic of this campaign.</source>
        <translation>“%1” is not a sub-topic of this campaign.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of this campaign.</source>
        <translation>“%1” is not a theme of this campaign.</translation>
    </message>
    <message>
        <source>Some of the selected contributions no longer exist; nothing was changed.</source>
        <translation>Some of the selected contributions no longer exist; nothing was changed.</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator can assign contributions.</source>
        <translation>Only a reviewer or an administrator can assign contributions.</translation>
    </message>
    <message>
        <source>“%1” is not a reviewer of this campaign.</source>
        <translation>“%1” is not a reviewer of this campaign.</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>A comment cannot be empty.</translation>
    </message>
    <message>
        <source>A tag cannot be empty: give it a word.</source>
        <translation>A tag cannot be empty: give it a word.</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Needs changes</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <source>The contribution is already “%1”.</source>
        <translation>The contribution is already “%1”.</translation>
    </message>
    <message>
        <source>A contribution cannot go from “%1” to “%2”.</source>
        <translation>A contribution cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator can change the review state; a coordinator can only send back a completed contribution.</source>
        <translation>Only a reviewer or an administrator can change the review state; a coordinator can only send back a completed contribution.</translation>
    </message>
    <message>
        <source>Say why the contribution is “%1”: a reason is required.</source>
        <translation>Say why the contribution is “%1”: a reason is required.</translation>
    </message>
    <message>
        <source>You entered this contribution: someone else must validate it (four-eyes rule).</source>
        <translation>You entered this contribution: someone else must validate it (four-eyes rule).</translation>
    </message>
    <message>
        <source>Choose at least one theme before validating: the dossier files each testimony under its themes.</source>
        <translation>Choose at least one theme before validating: the dossier files each testimony under its themes.</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Sub-topics and &amp;tags…</source>
        <translation>Sub-topics and &amp;tags…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Undo in the re&amp;view:</source>
        <translation>Undo in the re&amp;view:</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Queues</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Re&amp;view panel</source>
        <translation>Re&amp;view panel</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SafeMailView</name>
    <message>
        <source>Email as received</source>
        <translation>Email as received</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>no receipt date</source>
        <translation>no receipt date</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Forwarded by:</source>
        <translation>Forwarded by:</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, on %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>This email cannot be shown.</source>
        <translation>This email cannot be shown.</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Link not opened</translation>
    </message>
    <message>
        <source>This link does not lead to a web page or an email address, so Recueil does not open it:</source>
        <translation>This link does not lead to a web page or an email address, so Recueil does not open it:</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>Open a link</translation>
    </message>
    <message>
        <source>This link writes an email to:</source>
        <translation>This link writes an email to:</translation>
    </message>
    <message>
        <source>This link leads to the site %1, at the address:</source>
        <translation>This link leads to the site %1, at the address:</translation>
    </message>
    <message>
        <source>Open your mail program?</source>
        <translation>Open your mail program?</translation>
    </message>
    <message>
        <source>Open it in your web browser? Only do so if you trust this address.</source>
        <translation>Open it in your web browser? Only do so if you trust this address.</translation>
    </message>
    <message>
        <source>&amp;Open the link</source>
        <translation>&amp;Open the link</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) from the internet not loaded, to protect your privacy.</source>
        <translation>
            <numerusform>%Ln image from the internet was not loaded, to protect your privacy.</numerusform>
            <numerusform>%Ln images from the internet were not loaded, to protect your privacy.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, in the text)</source>
        <translation>%1 (%2, in the text)</translation>
    </message>
</context>
<context>
    <name>SampleCampaign</name>
    <message>
        <source>The sample email %1 cannot be read.</source>
        <translation>The sample email %1 cannot be read.</translation>
    </message>
    <message>
        <source>Cannot open the sample campaign</source>
        <translation>Cannot open the sample campaign</translation>
    </message>
</context>
<context>
    <name>SavedSearchRepository</name>
    <message>
        <source>Give the search a name.</source>
        <translation>Give the search a name.</translation>
    </message>
    <message>
        <source>You already have a search named “%1”: choose another name.</source>
        <translation>You already have a search named “%1”: choose another name.</translation>
    </message>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>This database is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>This saved search no longer exists.</source>
        <translation>This saved search no longer exists.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Cannot prepare the database: %1</source>
        <translation>Cannot prepare the database: %1</translation>
    </message>
    <message>
        <source>Missing database upgrade step %1.</source>
        <translation>Missing database upgrade step %1.</translation>
    </message>
    <message>
        <source>Database upgrade step %1 failed: %2</source>
        <translation>Database upgrade step %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
</context>
<context>
    <name>ServerAddressPrompt</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Address of the campaign on its PostgreSQL server, for example
postgresql://login@server.example.fr/recueil?sslmode=require</source>
        <translation>Address of the campaign on its PostgreSQL server, for example
postgresql://login@server.example.fr/recueil?sslmode=require</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>“%1” is not a PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>“%1” is not a PostgreSQL address; write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>“%1” is not a connection option.</source>
        <translation>“%1” is not a connection option.</translation>
    </message>
    <message>
        <source>The address “%1” names no database: add it after the server, as in postgresql://host/recueil.</source>
        <translation>The address “%1” names no database: add it after the server, as in postgresql://host/recueil.</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>The connection to the server %1 was lost. Recueil is trying to reconnect; what you are typing is kept.</source>
        <translation>The connection to the server %1 was lost. Recueil is trying to reconnect; what you are typing is kept.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
</context>
<context>
    <name>SitePublisher</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>The folder “%1” could not be created.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Could not write “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>SitePublishing</name>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>Publish the website into…</source>
        <translation>Publish the website into…</translation>
    </message>
    <message>
        <source>Publish the website</source>
        <translation>Publish the website</translation>
    </message>
    <message>
        <source>Website published</source>
        <translation>Website published</translation>
    </message>
    <message numerus="yes">
        <source>The website is in “%1”: %n file(s) new or changed.</source>
        <translation>
            <numerusform>The website is in “%1”: %n file new or changed.</numerusform>
            <numerusform>The website is in “%1”: %n files new or changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of contributions no longer validated removed.</source>
        <translation>
            <numerusform>%n page of a contribution no longer validated removed.</numerusform>
            <numerusform>%n pages of contributions no longer validated removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the whole folder to the association&apos;s web server to put it online.</source>
        <translation>Copy the whole folder to the association&apos;s web server to put it online.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Emails:</source>
        <translation>Emails:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Show the &amp;email</source>
        <translation>Show the &amp;email</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Source emails</source>
        <translation>Source emails</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Opens the file with the program your computer uses for this type</source>
        <translation>Opens the file with the program your computer uses for this type</translation>
    </message>
    <message>
        <source>Saves the selected files (or all of them) into a folder you choose</source>
        <translation>Saves the selected files (or all of them) into a folder you choose</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Complement</source>
        <translation>Complement</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>Export the attachments to</source>
        <translation>Export the attachments to</translation>
    </message>
    <message>
        <source>Export incomplete</source>
        <translation>Export incomplete</translation>
    </message>
    <message>
        <source>Attachments exported</source>
        <translation>Attachments exported</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) written into “%1”.</source>
        <translation>
            <numerusform>%Ln file written into “%1”.</numerusform>
            <numerusform>%Ln files written into “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The server does not allow your login to do this (%1).</source>
        <translation>The server does not allow your login to do this (%1).</translation>
    </message>
    <message>
        <source>The server refused it: %1.</source>
        <translation>The server refused it: %1.</translation>
    </message>
    <message>
        <source>The connection to the server was lost: nothing was saved. Recueil reconnects by itself; try again in a moment.</source>
        <translation>The connection to the server was lost: nothing was saved. Recueil reconnects by itself; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>StoredChecksums</name>
    <message>
        <source>email %1</source>
        <translation>email %1</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>attachment %1</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <source>Sub-topics and tags</source>
        <translation>Sub-topics and tags</translation>
    </message>
    <message>
        <source>&amp;Sub-topics</source>
        <translation>&amp;Sub-topics</translation>
    </message>
    <message>
        <source>&amp;Free tags</source>
        <translation>&amp;Free tags</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Stable code used by exports and the command line; made from the French label when left empty. It cannot be changed afterwards.</source>
        <translation>Stable code used by exports and the command line; made from the French label when left empty. It cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>French &amp;label:</source>
        <translation>French &amp;label:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>&amp;English label:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Add as a new sub-topic</source>
        <translation>Add as a new sub-topic</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Renaming a tag into one that exists merges them.</source>
        <translation>Renaming a tag into one that exists merges them.</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>New &amp;name:</translation>
    </message>
    <message>
        <source>The tag “%1” exists already: merge “%2” into it?</source>
        <translation>The tag “%1” exists already: merge “%2” into it?</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Sub-topics by theme</source>
        <translation>Sub-topics by theme</translation>
    </message>
    <message>
        <source>Free tags</source>
        <translation>Free tags</translation>
    </message>
</context>
<context>
    <name>TaxonomyRepository</name>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>This database is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Only an administrator can change the sub-topics and tags of the campaign.</source>
        <translation>Only an administrator can change the sub-topics and tags of the campaign.</translation>
    </message>
    <message>
        <source>Give the sub-topic a French label.</source>
        <translation>Give the sub-topic a French label.</translation>
    </message>
    <message>
        <source>“%1” cannot be a code: use lower-case letters, digits and hyphens, such as “tiers-lieux”.</source>
        <translation>“%1” cannot be a code: use lower-case letters, digits and hyphens, such as “tiers-lieux”.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of this campaign.</source>
        <translation>“%1” is not a theme of this campaign.</translation>
    </message>
    <message>
        <source>The code “%1” is already used (perhaps by a retired sub-topic): choose another.</source>
        <translation>The code “%1” is already used (perhaps by a retired sub-topic): choose another.</translation>
    </message>
    <message>
        <source>There is no sub-topic “%1”.</source>
        <translation>There is no sub-topic “%1”.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>A tag cannot be empty.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>There is no tag “%1”.</translation>
    </message>
</context>
<context>
    <name>TestimonyPrefill</name>
    <message>
        <source>Email from %1</source>
        <translation>Email from %1</translation>
    </message>
</context>
<context>
    <name>ThemeSelector</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 inhab.</source>
        <translation>%1 — %2 inhab.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <source>intercommunalités</source>
        <translation>intercommunalités</translation>
    </message>
    <message>
        <source>départements</source>
        <translation>départements</translation>
    </message>
    <message>
        <source>régions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last of a list</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Outside the call&apos;s target (%1): the contribution is accepted.</source>
        <translation>Outside the call&apos;s target (%1): the contribution is accepted.</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 only</translation>
    </message>
    <message>
        <source>overseas not included</source>
        <translation>overseas not included</translation>
    </message>
    <message>
        <source>%1 to %2 inhabitants</source>
        <translation>%1 to %2 inhabitants</translation>
    </message>
    <message>
        <source>from %1 inhabitants</source>
        <translation>from %1 inhabitants</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Recueil</source>
        <translation>Welcome to Recueil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Recueil&lt;/h2&gt;&lt;p&gt;Recueil gathers the testimonies of local authorities for the call, in three jobs:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Enter&lt;/b&gt;: drop the emails received on the window (or File › Import…, Ctrl+I); type in letters and phone calls with File › New contribution (Ctrl+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt;: the queues on the left give each reviewer their work; classify each testimony under the call&apos;s themes, then validate it or ask for more.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt;: File › Print a dossier… (Ctrl+P) makes the PDF dossier of the validated testimonies.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The call&apos;s deadline is applied everywhere: late emails wait in the pending list until an administrator decides.&lt;/p&gt;&lt;p&gt;To try all this without touching your own database, open the sample campaign: ten emails written for the purpose. Help (F1) tells more.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Recueil&lt;/h2&gt;&lt;p&gt;Recueil gathers the testimonies of local authorities for the call, in three jobs:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Enter&lt;/b&gt;: drop the emails received on the window (or File › Import…, Ctrl+I); type in letters and phone calls with File › New contribution (Ctrl+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt;: the queues on the left give each reviewer their work; classify each testimony under the call&apos;s themes, then validate it or ask for more.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt;: File › Print a dossier… (Ctrl+P) makes the PDF dossier of the validated testimonies.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The call&apos;s deadline is applied everywhere: late emails wait in the pending list until an administrator decides.&lt;/p&gt;&lt;p&gt;To try all this without touching your own database, open the sample campaign: ten emails written for the purpose. Help (F1) tells more.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation>Open the &amp;sample campaign</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
</context>
</TS>
