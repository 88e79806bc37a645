// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossierpdfwriter.h"

#include "dossier/dossierrenderer.h"
#include "dossier/dossierstyle.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

DossierPdfWriter::DossierPdfWriter(const DossierLayout &layout)
    : m_layout(layout)
{ }

PdfDocumentInfo DossierPdfWriter::documentInfo(const DossierInfo &info)
{
    PdfDocumentInfo pdf;
    pdf.title = info.title;
    pdf.author = info.author;
    pdf.subject = info.subject;
    pdf.keywords = info.keywords;
    pdf.creator = QStringLiteral("Recueil ") + QStringLiteral(RECUEIL_VERSION);
    pdf.producer = QStringLiteral("Recueil ") + QStringLiteral(RECUEIL_VERSION) + QStringLiteral(" (Qt ")
        + QString::fromLatin1(qVersion()) + QLatin1Char(')');
    return pdf;
}

bool DossierPdfWriter::write(QByteArray *pdf, QString *error) const
{
    pdf->clear();
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setTitle(m_layout.info.title);
        writer.setCreator(documentInfo(m_layout.info).creator);
        DossierRenderer renderer(m_layout);
        renderer.setProgressCallback(m_progress);
        renderer.setCancelFlag(m_cancel);
        if (!renderer.render(&writer)) {
            if (m_cancel && m_cancel->load())
                *error = tr("The PDF export was cancelled.");
            else
                *error = tr("The PDF could not be drawn.");
            return false;
        }
    }
    buffer.close();

    QList<PdfOutlineItem> outline;
    for (const OutlineEntry &e : m_layout.outline)
        if (e.target && e.target->isPlaced())
            outline.append({ QString(e.title).replace(QChar(0x2011), QLatin1Char('-')), e.level,
                e.target->page, e.target->y }); // bookmarks never wrap: plain hyphens, found by a search
    QList<PdfLinkItem> links;
    for (const LinkArea &l : m_layout.links)
        if (l.target && l.target->isPlaced())
            links.append({ l.page, l.rect, l.target->page, l.target->y });
    QString why;
    if (!PdfUpdate::append(pdf, documentInfo(m_layout.info), outline, links, DossierStyle::pageWidth, &why)) {
        *error = tr("The PDF was drawn but its bookmarks could not be added (%1).").arg(why);
        return false;
    }
    return true;
}

bool DossierPdfWriter::write(const QString &path, QString *error) const
{
    // A link could send the dossier anywhere, and a device or pipe cannot be replaced whole:
    // only an ordinary file, new or old, receives it.
    const QFileInfo target(path);
    if (target.isSymLink()) {
        *error = tr("“%1” is a symbolic link: give the dossier a file name of its own.").arg(path);
        return false;
    }
    if (target.exists() && !target.isFile()) {
        *error = tr("“%1” is not an ordinary file: give the dossier a file name of its own.").arg(path);
        return false;
    }
    QByteArray pdf;
    if (!write(&pdf, error))
        return false;
    QSaveFile file(path);
    // Owner-only before the first byte: a dossier may name people.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    // A full disk fails a write or the final flush: either way the old file stays as it was.
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        file.cancelWriting();
        *error = tr("“%1” could not be written whole (is the disk full?): no file was written or replaced.")
                     .arg(path);
        return false;
    }
    return true;
}
