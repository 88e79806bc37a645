// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

QByteArray Sha256::hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); // OpenSSL out of memory
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex();
}
