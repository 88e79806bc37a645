// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// SHA-256 of the bytes, in lower-case hexadecimal: what identifies an email and each
// attachment. OpenSSL's implementation, which uses the processor's SHA instructions where
// there are some: hashing every message of a large import costs a fifth of the reading
// time with Qt's own.
namespace Sha256 {
QByteArray hex(QByteArrayView data);
}
