// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/maildropfilter.h"

#include "mail/mailsniffer.h"
#include "mail/mboxreader.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace {
const QString rfc822 = QStringLiteral("message/rfc822");
}

MailDropFilter::MailDropFilter(QObject *parent)
    : QObject(parent)
{ }

void MailDropFilter::watch(QWidget *root)
{
    root->setAcceptDrops(true);
    root->installEventFilter(this);
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *w : children)
        if (w->acceptDrops())
            w->installEventFilter(this);
}

bool MailDropFilter::isMailFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return false;
    static const QStringList suffixes = { QStringLiteral("eml"), QStringLiteral("mbox"),
        QStringLiteral("mbx"), QStringLiteral("msg") };
    if (suffixes.contains(info.suffix().toLower()))
        return true;
    // Thunderbird keeps its mailboxes in files without an extension ("Inbox"): look inside.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    return !head.isEmpty() && (MboxReader::looksLikeMbox(head) || MailSniffer::notMailReason(head).isEmpty());
}

ImportSources MailDropFilter::sourcesIn(const QMimeData *data)
{
    ImportSources sources;
    if (!data)
        return sources;
    if (data->hasFormat(rfc822)) {
        const QByteArray message = data->data(rfc822);
        if (!message.isEmpty())
            sources.append(ImportSource::data(message, tr("email dragged from a mail program")));
    }
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile() && isMailFile(url.toLocalFile()))
            sources.append(ImportSource::file(url.toLocalFile()));
    return sources;
}

bool MailDropFilter::canImport(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasFormat(rfc822))
        return true;
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.cbegin(), urls.cend(),
        [](const QUrl &url) { return url.isLocalFile() && isMailFile(url.toLocalFile()); });
}

bool MailDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        // Files are looked into once per widget entered, not at every move of the mouse.
        if (event->type() == QEvent::DragEnter)
            m_dragIsMail = m_enabled && canImport(drag->mimeData());
        if (!m_dragIsMail)
            break;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!m_enabled)
            break;
        const ImportSources sources = sourcesIn(drop->mimeData());
        if (sources.isEmpty())
            break;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        // Once the drop is over: the program the email came from is waiting for it to end.
        QTimer::singleShot(0, this, [this, sources] { Q_EMIT dropped(sources); });
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
