#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison for the import benchmark: Python's mailbox + email reading the same mbox
and extracting what Recueil extracts (sender, subject, date, best text body, attachments with
SHA-256), without writing anything. usage: python_reference.py FILE.mbox"""
import email.policy, email.utils, hashlib, mailbox, sys, time

start = time.perf_counter()
count = 0
for msg in mailbox.mbox(sys.argv[1], factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default)):
    sender = msg.get("From", "")
    subject = msg.get("Subject", "")
    date = email.utils.parsedate_to_datetime(msg["Date"]) if msg["Date"] else None
    body = msg.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body else ""
    for part in msg.iter_attachments():
        hashlib.sha256(part.get_payload(decode=True) or b"").hexdigest()
    count += 1
elapsed = time.perf_counter() - start
print(f"python mailbox+email: {count} messages in {elapsed:.2f} s = {count / elapsed:.0f} messages/s")
