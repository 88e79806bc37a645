// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/aboutbox.h"

#include "core/authoritydirectory.h"
#include "storage/database.h"

#include <QMessageBox>

void AboutBox::show(QWidget *parent, const Database &db)
{
    const Campaign campaign = db.campaign();
    QMessageBox::about(parent, tr("About Recueil"),
        tr("<h3>Recueil %1</h3>"
           "<p>Collects the testimonies of local authorities for the call “%2”, organised by %3.</p>"
           "<p>Official list of communes and intercommunalités: %4.</p>"
           "<p>Database: %5</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p>Bundled with it, under their own licences:</p>"
           "<ul><li>the list of French local authorities, from Etalab (decoupage-administratif): MIT licence;</li>"
           "<li>the Noto Serif and Noto Sans fonts by Google, embedded in the dossiers: "
           "SIL Open Font License 1.1;</li>"
           "<li>the emails of the sample campaign, written for Recueil: same licence as Recueil.</li></ul>"
           "<p>Built with Qt %6 and GMime 3.</p>")
            .arg(QStringLiteral(RECUEIL_VERSION), campaign.name.toHtmlEscaped(), campaign.organisers.toHtmlEscaped(),
                AuthorityDirectory::official().dataVersion().toHtmlEscaped(), db.location().toHtmlEscaped(),
                QString::fromLatin1(qVersion())));
}
