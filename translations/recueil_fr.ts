<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Recueil</source>
        <translation>À propos de Recueil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recueil %1&lt;/h3&gt;&lt;p&gt;Collects the testimonies of local authorities for the call “%2”, organised by %3.&lt;/p&gt;&lt;p&gt;Official list of communes and intercommunalités: %4.&lt;/p&gt;&lt;p&gt;Database: %5&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Bundled with it, under their own licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the list of French local authorities, from Etalab (decoupage-administratif): MIT licence;&lt;/li&gt;&lt;li&gt;the Noto Serif and Noto Sans fonts by Google, embedded in the dossiers: SIL Open Font License 1.1;&lt;/li&gt;&lt;li&gt;the emails of the sample campaign, written for Recueil: same licence as Recueil.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %6 and GMime 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recueil %1&lt;/h3&gt;&lt;p&gt;Recueille les témoignages des collectivités pour l’appel «&#x202f;%2&#x202f;», organisé par %3.&lt;/p&gt;&lt;p&gt;Liste officielle des communes et intercommunalités&#xa0;: %4.&lt;/p&gt;&lt;p&gt;Base&#xa0;: %5&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Fournis avec lui, sous leur propre licence&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;la liste des collectivités françaises, d’Etalab (decoupage-administratif)&#xa0;: licence MIT&#x202f;;&lt;/li&gt;&lt;li&gt;les polices Noto Serif et Noto Sans de Google, incorporées aux dossiers&#xa0;: SIL Open Font License 1.1&#x202f;;&lt;/li&gt;&lt;li&gt;les courriels de la campagne d’exemple, écrits pour Recueil&#xa0;: même licence que Recueil.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Construit avec Qt %6 et GMime 3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AcceptHeldDialog</name>
    <message>
        <source>Accept a pending email</source>
        <translation>Accepter un courriel en attente</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>&amp;Reçu le&#xa0;:</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>Date et heure de réception</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>heure de Paris</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Acce&amp;pter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1”, from %2</source>
        <translation>«&#x202f;%1&#x202f;», de %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Accept an undated email</source>
        <translation>Accepter un courriel sans date</translation>
    </message>
    <message>
        <source>No receipt date could be read from this email. Enter the date and time it reached the campaign, as shown by the mailbox that received it.</source>
        <translation>Aucune date de réception n’a pu être lue dans ce courriel. Saisissez la date et l’heure auxquelles il est parvenu à l’appel, telles que les indique la boîte aux lettres qui l’a reçu.</translation>
    </message>
    <message>
        <source>Accept a late email</source>
        <translation>Accepter un courriel hors délai</translation>
    </message>
    <message>
        <source>This email was received on %1, after the close of %2. Only an administrator of the campaign may accept it, giving a reason; the acceptance and its reason are recorded under the name %3.</source>
        <translation>Ce courriel a été reçu le %1, après la clôture du %2. Seul un administrateur de l’appel peut l’accepter, en donnant un motif&#x202f;; l’acceptation et son motif sont enregistrés au nom %3.</translation>
    </message>
    <message>
        <source>&amp;Reason (arrived after the close):</source>
        <translation>&amp;Motif (arrivé après la clôture)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting it:</source>
        <translation>&amp;Motif de l’acceptation&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the date and time the email was received.</source>
        <translation>Saisissez la date et l’heure de réception du courriel.</translation>
    </message>
    <message>
        <source>This date is after the close: a reason is required to accept the email.</source>
        <translation>Cette date est après la clôture&#xa0;: un motif est nécessaire pour accepter le courriel.</translation>
    </message>
    <message>
        <source>A reason is required to accept a late email.</source>
        <translation>Un motif est nécessaire pour accepter un courriel hors délai.</translation>
    </message>
    <message>
        <source>When the email reached the campaign, in the call’s time zone (day/month/year hours:minutes)</source>
        <translation>Quand le courriel est parvenu à l’appel, à l’heure du fuseau de l’appel (jour/mois/année heures:minutes)</translation>
    </message>
</context>
<context>
    <name>AttachmentExporter</name>
    <message>
        <source>“%1” would be written outside the chosen folder: it was not exported.</source>
        <translation>«&#x202f;%1&#x202f;» serait écrit hors du dossier choisi&#xa0;: il n’a pas été exporté.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot find a free name for “%1” in the chosen folder.</source>
        <translation>Aucun nom libre trouvé pour «&#x202f;%1&#x202f;» dans le dossier choisi.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Impossible d’ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>No program on this computer opens files of this type.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre les fichiers de ce type.</translation>
    </message>
</context>
<context>
    <name>AuditHistoryModel</name>
    <message>
        <source>local authority</source>
        <translation>collectivité</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>fonction du contact</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>courriel du contact</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>téléphone du contact</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <source>difficulties</source>
        <translation>difficultés</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>primary theme</source>
        <translation>thème principal</translation>
    </message>
    <message>
        <source>sub-topics</source>
        <translation>sous-thèmes</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>receipt time</source>
        <translation>heure de réception</translation>
    </message>
    <message>
        <source>review state</source>
        <translation>état de relecture</translation>
    </message>
    <message>
        <source>consent to publish the name</source>
        <translation>accord pour publier le nom</translation>
    </message>
    <message>
        <source>late receipt accepted</source>
        <translation>réception tardive acceptée</translation>
    </message>
    <message>
        <source>assigned to</source>
        <translation>attribuée à</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Imported from an email</source>
        <translation>Importée d’un courriel</translation>
    </message>
    <message>
        <source>Accepted from the holding list</source>
        <translation>Acceptée depuis la liste d’attente</translation>
    </message>
    <message>
        <source>Email kept</source>
        <translation>Courriel conservé</translation>
    </message>
    <message>
        <source>Complement received</source>
        <translation>Complément reçu</translation>
    </message>
    <message>
        <source>Late receipt accepted</source>
        <translation>Réception tardive acceptée</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État de relecture</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <source>added %1</source>
        <translation>ajout de %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>retrait de %1</translation>
    </message>
    <message>
        <source>%1 → nobody</source>
        <translation>%1 → personne</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reply held, to be checked</source>
        <translation>Réponse mise en attente, à vérifier</translation>
    </message>
    <message>
        <source>Email held</source>
        <translation>Courriel mis en attente</translation>
    </message>
    <message>
        <source>Back to review: its text changed</source>
        <translation>Retour en relecture : son texte a changé</translation>
    </message>
    <message>
        <source>Held: received after the close</source>
        <translation>Mis en attente&#xa0;: reçu après la clôture</translation>
    </message>
    <message>
        <source>Set aside from the holding list</source>
        <translation>Écarté de la liste «&#x202f;En attente&#x202f;»</translation>
    </message>
    <message>
        <source>Restored from the bin</source>
        <translation>Restaurée depuis la corbeille</translation>
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
        <translation>Commune, code INSEE %1</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>The bin is empty: no contribution has been deleted.</source>
        <translation>La corbeille est vide&#xa0;: aucune contribution n’a été supprimée.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted contributions are kept here with their sources and their history. Restored, a contribution is back in the lists as it was.</source>
        <translation>Les contributions supprimées sont gardées ici avec leurs sources et leur historique. Restaurée, une contribution revient dans les listes telle qu’elle était.</translation>
    </message>
    <message>
        <source>Deleted contributions</source>
        <translation>Contributions supprimées</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restaurée</translation>
    </message>
    <message>
        <source>Contribution No. %1 was not restored: %2</source>
        <translation>La contribution n°&#xa0;%1 n’a pas été restaurée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BulkChangePreviewDialog</name>
    <message>
        <source>Change the state of %1 contributions</source>
        <translation>Changer l’état de %1 contributions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change all %1</source>
        <translation>Changer les %1</translation>
    </message>
    <message>
        <source>Change the %1 allowed</source>
        <translation>Changer les %1 possibles</translation>
    </message>
    <message>
        <source>These %1 contributions will go to “%2”. You can undo it afterwards.</source>
        <translation>Ces %1 contributions passeront à «&#x202f;%2&#x202f;». Vous pourrez annuler ensuite.</translation>
    </message>
    <message>
        <source>None of these %1 contributions can go to “%2”: see why below.</source>
        <translation>Aucune de ces %1 contributions ne peut passer à «&#x202f;%2&#x202f;»&#xa0;: voyez pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source>%1 of these %2 contributions will go to “%3”. %4 cannot and will stay as they are (see why below).</source>
        <translation>%1 de ces %2 contributions passeront à «&#x202f;%3&#x202f;». %4 ne le peuvent pas et resteront telles quelles (voyez pourquoi ci-dessous).</translation>
    </message>
</context>
<context>
    <name>BulkReviewCommand</name>
    <message>
        <source>change of contribution no. %1 to “%2”</source>
        <translation>passage de la contribution n°&#xa0;%1 à «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>change of %1 contributions to “%2”</source>
        <translation>passage de %1 contributions à «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>classification of contribution no. %1</source>
        <translation>classement de la contribution n°&#xa0;%1</translation>
    </message>
    <message>
        <source>classification of %1 contributions</source>
        <translation>classement de %1 contributions</translation>
    </message>
    <message>
        <source>Undo of the %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>no. %1: %2</source>
        <translation>n°&#xa0;%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 cannot be undone, so nothing was changed back.</source>
        <translation>Impossible d’annuler (%1)&#xa0;: rien n’a été rétabli.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Refait&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The %1 cannot be done again: %2</source>
        <translation>Impossible de refaire (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 was done by %2: only they can undo it. Nothing was changed back.</source>
        <translation>Impossible d’annuler (%1) : seule la personne qui l’a fait, %2, le peut. Rien n’a été rétabli.</translation>
    </message>
    <message>
        <source>no. %1 is now « %2 »</source>
        <translation>n° %1 est maintenant « %2 »</translation>
    </message>
    <message>
        <source>The %1 cannot be undone: its contributions changed since, so nothing was changed back.</source>
        <translation>Impossible d’annuler (%1) : ses contributions ont changé depuis, rien n’a donc été rétabli.</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>New &amp;call…</source>
        <translation>Nouvel a&amp;ppel…</translation>
    </message>
    <message>
        <source>Call &amp;settings…</source>
        <translation>&amp;Réglages de l’appel…</translation>
    </message>
    <message>
        <source>Prepare the next call for testimonies, in a new database.</source>
        <translation>Préparer le prochain appel à témoignages, dans une nouvelle base.</translation>
    </message>
    <message>
        <source>The call&apos;s name, dates, target and themes (administrators).</source>
        <translation>Le nom, les dates, la cible et les thèmes de l’appel (administrateurs).</translation>
    </message>
    <message>
        <source>“%1” already exists: a new call goes into a new database. Choose another name.</source>
        <translation>«&#x202f;%1&#x202f;» existe déjà&#xa0;: un nouvel appel va dans une nouvelle base. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Where to keep the new call</source>
        <translation>Où garder le nouvel appel</translation>
    </message>
    <message>
        <source>Recueil databases (*.sqlite)</source>
        <translation>Bases Recueil (*.sqlite)</translation>
    </message>
    <message>
        <source>The call could not be created</source>
        <translation>L’appel n’a pas pu être créé</translation>
    </message>
    <message>
        <source>Call settings</source>
        <translation>Réglages de l’appel</translation>
    </message>
    <message>
        <source>Only an administrator can change the call&apos;s settings. %1 can read them with “recueil campaign”.</source>
        <translation>Seul un administrateur peut changer les réglages de l’appel. %1 peut les lire avec «&#x202f;recueil campaign&#x202f;».</translation>
    </message>
    <message>
        <source>Testimonies after the new close</source>
        <translation>Témoignages après la nouvelle clôture</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) arrived after %1, the new close. What should happen to them?</source>
        <translation>
            <numerusform>%n témoignage est arrivé après le %1, la nouvelle clôture. Que faut-il en faire&#x202f;?</numerusform>
            <numerusform>%n témoignages sont arrivés après le %1, la nouvelle clôture. Que faut-il en faire&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>In the holding list, they wait for an administrator to accept them with a reason or set them aside. Kept, they stay where they are with your reason. Nothing is deleted.</source>
        <translation>En attente, ils attendent qu’un administrateur les accepte avec un motif ou les écarte. Gardés, ils restent où ils sont, avec votre motif. Rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Put them in the &amp;holding list</source>
        <translation>Les mettre en &amp;attente</translation>
    </message>
    <message>
        <source>&amp;Keep them, with a reason…</source>
        <translation>Les &amp;garder, avec un motif…</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Why are these testimonies kept after the close? (recorded in their history)</source>
        <translation>Pourquoi garder ces témoignages reçus après la clôture&#x202f;? (inscrit dans leur historique)</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Les réglages n’ont pas pu être enregistrés</translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message>
        <source>The settings as a call&apos;s file (JSON).</source>
        <translation>Les réglages, comme un fichier d’appel (JSON).</translation>
    </message>
    <message>
        <source>Change the call to the settings of FILE.</source>
        <translation>Donner à l’appel les réglages du FICHIER.</translation>
    </message>
    <message>
        <source>Moving the close earlier: put the testimonies received after it in the holding list.</source>
        <translation>Clôture avancée&#xa0;: mettre en attente les témoignages reçus après elle.</translation>
    </message>
    <message>
        <source>Moving the close earlier: keep the testimonies received after it, for this reason.</source>
        <translation>Clôture avancée&#xa0;: garder les témoignages reçus après elle, pour ce motif.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) received after the new close: say what to do with them, with “--hold-late” (holding list) or “--keep-late REASON”.</source>
        <translation>
            <numerusform>%n témoignage reçu après la nouvelle clôture&#xa0;: dites quoi en faire, avec «&#x202f;--hold-late&#x202f;» (en attente) ou «&#x202f;--keep-late MOTIF&#x202f;».</numerusform>
            <numerusform>%n témoignages reçus après la nouvelle clôture&#xa0;: dites quoi en faire, avec «&#x202f;--hold-late&#x202f;» (en attente) ou «&#x202f;--keep-late MOTIF&#x202f;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Call settings saved: %1</source>
        <translation>Réglages de l’appel enregistrés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) received after the new close kept, with the reason given.</source>
        <translation>
            <numerusform>%n témoignage reçu après la nouvelle clôture gardé, avec le motif donné.</numerusform>
            <numerusform>%n témoignages reçus après la nouvelle clôture gardés, avec le motif donné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) received after the new close put in the holding list.</source>
        <translation>
            <numerusform>%n témoignage reçu après la nouvelle clôture mis en attente.</numerusform>
            <numerusform>%n témoignages reçus après la nouvelle clôture mis en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation>Organisé par %1</translation>
    </message>
</context>
<context>
    <name>CampaignCopy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy a row of %1: %2</source>
        <translation>Impossible de copier une ligne de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Impossible de copier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not empty: a campaign is copied only into a new database.</source>
        <translation>%1 n’est pas vide&#xa0;: une campagne ne se copie que dans une base neuve.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy in %1 differs from the original: do not use it.</source>
        <translation>La copie dans %1 diffère de l’original&#xa0;: ne l’utilisez pas.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <source>Call settings</source>
        <translation>Réglages de l’appel</translation>
    </message>
    <message>
        <source>A new call gets its own database. Give it a name, its dates and its themes, or copy the settings of an existing call and change what differs.</source>
        <translation>Un nouvel appel a sa propre base. Donnez-lui un nom, ses dates et ses thèmes, ou copiez les réglages d’un appel existant et changez ce qui diffère.</translation>
    </message>
    <message>
        <source>Changes apply at once to everyone working on this call, and each one is recorded in the history.</source>
        <translation>Les changements valent aussitôt pour toute l’équipe de l’appel, et chacun est inscrit dans l’historique.</translation>
    </message>
    <message>
        <source>The &amp;call</source>
        <translation>L’&amp;appel</translation>
    </message>
    <message>
        <source>&amp;Who may answer</source>
        <translation>&amp;Qui peut répondre</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Create the call…</source>
        <translation>Créer l’appel…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as a &amp;file…</source>
        <translation>Enregistrer dans un &amp;fichier…</translation>
    </message>
    <message>
        <source>Cop&amp;y the settings of an existing call…</source>
        <translation>Cop&amp;ier les réglages d’un appel existant…</translation>
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
        <translation>Un code court pour les scripts et les noms de fichiers&#xa0;: minuscules, chiffres et traits d’union.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>The call closes at midnight at the end of its closing day, in this time zone.</source>
        <translation>L’appel se clôt à minuit à la fin de son dernier jour, dans ce fuseau horaire.</translation>
    </message>
    <message>
        <source>The person who entered a testimony cannot validate it (four eyes)</source>
        <translation>La personne qui a saisi un témoignage ne peut pas le valider (quatre yeux)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation>&amp;Organisé par&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;pens on:</source>
        <translation>&amp;Ouverture le&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;loses on (end of the day):</source>
        <translation>C&amp;lôture le (fin de journée)&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of the publication:</source>
        <translation>&amp;Langue de la publication&#xa0;:</translation>
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
        <translation>Collectivités&#xa0;:</translation>
    </message>
    <message>
        <source> inhabitants</source>
        <translation> habitants</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>From &amp;at least:</source>
        <translation>À partir &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Up to at &amp;most:</source>
        <translation>&amp;Jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>Overseas authorities included</source>
        <translation>Collectivités d’outre-mer comprises</translation>
    </message>
    <message>
        <source>A testimony from outside this target is accepted, with a warning in its form.</source>
        <translation>Un témoignage hors de cette cible est accepté, avec un avertissement dans sa fiche.</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Libellé anglais</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Themes and sub-topics</source>
        <translation>Thèmes et sous-thèmes</translation>
    </message>
    <message>
        <source>Add a t&amp;heme</source>
        <translation>Ajouter un t&amp;hème</translation>
    </message>
    <message>
        <source>Add a &amp;sub-topic</source>
        <translation>Ajouter un &amp;sous-thème</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>New sub-topic</source>
        <translation>Nouveau sous-thème</translation>
    </message>
    <message>
        <source>A saved code stays as it is: contributions, exports and scripts rely on it. Change the labels instead.</source>
        <translation>Un code enregistré ne change pas&#xa0;: les contributions, les exports et les scripts s’y fient. Changez plutôt les libellés.</translation>
    </message>
    <message>
        <source>Recueil des contributions des collectivités</source>
        <translation>Recueil des contributions des collectivités</translation>
    </message>
    <message>
        <source>A few lines under the figures of the cover (optional).</source>
        <translation>Quelques lignes sous les chiffres de la couverture (facultatif).</translation>
    </message>
    <message>
        <source>&amp;Subtitle of the cover:</source>
        <translation>&amp;Sous-titre de la couverture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note on the cover:</source>
        <translation>&amp;Note de couverture&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the theme the sub-topic belongs to first.</source>
        <translation>Choisissez d’abord le thème du sous-thème.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en service</translation>
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
        <translation>Remettre en &amp;service</translation>
    </message>
    <message>
        <source>Labels can be changed; the code stays.</source>
        <translation>Les libellés peuvent changer&#x202f;; le code reste.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n contribution(s): it cannot be deleted. Retire it, or merge it into another theme.</source>
        <translation>
            <numerusform>«&#x202f;%1&#x202f;» est sur %n contribution&#xa0;: il ne peut pas être supprimé. Retirez-le, ou fusionnez-le dans un autre thème.</numerusform>
            <numerusform>«&#x202f;%1&#x202f;» est sur %n contributions&#xa0;: il ne peut pas être supprimé. Retirez-le, ou fusionnez-le dans un autre thème.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a theme of the call into another one already saved.</source>
        <translation>Fusionnez un thème de l’appel dans un autre déjà enregistré.</translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” when you save: its contributions and sub-topics move there.</source>
        <translation>«&#x202f;%1&#x202f;» sera fusionné dans «&#x202f;%2&#x202f;» à l’enregistrement&#xa0;: ses contributions et ses sous-thèmes y passent.</translation>
    </message>
    <message>
        <source>Merge a theme</source>
        <translation>Fusionner un thème</translation>
    </message>
    <message>
        <source>Move the contributions and sub-topics of “%1” into:</source>
        <translation>Passer les contributions et les sous-thèmes de «&#x202f;%1&#x202f;» dans&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a Recueil database.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une base Recueil.</translation>
    </message>
    <message>
        <source>Settings copied from “%1”: check the name, the code and the dates of the new call.</source>
        <translation>Réglages copiés de «&#x202f;%1&#x202f;»&#xa0;: vérifiez le nom, le code et les dates du nouvel appel.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Settings saved in “%1”.</source>
        <translation>Réglages enregistrés dans «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Copy the settings of an existing call</source>
        <translation>Copier les réglages d’un appel existant</translation>
    </message>
    <message>
        <source>Calls (*.sqlite *.db *.json);;Recueil databases (*.sqlite *.db);;Call files (*.json)</source>
        <translation>Appels (*.sqlite *.db *.json);;Bases Recueil (*.sqlite *.db);;Fichiers d’appel (*.json)</translation>
    </message>
    <message>
        <source>Save the call&apos;s settings</source>
        <translation>Enregistrer les réglages de l’appel</translation>
    </message>
    <message>
        <source>Call files (*.json)</source>
        <translation>Fichiers d’appel (*.json)</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Only an administrator can change the call&apos;s settings.</source>
        <translation>Seul un administrateur peut changer les réglages de l’appel.</translation>
    </message>
    <message>
        <source>Give the reason for keeping the testimonies received after the new close.</source>
        <translation>Indiquez le motif pour garder les témoignages reçus après la nouvelle clôture.</translation>
    </message>
    <message>
        <source>The database cannot be written to: %1</source>
        <translation>La base ne peut pas être modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>L’enregistrement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The call&apos;s settings could not be saved: %1</source>
        <translation>Les réglages de l’appel n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The call&apos;s themes could not be saved: %1</source>
        <translation>Les thèmes de l’appel n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sub-topic “%1” is on %n contribution(s): it cannot be deleted, only retired.</source>
        <translation>
            <numerusform>Le sous-thème «&#x202f;%1&#x202f;» est sur %n contribution&#xa0;: il ne peut pas être supprimé, seulement retiré.</numerusform>
            <numerusform>Le sous-thème «&#x202f;%1&#x202f;» est sur %n contributions&#xa0;: il ne peut pas être supprimé, seulement retiré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The theme “%1” is on %n contribution(s): it cannot be deleted; retire it, or merge it into another theme.</source>
        <translation>
            <numerusform>Le thème «&#x202f;%1&#x202f;» est sur %n contribution&#xa0;: il ne peut pas être supprimé&#x202f;; retirez-le, ou fusionnez-le dans un autre thème.</numerusform>
            <numerusform>Le thème «&#x202f;%1&#x202f;» est sur %n contributions&#xa0;: il ne peut pas être supprimé&#x202f;; retirez-le, ou fusionnez-le dans un autre thème.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call&apos;s close was moved to %1.</source>
        <translation>La clôture de l’appel a été avancée au %1.</translation>
    </message>
    <message>
        <source>The testimonies received after the new close could not be set aside: %1</source>
        <translation>Les témoignages reçus après la nouvelle clôture n’ont pas pu être mis de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose two different themes of the call to merge.</source>
        <translation>Choisissez deux thèmes différents de l’appel à fusionner.</translation>
    </message>
    <message>
        <source>The themes could not be merged: %1</source>
        <translation>Les thèmes n’ont pas pu être fusionnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Theme “%1” merged into “%2”.</source>
        <translation>Thème «&#x202f;%1&#x202f;» fusionné dans «&#x202f;%2&#x202f;».</translation>
    </message>
</context>
<context>
    <name>CampaignSession</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>CampaignSettings</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a call&apos;s settings.</source>
        <translation>«&#x202f;%1&#x202f;» est trop gros pour être des réglages d’appel.</translation>
    </message>
    <message>
        <source>The call&apos;s file is not valid JSON (%1, at character %2).</source>
        <translation>Le fichier de l’appel n’est pas du JSON valide (%1, au caractère %2).</translation>
    </message>
    <message>
        <source>The call&apos;s file must hold one JSON object.</source>
        <translation>Le fichier de l’appel doit contenir un objet JSON.</translation>
    </message>
    <message>
        <source>“opens_on” must be a date such as 2021-03-20.</source>
        <translation>«&#x202f;opens_on&#x202f;» doit être une date comme 2021-03-20.</translation>
    </message>
    <message>
        <source>“closes_on” must be a date such as 2021-03-20.</source>
        <translation>«&#x202f;closes_on&#x202f;» doit être une date comme 2021-03-20.</translation>
    </message>
    <message>
        <source>“four_eyes” must be true or false.</source>
        <translation>«&#x202f;four_eyes&#x202f;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>“eligibility” must be an object with “kinds”, “population_min”, “population_max” and “overseas”.</source>
        <translation>«&#x202f;eligibility&#x202f;» doit être un objet avec «&#x202f;kinds&#x202f;», «&#x202f;population_min&#x202f;», «&#x202f;population_max&#x202f;» et «&#x202f;overseas&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” must be a whole number of inhabitants.</source>
        <translation>«&#x202f;%1&#x202f;» doit être un nombre entier d’habitants.</translation>
    </message>
    <message>
        <source>“%1” cannot be the call&apos;s code: use lower-case letters, digits and hyphens, such as “appel-2027”.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas être le code de l’appel&#xa0;: utilisez des minuscules, des chiffres et des traits d’union, comme «&#x202f;appel-2027&#x202f;».</translation>
    </message>
    <message>
        <source>Give the call a name.</source>
        <translation>Donnez un nom à l’appel.</translation>
    </message>
    <message>
        <source>Say who organises the call.</source>
        <translation>Indiquez qui organise l’appel.</translation>
    </message>
    <message>
        <source>Give the call&apos;s closing date.</source>
        <translation>Indiquez la date de clôture de l’appel.</translation>
    </message>
    <message>
        <source>The call cannot open after it closes.</source>
        <translation>L’appel ne peut pas ouvrir après sa clôture.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows: use a name such as “Europe/Paris” or “America/Cayenne”.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fuseau horaire connu de cet ordinateur&#xa0;: utilisez un nom comme «&#x202f;Europe/Paris&#x202f;» ou «&#x202f;America/Cayenne&#x202f;».</translation>
    </message>
    <message>
        <source>The call&apos;s language must be “fr” or “en”, not “%1”.</source>
        <translation>La langue de l’appel doit être «&#x202f;fr&#x202f;» ou «&#x202f;en&#x202f;», pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Say which kinds of authority may answer the call.</source>
        <translation>Indiquez quelles collectivités peuvent répondre à l’appel.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of authority (commune, epci, departement, region).</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un type de collectivité (commune, epci, departement, region).</translation>
    </message>
    <message>
        <source>The smallest population (%1) is above the largest (%2).</source>
        <translation>La population minimale (%1) dépasse la maximale (%2).</translation>
    </message>
    <message>
        <source>Give the call one theme at least.</source>
        <translation>Donnez au moins un thème à l’appel.</translation>
    </message>
    <message>
        <source>“%1” cannot be a theme&apos;s code: use lower-case letters, digits and hyphens.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas être le code d’un thème&#xa0;: utilisez des minuscules, des chiffres et des traits d’union.</translation>
    </message>
    <message>
        <source>Two themes have the code “%1”.</source>
        <translation>Deux thèmes ont le code «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The theme “%1” needs a French and an English label.</source>
        <translation>Le thème «&#x202f;%1&#x202f;» a besoin d’un libellé français et d’un libellé anglais.</translation>
    </message>
    <message>
        <source>“%1” cannot be a sub-topic&apos;s code: use lower-case letters, digits and hyphens.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas être le code d’un sous-thème&#xa0;: utilisez des minuscules, des chiffres et des traits d’union.</translation>
    </message>
    <message>
        <source>Two sub-topics have the code “%1”.</source>
        <translation>Deux sous-thèmes ont le code «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The sub-topic “%1” belongs to no theme of the call.</source>
        <translation>Le sous-thème «&#x202f;%1&#x202f;» n’appartient à aucun thème de l’appel.</translation>
    </message>
    <message>
        <source>The sub-topic “%1” needs a French and an English label.</source>
        <translation>Le sous-thème «&#x202f;%1&#x202f;» a besoin d’un libellé français et d’un libellé anglais.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
</context>
<context>
    <name>ClassificationTree</name>
    <message>
        <source>Themes and sub-topics</source>
        <translation>Thèmes et sous-thèmes</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>This sub-topic is no longer offered; it stays where it was used.</source>
        <translation>Ce sous-thème n’est plus proposé&#x202f;; il reste là où il a été utilisé.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try “recueil --help”.</source>
        <translation>Essayez «&#x202f;recueil --help&#x202f;».</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue«&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Base prête&#xa0;: %1 (schéma %2)</translation>
    </message>
    <message>
        <source>Only this review state.</source>
        <translation>Seulement cet état de relecture.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par un programme.</translation>
    </message>
    <message>
        <source>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</source>
        <translation>État de relecture inconnu «&#x202f;%1&#x202f;» (received, in_review, needs_changes, validated, rejected).</translation>
    </message>
    <message>
        <source>The contribution&apos;s number.</source>
        <translation>Le numéro de la contribution.</translation>
    </message>
    <message>
        <source>show needs one contribution number.</source>
        <translation>show attend un numéro de contribution.</translation>
    </message>
    <message>
        <source>There is no contribution number %1.</source>
        <translation>Il n’y a pas de contribution numéro %1.</translation>
    </message>
    <message>
        <source>Contribution %1: %2</source>
        <translation>Contribution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Authority: %1 (%2)</source>
        <translation>Collectivité&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçue le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>INSEE code of the commune or SIREN of the intercommunalité.</source>
        <translation>Code INSEE de la commune ou SIREN de l’intercommunalité.</translation>
    </message>
    <message>
        <source>Title of the testimony.</source>
        <translation>Titre du témoignage.</translation>
    </message>
    <message>
        <source>When it was received (ISO 8601).</source>
        <translation>Date et heure de réception (ISO 8601).</translation>
    </message>
    <message>
        <source>The testimony.</source>
        <translation>Le témoignage.</translation>
    </message>
    <message>
        <source>Difficulties met.</source>
        <translation>Difficultés rencontrées.</translation>
    </message>
    <message>
        <source>Theme code (repeatable; the first is primary).</source>
        <translation>Code de thème (répétable&#x202f;; le premier est le thème principal).</translation>
    </message>
    <message>
        <source>Sub-topic code (repeatable).</source>
        <translation>Code de sous-thème (répétable).</translation>
    </message>
    <message>
        <source>Free tag (repeatable).</source>
        <translation>Étiquette libre (répétable).</translation>
    </message>
    <message>
        <source>email, courrier, telephone or formulaire.</source>
        <translation>email, courrier, telephone ou formulaire.</translation>
    </message>
    <message>
        <source>Contact&apos;s name.</source>
        <translation>Nom du contact.</translation>
    </message>
    <message>
        <source>Contact&apos;s role.</source>
        <translation>Fonction du contact.</translation>
    </message>
    <message>
        <source>Contact&apos;s email address.</source>
        <translation>Adresse électronique du contact.</translation>
    </message>
    <message>
        <source>Contact&apos;s phone number.</source>
        <translation>Téléphone du contact.</translation>
    </message>
    <message>
        <source>The contact agrees to their name being published.</source>
        <translation>Le contact accepte que son nom soit publié.</translation>
    </message>
    <message>
        <source>Administrator&apos;s reason to accept a late testimony.</source>
        <translation>Motif de l’administrateur pour accepter un témoignage hors délai.</translation>
    </message>
    <message>
        <source>add needs --%1.</source>
        <translation>add attend --%1.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is not a date and time in ISO 8601 form, such as 2021-03-20T18:30:00+01:00.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une date et heure au format ISO 8601, par exemple 2021-03-20T18:30:00+01:00.</translation>
    </message>
    <message>
        <source>Unknown channel “%1” (email, courrier, telephone, formulaire).</source>
        <translation>Canal inconnu «&#x202f;%1&#x202f;» (email, courrier, telephone, formulaire).</translation>
    </message>
    <message>
        <source>“%1” is not in the official list of communes and intercommunalités.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas dans la liste officielle des communes et intercommunalités.</translation>
    </message>
    <message>
        <source>Contribution %1 saved.</source>
        <translation>Contribution %1 enregistrée.</translation>
    </message>
    <message>
        <source>One JSON object per message (JSON Lines).</source>
        <translation>Un objet JSON par message (JSON Lines).</translation>
    </message>
    <message>
        <source>Read and report without writing anything.</source>
        <translation>Lire et rendre compte sans rien enregistrer.</translation>
    </message>
    <message>
        <source>import needs at least one .eml or .mbox file.</source>
        <translation>import attend au moins un fichier .eml ou .mbox.</translation>
    </message>
    <message>
        <source>“%1” is damaged; the latest good backup is “%2”, of %3: restore it with “recueil --database %1 restore %2” (the damaged file will be kept aside).</source>
        <translation>«&#x202f;%1&#x202f;» est endommagée&#x202f;; la dernière sauvegarde en bon état est «&#x202f;%2&#x202f;», du %3&#x202f;: restaurez-la avec «&#x202f;recueil --database %1 restore %2&#x202f;» (le fichier endommagé sera mis de côté).</translation>
    </message>
    <message>
        <source>backup needs the file to write.</source>
        <translation>backup attend le fichier à écrire.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Sauvegarde écrite et vérifiée&#x202f;: %1</translation>
    </message>
    <message>
        <source>restore needs the backup file.</source>
        <translation>restore attend le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Database restored: %1</source>
        <translation>Base restaurée&#x202f;: %1</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1</source>
        <translation>Le fichier remplacé est conservé sous le nom %1</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>forget-contact needs the person&apos;s email address.</source>
        <translation>forget-contact attend l’adresse électronique de la personne.</translation>
    </message>
    <message>
        <source>Nothing is known about “%1”: nothing was erased.</source>
        <translation>Rien n’est connu de «&#x202f;%1&#x202f;»&#x202f;: rien n’a été effacé.</translation>
    </message>
    <message>
        <source>Type “yes” to erase them for good: </source>
        <translation>Tapez «&#x202f;oui&#x202f;» pour les effacer définitivement&#x202f;: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Rien n’a été effacé.</translation>
    </message>
    <message>
        <source>  migrate --to postgresql://USER@HOST/DB | FILE.sqlite
                                     copy the campaign to an empty store, then verify it
</source>
        <translation>  migrate --to postgresql://IDENTIFIANT@SERVEUR/BASE | FICHIER.sqlite
                                     copier la campagne dans une base vide, puis la vérifier
</translation>
    </message>
    <message>
        <source>  --database postgresql://USER@HOST:PORT/DB?sslmode=require
                    a campaign on a PostgreSQL server (password from ~/.pgpass or PGPASSWORD)
</source>
        <translation>  --database postgresql://IDENTIFIANT@SERVEUR:PORT/BASE?sslmode=require
                    une campagne sur un serveur PostgreSQL (mot de passe lu dans ~/.pgpass ou PGPASSWORD)
</translation>
    </message>
    <message>
        <source>%1 already exists: a server&apos;s campaign is backed up into a new file.</source>
        <translation>%1 existe déjà&#xa0;: la campagne d’un serveur se sauvegarde dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>restore replaces a campaign file. To bring a backup back to a server, copy it into a new, empty database: recueil --database BACKUP.sqlite migrate --to postgresql://…</source>
        <translation>restore remplace un fichier de campagne. Pour ramener une sauvegarde sur un serveur, copiez-la dans une nouvelle base vide&#xa0;: recueil --database SAUVEGARDE.sqlite migrate --to postgresql://…</translation>
    </message>
    <message>
        <source>Erasures of personal data made after this copy was taken were done again in it (%1).</source>
        <translation>Les effacements de données personnelles faits après cette copie y ont été refaits (%1).</translation>
    </message>
    <message>
        <source>List every place that would change, erase nothing.</source>
        <translation>Lister chaque endroit qui changerait, sans rien effacer.</translation>
    </message>
    <message>
        <source>Places that would change:</source>
        <translation>Endroits qui changeraient :</translation>
    </message>
    <message>
        <source>Dry run: nothing was erased.</source>
        <translation>Simulation : rien n’a été effacé.</translation>
    </message>
    <message>
        <source>The testimonies stay; the details are replaced by « [effacé] ». This cannot be undone.</source>
        <translation>Les témoignages restent ; les coordonnées sont remplacées par « [effacé] ». C’est définitif.</translation>
    </message>
    <message>
        <source>Erased, in the database and in its automatic backups. Any older copy kept elsewhere replays the erasure when Recueil opens or restores it.</source>
        <translation>Effacé, dans la base et dans ses sauvegardes automatiques. Toute copie plus ancienne gardée ailleurs refait l’effacement quand Recueil l’ouvre ou la restaure.</translation>
    </message>
    <message>
        <source>“%1” is not a login: letters, digits, “.”, “-”, “_” and “@” only.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un identifiant&#x202f;: lettres, chiffres, «&#x202f;.&#x202f;», «&#x202f;-&#x202f;», «&#x202f;_&#x202f;» et «&#x202f;@&#x202f;» seulement.</translation>
    </message>
    <message>
        <source>Warning: the receipt date is in %1, outside the years 1990 to 2100; check it.</source>
        <translation>Attention&#x202f;: la date de réception tombe en %1, hors des années 1990 à 2100&#x202f;; vérifiez-la.</translation>
    </message>
    <message>
        <source>Skip any email larger than this many megabytes (default 1024).</source>
        <translation>Ignorer tout courriel de plus de ce nombre de mégaoctets (1024 par défaut).</translation>
    </message>
    <message>
        <source>--max-message-mb takes a number of megabytes, from 1 to 1048576.</source>
        <translation>--max-message-mb attend un nombre de mégaoctets, de 1 à 1048576.</translation>
    </message>
    <message>
        <source>The stored emails could not be read to check them: %1</source>
        <translation>Les courriels conservés n’ont pas pu être relus pour les vérifier&#x202f;: %1</translation>
    </message>
    <message>
        <source>The backup %1 was written, but these stored items no longer match their SHA-256: %2.</source>
        <translation>La sauvegarde %1 a été écrite, mais ces éléments conservés ne correspondent plus à leur SHA-256&#x202f;: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 stored emails and attachments no longer match their SHA-256: %3.</source>
        <translation>%1 des %2 courriels et pièces jointes conservés ne correspondent plus à leur SHA-256&#x202f;: %3.</translation>
    </message>
    <message>
        <source>All %1 stored emails and %2 attachments match their SHA-256.</source>
        <translation>Les %1 courriels et %2 pièces jointes conservés correspondent tous à leur SHA-256.</translation>
    </message>
    <message>
        <source>On a team server you act as your login (%1): “--as” is refused; connect as %2&apos;s login instead.</source>
        <translation>Sur un serveur d’équipe, vous agissez sous votre identifiant (%1)&#x202f;: «&#x202f;--as&#x202f;» est refusé&#x202f;; connectez-vous plutôt avec l’identifiant de %2.</translation>
    </message>
    <message>
        <source>  export --format csv|json|ods --output FILE [--separator ;] [--with-contacts]
                                     the validated contributions as open data
</source>
        <translation>  export --format csv|json|ods --output FICHIER [--separator ;] [--with-contacts]
                                     les contributions validées en données ouvertes
</translation>
    </message>
    <message>
        <source>  publish --output DIR [--with-contacts]
                                     the call&apos;s static website of the validated contributions
</source>
        <translation>  publish --output DOSSIER [--with-contacts]
                                     le site statique de l’appel, avec les contributions validées
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
        <translation>Usage&#x202f;: recueil [--database FICHIER] [COMMANDE] [OPTIONS]
Sans commande, ouvre la fenêtre.

Commandes&#x202f;:
  init [--campaign FICHIER.json]     créer ou mettre à niveau la base (une nouvelle pour l’appel du FICHIER)
  campaign [--json]                  les réglages de l’appel (--apply FICHIER.json pour les changer)
  list [--status S] [--json]         lister les contributions
  show ID [--json]                   afficher une contribution
  add --authority CODE --title T --received ISO8601 [--text T] [--difficulties T]
      [--theme CODE]... [--subtopic CODE]... [--tag T]... [--channel C]
      [--contact-name N] [--contact-email E] [--json]
                                     saisir un témoignage (refusé s’il est hors délai)
  import FICHIER... [--json] [--dry-run] [--max-message-mb Mo]
                                     importer des fichiers .eml et .mbox
%2  dossier --output FICHIER.pdf [--status S]... [--theme CODE]... [--group-by theme|authority|region]
          [--with-contacts] [--no-synthesis]  imprimer un dossier PDF (contributions validées par défaut)
  backup FICHIER                     écrire une copie vérifiée de la base dans FICHIER
  verify                             vérifier chaque courriel et pièce jointe conservés avec leur SHA-256
  restore FICHIER                    remplacer la base par la sauvegarde FICHIER (l’ancienne est mise de côté)
  forget-contact ADRESSE [--yes]     effacer partout le nom, l’adresse et le téléphone d’une personne (RGPD)

Options&#x202f;:
  --database FICHIER  le fichier SQLite (par défaut&#x202f;: %1)
  --version           afficher la version
  --help              afficher cette aide
</translation>
    </message>
    <message>
        <source>A new database is made for the call of FILE.</source>
        <translation>Une nouvelle base est créée pour l’appel du FICHIER.</translation>
    </message>
    <message>
        <source>%1 already holds the call “%2”: a new call goes into a new database (--database NEW.sqlite).</source>
        <translation>%1 contient déjà l’appel «&#x202f;%2&#x202f;»&#xa0;: un nouvel appel va dans une nouvelle base (--database NOUVELLE.sqlite).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this contribution</source>
        <translation>Quelqu’un d’autre a enregistré cette contribution</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Main theme</source>
        <translation>Thème principal</translation>
    </message>
    <message>
        <source>Sub-topics</source>
        <translation>Sous-thèmes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Name may be published</source>
        <translation>Nom publiable</translation>
    </message>
    <message>
        <source>Accepted after the close</source>
        <translation>Acceptée après la clôture</translation>
    </message>
    <message>
        <source>Contribution No. %1 was saved by someone else while you were editing it. Here are both versions of the fields that differ. Keep theirs, keep yours, or merge: fields only one of you changed are kept as changed; for a field you both changed, choose.</source>
        <translation>La contribution n°&#xa0;%1 a été enregistrée par quelqu’un d’autre pendant que vous la modifiiez. Voici les deux versions des champs qui diffèrent. Gardez la sienne, la vôtre, ou fusionnez&#xa0;: les champs modifiés par un seul d’entre vous gardent sa modification&#xa0;; pour un champ modifié des deux côtés, choisissez.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Merge keeps</source>
        <translation>La fusion garde</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;sienne</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>ContactEraser</name>
    <message>
        <source>the address %1</source>
        <translation>l’adresse %1</translation>
    </message>
    <message>
        <source>the names %1</source>
        <translation>les noms %1</translation>
    </message>
    <message>
        <source>the phone numbers %1</source>
        <translation>les numéros de téléphone %1</translation>
    </message>
    <message>
        <source>To erase: %1.</source>
        <translation>À effacer : %1.</translation>
    </message>
    <message>
        <source>Rows changed per table: %1.</source>
        <translation>Lignes modifiées par table : %1.</translation>
    </message>
    <message>
        <source>The details were erased, but these backups could not be rewritten and still hold them: %1. Delete them.</source>
        <translation>Les coordonnées ont été effacées, mais ces sauvegardes n’ont pas pu être réécrites et les contiennent encore : %1. Supprimez-les.</translation>
    </message>
    <message>
        <source>This copy was made before a person&apos;s details were erased at their request, and it is read-only: it cannot be used until the erasure is done again in it. Make the file writable and open it again.</source>
        <translation>Cette copie date d’avant l’effacement des coordonnées d’une personne à sa demande, et elle est en lecture seule : elle ne peut pas servir tant que l’effacement n’y est pas refait. Rendez le fichier modifiable et ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>The erasure register could not be written: %1</source>
        <translation>Le registre des effacements n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>fiches contact</translation>
    </message>
    <message>
        <source>testimonies</source>
        <translation>témoignages</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>free tags</source>
        <translation>étiquettes libres</translation>
    </message>
    <message>
        <source>saved searches</source>
        <translation>recherches enregistrées</translation>
    </message>
    <message>
        <source>stored emails</source>
        <translation>courriels conservés</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>entrées de l’historique</translation>
    </message>
    <message>
        <source>unsaved drafts</source>
        <translation>brouillons non enregistrés</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>ContactErasurePrompt</name>
    <message>
        <source>Erase a person&apos;s details</source>
        <translation>Effacer les coordonnées d’une personne</translation>
    </message>
    <message>
        <source>Email address of the person who asked to be forgotten:</source>
        <translation>Adresse électronique de la personne qui a demandé l’effacement&#x202f;:</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Nothing is known about “%1”: nothing to erase.</source>
        <translation>Rien n’est connu de «&#x202f;%1&#x202f;»&#x202f;: rien à effacer.</translation>
    </message>
    <message>
        <source>They are replaced by « [effacé] » everywhere, in the database and its automatic backups. The testimonies stay. This cannot be undone.</source>
        <translation>Elles sont remplacées par « [effacé] » partout, dans la base et ses sauvegardes automatiques. Les témoignages restent. C’est définitif.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Erasing the details of %1…</source>
        <translation>Effacement des coordonnées de %1…</translation>
    </message>
</context>
<context>
    <name>ContributionColumns</name>
    <message>
        <source>(to be confirmed)</source>
        <translation>(à confirmer)</translation>
    </message>
    <message>
        <source>Contribution number</source>
        <translation>Numéro de la contribution</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>Contribution editor</source>
        <translation>Fiche de la contribution</translation>
    </message>
    <message>
        <source>Local authority and contact</source>
        <translation>Collectivité et contact</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Collectivité&#xa0;:</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Name, postal code or INSEE code…</source>
        <translation>Nom, code postal ou code INSEE…</translation>
    </message>
    <message>
        <source>The commune or intercommunalité the testimony comes from</source>
        <translation>La commune ou l’intercommunalité dont vient le témoignage</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>F&amp;onction&#xa0;:</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>e.g. Chief digital officer</source>
        <translation>par ex. directrice des systèmes d’information</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>Contact email address</source>
        <translation>Adresse électronique du contact</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>The contact agrees to their name being pu&amp;blished</source>
        <translation>Le contact accepte que son nom soit pu&amp;blié</translation>
    </message>
    <message>
        <source>Consent to publish the contact name</source>
        <translation>Accord pour publier le nom du contact</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Testim&amp;ony:</source>
        <translation>Témoi&amp;gnage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Difficulties met:</source>
        <translation>Difficulté&amp;s rencontrées&#xa0;:</translation>
    </message>
    <message>
        <source>Difficulties met</source>
        <translation>Difficultés rencontrées</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Themes and s&amp;ub-topics:</source>
        <translation>T&amp;hèmes et sous-thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Themes and sub-topics</source>
        <translation>Thèmes et sous-thèmes</translation>
    </message>
    <message>
        <source>Primar&amp;y theme:</source>
        <translation>Thème &amp;principal&#xa0;:</translation>
    </message>
    <message>
        <source>Primary theme</source>
        <translation>Thème principal</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Free keywords, separated by commas</source>
        <translation>Mots-clés libres, séparés par des virgules</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>Cana&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>Date et heure de réception</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>heure de Paris</translation>
    </message>
    <message>
        <source>Accept late…</source>
        <translation>Accepter hors délai…</translation>
    </message>
    <message>
        <source>An administrator may keep a testimony received after the close, giving a reason</source>
        <translation>Un administrateur peut retenir un témoignage reçu après la clôture, en donnant une raison</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Statut de relecture</translation>
    </message>
    <message>
        <source>Put the form back as it was last saved</source>
        <translation>Remettre la fiche telle qu’elle a été enregistrée</translation>
    </message>
    <message>
        <source>Save the contribution (Ctrl+S)</source>
        <translation>Enregistrer la contribution (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <source>Contribution No. %1</source>
        <translation>Contribution n°&#xa0;%1</translation>
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
        <translation>%1&#xa0;habitants</translation>
    </message>
    <message>
        <source>(check a theme first)</source>
        <translation>(cochez d’abord un thème)</translation>
    </message>
    <message>
        <source>Accepted after the close by %1: %2</source>
        <translation>Acceptée hors délai par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Several communes or intercommunalités match “%1”: choose one from the list.</source>
        <translation>Plusieurs communes ou intercommunalités correspondent à «&#x202f;%1&#x202f;»&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Accept a late testimony</source>
        <translation>Accepter un témoignage hors délai</translation>
    </message>
    <message>
        <source>A reason is required to accept a late testimony: nothing was saved.</source>
        <translation>Une raison est nécessaire pour accepter un témoignage hors délai&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Disca&amp;rd changes</source>
        <translation>Annu&amp;ler les modifications</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Why is this testimony accepted after the close? The acceptance and its reason are recorded in the history under the name %1.</source>
        <translation>Pourquoi ce témoignage est-il accepté après la clôture&#x202f;? L’acceptation et son motif sont inscrits dans l’historique au nom %1.</translation>
    </message>
    <message>
        <source>Only an administrator of the campaign may accept a testimony received after the close, and %1 is %2 here. Save it to put it in the pending list, where an administrator can accept it.</source>
        <translation>Seul un administrateur de l’appel peut accepter un témoignage reçu après la clôture, et %1 est %2 ici. Enregistrez-le pour le mettre dans la liste «&#x202f;En attente&#x202f;», où un administrateur pourra l’accepter.</translation>
    </message>
    <message>
        <source>no theme yet</source>
        <translation>aucun thème pour l’instant</translation>
    </message>
    <message>
        <source>; tags: %1</source>
        <translation>&#x202f;; mots-clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filed under: %1%2. Themes, sub-topics and tags are changed in the Review panel, for this contribution or several at once.</source>
        <translation>Classée dans&#xa0;: %1%2. Les thèmes, sous-thèmes et mots-clés se modifient dans le panneau Relecture, pour cette contribution ou plusieurs à la fois.</translation>
    </message>
    <message>
        <source>Compare with the &amp;email…</source>
        <translation>Comparer avec le &amp;courriel…</translation>
    </message>
    <message>
        <source>The email as it came beside the text to publish: what import left out can be put back</source>
        <translation>Le courriel tel qu’il est arrivé à côté du texte à publier&#xa0;: ce que l’import a laissé de côté peut être remis</translation>
    </message>
    <message>
        <source>When the testimony reached the campaign, in the call’s time zone (day/month/year hours:minutes)</source>
        <translation>Quand le témoignage est parvenu à l’appel, à l’heure du fuseau de l’appel (jour/mois/année heures:minutes)</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Primary theme</source>
        <translation>Thème principal</translation>
    </message>
</context>
<context>
    <name>ContributionRepository</name>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of this campaign.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un thème de cet appel.</translation>
    </message>
    <message>
        <source>“%1” is not a sub-topic of this campaign.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un sous-thème de cet appel.</translation>
    </message>
    <message>
        <source>The database is busy or read-only: nothing was saved.</source>
        <translation>La base est occupée ou en lecture seule&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>L’enregistrement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>This contribution no longer exists.</source>
        <translation>Cette contribution n’existe plus.</translation>
    </message>
    <message>
        <source>Someone else saved this contribution since you opened it. Reopen it to see their changes.</source>
        <translation>Quelqu’un d’autre a enregistré cette contribution depuis que vous l’avez ouverte. Rouvrez-la pour voir ses modifications.</translation>
    </message>
    <message>
        <source>Someone else saved this contribution since you opened it.</source>
        <translation>Quelqu’un d’autre a enregistré cette contribution depuis que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>Deleting failed: %1</source>
        <translation>La suppression a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only an administrator can accept a testimony received after the close.</source>
        <translation>Seul un administrateur peut accepter un témoignage reçu après la clôture.</translation>
    </message>
    <message>
        <source>Say why this testimony came after the close: the reason waits with it.</source>
        <translation>Dites pourquoi ce témoignage est arrivé après la clôture&#xa0;: la raison attend avec lui.</translation>
    </message>
    <message>
        <source>Only a testimony not saved yet can wait in the holding list.</source>
        <translation>Seul un témoignage pas encore enregistré peut attendre dans la liste «&#x202f;En attente&#x202f;».</translation>
    </message>
    <message>
        <source>A reason is required to accept a late testimony.</source>
        <translation>Un motif est nécessaire pour accepter un témoignage en retard.</translation>
    </message>
    <message>
        <source>A reason is required to set a testimony aside.</source>
        <translation>Un motif est nécessaire pour écarter un témoignage.</translation>
    </message>
    <message>
        <source>This testimony is no longer waiting in the holding list.</source>
        <translation>Ce témoignage n’attend plus dans la liste «&#x202f;En attente&#x202f;».</translation>
    </message>
    <message>
        <source>Someone else acted on this testimony meanwhile.</source>
        <translation>Quelqu’un d’autre a agi sur ce témoignage entre-temps.</translation>
    </message>
    <message>
        <source>Restoring failed: %1</source>
        <translation>La restauration a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ContributionValidator</name>
    <message>
        <source>Choose the local authority this testimony comes from.</source>
        <translation>Choisissez la collectivité dont vient ce témoignage.</translation>
    </message>
    <message>
        <source>“%1” is not in the official list of communes and intercommunalités.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas dans la liste officielle des communes et intercommunalités.</translation>
    </message>
    <message>
        <source>Give the testimony a title.</source>
        <translation>Donnez un titre au témoignage.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>Enter the date and time the testimony was received.</source>
        <translation>Indiquez la date et l’heure de réception du témoignage.</translation>
    </message>
    <message>
        <source>The primary theme must be one of the contribution&apos;s themes.</source>
        <translation>Le thème principal doit faire partie des thèmes de la contribution.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: %2</source>
        <translation>Impossible de créer la base «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Recueil database (%2). It may be damaged; it has not been changed.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas être lu comme une base Recueil (%2). Le fichier est peut-être endommagé&#x202f;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Recueil (schema %2, this one knows up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>«&#x202f;%1&#x202f;» a été écrit par une version plus récente de Recueil (schéma %2, celle-ci connaît jusqu’au %3). Installez la version récente pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is read-only and was written by an older Recueil: it must be upgraded before use. Make the file writable and open it again.</source>
        <translation>«&#x202f;%1&#x202f;» est en lecture seule et a été écrit par une version plus ancienne de Recueil&#xa0;: il doit être mis à niveau. Rendez le fichier modifiable puis rouvrez-le.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the new database: %1</source>
        <translation>Impossible de préparer la nouvelle base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recueil cannot reach PostgreSQL servers here: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is not installed.</source>
        <translation>Recueil ne peut pas joindre de serveur PostgreSQL sur ce poste&#xa0;: le pilote PostgreSQL de Qt (paquet libqt6sql6-psql) n’est pas installé.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for this login.</source>
        <translation>Le serveur %1 demande un mot de passe pour cet identifiant.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Recueil (schema %2, this one knows up to %3). Install the newer version to open it; nothing has been changed.</source>
        <translation>La base %1 a été écrite par une version plus récente de Recueil (schéma %2, celle-ci connaît jusqu’au %3). Installez la version plus récente pour l’ouvrir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database on %1 needs an upgrade (schema %2 to %3) that only the login which set it up may run: ask the server&apos;s administrator to run “recueil init” with that login. Nothing has been changed.</source>
        <translation>La base de %1 doit être mise à niveau (schéma %2 vers %3), ce que seul l’identifiant qui l’a installée peut faire : demandez à l’administrateur du serveur de lancer « recueil init » avec cet identifiant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The login “%1” is in none of the campaign&apos;s groups (recueil_coordinator, recueil_reviewer, recueil_admin), so it cannot read the testimonies on %2. Ask the server&apos;s administrator to add it to one, or connect with your own login.</source>
        <translation>L’identifiant « %1 » n’appartient à aucun des groupes de la campagne (recueil_coordinator, recueil_reviewer, recueil_admin) : il ne peut pas lire les témoignages de %2. Demandez à l’administrateur du serveur de l’ajouter à l’un d’eux, ou connectez-vous avec votre propre identifiant.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#x202f;%1&#x202f;» n’existe pas.</translation>
    </message>
    <message>
        <source>it holds no Recueil data</source>
        <translation>il ne contient aucune donnée de Recueil</translation>
    </message>
    <message>
        <source>“%1” is not a whole Recueil database (%2).</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une base Recueil complète (%2).</translation>
    </message>
    <message>
        <source>“%1” already exists: choose a new file name for the backup.</source>
        <translation>«&#x202f;%1&#x202f;» existe déjà&#x202f;: choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>Impossible d’écrire la sauvegarde «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>The backup of “%1” could not be written: %2</source>
        <translation>La sauvegarde de «&#x202f;%1&#x202f;» n’a pas pu être écrite&#x202f;: %2</translation>
    </message>
    <message>
        <source>The backup of “%1” failed its check and was not kept: %2</source>
        <translation>La sauvegarde de «&#x202f;%1&#x202f;» n’a pas passé la vérification et n’a pas été gardée&#x202f;: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”.</source>
        <translation>Impossible d’écrire la sauvegarde «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Impossible de créer le dossier des sauvegardes «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n’a été restauré&#x202f;: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Nothing was restored: the current file could not be kept aside as “%1”.</source>
        <translation>Rien n’a été restauré&#x202f;: le fichier actuel n’a pas pu être mis de côté sous le nom «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” could not be moved aside.</source>
        <translation>Rien n’a été restauré&#x202f;: «&#x202f;%1&#x202f;» n’a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>the rule “%1” is missing</source>
        <translation>la règle « %1 » manque</translation>
    </message>
    <message>
        <source>the rule “%1” was changed</source>
        <translation>la règle « %1 » a été modifiée</translation>
    </message>
    <message>
        <source>an unknown rule “%1” was added</source>
        <translation>une règle inconnue « %1 » a été ajoutée</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” was written by a newer version of Recueil (schema %2, this one knows up to %3).</source>
        <translation>Rien n’a été restauré : « %1 » a été écrit par une version plus récente de Recueil (schéma %2, celle-ci connaît jusqu’au %3).</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” is read-only. Make it writable first if it is really to be replaced.</source>
        <translation>Rien n’a été restauré : « %1 » est en lecture seule. Rendez-le d’abord modifiable s’il doit vraiment être remplacé.</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” does not hold Recueil&apos;s own rules (%2).</source>
        <translation>Rien n’a été restauré : « %1 » ne contient pas les règles propres à Recueil (%2).</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>The latest good backup is of %1; what was entered since then is not in it. The damaged file is kept aside, renamed, for a specialist to look at.</source>
        <translation>La dernière sauvegarde en bon état est du %1&#x202f;; ce qui a été saisi depuis n’y figure pas. Le fichier endommagé est mis de côté, renommé, pour qu’un spécialiste puisse l’examiner.</translation>
    </message>
    <message>
        <source>Restore the latest backup, of %1</source>
        <translation>Restaurer la dernière sauvegarde du %1</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>Ne pas restaurer</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup of %1 is restored. The damaged file is kept as “%2”.</source>
        <translation>La sauvegarde du %1 est restaurée. Le fichier endommagé est conservé sous le nom «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Sauvegarde non écrite</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written: %1

If the file is damaged, quit Recueil and open it again to restore the latest good backup.</source>
        <translation>La sauvegarde automatique du jour n’a pas pu être écrite&#x202f;: %1

Si le fichier est endommagé, quittez Recueil et rouvrez-le pour restaurer la dernière sauvegarde en bon état.</translation>
    </message>
</context>
<context>
    <name>DeadlineGuard</name>
    <message>
        <source>The receipt date and time are missing: enter when the testimony was received.</source>
        <translation>La date et l’heure de réception manquent&#xa0;: indiquez quand le témoignage a été reçu.</translation>
    </message>
    <message>
        <source>Call open until %1</source>
        <translation>Appel ouvert jusqu’au %1</translation>
    </message>
    <message>
        <source>Call closed since %1</source>
        <translation>Appel clos depuis le %1</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time of day in a sentence</comment>
        <translation>H&#xa0;&apos;h&apos;&#xa0;mm</translation>
    </message>
    <message>
        <source>Received on %1 at %2 (%4), after the call closed on %3: an administrator must accept it with a reason.</source>
        <translation>Reçu le %1 à %2 (%4), après la clôture de l’appel le %3&#xa0;: un administrateur doit l’accepter en indiquant un motif.</translation>
    </message>
    <message>
        <source>%1 time</source>
        <comment>the campaign&apos;s time zone, by its city: Paris time, Cayenne time</comment>
        <translation>heure de %1</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Intake state</source>
        <translation>État de l’appel</translation>
    </message>
    <message>
        <source>Contributions shown</source>
        <translation>Contributions affichées</translation>
    </message>
    <message>
        <source>No contributions</source>
        <translation>Aucune contribution</translation>
    </message>
    <message>
        <source>More than %1 contributions</source>
        <translation>Plus de %1 contributions</translation>
    </message>
    <message>
        <source>More than %1 results</source>
        <translation>Plus de %1 résultats</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
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
        <translation>Afficher les courriels et les témoignages saisis qui attendent d’être acceptés ou écartés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Only this review state (repeatable).</source>
        <translation>Seulement cet état de relecture (répétable).</translation>
    </message>
    <message>
        <source>Only this theme (repeatable).</source>
        <translation>Seulement ce thème (répétable).</translation>
    </message>
    <message>
        <source>theme, authority or region.</source>
        <translation>theme, authority ou region.</translation>
    </message>
    <message>
        <source>Print the contacts who consented.</source>
        <translation>Imprimer les contacts qui l’ont accepté.</translation>
    </message>
    <message>
        <source>Leave out the synthesis.</source>
        <translation>Sans la synthèse.</translation>
    </message>
    <message>
        <source>Do not list attachments.</source>
        <translation>Sans la liste des pièces jointes.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Say where to write the dossier with --output FILE.pdf.</source>
        <translation>Indiquez où écrire le dossier avec --output FICHIER.pdf.</translation>
    </message>
    <message>
        <source>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</source>
        <translation>État de relecture inconnu «&#x202f;%1&#x202f;» (received, in_review, needs_changes, validated, rejected).</translation>
    </message>
    <message>
        <source>--group-by takes theme, authority or region, not “%1”.</source>
        <translation>--group-by accepte theme, authority ou region, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Writing a dossier needs Qt&apos;s graphical module (QGuiApplication, offscreen is enough).</source>
        <translation>L’écriture d’un dossier demande le module graphique de Qt (QGuiApplication&#x202f;; offscreen suffit).</translation>
    </message>
    <message>
        <source>The dossier&apos;s bundled fonts cannot be loaded: this installation of Recueil is damaged.</source>
        <translation>Les polices fournies avec le dossier ne peuvent pas être chargées&#xa0;: cette installation de Recueil est endommagée.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Thème inconnu «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>No contribution matches this selection: no dossier was written.</source>
        <translation>Aucune contribution ne correspond à cette sélection&#xa0;: aucun dossier n’a été écrit.</translation>
    </message>
    <message>
        <source>The dossier could not be laid out.</source>
        <translation>Le dossier n’a pas pu être mis en page.</translation>
    </message>
    <message>
        <source>Dossier written to %1 (%2 contributions, %3 pages).</source>
        <translation>Dossier écrit dans %1 (%2 contributions, %3 pages).</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Remplacer le fichier de sortie s’il existe.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose another name, or add --force to replace it.</source>
        <translation>«&#x202f;%1&#x202f;» existe déjà&#x202f;: choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>pdf (the default) or odt, an OpenDocument text for the report&apos;s authors.</source>
        <translation>pdf (par défaut) ou odt, un texte OpenDocument pour les rédacteurs du rapport.</translation>
    </message>
    <message>
        <source>--format takes pdf or odt, not “%1”.</source>
        <translation>--format attend pdf ou odt, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Dossier written to %1 (%2 contributions, OpenDocument text).</source>
        <translation>Dossier écrit dans %1 (%2&#xa0;contributions, texte OpenDocument).</translation>
    </message>
    <message>
        <source>Usage: recueil dossier --output FILE.pdf|FILE.odt [--format pdf|odt] [--status S]... [--theme CODE]... [--group-by theme|authority|region] [--with-contacts] [--no-synthesis] [--no-attachments] [--force]</source>
        <translation>Usage&#x202f;: recueil dossier --output FICHIER.pdf|FICHIER.odt [--format pdf|odt] [--status S]... [--theme CODE]... [--group-by theme|authority|region] [--with-contacts] [--no-synthesis] [--no-attachments] [--force]</translation>
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
        <translation>Un dossier réunit les contributions choisies, classées par partie, avec une synthèse en tête et un index des collectivités. Il est rédigé en français, la langue de la campagne.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>&amp;Validated contributions (for publication)</source>
        <translation>Contributions &amp;validées (pour publication)</translation>
    </message>
    <message>
        <source>Contributions &amp;matching:</source>
        <translation>Contributions &amp;répondant aux critères&#xa0;:</translation>
    </message>
    <message>
        <source>Review &amp;states</source>
        <translation>&amp;États de relecture</translation>
    </message>
    <message>
        <source>T&amp;hemes (none checked: all)</source>
        <translation>T&amp;hèmes (aucun coché&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Review states to include</source>
        <translation>États de relecture à inclure</translation>
    </message>
    <message>
        <source>Themes to include</source>
        <translation>Thèmes à inclure</translation>
    </message>
    <message>
        <source>Arrangement and content</source>
        <translation>Classement et contenu</translation>
    </message>
    <message>
        <source>&amp;Arrange by:</source>
        <translation>&amp;Classer par&#xa0;:</translation>
    </message>
    <message>
        <source>Include the &amp;synthesis (figures and charts)</source>
        <translation>Inclure la &amp;synthèse (chiffres et graphiques)</translation>
    </message>
    <message>
        <source>Only for contributors who agreed to be named; email addresses and phone numbers are masked everywhere else.</source>
        <translation>Seulement pour les contributeurs qui ont accepté d’être nommés&#x202f;; ailleurs, les adresses électroniques et les numéros de téléphone sont masqués.</translation>
    </message>
    <message>
        <source>Print the &amp;contact details of contributors who agreed</source>
        <translation>Imprimer les &amp;coordonnées des contributeurs qui l’ont accepté</translation>
    </message>
    <message>
        <source>List the &amp;attachments</source>
        <translation>Lister les &amp;pièces jointes</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Theme and sub-topic</source>
        <translation>Thème et sous-thème</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Région and département</source>
        <translation>Région et département</translation>
    </message>
    <message>
        <source>Check at least one review state.</source>
        <translation>Cochez au moins un état de relecture.</translation>
    </message>
    <message>
        <source>No contribution matches this selection: there is nothing to put in a dossier.</source>
        <translation>Aucune contribution ne correspond à cette sélection&#xa0;: il n’y a rien à mettre dans un dossier.</translation>
    </message>
    <message>
        <source>Laying out the dossier…</source>
        <translation>Mise en page du dossier…</translation>
    </message>
    <message>
        <source>The dossier was cancelled.</source>
        <translation>Le dossier a été annulé.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>L’export a été annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the dossier…</source>
        <translation>Impression du dossier…</translation>
    </message>
    <message>
        <source>Printing was cancelled or failed.</source>
        <translation>L’impression a été annulée ou a échoué.</translation>
    </message>
    <message>
        <source>Dossier preview</source>
        <translation>Aperçu du dossier</translation>
    </message>
    <message>
        <source>What the list shows</source>
        <translation>Ce que montre la liste</translation>
    </message>
    <message>
        <source>What the list shows: %1</source>
        <translation>Ce que montre la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#x202f;%1&#x202f;» existe déjà. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>Dossier exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <source>The dossier was saved as “%1” in the folder “%2”.</source>
        <translation>Le dossier a été enregistré sous «&#xa0;%1&#xa0;» dans le dossier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Export (PDF, OpenDocument)…</source>
        <translation>&amp;Exporter (PDF, OpenDocument)…</translation>
    </message>
    <message>
        <source>OpenDocument text, for the report&apos;s authors (*.odt)</source>
        <translation>Texte OpenDocument, pour les rédacteurs du rapport (*.odt)</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
</context>
<context>
    <name>DossierLoader</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>“%1” is not a review state.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un état de relecture.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of this campaign.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un thème de cette campagne.</translation>
    </message>
</context>
<context>
    <name>DossierPdfWriter</name>
    <message>
        <source>The PDF export was cancelled.</source>
        <translation>L’export PDF a été annulé.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Le PDF n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>The PDF was drawn but its bookmarks could not be added (%1).</source>
        <translation>Le PDF a été dessiné mais ses signets n’ont pas pu être ajoutés (%1).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link: give the dossier a file name of its own.</source>
        <translation>«&#x202f;%1&#x202f;» est un lien symbolique&#x202f;: donnez au dossier un nom de fichier qui lui soit propre.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file: give the dossier a file name of its own.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fichier ordinaire&#x202f;: donnez au dossier un nom de fichier qui lui soit propre.</translation>
    </message>
    <message>
        <source>“%1” could not be written whole (is the disk full?): no file was written or replaced.</source>
        <translation>«&#x202f;%1&#x202f;» n’a pas pu être écrit en entier (le disque est-il plein&#x202f;?)&#x202f;: aucun fichier n’a été écrit ni remplacé.</translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Unsaved changes found</source>
        <translation>Modifications non enregistrées retrouvées</translation>
    </message>
    <message>
        <source>Changes to contribution No. %1 were not saved when Recueil last closed; they were kept on %2.</source>
        <translation>Des modifications de la contribution n° %1 n’avaient pas été enregistrées à la dernière fermeture de Recueil&#x202f;; elles ont été gardées le %2.</translation>
    </message>
    <message>
        <source>A new contribution was not saved when Recueil last closed; it was kept on %1.</source>
        <translation>Une nouvelle contribution n’avait pas été enregistrée à la dernière fermeture de Recueil&#x202f;; elle a été gardée le %1.</translation>
    </message>
    <message>
        <source>The contribution has been changed since: check the form before saving.</source>
        <translation>La contribution a été modifiée depuis&#x202f;: vérifiez le formulaire avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Bring them back into the form? They are saved only when you save.</source>
        <translation>Les remettre dans le formulaire&#x202f;? Elles ne seront enregistrées que lorsque vous enregistrerez.</translation>
    </message>
    <message>
        <source>&amp;Bring them back</source>
        <translation>&amp;Les remettre</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Les abandonner</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The new contribution has not been saved.</source>
        <translation>La nouvelle contribution n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The changes to contribution No. %1 have not been saved.</source>
        <translation>Les modifications de la contribution n°&#xa0;%1 n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Ne &amp;pas enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Delete the contribution</source>
        <translation>Supprimer la contribution</translation>
    </message>
    <message>
        <source>Delete contribution No. %1, “%2”?</source>
        <translation>Supprimer la contribution n°&#xa0;%1, «&#x202f;%2&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Save it before going on?</source>
        <translation>L’enregistrer avant de continuer&#x202f;?</translation>
    </message>
    <message>
        <source>Received after the close</source>
        <translation>Reçu après la clôture</translation>
    </message>
    <message>
        <source>Put it in the pending list, with the reason it came late, or accept it now as an administrator. Nothing typed is lost.</source>
        <translation>Mettez-le dans la liste «&#x202f;En attente&#x202f;», avec la raison de son retard, ou acceptez-le dès maintenant en tant qu’administrateur. Rien de ce qui a été saisi n’est perdu.</translation>
    </message>
    <message>
        <source>Put it in the pending list, with the reason it came late: an administrator can accept it there. Nothing typed is lost.</source>
        <translation>Mettez-le dans la liste «&#x202f;En attente&#x202f;», avec la raison de son retard&#xa0;: un administrateur pourra l’y accepter. Rien de ce qui a été saisi n’est perdu.</translation>
    </message>
    <message>
        <source>Put in the &amp;pending list…</source>
        <translation>Mettre en &amp;attente…</translation>
    </message>
    <message>
        <source>&amp;Accept after the close…</source>
        <translation>&amp;Accepter hors délai…</translation>
    </message>
    <message>
        <source>&amp;Correct the date</source>
        <translation>&amp;Corriger la date</translation>
    </message>
    <message>
        <source>Put in the pending list</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Why did this testimony come after the close? The administrator who accepts or sets it aside reads this.</source>
        <translation>Pourquoi ce témoignage est-il arrivé après la clôture&#x202f;? L’administrateur qui l’acceptera ou l’écartera lira ceci.</translation>
    </message>
    <message>
        <source>Put in the &amp;pending list</source>
        <translation>Mettre en &amp;attente</translation>
    </message>
    <message>
        <source>It leaves the lists for the Bin, among the queues, where it can be restored with its sources and its history.</source>
        <translation>Elle quitte les listes pour la Corbeille, parmi les files, d’où l’on peut la restaurer avec ses sources et son historique.</translation>
    </message>
</context>
<context>
    <name>Eraser</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>La base n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be erased.</source>
        <translation>Cette base est ouverte en lecture seule : rien ne peut être effacé.</translation>
    </message>
    <message>
        <source>The database is busy: nothing was erased. Try again in a moment.</source>
        <translation>La base est occupée : rien n’a été effacé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Rien n’a été effacé : %1</translation>
    </message>
    <message>
        <source>The details were erased, but the file could not be compacted (%1): run the erasure again when no one else has the database open.</source>
        <translation>Les coordonnées ont été effacées, mais le fichier n’a pas pu être compacté (%1) : relancez l’effacement quand personne d’autre n’a la base ouverte.</translation>
    </message>
    <message>
        <source>The details were erased from the database, but the draft “%1” could not be rewritten: delete it.</source>
        <translation>Les coordonnées ont été effacées de la base, mais le brouillon « %1 » n’a pas pu être réécrit : supprimez-le.</translation>
    </message>
    <message>
        <source>Nothing was erased: the disk is full. Free some space on the disk, then erase again.</source>
        <translation>Rien n’a été effacé : le disque est plein. Libérez de la place sur le disque, puis recommencez l’effacement.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>csv, json or ods.</source>
        <translation>csv, json ou ods.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Between CSV fields: “,” (the default) or “;” for French spreadsheets.</source>
        <translation>Entre les champs CSV&#xa0;: «&#x202f;,&#x202f;» (par défaut) ou «&#x202f;;&#x202f;» pour les tableurs français.</translation>
    </message>
    <message>
        <source>Add the contacts who consented.</source>
        <translation>Ajouter les contacts qui ont donné leur accord.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Remplacer le fichier de sortie s’il existe.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Say which format with --format csv, json or ods.</source>
        <translation>Indiquez le format avec --format csv, json ou ods.</translation>
    </message>
    <message>
        <source>--format takes csv, json or ods, not “%1”.</source>
        <translation>--format attend csv, json ou ods, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Say where to write with --output FILE.</source>
        <translation>Indiquez où écrire avec --output FICHIER.</translation>
    </message>
    <message>
        <source>--separator takes “,” or “;”, not “%1”.</source>
        <translation>--separator attend «&#x202f;,&#x202f;» ou «&#x202f;;&#x202f;», pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--separator is for --format csv only.</source>
        <translation>--separator ne sert qu’avec --format csv.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose another name, or add --force to replace it.</source>
        <translation>«&#x202f;%1&#x202f;» existe déjà&#x202f;: choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n validated contribution(s) written to %1.</source>
        <translation>
            <numerusform>%n contribution validée écrite dans %1.</numerusform>
            <numerusform>%n contributions validées écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: recueil export --format csv|json|ods --output FILE [--separator ,|;] [--with-contacts] [--force]</source>
        <translation>Usage&#x202f;: recueil export --format csv|json|ods --output FICHIER [--separator ,|;] [--with-contacts] [--force]</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>FieldChangeCommand</name>
    <message>
        <source>change to “%1”</source>
        <translation>la modification de «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Words from the title, the testimony, the authority, the contact or the tags (Ctrl+F)</source>
        <translation>Mots du titre, du témoignage, de la collectivité, du contact ou des mots-clés (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Show only the contributions in this review state</source>
        <translation>N’afficher que les contributions à ce statut</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Show only the contributions about this theme</source>
        <translation>N’afficher que les contributions sur ce thème</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Filtre par thème</translation>
    </message>
    <message>
        <source>Show only the contributions of one commune or intercommunalité: type its name, postal code or INSEE code</source>
        <translation>N’afficher que les contributions d’une commune ou d’une intercommunalité&#xa0;: tapez son nom, son code postal ou son code INSEE</translation>
    </message>
    <message>
        <source>Local authority filter</source>
        <translation>Filtre par collectivité</translation>
    </message>
    <message>
        <source>Local authority…</source>
        <translation>Collectivité…</translation>
    </message>
    <message>
        <source>All review states</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>No commune or intercommunalité is called “%1”: choose one from the list.</source>
        <translation>Aucune commune ni intercommunalité ne s’appelle «&#x202f;%1&#x202f;»&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>FormHistory</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <source>Your changes are still in the form: nothing you typed is lost.</source>
        <translation>Vos modifications sont toujours dans la fiche&#xa0;: rien de ce que vous avez saisi n’est perdu.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>The disk is full: the contribution could not be saved. Free some space on the disk, then save again.</source>
        <translation>Le disque est plein&#x202f;: la contribution n’a pas pu être enregistrée. Libérez de la place sur le disque, puis enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Recueil Help</source>
        <translation>Aide de Recueil</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Write a comment for the other reviewers…</source>
        <translation>Écrivez un commentaire pour les autres relecteurs…</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>History of contribution no. %1</source>
        <translation>Historique de la contribution n°&#xa0;%1</translation>
    </message>
    <message>
        <source>No comment yet.</source>
        <translation>Aucun commentaire pour l’instant.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HoldingListWidget</name>
    <message>
        <source>&amp;Accept…</source>
        <translation>A&amp;ccepter…</translation>
    </message>
    <message>
        <source>Set &amp;aside…</source>
        <translation>&amp;Écarter…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Motif de l’attente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Received after the close</source>
        <translation>Reçu après la clôture</translation>
    </message>
    <message>
        <source>No receipt date</source>
        <translation>Sans date de réception</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non accepté</translation>
    </message>
    <message>
        <source>Set an email aside</source>
        <translation>Écarter un courriel</translation>
    </message>
    <message>
        <source>Why is this email set aside? It leaves this list but stays in the database.</source>
        <translation>Pourquoi écarter ce courriel&#x202f;? Il quitte cette liste mais reste dans la base.</translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Not set aside</source>
        <translation>Non écarté</translation>
    </message>
    <message>
        <source>Reply to contribution No. %1, to check</source>
        <translation>Réponse à la contribution n° %1, à vérifier</translation>
    </message>
    <message>
        <source>it came while the contribution&apos;s review was finished</source>
        <translation>elle est arrivée alors que la relecture de la contribution était terminée</translation>
    </message>
    <message>
        <source>Accept a reply</source>
        <translation>Accepter une réponse</translation>
    </message>
    <message>
        <source>Add this email from %1 to contribution No. %2, “%3”, as a complement?</source>
        <translation>Ajouter ce courriel de %1 à la contribution n° %2, « %3 », comme complément ?</translation>
    </message>
    <message>
        <source>It waited because %1. Its text is added at the end of the testimony, which goes back to review if its review was finished.</source>
        <translation>Il attendait parce que %1. Son texte est ajouté à la fin du témoignage, qui retourne en relecture si sa relecture était terminée.</translation>
    </message>
    <message>
        <source>The contribution this email answers is no longer there. Make a new contribution of it?</source>
        <translation>La contribution à laquelle ce courriel répond n’existe plus. En faire une nouvelle contribution ?</translation>
    </message>
    <message>
        <source>&amp;Add as a complement</source>
        <translation>&amp;Ajouter comme complément</translation>
    </message>
    <message>
        <source>&amp;Make a contribution</source>
        <translation>&amp;En faire une contribution</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Rien n’est en attente.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Shows the selected email or typed testimony</source>
        <translation>Affiche le courriel ou le témoignage saisi sélectionné</translation>
    </message>
    <message>
        <source>Makes a contribution of the selected item</source>
        <translation>Fait une contribution de l’élément sélectionné</translation>
    </message>
    <message>
        <source>Takes the selected item out of this list; it stays in the database</source>
        <translation>Retire l’élément sélectionné de cette liste&#x202f;; il reste dans la base</translation>
    </message>
    <message>
        <source>Testimony received after the close (%1): %2</source>
        <translation>Témoignage reçu après la clôture (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Set a testimony aside</source>
        <translation>Écarter un témoignage</translation>
    </message>
    <message>
        <source>Why is this testimony set aside? It leaves this list but stays in the database.</source>
        <translation>Pourquoi écarter ce témoignage&#x202f;? Il quitte cette liste mais reste dans la base.</translation>
    </message>
    <message>
        <source>Accept a late testimony</source>
        <translation>Accepter un témoignage en retard</translation>
    </message>
    <message>
        <source>Only an administrator of the campaign may accept a testimony received after the close, and %1 is %2 here. It waits in this list for an administrator.</source>
        <translation>Seul un administrateur de l’appel peut accepter un témoignage reçu après la clôture, et %1 est %2 ici. Il attend dans cette liste qu’un administrateur l’accepte.</translation>
    </message>
    <message>
        <source>Why is this testimony accepted after the close? The acceptance and its reason are recorded in the history under the name %1.</source>
        <translation>Pourquoi ce témoignage est-il accepté après la clôture&#x202f;? L’acceptation et son motif sont inscrits dans l’historique au nom %1.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Received on %1 (%2)</source>
        <translation>Reçu le %1 (%2)</translation>
    </message>
    <message>
        <source>Why it came late: %1</source>
        <translation>Raison du retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés rencontrées</translation>
    </message>
    <message>
        <source>Testimony waiting: %1</source>
        <translation>Témoignage en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Emails (*.eml *.mbox *.mbx)</source>
        <translation>Courriels (*.eml *.mbox *.mbx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import emails</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, then import these emails.</source>
        <translation>Un import est déjà en cours. Attendez qu’il se termine, puis importez ces courriels.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be imported into it.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?</source>
        <translation>Un import est encore en cours. L’arrêter et quitter&#x202f;?</translation>
    </message>
    <message>
        <source>The emails already imported are kept; the email being read is finished or left out whole.</source>
        <translation>Les courriels déjà importés sont conservés&#x202f;; le courriel en cours est terminé ou laissé de côté en entier.</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Arrêter et quitter</translation>
    </message>
    <message>
        <source>&amp;Go on importing</source>
        <translation>&amp;Poursuivre l’import</translation>
    </message>
    <message numerus="yes">
        <source>%Ln email(s)</source>
        <translation>
            <numerusform>%Ln courriel</numerusform>
            <numerusform>%Ln courriels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 complements, %4 pending, %5 already imported, %6 other</source>
        <translation>%1 lus&#xa0;: %2 nouvelles contributions, %3 compléments, %4 en attente, %5 déjà importés, %6 autres</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing emails</source>
        <translation>Import de courriels</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avancement de l’import</translation>
    </message>
    <message>
        <source>&amp;Check each new contribution before it is saved</source>
        <translation>&amp;Vérifier chaque nouvelle contribution avant de l’enregistrer</translation>
    </message>
    <message>
        <source>Shows each new email beside the form filled from it, so that you can correct it or leave it out</source>
        <translation>Affiche chaque nouveau courriel à côté de la fiche remplie à partir de lui, pour la corriger ou l’ignorer</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Arrêter l’import</translation>
    </message>
    <message>
        <source>The email being read is finished or left out whole; the following ones are not read</source>
        <translation>Le courriel en cours est terminé ou laissé de côté en entier&#x202f;; les suivants ne sont pas lus</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Importing “%1” (file %2 of %3)</source>
        <translation>Import de «&#x202f;%1&#x202f;» (fichier %2 sur %3)</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>Import de «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Stopping after the email being read…</source>
        <translation>Arrêt après le courriel en cours de lecture…</translation>
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
        <translation>%1 créées, %2 compléments, %3 réponses à vérifier, %4 doublons, %5 en retard, %6 sans date, %7 erreurs</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import report</source>
        <translation>Bilan de l’import</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Emails that need your attention:</source>
        <translation>Courriels qui demandent votre attention&#xa0;:</translation>
    </message>
    <message>
        <source>Emails that need your attention</source>
        <translation>Courriels qui demandent votre attention</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le bilan</translation>
    </message>
    <message>
        <source>Copies the counts and the list, to paste into an email or a document</source>
        <translation>Copie le décompte et la liste, pour les coller dans un courriel ou un document</translation>
    </message>
    <message>
        <source>Show the &amp;pending emails</source>
        <translation>Voir les courriels en &amp;attente</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Complements</source>
        <translation>Compléments</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Received on %1, after the close of %2: it waits in the pending list until an administrator accepts it, with a reason.</source>
        <translation>Reçu le %1, après la clôture du %2&#xa0;: il attend dans la liste «&#x202f;En attente&#x202f;» qu’un administrateur l’accepte, avec un motif.</translation>
    </message>
    <message>
        <source>No receipt date could be read from it: it waits in the pending list for you to enter the date it arrived.</source>
        <translation>Aucune date de réception n’a pu y être lue&#xa0;: il attend dans la liste «&#x202f;En attente&#x202f;» que vous saisissiez sa date d’arrivée.</translation>
    </message>
    <message>
        <source>Already imported (contribution No. %1): not imported twice.</source>
        <translation>Déjà importé (contribution n°&#xa0;%1)&#xa0;: pas importé deux fois.</translation>
    </message>
    <message>
        <source>Already imported: not imported twice.</source>
        <translation>Déjà importé&#xa0;: pas importé deux fois.</translation>
    </message>
    <message>
        <source>Left out at review: nothing was saved. Import the file again to go back to it.</source>
        <translation>Ignoré à la vérification&#xa0;: rien n’a été enregistré. Importez le fichier de nouveau pour y revenir.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>L’import n’a pas pu commencer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Replies to check</source>
        <translation>Réponses à vérifier</translation>
    </message>
    <message>
        <source>A reply to contribution No. %1 that waits in the pending list for a person to accept it: %2</source>
        <translation>Une réponse à la contribution n° %1, qui attend dans la liste « En attente » qu’une personne l’accepte : %2</translation>
    </message>
    <message>
        <source>Late and undated emails, and replies to check, are kept: they wait in the pending list, where they can be accepted or set aside.</source>
        <translation>Les courriels en retard ou sans date, et les réponses à vérifier, sont gardés : ils attendent dans la liste « En attente », où l’on peut les accepter ou les écarter.</translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped after %Ln email(s): the following ones were not read.</source>
        <translation>
            <numerusform>L’import a été arrêté après %Ln courriel&#xa0;: les suivants n’ont pas été lus.</numerusform>
            <numerusform>L’import a été arrêté après %Ln courriels&#xa0;: les suivants n’ont pas été lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import is finished: %Ln email(s) read.</source>
        <translation>
            <numerusform>L’import est terminé&#xa0;: %Ln courriel lu.</numerusform>
            <numerusform>L’import est terminé&#xa0;: %Ln courriels lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>message %1 of %2 in %3</source>
        <translation>message %1 sur %2 de %3</translation>
    </message>
    <message>
        <source>message %1 in %2</source>
        <translation>message %1 de %2</translation>
    </message>
    <message>
        <source>email %1 of %2, %3</source>
        <translation>courriel %1 sur %2, %3</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>--database needs a file path or a postgresql:// address.</source>
        <translation>--database demande le chemin d’un fichier ou une adresse postgresql://.</translation>
    </message>
</context>
<context>
    <name>ListEditorLink</name>
    <message>
        <source>Contribution not found</source>
        <translation>Contribution introuvable</translation>
    </message>
    <message>
        <source>This contribution has been deleted meanwhile.</source>
        <translation>Cette contribution a été supprimée entre-temps.</translation>
    </message>
</context>
<context>
    <name>MailDropFilter</name>
    <message>
        <source>email dragged from a mail program</source>
        <translation>courriel glissé depuis une messagerie</translation>
    </message>
</context>
<context>
    <name>MailImporter</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>This file could not be read as an email.</source>
        <translation>Ce fichier ne peut pas être lu comme un courriel.</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be imported.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: rien ne peut être importé.</translation>
    </message>
    <message>
        <source>This email could not be stored, nothing was kept of it: %1</source>
        <translation>Ce courriel n’a pas pu être enregistré, rien n’en a été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This message is no longer waiting in the holding list.</source>
        <translation>Ce message n’est plus dans la liste d’attente.</translation>
    </message>
    <message>
        <source>“%1” is a folder: give the .eml or .mbox files inside it.</source>
        <translation>«&#x202f;%1&#x202f;» est un dossier&#x202f;: indiquez les fichiers .eml ou .mbox qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (a device or a pipe): only .eml and .mbox files can be imported.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fichier ordinaire (un périphérique ou un tube)&#x202f;: seuls les fichiers .eml et .mbox peuvent être importés.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB and is not an mbox: it was not imported.</source>
        <translation>«&#x202f;%1&#x202f;» dépasse %2 Mo et n’est pas une boîte mbox&#x202f;: il n’a pas été importé.</translation>
    </message>
    <message>
        <source>Message %1 of this mbox is larger than %2 MB: it was skipped, and the import went on with the next one.</source>
        <translation>Le message %1 de cette boîte mbox dépasse %2 Mo&#x202f;: il a été ignoré, et l’import a continué avec le suivant.</translation>
    </message>
    <message>
        <source>The sender&apos;s address “%1” does not look like a usable email address: the email is kept, but the contact has no address.</source>
        <translation>L’adresse de l’expéditeur «&#x202f;%1&#x202f;» ne ressemble pas à une adresse électronique utilisable&#x202f;: le courriel est conservé, mais le contact n’a pas d’adresse.</translation>
    </message>
    <message>
        <source>Another email with the same Message-ID is already stored, but its content differs: this one is kept as a message of its own.</source>
        <translation>Un autre courriel portant le même Message-ID est déjà conservé, mais son contenu diffère&#x202f;: celui-ci est conservé comme un message à part.</translation>
    </message>
    <message>
        <source>The disk is full: the import stopped at message %1 of “%2”; the messages before it are stored, free some space and import the file again to add the rest.</source>
        <translation>Le disque est plein&#x202f;: l’import s’est arrêté au message %1 de «&#x202f;%2&#x202f;»&#x202f;; les messages précédents sont enregistrés, libérez de la place et importez de nouveau le fichier pour ajouter la suite.</translation>
    </message>
    <message>
        <source>The disk is full: the import stopped at “%1”; free some space and import it again.</source>
        <translation>Le disque est plein&#x202f;: l’import s’est arrêté à «&#x202f;%1&#x202f;»&#x202f;; libérez de la place et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>This reply waits in the pending list for a person to accept it: %1.</source>
        <translation>Cette réponse attend dans la liste « En attente » qu’une personne l’accepte : %1.</translation>
    </message>
    <message>
        <source>testimony No. %1 is already validated</source>
        <translation>le témoignage n° %1 est déjà validé</translation>
    </message>
    <message>
        <source>testimony No. %1 was set aside</source>
        <translation>le témoignage n° %1 a été écarté</translation>
    </message>
    <message>
        <source>it comes from %1 and testimony No. %2 has no contact address</source>
        <translation>il vient de %1 et le témoignage n° %2 n’a pas d’adresse de contact</translation>
    </message>
    <message>
        <source>it comes from %1, not from %2, the contact of testimony No. %3</source>
        <translation>il vient de %1, et non de %2, le contact du témoignage n° %3</translation>
    </message>
</context>
<context>
    <name>MailSniffer</name>
    <message>
        <source>This file is not an email: no mail headers could be read from it.</source>
        <translation>Ce fichier n’est pas un courriel&#xa0;: aucun en-tête de courriel n’a pu y être lu.</translation>
    </message>
    <message>
        <source>it is a PNG image</source>
        <translation>c’est une image PNG</translation>
    </message>
    <message>
        <source>it is a JPEG image</source>
        <translation>c’est une image JPEG</translation>
    </message>
    <message>
        <source>it is a GIF image</source>
        <translation>c’est une image GIF</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <translation>c’est un document PDF</translation>
    </message>
    <message>
        <source>it is a ZIP archive or an office document</source>
        <translation>c’est une archive ZIP ou un document bureautique</translation>
    </message>
    <message>
        <source>it is an Outlook .msg or another Microsoft Office file (save the message as .eml first)</source>
        <translation>c’est un fichier .msg d’Outlook ou un autre fichier Microsoft Office (enregistrez d’abord le message au format .eml)</translation>
    </message>
    <message>
        <source>it is a compressed (gzip) file</source>
        <translation>c’est un fichier compressé (gzip)</translation>
    </message>
    <message>
        <source>it is an Outlook winmail.dat attachment, not a whole message</source>
        <translation>c’est une pièce jointe winmail.dat d’Outlook, pas un message entier</translation>
    </message>
    <message>
        <source>it is an RTF document</source>
        <translation>c’est un document RTF</translation>
    </message>
    <message>
        <source>This file is not an email: %1.</source>
        <translation>Ce fichier n’est pas un courriel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>il contient des données binaires</translation>
    </message>
    <message>
        <source>it does not start with mail headers (such as From:, Date: or Subject:)</source>
        <translation>il ne commence pas par des en-têtes de courriel (comme From:, Date: ou Subject:)</translation>
    </message>
    <message>
        <source>none of its header lines is a mail header (From:, Date:, Subject:…)</source>
        <translation>aucune de ses lignes d’en-tête n’est un en-tête de courriel (From:, Date:, Subject:…)</translation>
    </message>
</context>
<context>
    <name>MailViewerDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Email — %1</source>
        <translation>Courriel — %1</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;New contribution</source>
        <translation>&amp;Nouvelle contribution</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Enter a new contribution (Ctrl+N)</source>
        <translation>Saisir une nouvelle contribution (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import emails…</source>
        <translation>&amp;Importer des courriels…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import .eml files or mailboxes (Ctrl+I); you can also drop them on the window</source>
        <translation>Importer des fichiers .eml ou des boîtes mbox (Ctrl+I)&#x202f;; vous pouvez aussi les déposer sur la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Print a dossier…</source>
        <translation>&amp;Imprimer un dossier…</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Preview, print or export as PDF the validated testimonies or a selection (Ctrl+P)</source>
        <translation>Prévisualiser, imprimer ou exporter en PDF les témoignages validés ou une sélection (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Work on another Recueil database file</source>
        <translation>Travailler sur un autre fichier de base Recueil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Delete the contribution</source>
        <translation>&amp;Supprimer la contribution</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected contribution (Del)</source>
        <translation>Supprimer la contribution sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Go to the search box (Ctrl+F)</source>
        <translation>Aller à la zone de recherche (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
    <message>
        <source>&amp;About Recueil</source>
        <translation>À &amp;propos de Recueil</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Recueil databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Recueil (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another database.</source>
        <translation>Attendez la fin de l’import avant d’ouvrir une autre base.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>Recueil &amp;Help</source>
        <translation>&amp;Aide de Recueil</translation>
    </message>
    <message>
        <source>&amp;Welcome and sample campaign…</source>
        <translation>&amp;Bienvenue et campagne d’exemple…</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>These emails will be imported once the current import is over.</source>
        <translation>Ces courriels seront importés dès la fin de l’import en cours.</translation>
    </message>
    <message>
        <source>This database is open read-only (the file or its folder cannot be written): you can read, search and print, but not change anything.</source>
        <translation>Cette base est ouverte en lecture seule (le fichier ou son dossier ne peut pas être modifié)&#x202f;: vous pouvez consulter, rechercher et imprimer, mais rien modifier.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Base en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Erase a person&apos;s details…</source>
        <translation>&amp;Effacer les coordonnées d’une personne…</translation>
    </message>
    <message>
        <source>Right to erasure: remove a person&apos;s name, address and phone number everywhere</source>
        <translation>Droit à l’effacement&#x202f;: retirer partout le nom, l’adresse et le téléphone d’une personne</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>En attente (%1)</translation>
    </message>
    <message>
        <source>&amp;Pending (%1)</source>
        <translation>En &amp;attente (%1)</translation>
    </message>
    <message>
        <source>Export as open &amp;data…</source>
        <translation>E&amp;xporter en données ouvertes…</translation>
    </message>
    <message>
        <source>The validated contributions as a spreadsheet, CSV or JSON file</source>
        <translation>Les contributions validées dans un tableur, un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>P&amp;ublish the website…</source>
        <translation>P&amp;ublier le site…</translation>
    </message>
    <message>
        <source>The validated contributions as a website to put online</source>
        <translation>Les contributions validées en un site à mettre en ligne</translation>
    </message>
</context>
<context>
    <name>MessageReviewDialog</name>
    <message>
        <source>Check the new contribution</source>
        <translation>Vérifier la nouvelle contribution</translation>
    </message>
    <message>
        <source>Email as received</source>
        <translation>Courriel tel que reçu</translation>
    </message>
    <message>
        <source>Contribution to save</source>
        <translation>Contribution à enregistrer</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Collectivité&#xa0;:</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Name, postal code or INSEE code…</source>
        <translation>Nom, code postal ou code INSEE…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>F&amp;onction&#xa0;:</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>e.g. Chief digital officer</source>
        <translation>par ex. directrice des systèmes d’information</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>Contact email address</source>
        <translation>Adresse électronique du contact</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Themes and sub-topics</source>
        <translation>Thèmes et sous-thèmes</translation>
    </message>
    <message>
        <source>Testim&amp;ony:</source>
        <translation>Témoi&amp;gnage&#xa0;:</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>S&amp;top the import</source>
        <translation>Arrê&amp;ter l’import</translation>
    </message>
    <message>
        <source>Saves nothing of this email and reads no further</source>
        <translation>N’enregistre rien de ce courriel et ne lit pas la suite</translation>
    </message>
    <message>
        <source>Save all &amp;without checking</source>
        <translation>Tout enregistrer &amp;sans vérifier</translation>
    </message>
    <message>
        <source>Saves this contribution and the next new ones of this import as they were read</source>
        <translation>Enregistre cette contribution et les nouvelles suivantes de cet import telles que lues</translation>
    </message>
    <message>
        <source>S&amp;kip this email</source>
        <translation>Ignorer ce &amp;message</translation>
    </message>
    <message>
        <source>Nothing is saved for this email; importing the file again offers it anew</source>
        <translation>Rien n’est enregistré pour ce courriel&#x202f;; importer le fichier de nouveau le proposera encore</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A new contribution was read from %1. Check the form beside the email, correct it if needed, then save it.</source>
        <translation>Une nouvelle contribution a été lue dans %1. Vérifiez la fiche à côté du courriel, corrigez-la si besoin, puis enregistrez-la.</translation>
    </message>
    <message>
        <source>an email</source>
        <translation>un courriel</translation>
    </message>
    <message>
        <source>Suggested from the sender&apos;s address: check it.</source>
        <translation>Proposée d’après l’adresse de l’expéditeur&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>Suggested from the signature: check it.</source>
        <translation>Proposée d’après la signature&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>Suggested from the subject: check it.</source>
        <translation>Proposée d’après l’objet&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>Suggested from the sender&apos;s name: check it.</source>
        <translation>Proposée d’après le nom de l’expéditeur&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>Intercommunalité, SIREN %1 · %2 inhabitants</source>
        <translation>Intercommunalité, SIREN %1 · %2 habitants</translation>
    </message>
    <message>
        <source>Commune, INSEE code %1 · %2 inhabitants</source>
        <translation>Commune, code INSEE %1 · %2 habitants</translation>
    </message>
    <message>
        <source>No authority recognised: type its name, postal code or INSEE code, or leave it empty and choose it later in the contribution.</source>
        <translation>Aucune collectivité reconnue&#xa0;: tapez son nom, son code postal ou son code INSEE, ou laissez vide pour la choisir plus tard dans la contribution.</translation>
    </message>
    <message numerus="yes">
        <source>Before it, %Ln email(s) already imported were skipped.</source>
        <translation>
            <numerusform>Avant lui, %Ln courriel déjà importé a été passé.</numerusform>
            <numerusform>Avant lui, %Ln courriels déjà importés ont été passés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>The empty store to copy into.</source>
        <translation>La base vide où copier la campagne.</translation>
    </message>
    <message>
        <source>migrate needs --to followed by a PostgreSQL address (postgresql://…) or a SQLite file.</source>
        <translation>migrate demande --to suivi d’une adresse PostgreSQL (postgresql://…) ou d’un fichier SQLite.</translation>
    </message>
    <message>
        <source>The campaign cannot be copied onto itself.</source>
        <translation>La campagne ne peut pas être copiée sur elle-même.</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFÉRENT</translation>
    </message>
    <message>
        <source>Campaign copied to %1 and verified: same rows and checksums in every table.</source>
        <translation>Campagne copiée dans %1 et vérifiée&#xa0;: mêmes lignes et mêmes sommes de contrôle dans chaque table.</translation>
    </message>
</context>
<context>
    <name>OdtDossierWriter</name>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OpenDataDialog</name>
    <message>
        <source>Add the &amp;contacts who agreed to be named</source>
        <translation>Ajouter les &amp;contacts qui ont accepté d’être nommés</translation>
    </message>
    <message>
        <source>Export as open data</source>
        <translation>Exporter en données ouvertes</translation>
    </message>
    <message>
        <source>The validated contributions, for a spreadsheet or an open-data portal: one row each, with the authority&apos;s INSEE or SIREN code, themes and dates. Names, addresses and phone numbers in the texts are masked as in the dossier.</source>
        <translation>Les contributions validées, pour un tableur ou un portail de données ouvertes&#xa0;: une ligne chacune, avec le code INSEE ou SIREN de la collectivité, les thèmes et les dates. Les noms, adresses et téléphones des textes sont masqués comme dans le dossier.</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (OpenDocument, .ods): LibreOffice, Excel</source>
        <translation>&amp;Tableur (OpenDocument, .ods)&#xa0;: LibreOffice, Excel</translation>
    </message>
    <message>
        <source>CSV with “;” (.csv): French spreadsheets</source>
        <translation>CSV avec «&#x202f;;&#x202f;» (.csv)&#xa0;: tableurs français</translation>
    </message>
    <message>
        <source>CSV with “,” (.csv): open-data portals, scripts</source>
        <translation>CSV avec «&#x202f;,&#x202f;» (.csv)&#xa0;: portails de données ouvertes, scripts</translation>
    </message>
    <message>
        <source>&amp;JSON (.json): programs</source>
        <translation>&amp;JSON (.json)&#xa0;: programmes</translation>
    </message>
    <message>
        <source>Without it, no name, address or phone number of a contact is written.</source>
        <translation>Sans cela, aucun nom, adresse ou téléphone de contact n’est écrit.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>validated-contributions</source>
        <translation>contributions-validees</translation>
    </message>
    <message>
        <source>Open data exported</source>
        <translation>Données ouvertes exportées</translation>
    </message>
    <message numerus="yes">
        <source>%n validated contribution(s) written to “%1”.</source>
        <translation>
            <numerusform>%n contribution validée écrite dans «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%n contributions validées écrites dans «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenDataExport</name>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People of the campaign</source>
        <translation>Personnes de la campagne</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>one word, such as cmoreau</source>
        <translation>un seul mot, par exemple cmoreau</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>The campaign must keep at least one active administrator: give the role to someone else first.</source>
        <translation>La campagne doit garder au moins un administrateur actif&#xa0;: donnez d’abord ce rôle à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>“%1” is already one of the people of the campaign.</source>
        <translation>«&#x202f;%1&#x202f;» fait déjà partie des personnes de la campagne.</translation>
    </message>
    <message>
        <source>Coordinators enter and complete contributions; reviewers classify and validate them; administrators also manage people, sub-topics and tags, and alone accept a testimony received after the close.</source>
        <translation>Les coordinateurs saisissent et complètent les contributions ; les relecteurs les classent et les valident ; les administrateurs gèrent en plus les personnes, les sous-thèmes et les étiquettes, et sont seuls à accepter un témoignage reçu après la clôture.</translation>
    </message>
    <message>
        <source>Nobody validates a testimony they entered themselves, and only the person who made a review decision can undo it.</source>
        <translation>Personne ne valide un témoignage qu’il a lui-même saisi, et seule la personne qui a pris une décision de relecture peut l’annuler.</translation>
    </message>
    <message>
        <source>Only the person who made a review decision can undo it.</source>
        <translation>Seule la personne qui a pris une décision de relecture peut l’annuler.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Only an administrator can add people or change their role.</source>
        <translation>Seul un administrateur peut ajouter des personnes ou changer leur rôle.</translation>
    </message>
    <message>
        <source>A login is one word of letters, digits, “.”, “-”, “_” or “@”, such as “cmoreau”.</source>
        <translation>Un identifiant est un seul mot fait de lettres, de chiffres, de «&#x202f;.&#x202f;», «&#x202f;-&#x202f;», «&#x202f;_&#x202f;» ou «&#x202f;@&#x202f;», comme «&#x202f;cmoreau&#x202f;».</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Acting as:</source>
        <translation>Vous êtes&#xa0;:</translation>
    </message>
    <message>
        <source>Person acting</source>
        <translation>Personne qui agit</translation>
    </message>
    <message>
        <source>Who is working: the history records this name, and the role says what they may do.</source>
        <translation>Qui travaille&#xa0;: l’historique enregistre ce nom, et le rôle dit ce que cette personne peut faire.</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Personnes…</translation>
    </message>
    <message>
        <source>Add people and change their role (administrators)</source>
        <translation>Ajouter des personnes et changer leur rôle (administrateurs)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (not registered)</source>
        <translation>%1 — %2 (non inscrit)</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>The folder of the website.</source>
        <translation>Le dossier du site.</translation>
    </message>
    <message>
        <source>Show the contacts who consented.</source>
        <translation>Montrer les contacts qui ont donné leur accord.</translation>
    </message>
    <message>
        <source>Usage: recueil publish --output DIR [--with-contacts]</source>
        <translation>Usage&#x202f;: recueil publish --output DOSSIER [--with-contacts]</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Say where to write the website with --output DIR.</source>
        <translation>Indiquez où écrire le site avec --output DOSSIER.</translation>
    </message>
    <message>
        <source>The bundled fonts cannot be loaded: this installation of Recueil is damaged.</source>
        <translation>Les polices fournies ne peuvent pas être chargées&#xa0;: cette installation de Recueil est endommagée.</translation>
    </message>
    <message>
        <source>Website written to %1: %2 files, %3 new or changed, %4 removed; open %5 in a browser.</source>
        <translation>Site écrit dans %1&#xa0;: %2&#xa0;fichiers, %3&#xa0;nouveaux ou modifiés, %4&#xa0;retirés&#x202f;; ouvrez %5 dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>PublishableText</name>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Formule de politesse</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Quoted reply</source>
        <translation>Réponse citée</translation>
    </message>
    <message>
        <source>Forwarded message header</source>
        <translation>En-tête de message transféré</translation>
    </message>
    <message>
        <source>Legal notice</source>
        <translation>Mention légale</translation>
    </message>
    <message>
        <source>Mobile footer</source>
        <translation>Mention d’envoi depuis un mobile</translation>
    </message>
    <message>
        <source>Tracking residue</source>
        <translation>Résidu de suivi</translation>
    </message>
    <message>
        <source>Complement marker</source>
        <translation>Repère de complément</translation>
    </message>
    <message>
        <source>Forwarder&apos;s note</source>
        <translation>Mot de la personne qui a transféré</translation>
    </message>
</context>
<context>
    <name>PublishedTextDialog</name>
    <message>
        <source>The email and the text to publish</source>
        <translation>Le courriel et le texte à publier</translation>
    </message>
    <message>
        <source>The email as it came</source>
        <translation>Le courriel tel qu’il est arrivé</translation>
    </message>
    <message>
        <source>Text to publish</source>
        <translation>Texte à publier</translation>
    </message>
    <message>
        <source>The &amp;email as it came; what was left out is greyed:</source>
        <translation>Le &amp;courriel tel qu’il est arrivé&#x202f;; ce qui a été laissé de côté est grisé&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;text to publish; lines the email does not have are marked:</source>
        <translation>Le &amp;texte à publier&#x202f;; les lignes absentes du courriel sont signalées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Utiliser ce texte</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Back to the &amp;proposal</source>
        <translation>Revenir à la &amp;proposition</translation>
    </message>
    <message>
        <source>The text import proposed: the email without what is greyed</source>
        <translation>Le texte proposé à l’import&#xa0;: le courriel sans ce qui est grisé</translation>
    </message>
    <message>
        <source>Back to the &amp;original</source>
        <translation>Revenir à l’&amp;original</translation>
    </message>
    <message>
        <source>The whole text of the email, as it came</source>
        <translation>Tout le texte du courriel, tel qu’il est arrivé</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>remettre</translation>
    </message>
    <message>
        <source>→ in “Difficulties encountered”</source>
        <translation>→ dans «&#x202f;Difficultés rencontrées&#x202f;»</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Review queues</source>
        <translation>Files de relecture</translation>
    </message>
    <message>
        <source>Keep the current criteria and search words under a name</source>
        <translation>Garder les critères et les mots recherchés sous un nom</translation>
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation>Renommer la recherche enregistrée choisie</translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation>Supprimer la recherche enregistrée choisie</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>%1 — contributions: %2</source>
        <translation>%1 — contributions&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — words: %2</source>
        <translation>%1 — mots&#xa0;: %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nom de la recherche&#xa0;:</translation>
    </message>
    <message>
        <source>Rename search</source>
        <translation>Renommer la recherche</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete search</source>
        <translation>Supprimer la recherche</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”? The contributions are not affected.</source>
        <translation>Supprimer la recherche enregistrée «&#x202f;%1&#x202f;»&#x202f;? Les contributions ne sont pas touchées.</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>Enregistrer la &amp;recherche…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved by %1: only they can rename or delete it.</source>
        <translation>Enregistrée par %1&#x202f;: seule cette personne peut la renommer ou la supprimer.</translation>
    </message>
</context>
<context>
    <name>ReceiptTimeEdit</name>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
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
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database “%1” is no longer there: it has been removed from the list.</source>
        <translation>La base «&#x202f;%1&#x202f;» n’existe plus&#xa0;: elle a été retirée de la liste.</translation>
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
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État de relecture</translation>
    </message>
    <message>
        <source>You act as a coordinator: reviewers change the state of contributions. You can send back a completed contribution to “Received”.</source>
        <translation>Vous agissez comme coordinateur&#xa0;: ce sont les relecteurs qui changent l’état des contributions. Vous pouvez renvoyer une contribution complétée à «&#x202f;Reçue&#x202f;».</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Free tags, separated by commas</source>
        <translation>Mots-clés libres, séparés par des virgules</translation>
    </message>
    <message>
        <source>Free tags</source>
        <translation>Mots-clés libres</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Back to “Received”</source>
        <translation>Renvoyer à «&#x202f;Reçue&#x202f;»</translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation>Prendre en relecture</translation>
    </message>
    <message>
        <source>Ask for more…</source>
        <translation>Demander un complément…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Set aside…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>On some of them only: %1</source>
        <translation>Sur certaines seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No contribution selected</source>
        <translation>Aucune contribution choisie</translation>
    </message>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Set the state to “%1”; you will be asked why.</source>
        <translation>Passer à «&#x202f;%1&#x202f;»&#x202f;; le motif vous sera demandé.</translation>
    </message>
    <message>
        <source>Set the state to “%1”.</source>
        <translation>Passer à «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>%1 of the %2 selected contributions can go to “%3”; you will see the list before anything changes.</source>
        <translation>%1 des %2 contributions choisies peuvent passer à «&#x202f;%3&#x202f;»&#x202f;; vous verrez la liste avant tout changement.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator can assign contributions.</source>
        <translation>Seul un relecteur ou un administrateur peut attribuer des contributions.</translation>
    </message>
    <message>
        <source>Reason for “%1”</source>
        <translation>Motif pour «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Say why the contribution is “%1”. The reason is kept in its history.</source>
        <translation>Dites pourquoi la contribution est «&#x202f;%1&#x202f;». Le motif est gardé dans son historique.</translation>
    </message>
    <message>
        <source>Nothing changed: a reason is required for “%1”.</source>
        <translation>Rien n’a changé&#xa0;: un motif est obligatoire pour «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Contribution no. %1 is now “%2”.</source>
        <translation>La contribution n°&#xa0;%1 est maintenant «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>Nothing to save: the classification is unchanged.</source>
        <translation>Rien à enregistrer&#xa0;: le classement n’a pas changé.</translation>
    </message>
    <message>
        <source>Classification of contribution no. %1 saved.</source>
        <translation>Classement de la contribution n°&#xa0;%1 enregistré.</translation>
    </message>
    <message>
        <source>Classification of %1 contributions saved.</source>
        <translation>Classement de %1 contributions enregistré.</translation>
    </message>
    <message>
        <source>No longer assigned to anyone.</source>
        <translation>N’est plus attribuée à personne.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Attribuée à %1.</translation>
    </message>
    <message>
        <source>&amp;Undo the last action</source>
        <translation>Ann&amp;uler la dernière action</translation>
    </message>
    <message>
        <source>Save the c&amp;lassification</source>
        <translation>Enregistrer le &amp;classement</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>A&amp;ttribuer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s) now “%1”.</source>
        <translation>
            <numerusform>%Ln contribution est maintenant «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%Ln contributions sont maintenant «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s) now “%1”; </source>
        <translation>
            <numerusform>%Ln contribution est maintenant «&#x202f;%1&#x202f;»&#x202f;; </numerusform>
            <numerusform>%Ln contributions sont maintenant «&#x202f;%1&#x202f;»&#x202f;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not change and stayed as it was.</source>
        <translation>
            <numerusform>%Ln ne pouvait pas changer et est restée telle quelle.</numerusform>
            <numerusform>%Ln ne pouvaient pas changer et sont restées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 (%2) — %3</source>
        <translation>N°&#xa0;%1 (%2) — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s) selected</source>
        <translation>
            <numerusform>%Ln contribution sélectionnée</numerusform>
            <numerusform>%Ln contributions sélectionnées</numerusform>
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
        <translation>  search REQUÊTE [--status S] [--theme C] [--subtopic C] [--authority CODE] [--departement D]
         [--region R] [--population-min N] [--population-max N] [--reviewer IDENTIFIANT]
         [--from DATE] [--to DATE] [--limit N] [--json]
                                     recherche plein texte, classée, mots surlignés
  set-status ID ÉTAT [--reason TEXTE] [--as IDENTIFIANT]
  tag ID [--theme C]... [--primary C] [--subtopic C]... [--tag TEXTE]... [--as IDENTIFIANT]
  assign ID IDENTIFIANT              confier une contribution à un relecteur
  comment ID TEXTE                   ajouter au fil de relecture
  history ID [--json]                toutes les modifications, les plus récentes d’abord
  people add IDENTIFIANT --role coordinator|reviewer|admin [--name NOM]
  people list
</translation>
    </message>
    <message>
        <source>Review state.</source>
        <translation>État de relecture.</translation>
    </message>
    <message>
        <source>Theme code.</source>
        <translation>Code de thème.</translation>
    </message>
    <message>
        <source>Sub-topic code.</source>
        <translation>Code de sous-thème.</translation>
    </message>
    <message>
        <source>INSEE or SIREN code.</source>
        <translation>Code INSEE ou SIREN.</translation>
    </message>
    <message>
        <source>Département code.</source>
        <translation>Code du département.</translation>
    </message>
    <message>
        <source>Région code.</source>
        <translation>Code de la région.</translation>
    </message>
    <message>
        <source>Smallest population.</source>
        <translation>Population minimale.</translation>
    </message>
    <message>
        <source>Largest population.</source>
        <translation>Population maximale.</translation>
    </message>
    <message>
        <source>Assigned reviewer.</source>
        <translation>Relecteur désigné.</translation>
    </message>
    <message>
        <source>Received on or after (YYYY-MM-DD).</source>
        <translation>Reçue à partir du (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Received on or before (YYYY-MM-DD).</source>
        <translation>Reçue jusqu’au (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>How many results.</source>
        <translation>Nombre de résultats.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par un programme.</translation>
    </message>
    <message>
        <source>search needs words to look for.</source>
        <translation>search attend des mots à chercher.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2021-03-20.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une date comme 2021-03-20.</translation>
    </message>
    <message>
        <source>Why (required for needs_changes and rejected).</source>
        <translation>Motif (obligatoire pour needs_changes et rejected).</translation>
    </message>
    <message>
        <source>set-status needs a contribution number and a state.</source>
        <translation>set-status attend un numéro de contribution et un état.</translation>
    </message>
    <message>
        <source>Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).</source>
        <translation>État de relecture inconnu «&#x202f;%1&#x202f;» (received, in_review, needs_changes, validated, rejected).</translation>
    </message>
    <message>
        <source>Contribution %1 is now “%2”.</source>
        <translation>La contribution %1 est maintenant «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>Theme code (repeatable).</source>
        <translation>Code de thème (répétable).</translation>
    </message>
    <message>
        <source>Primary theme.</source>
        <translation>Thème principal.</translation>
    </message>
    <message>
        <source>Sub-topic code (repeatable).</source>
        <translation>Code de sous-thème (répétable).</translation>
    </message>
    <message>
        <source>Free tag (repeatable).</source>
        <translation>Étiquette libre (répétable).</translation>
    </message>
    <message>
        <source>Free tag to remove (repeatable).</source>
        <translation>Étiquette libre à retirer (répétable).</translation>
    </message>
    <message>
        <source>tag needs one contribution number.</source>
        <translation>tag attend un numéro de contribution.</translation>
    </message>
    <message>
        <source>Contribution %1 tagged.</source>
        <translation>Contribution %1 classée.</translation>
    </message>
    <message>
        <source>assign needs a contribution number and a login.</source>
        <translation>assign attend un numéro de contribution et un identifiant.</translation>
    </message>
    <message>
        <source>Contribution %1 assigned to %2.</source>
        <translation>Contribution %1 confiée à %2.</translation>
    </message>
    <message>
        <source>comment needs a contribution number and a text.</source>
        <translation>comment attend un numéro de contribution et un texte.</translation>
    </message>
    <message>
        <source>history needs one contribution number.</source>
        <translation>history attend un numéro de contribution.</translation>
    </message>
    <message>
        <source>There is no contribution number %1.</source>
        <translation>Il n’y a pas de contribution numéro %1.</translation>
    </message>
    <message>
        <source>coordinator, reviewer or admin.</source>
        <translation>coordinator, reviewer ou admin.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Nom affiché.</translation>
    </message>
    <message>
        <source>Use “people add LOGIN --role coordinator|reviewer|admin” or “people list”.</source>
        <translation>Utilisez «&#x202f;people add IDENTIFIANT --role coordinator|reviewer|admin&#x202f;» ou «&#x202f;people list&#x202f;».</translation>
    </message>
    <message>
        <source>--role must be coordinator, reviewer or admin.</source>
        <translation>--role doit valoir coordinator, reviewer ou admin.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>“%1” is not a login: letters, digits, “.”, “-”, “_” and “@” only.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un identifiant&#x202f;: lettres, chiffres, «&#x202f;.&#x202f;», «&#x202f;-&#x202f;», «&#x202f;_&#x202f;» et «&#x202f;@&#x202f;» seulement.</translation>
    </message>
    <message>
        <source>%1 is the desk&apos;s first person, so its administrator: an administrator can do all a %2 does, and add the others.</source>
        <translation>%1 est la première personne de ce poste, donc son administrateur : un administrateur peut faire tout ce que fait un %2, et ajouter les autres.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>All contributions</source>
        <translation>Toutes les contributions</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Mes relectures</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validées</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Every contribution, whatever its review state.</source>
        <translation>Toutes les contributions, quel que soit leur état de relecture.</translation>
    </message>
    <message>
        <source>Contributions received or being reviewed.</source>
        <translation>Contributions reçues ou en cours de relecture.</translation>
    </message>
    <message>
        <source>Contributions assigned to you that are not yet validated or set aside.</source>
        <translation>Contributions qui vous sont attribuées et ne sont encore ni validées ni écartées.</translation>
    </message>
    <message>
        <source>Contributions waiting for missing information.</source>
        <translation>Contributions qui attendent des informations manquantes.</translation>
    </message>
    <message>
        <source>Contributions fit for the dossier.</source>
        <translation>Contributions retenues pour le dossier.</translation>
    </message>
    <message>
        <source>Contributions kept but left out of the dossier.</source>
        <translation>Contributions conservées mais laissées hors du dossier.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Emails and typed testimonies waiting in the pending list: received after the close, without a date, or a reply to check.</source>
        <translation>Courriels et témoignages saisis en attente&#xa0;: reçus après la clôture, sans date, ou réponses à vérifier.</translation>
    </message>
    <message>
        <source>Deleted contributions, kept with their history: they can be restored.</source>
        <translation>Contributions supprimées, gardées avec leur historique&#xa0;: on peut les restaurer.</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>There is no contribution number %1.</source>
        <translation>Il n’y a pas de contribution n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Contribution %1: %2</source>
        <translation>Contribution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a sub-topic of this campaign.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un sous-thème de cette campagne.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of this campaign.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un thème de cette campagne.</translation>
    </message>
    <message>
        <source>Some of the selected contributions no longer exist; nothing was changed.</source>
        <translation>Certaines des contributions choisies n’existent plus&#x202f;; rien n’a été changé.</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator can assign contributions.</source>
        <translation>Seul un relecteur ou un administrateur peut attribuer des contributions.</translation>
    </message>
    <message>
        <source>“%1” is not a reviewer of this campaign.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas relecteur de cette campagne.</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Un commentaire ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A tag cannot be empty: give it a word.</source>
        <translation>Une étiquette ne peut pas être vide&#x202f;: donnez-lui un mot.</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Écartée</translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <source>The contribution is already “%1”.</source>
        <translation>La contribution est déjà «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>A contribution cannot go from “%1” to “%2”.</source>
        <translation>Une contribution ne peut pas passer de «&#x202f;%1&#x202f;» à «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator can change the review state; a coordinator can only send back a completed contribution.</source>
        <translation>Seul un relecteur ou un administrateur peut changer l’état de relecture&#x202f;; un coordinateur peut seulement renvoyer une contribution complétée.</translation>
    </message>
    <message>
        <source>Say why the contribution is “%1”: a reason is required.</source>
        <translation>Dites pourquoi la contribution est «&#x202f;%1&#x202f;»&#xa0;: un motif est obligatoire.</translation>
    </message>
    <message>
        <source>You entered this contribution: someone else must validate it (four-eyes rule).</source>
        <translation>Vous avez saisi cette contribution&#xa0;: quelqu’un d’autre doit la valider (règle des quatre yeux).</translation>
    </message>
    <message>
        <source>Choose at least one theme before validating: the dossier files each testimony under its themes.</source>
        <translation>Choisissez au moins un thème avant de valider&#x202f;: le dossier range chaque témoignage sous ses thèmes.</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Sub-topics and &amp;tags…</source>
        <translation>Sous-thèmes et &amp;mots-clés…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Undo in the re&amp;view:</source>
        <translation>Annuler dans la re&amp;lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files de relecture</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Files de relecture</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Re&amp;view panel</source>
        <translation>Panneau de re&amp;lecture</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>SafeMailView</name>
    <message>
        <source>Email as received</source>
        <translation>Courriel tel que reçu</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé le&#xa0;:</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu le&#xa0;:</translation>
    </message>
    <message>
        <source>no receipt date</source>
        <translation>sans date de réception</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Forwarded by:</source>
        <translation>Transféré par&#xa0;:</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>This email cannot be shown.</source>
        <translation>Ce courriel ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>This link does not lead to a web page or an email address, so Recueil does not open it:</source>
        <translation>Ce lien ne mène ni à une page web ni à une adresse électronique&#xa0;: Recueil ne l’ouvre pas&#xa0;:</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <source>This link writes an email to:</source>
        <translation>Ce lien écrit un courriel à&#xa0;:</translation>
    </message>
    <message>
        <source>This link leads to the site %1, at the address:</source>
        <translation>Ce lien mène au site %1, à l’adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Open your mail program?</source>
        <translation>Ouvrir votre messagerie&#x202f;?</translation>
    </message>
    <message>
        <source>Open it in your web browser? Only do so if you trust this address.</source>
        <translation>L’ouvrir dans votre navigateur&#x202f;? Ne le faites que si vous avez confiance en cette adresse.</translation>
    </message>
    <message>
        <source>&amp;Open the link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) from the internet not loaded, to protect your privacy.</source>
        <translation>
            <numerusform>%Ln image venant d’internet n’a pas été chargée, pour protéger votre vie privée.</numerusform>
            <numerusform>%Ln images venant d’internet n’ont pas été chargées, pour protéger votre vie privée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, in the text)</source>
        <translation>%1 (%2, dans le texte)</translation>
    </message>
</context>
<context>
    <name>SampleCampaign</name>
    <message>
        <source>The sample email %1 cannot be read.</source>
        <translation>Le courriel d’exemple %1 est illisible.</translation>
    </message>
    <message>
        <source>Cannot open the sample campaign</source>
        <translation>Impossible d’ouvrir la campagne d’exemple</translation>
    </message>
</context>
<context>
    <name>SavedSearchRepository</name>
    <message>
        <source>Give the search a name.</source>
        <translation>Donnez un nom à la recherche.</translation>
    </message>
    <message>
        <source>You already have a search named “%1”: choose another name.</source>
        <translation>Vous avez déjà une recherche nommée «&#x202f;%1&#x202f;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>This saved search no longer exists.</source>
        <translation>Cette recherche enregistrée n’existe plus.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Cannot prepare the database: %1</source>
        <translation>Impossible de préparer la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing database upgrade step %1.</source>
        <translation>Étape de mise à niveau %1 manquante.</translation>
    </message>
    <message>
        <source>Database upgrade step %1 failed: %2</source>
        <translation>L’étape de mise à niveau %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
</context>
<context>
    <name>ServerAddressPrompt</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Address of the campaign on its PostgreSQL server, for example
postgresql://login@server.example.fr/recueil?sslmode=require</source>
        <translation>Adresse de la campagne sur son serveur PostgreSQL, par exemple
postgresql://identifiant@serveur.example.fr/recueil?sslmode=require</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>“%1” is not a PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse PostgreSQL&#xa0;; écrivez-la sous la forme postgresql://identifiant@serveur:port/base.</translation>
    </message>
    <message>
        <source>“%1” is not a connection option.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une option de connexion.</translation>
    </message>
    <message>
        <source>The address “%1” names no database: add it after the server, as in postgresql://host/recueil.</source>
        <translation>L’adresse «&#x202f;%1&#x202f;» ne nomme aucune base&#xa0;: ajoutez-la après le serveur, comme dans postgresql://serveur/recueil.</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>The connection to the server %1 was lost. Recueil is trying to reconnect; what you are typing is kept.</source>
        <translation>La connexion au serveur %1 est perdue. Recueil tente de se reconnecter&#xa0;; ce que vous saisissez est conservé.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>SitePublisher</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SitePublishing</name>
    <message>
        <source>website</source>
        <translation>site</translation>
    </message>
    <message>
        <source>Publish the website into…</source>
        <translation>Publier le site dans…</translation>
    </message>
    <message>
        <source>Publish the website</source>
        <translation>Publier le site</translation>
    </message>
    <message>
        <source>Website published</source>
        <translation>Site publié</translation>
    </message>
    <message numerus="yes">
        <source>The website is in “%1”: %n file(s) new or changed.</source>
        <translation>
            <numerusform>Le site est dans «&#x202f;%1&#x202f;»&#xa0;: %n fichier nouveau ou modifié.</numerusform>
            <numerusform>Le site est dans «&#x202f;%1&#x202f;»&#xa0;: %n fichiers nouveaux ou modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of contributions no longer validated removed.</source>
        <translation>
            <numerusform>%n page d’une contribution qui n’est plus validée retirée.</numerusform>
            <numerusform>%n pages de contributions qui ne sont plus validées retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the whole folder to the association&apos;s web server to put it online.</source>
        <translation>Copiez tout le dossier sur le serveur web de l’association pour le mettre en ligne.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Emails:</source>
        <translation>Courriels&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Show the &amp;email</source>
        <translation>Afficher le &amp;courriel</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Source emails</source>
        <translation>Courriels d’origine</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Opens the file with the program your computer uses for this type</source>
        <translation>Ouvre le fichier avec le programme que votre ordinateur utilise pour ce type</translation>
    </message>
    <message>
        <source>Saves the selected files (or all of them) into a folder you choose</source>
        <translation>Enregistre les fichiers sélectionnés (ou tous) dans un dossier de votre choix</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Complement</source>
        <translation>Complément</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Export the attachments to</source>
        <translation>Exporter les pièces jointes vers</translation>
    </message>
    <message>
        <source>Export incomplete</source>
        <translation>Export incomplet</translation>
    </message>
    <message>
        <source>Attachments exported</source>
        <translation>Pièces jointes exportées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) written into “%1”.</source>
        <translation>
            <numerusform>%Ln fichier écrit dans «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%Ln fichiers écrits dans «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The server does not allow your login to do this (%1).</source>
        <translation>Le serveur n’autorise pas votre identifiant à faire cela (%1).</translation>
    </message>
    <message>
        <source>The server refused it: %1.</source>
        <translation>Le serveur l’a refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The connection to the server was lost: nothing was saved. Recueil reconnects by itself; try again in a moment.</source>
        <translation>La connexion au serveur est perdue&#xa0;: rien n’a été enregistré. Recueil se reconnecte de lui-même&#xa0;; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>StoredChecksums</name>
    <message>
        <source>email %1</source>
        <translation>courriel %1</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <source>Sub-topics and tags</source>
        <translation>Sous-thèmes et mots-clés</translation>
    </message>
    <message>
        <source>&amp;Sub-topics</source>
        <translation>&amp;Sous-thèmes</translation>
    </message>
    <message>
        <source>&amp;Free tags</source>
        <translation>&amp;Mots-clés libres</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stable code used by exports and the command line; made from the French label when left empty. It cannot be changed afterwards.</source>
        <translation>Code stable, utilisé par les exports et la ligne de commande&#x202f;; tiré du libellé français s’il est laissé vide. Il ne pourra plus être changé.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>French &amp;label:</source>
        <translation>&amp;Libellé français&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>Libellé &amp;anglais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Add as a new sub-topic</source>
        <translation>Ajouter comme nouveau sous-thème</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Renaming a tag into one that exists merges them.</source>
        <translation>Renommer un mot-clé en un mot-clé existant les fusionne.</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>The tag “%1” exists already: merge “%2” into it?</source>
        <translation>Le mot-clé «&#x202f;%1&#x202f;» existe déjà&#xa0;: y fusionner «&#x202f;%2&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Sub-topics by theme</source>
        <translation>Sous-thèmes par thème</translation>
    </message>
    <message>
        <source>Free tags</source>
        <translation>Mots-clés libres</translation>
    </message>
</context>
<context>
    <name>TaxonomyRepository</name>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Only an administrator can change the sub-topics and tags of the campaign.</source>
        <translation>Seul un administrateur peut changer les sous-thèmes et les mots-clés de la campagne.</translation>
    </message>
    <message>
        <source>Give the sub-topic a French label.</source>
        <translation>Donnez un libellé français au sous-thème.</translation>
    </message>
    <message>
        <source>“%1” cannot be a code: use lower-case letters, digits and hyphens, such as “tiers-lieux”.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas servir de code&#xa0;: utilisez des minuscules, des chiffres et des traits d’union, par exemple «&#x202f;tiers-lieux&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is not a theme of this campaign.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un thème de cette campagne.</translation>
    </message>
    <message>
        <source>The code “%1” is already used (perhaps by a retired sub-topic): choose another.</source>
        <translation>Le code «&#x202f;%1&#x202f;» est déjà utilisé (peut-être par un sous-thème retiré)&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is no sub-topic “%1”.</source>
        <translation>Il n’y a pas de sous-thème «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Un mot-clé ne peut pas être vide.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Il n’y a pas de mot-clé «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>TestimonyPrefill</name>
    <message>
        <source>Email from %1</source>
        <translation>Courriel de %1</translation>
    </message>
</context>
<context>
    <name>ThemeSelector</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 inhab.</source>
        <translation>%1 — %2 hab.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
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
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Outside the call&apos;s target (%1): the contribution is accepted.</source>
        <translation>Hors de la cible de l’appel (%1)&#xa0;: la contribution est acceptée.</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <source>overseas not included</source>
        <translation>outre-mer non compris</translation>
    </message>
    <message>
        <source>%1 to %2 inhabitants</source>
        <translation>de %1 à %2 habitants</translation>
    </message>
    <message>
        <source>from %1 inhabitants</source>
        <translation>à partir de %1 habitants</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Recueil</source>
        <translation>Bienvenue dans Recueil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Recueil&lt;/h2&gt;&lt;p&gt;Recueil gathers the testimonies of local authorities for the call, in three jobs:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Enter&lt;/b&gt;: drop the emails received on the window (or File › Import…, Ctrl+I); type in letters and phone calls with File › New contribution (Ctrl+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt;: the queues on the left give each reviewer their work; classify each testimony under the call&apos;s themes, then validate it or ask for more.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt;: File › Print a dossier… (Ctrl+P) makes the PDF dossier of the validated testimonies.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The call&apos;s deadline is applied everywhere: late emails wait in the pending list until an administrator decides.&lt;/p&gt;&lt;p&gt;To try all this without touching your own database, open the sample campaign: ten emails written for the purpose. Help (F1) tells more.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Recueil&lt;/h2&gt;&lt;p&gt;Recueil rassemble les témoignages des collectivités pour l’appel, en trois temps&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Saisir&lt;/b&gt;&#xa0;: déposez sur la fenêtre les courriels reçus (ou Fichier › Importer des courriels…, Ctrl+I)&#x202f;; saisissez courriers et appels avec Fichier › Nouvelle contribution (Ctrl+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Relire&lt;/b&gt;&#xa0;: les files de relecture, à gauche, donnent à chaque relecteur son travail&#x202f;; classez chaque témoignage selon les thèmes de l’appel, puis validez-le ou demandez un complément.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Imprimer&lt;/b&gt;&#xa0;: Fichier › Imprimer un dossier… (Ctrl+P) produit le dossier PDF des témoignages validés.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;La date de clôture de l’appel s’applique partout&#xa0;: les courriels arrivés en retard attendent dans la liste «&#x202f;En attente&#x202f;» qu’un administrateur décide.&lt;/p&gt;&lt;p&gt;Pour vous exercer sans toucher à votre propre base, ouvrez la campagne d’exemple&#xa0;: dix courriels écrits pour l’occasion. L’aide (F1) en dit plus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation>Ouvrir la campagne d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
</context>
</TS>
