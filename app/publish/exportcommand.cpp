// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/exportcommand.h"

#include "dossier/dossierstyle.h"
#include "publish/opendataexport.h"
#include "publish/sitepublisher.h"

#include <QDir>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand(Database &db, QTextStream &out, QTextStream &err)
        : m_db(db)
        , m_out(out)
        , m_err(err)
    { }

    int run(QStringList args)
    {
        if (!args.isEmpty() && args.first() == QLatin1String("export"))
            args.removeFirst();
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption({ QStringLiteral("format"), tr("csv, json or ods."), QStringLiteral("F") });
        parser.addOption({ QStringLiteral("output"), tr("The file to write."), QStringLiteral("FILE") });
        parser.addOption({ QStringLiteral("separator"),
            tr("Between CSV fields: “,” (the default) or “;” for French spreadsheets."), QStringLiteral("S") });
        parser.addOption({ QStringLiteral("with-contacts"), tr("Add the contacts who consented.") });
        parser.addOption({ QStringLiteral("force"), tr("Replace the output file if it exists.") });
        if (!parser.parse(QStringList { QStringLiteral("export") } + args))
            return usage(parser.errorText());
        if (!parser.positionalArguments().isEmpty())
            return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
        OpenDataExport::Options options;
        const QString format = parser.value(QStringLiteral("format"));
        if (format.isEmpty())
            return usage(tr("Say which format with --format csv, json or ods."));
        if (!OpenDataExport::formatFromName(format, &options.format))
            return usage(tr("--format takes csv, json or ods, not “%1”.").arg(format));
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return usage(tr("Say where to write with --output FILE."));
        if (parser.isSet(QStringLiteral("separator"))) {
            const QString s = parser.value(QStringLiteral("separator"));
            if (s == QLatin1String(";") || s == QLatin1String("semicolon"))
                options.separator = QLatin1Char(';');
            else if (s == QLatin1String(",") || s == QLatin1String("comma"))
                options.separator = QLatin1Char(',');
            else
                return usage(tr("--separator takes “,” or “;”, not “%1”.").arg(s));
            if (options.format != OpenDataExport::Format::Csv)
                return usage(tr("--separator is for --format csv only."));
        }
        options.withContacts = parser.isSet(QStringLiteral("with-contacts"));
        if (QFileInfo(output).isFile() && !parser.isSet(QStringLiteral("force"))) {
            m_err << tr("“%1” already exists: choose another name, or add --force to replace it.").arg(output)
                  << Qt::endl;
            return 1;
        }
        int count = 0;
        QString error;
        if (!OpenDataExport::write(m_db, options, output, &count, &error)) {
            m_err << error << Qt::endl;
            return 1;
        }
        m_out << tr("%n validated contribution(s) written to %1.", nullptr, count).arg(output) << Qt::endl;
        return 0;
    }

private:
    int usage(const QString &message)
    {
        m_err << message << Qt::endl;
        m_err << tr("Usage: recueil export --format csv|json|ods --output FILE [--separator ,|;] "
                    "[--with-contacts] [--force]")
              << Qt::endl;
        return 2;
    }

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
};

class PublishCommand
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)

public:
    static int run(QStringList args, Database &db, QTextStream &out, QTextStream &err)
    {
        if (!args.isEmpty() && args.first() == QLatin1String("publish"))
            args.removeFirst();
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption({ QStringLiteral("output"), tr("The folder of the website."), QStringLiteral("DIR") });
        parser.addOption({ QStringLiteral("with-contacts"), tr("Show the contacts who consented.") });
        const auto usage = [&err](const QString &message) {
            err << message << Qt::endl << tr("Usage: recueil publish --output DIR [--with-contacts]") << Qt::endl;
            return 2;
        };
        if (!parser.parse(QStringList { QStringLiteral("publish") } + args))
            return usage(parser.errorText());
        if (!parser.positionalArguments().isEmpty())
            return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
        const QString folder = parser.value(QStringLiteral("output"));
        if (folder.isEmpty())
            return usage(tr("Say where to write the website with --output DIR."));
        SitePublisher::Options options;
        options.withContacts = parser.isSet(QStringLiteral("with-contacts"));
        if (!DossierStyle::loadFonts()) {
            err << tr("The bundled fonts cannot be loaded: this installation of Recueil is damaged.") << Qt::endl;
            return 1;
        }
        SitePublisher::Result result;
        QString error;
        if (!SitePublisher::publish(db, options, folder, &result, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        out << tr("Website written to %1: %2 files, %3 new or changed, %4 removed; open %5 in a browser.")
                   .arg(folder)
                   .arg(result.pages)
                   .arg(result.written)
                   .arg(result.removed)
                   .arg(QDir(folder).filePath(QStringLiteral("index.html")))
            << Qt::endl;
        return 0;
    }
};

} // namespace

int runPublishCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    return PublishCommand::run(args, db, out, err);
}

int runExportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    return ExportCommand(db, out, err).run(args);
}
