// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rr {

// The encodings Chinese spreadsheets arrive in. GB18030 covers GBK and GB2312.
enum class TextEncoding { Utf8, Utf8Bom, Gb18030, Utf16LE, Utf16BE };

class TextEncodingText
{
    Q_DECLARE_TR_FUNCTIONS(rr::TextEncodingText)
public:
    static QString key(TextEncoding e);                 // "utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16be"
    static std::optional<TextEncoding> fromName(const QString &name); // also accepts gbk, gb2312, utf8, utf-16 ...
    static QString label(TextEncoding e);               // translated, e.g. "Chinese (GBK / GB18030)"
};

// Detects the encoding from the first bytes of a file: a byte-order mark; else strict UTF-8
// (a sample that decodes without error, cut at a character boundary); else GB18030.
TextEncoding detectEncoding(const QByteArray &head);

// Decodes a byte stream chunk by chunk (characters split across chunks are kept for the next
// one). GB18030 goes through Qt5Compat's own codec, which works on Qt builds without ICU (the
// official Windows and macOS builds), UTF-8/16 through QStringDecoder. A leading BOM is dropped.
class StreamDecoder
{
public:
    explicit StreamDecoder(TextEncoding encoding);
    ~StreamDecoder();
    StreamDecoder(const StreamDecoder &) = delete;
    StreamDecoder &operator=(const StreamDecoder &) = delete;

    QString decode(const QByteArray &chunk);
    // At the end of the stream: a character left incomplete becomes one U+FFFD (an error).
    // Further decode() calls after flush() are not supported.
    QString flush();
    bool hasError() const; // undecodable bytes were replaced with U+FFFD
    qint64 errorCount() const; // how many U+FFFD the decoding produced so far (for locating them)

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rr
