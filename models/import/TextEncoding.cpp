// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextEncoding.h"

#include <QStringDecoder>
#include <QTextCodec>

namespace rr {

QString TextEncodingText::key(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case TextEncoding::Gb18030: return QStringLiteral("gb18030");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    }
    return QStringLiteral("utf-8");
}

std::optional<TextEncoding> TextEncodingText::fromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    n.remove(QLatin1Char(' '));
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("utf8bom") || n == QLatin1String("utf8sig") || n == QLatin1String("utf8withbom"))
        return TextEncoding::Utf8Bom;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312")
        || n == QLatin1String("cp936") || n == QLatin1String("ms936") || n == QLatin1String("windows936")
        || n == QLatin1String("euccn") || n == QLatin1String("ansi"))
        return TextEncoding::Gb18030;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16") || n == QLatin1String("ucs2")
        || n == QLatin1String("unicode"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

QString TextEncodingText::label(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return tr("Unicode (UTF-8)");
    case TextEncoding::Utf8Bom: return tr("Unicode (UTF-8 with BOM)");
    case TextEncoding::Gb18030: return tr("Chinese (GBK / GB18030)");
    case TextEncoding::Utf16LE: return tr("Unicode (UTF-16 LE)");
    case TextEncoding::Utf16BE: return tr("Unicode (UTF-16 BE)");
    }
    return QString();
}

namespace {

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF). A sequence cut by
// the end of the sample is accepted: the sample may end in the middle of a character.
bool isStrictUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const auto *end = p + data.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        for (int i = 1; i < len; ++i) {
            if (p + i >= end)
                return true; // cut at the end of the sample
            const unsigned char t = p[i];
            if (i == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF))
                return false;
        }
        p += len;
    }
    return true;
}

// UTF-16 without a BOM: most ASCII text leaves every other byte zero.
std::optional<TextEncoding> guessBomlessUtf16(const QByteArray &head)
{
    const qsizetype n = qMin<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += head.at(i) == 0;
        zeroOdd += head.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 10 < pairs)
        return TextEncoding::Utf16LE;
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 10 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

// QStringDecoder keeps its state protected; we need to know what is pending at the end.
class PeekDecoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    qsizetype pending() const { return state.remainingChars; }
    qsizetype invalid() const { return state.invalidChars; }
};

// Where the last complete GB18030 character ends: one byte below 0x80, two bytes, or four when
// the second byte is a digit (0x30-0x39).
qsizetype gb18030Boundary(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x81 || c == 0xFF) {
            ++i;
            continue;
        }
        if (i + 1 >= n)
            break;
        const unsigned char c2 = p[i + 1];
        const qsizetype len = (c2 >= 0x30 && c2 <= 0x39) ? 4 : 2;
        if (i + len > n)
            break;
        i += len;
    }
    return i;
}

} // namespace

TextEncoding detectEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    if (const auto utf16 = guessBomlessUtf16(head))
        return *utf16;
    if (isStrictUtf8(head))
        return TextEncoding::Utf8;
    return TextEncoding::Gb18030;
}

struct StreamDecoder::Private
{
    TextEncoding encoding;
    std::optional<PeekDecoder> utf;
    QTextCodec *codec = nullptr;
    QTextCodec::ConverterState codecState;
    QByteArray carry; // the start of a GB18030 character cut by the end of the last chunk
    bool atStart = true;
    bool flushError = false;
    bool flushed = false;
    qsizetype codecInvalid = 0;
};

StreamDecoder::StreamDecoder(TextEncoding encoding)
    : d(std::make_unique<Private>())
{
    d->encoding = encoding;
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        d->utf.emplace(QStringConverter::Utf8);
        break;
    case TextEncoding::Utf16LE:
        d->utf.emplace(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Utf16BE:
        d->utf.emplace(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Gb18030:
        // Always Qt5Compat's codec, so the same code runs with and without ICU.
        d->codec = QTextCodec::codecForName("GB18030");
        break;
    }
}

StreamDecoder::~StreamDecoder() = default;

QString StreamDecoder::decode(const QByteArray &chunk)
{
    QString out;
    if (d->utf) {
        out = d->utf->decode(chunk);
    } else if (d->codec) {
        // Decode whole characters only and keep a cut one for the next chunk ourselves: the
        // ICU-backed codec hides what it holds, and flush() must know.
        QByteArray data = d->carry.isEmpty() ? chunk : d->carry + chunk;
        const qsizetype whole = gb18030Boundary(data);
        d->carry = QByteArray(data.constData() + whole, data.size() - whole); // a copy: chunk may be raw data
        out = d->codec->toUnicode(data.constData(), int(whole), &d->codecState);
        // The ICU-backed and the built-in codec differ in what they count as invalid: count the
        // replacement characters the decode produced instead (U+FFFD itself is all but unused in
        // GB18030 text).
        if (d->codecState.invalidChars != 0 || out.contains(QChar::ReplacementCharacter))
            d->codecInvalid += out.count(QChar::ReplacementCharacter);
    } else {
        out = QString::fromLatin1(chunk);
    }
    if (d->atStart && !out.isEmpty()) {
        d->atStart = false;
        if (out.front() == QChar::ByteOrderMark)
            out.remove(0, 1);
    }
    return out;
}

QString StreamDecoder::flush()
{
    if (d->flushed)
        return QString();
    d->flushed = true;
    const bool pending = d->utf ? d->utf->pending() > 0
                                : (d->codec && (!d->carry.isEmpty() || d->codecState.remainingChars > 0));
    if (!pending)
        return QString();
    d->flushError = true;
    return QString(QChar::ReplacementCharacter);
}

qint64 StreamDecoder::errorCount() const
{
    qint64 n = d->flushError ? 1 : 0;
    if (d->utf)
        n += d->utf->invalid();
    else
        n += d->codecInvalid;
    return n;
}

bool StreamDecoder::hasError() const
{
    return errorCount() > 0;
}

} // namespace rr
