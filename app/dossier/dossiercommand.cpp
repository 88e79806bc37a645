// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossiercommand.h"

#include "dossier/dossierbuilder.h"
#include "dossier/dossierloader.h"
#include "dossier/dossierpdfwriter.h"
#include "dossier/dossierstyle.h"
#include "dossier/odtdossierwriter.h"
#include "storage/taxonomyrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <algorithm>

namespace {

class DossierCommand
{
    Q_DECLARE_TR_FUNCTIONS(DossierCommand)

public:
    DossierCommand(Database &db, QTextStream &out, QTextStream &err)
        : m_db(db)
        , m_out(out)
        , m_err(err)
    { }

    int run(QStringList args)
    {
        if (!args.isEmpty() && args.first() == QLatin1String("dossier"))
            args.removeFirst();
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption({ QStringLiteral("output"), tr("The PDF file to write."), QStringLiteral("FILE") });
        parser.addOption({ QStringLiteral("format"),
            tr("pdf (the default) or odt, an OpenDocument text for the report's authors."), QStringLiteral("F") });
        parser.addOption(
            { QStringLiteral("status"), tr("Only this review state (repeatable)."), QStringLiteral("S") });
        parser.addOption(
            { QStringLiteral("theme"), tr("Only this theme (repeatable)."), QStringLiteral("CODE") });
        parser.addOption(
            { QStringLiteral("group-by"), tr("theme, authority or region."), QStringLiteral("G") });
        parser.addOption({ QStringLiteral("with-contacts"), tr("Print the contacts who consented.") });
        parser.addOption({ QStringLiteral("no-synthesis"), tr("Leave out the synthesis.") });
        parser.addOption({ QStringLiteral("no-attachments"), tr("Do not list attachments.") });
        parser.addOption({ QStringLiteral("force"), tr("Replace the output file if it exists.") });
        if (!parser.parse(QStringList { QStringLiteral("dossier") } + args))
            return usage(parser.errorText());
        if (!parser.positionalArguments().isEmpty())
            return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return usage(tr("Say where to write the dossier with --output FILE.pdf."));
        // The format: said, or read from the file's extension.
        QString format = parser.value(QStringLiteral("format")).toLower();
        if (format.isEmpty())
            format = output.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive) ? QStringLiteral("odt")
                                                                                  : QStringLiteral("pdf");
        if (format != QLatin1String("pdf") && format != QLatin1String("odt"))
            return usage(tr("--format takes pdf or odt, not “%1”.").arg(parser.value(QStringLiteral("format"))));
        if (QFileInfo(output).isFile() && !QFileInfo(output).isSymLink()
            && !parser.isSet(QStringLiteral("force")))
            return failure(
                tr("“%1” already exists: choose another name, or add --force to replace it.").arg(output));

        DossierOptions options;
        if (parser.isSet(QStringLiteral("status")))
            options.statuses = parser.values(QStringLiteral("status"));
        for (const QString &s : std::as_const(options.statuses)) {
            ReviewState::State state;
            if (!ReviewState::fromCode(s, &state))
                return usage(
                    tr("Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).")
                        .arg(s));
        }
        options.themes = parser.values(QStringLiteral("theme"));
        if (parser.isSet(QStringLiteral("group-by"))
            && !DossierOptions::groupingFromCode(parser.value(QStringLiteral("group-by")), &options.grouping))
            return usage(tr("--group-by takes theme, authority or region, not “%1”.")
                             .arg(parser.value(QStringLiteral("group-by"))));
        options.includeContacts = parser.isSet(QStringLiteral("with-contacts"));
        options.includeSynthesis = !parser.isSet(QStringLiteral("no-synthesis"));
        options.listAttachments = !parser.isSet(QStringLiteral("no-attachments"));

        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return failure(
                tr("Writing a dossier needs Qt's graphical module (QGuiApplication, offscreen is enough)."));
        if (!DossierStyle::loadFonts())
            return failure(
                tr("The dossier's bundled fonts cannot be loaded: this installation of Recueil is damaged."));

        DossierData data;
        QString error;
        const QList<Theme> themes = TaxonomyRepository(m_db).themes();
        for (const QString &code : std::as_const(options.themes))
            if (std::none_of(themes.cbegin(), themes.cend(), [&](const Theme &t) { return t.code == code; }))
                return usage(tr("Unknown theme “%1”.").arg(code));
        if (!DossierLoader(m_db).load(options, &data, &error))
            return failure(error);
        if (data.entries.isEmpty())
            return failure(tr("No contribution matches this selection: no dossier was written."));
        if (format == QLatin1String("odt")) {
            if (!OdtDossierWriter(data, options).write(output, &error))
                return failure(error);
            m_out << tr("Dossier written to %1 (%2 contributions, OpenDocument text).")
                         .arg(output)
                         .arg(data.entries.size())
                  << Qt::endl;
            return 0;
        }
        const std::optional<DossierLayout> layout = DossierBuilder(data, options).build();
        if (!layout)
            return failure(tr("The dossier could not be laid out."));
        if (!DossierPdfWriter(*layout).write(output, &error))
            return failure(error);
        m_out << tr("Dossier written to %1 (%2 contributions, %3 pages).")
                     .arg(output)
                     .arg(data.entries.size())
                     .arg(layout->pageCount())
              << Qt::endl;
        return 0;
    }

private:
    int usage(const QString &message)
    {
        m_err << message << Qt::endl;
        m_err << tr("Usage: recueil dossier --output FILE.pdf|FILE.odt [--format pdf|odt] [--status S]... [--theme CODE]... "
                    "[--group-by theme|authority|region] [--with-contacts] [--no-synthesis] "
                    "[--no-attachments] [--force]")
              << Qt::endl;
        return 2;
    }

    int failure(const QString &message)
    {
        m_err << message << Qt::endl;
        return 1;
    }

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

int runDossierCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    return DossierCommand(db, out, err).run(args);
}
