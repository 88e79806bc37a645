// SPDX-License-Identifier: GPL-3.0-or-later
// What proposing the text to publish costs an import (issue "From raw email to a publishable
// testimony": under 5 % of the 10,000-message import). Reads the mbox as import does, then
// times, over every message, what the proposal adds to the prefill: PublishableText::propose and
// proposeTitle. run-import-bench.sh compares it with the import's own time.
//   bench_proposal FILE.mbox
#include "core/publishabletext.h"
#include "mail/mailreader.h"
#include "mail/mboxreader.h"
#include "mail/parsedmessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_proposal FILE.mbox\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    QList<ParsedMessage> messages;
    MboxReader mbox(&file);
    QByteArray raw;
    while (mbox.next(&raw))
        if (auto m = MailReader::read(raw))
            messages.append(std::move(*m));

    // Three rounds; the quickest is the cost without the machine's noise.
    qint64 best = -1;
    qsizetype kept = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        kept = 0;
        for (const ParsedMessage &m : std::as_const(messages)) {
            const PublishableText::Proposal p = PublishableText::propose(m.text.trimmed(), { m.fromName, {}, m.subject });
            const QString text = p.text();
            kept += text.size() + p.difficulties().size()
                + PublishableText::proposeTitle(m.subject, QString(), text).size();
        }
        const qint64 ns = timer.nsecsElapsed();
        best = best < 0 ? ns : qMin(best, ns);
    }
    std::printf("proposal for %lld messages: %.3f s (%.1f µs per message; %lld characters kept)\n",
        static_cast<long long>(messages.size()), best / 1e9, messages.isEmpty() ? 0.0 : best / 1e3 / messages.size(),
        static_cast<long long>(kept));
    return 0;
}
