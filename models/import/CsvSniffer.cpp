// SPDX-License-Identifier: GPL-3.0-or-later
// sniffCsvFormat(): encoding, delimiter, quote and header row from the first bytes of a file.
#include "import/CsvReader.h"
#include "import/ValueParser.h"

#include <QBuffer>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace rr {

namespace {

constexpr int MaxSampleRecords = 200;

// Column names seen in the wild (see the domain notes); one of them in the first row makes it a header.
bool isKnownColumnName(const QString &cell)
{
    static const QSet<QString> names = [] {
        const char16_t *const list[] = {
            u"小红书号", u"红书号", u"xhs_id", u"red_id", u"handle", u"博主昵称", u"达人昵称", u"昵称",
            u"nickname", u"kol_nick_name", u"粉丝数", u"粉丝量", u"followers", u"kol_fan_num",
            u"follower_count", u"主页链接", u"主页", u"profile_url", u"link", u"获赞与收藏", u"赞藏总数",
            u"图文报价", u"picture_price", u"视频报价", u"video_price", u"城市", u"所在地", u"location",
            u"领域", u"类目", u"内容分类", u"category", u"机构", u"mcn", u"agency", u"微信", u"wechat",
            u"手机", u"phone", u"邮箱", u"email", u"备注", u"notes", u"阅读", u"read_num", u"曝光",
            u"imp_num", u"点赞", u"like_num", u"收藏", u"fav_num", u"评论", u"cmt_num", u"分享",
            u"share_num", u"笔记链接", u"note_link", u"发布时间", u"publish time", u"name", u"id",
            u"date", u"日期", u"姓名", u"名称", u"views", u"likes", u"comments", u"saves", u"shares",
            u"clicks", u"tier", u"status", u"状态", u"city", u"price", u"报价"};
        QSet<QString> set;
        for (const char16_t *n : list)
            set.insert(QString::fromUtf16(n));
        return set;
    }();
    return names.contains(cell.trimmed().toLower());
}

bool looksNumeric(const QString &cell)
{
    // Numbers and dates all have a digit (full-width ones included); most names have none.
    if (std::none_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    const auto c = ValueParser::count(cell);
    if (c.state == Parsed<qint64>::State::Ok)
        return true;
    const auto m = ValueParser::moneyFen(cell);
    if (m.state == Parsed<qint64>::State::Ok)
        return true;
    const auto dt = ValueParser::date(cell);
    return dt.state == Parsed<QDate>::State::Ok;
}

QList<QStringList> readSample(const QString &text, const CsvFormat &format)
{
    const QByteArray bytes = text.toUtf8();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvFormat f = format;
    f.encoding = TextEncoding::Utf8;
    CsvReader reader(&buffer, f);
    QList<QStringList> rows;
    CsvRecord record;
    while (rows.size() < MaxSampleRecords && reader.next(&record))
        rows.append(record.cells);
    return rows;
}

// How well a delimiter splits the sample: the share of rows that have the most common cell
// count, when that count is above one.
double delimiterScore(const QList<QStringList> &rows, qsizetype *modeOut)
{
    QHash<qsizetype, int> counts;
    for (const QStringList &row : rows)
        ++counts[row.size()];
    qsizetype mode = 0;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() > mode)) {
            best = it.value();
            mode = it.key();
        }
    }
    *modeOut = mode;
    if (mode < 2 || rows.isEmpty())
        return 0.0;
    return double(best) / double(rows.size());
}

bool detectHeader(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return true;
    const QStringList &first = rows.first();
    for (const QString &cell : first) {
        if (isKnownColumnName(cell))
            return true;
    }
    QSet<QString> seen;
    for (const QString &cell : first) {
        if (looksNumeric(cell))
            return false; // a number in the first row: data, not names
        const QString key = cell.trimmed();
        if (!key.isEmpty() && seen.contains(key))
            return false; // two columns of one name: more likely data
        seen.insert(key);
    }
    if (rows.size() < 2)
        return true;
    // Text above numbers: a column whose first cell is text and whose other cells are mostly numbers.
    for (qsizetype c = 0; c < first.size(); ++c) {
        int numeric = 0, filled = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            if (c >= rows.at(r).size() || rows.at(r).at(c).trimmed().isEmpty())
                continue;
            ++filled;
            numeric += looksNumeric(rows.at(r).at(c));
        }
        if (filled > 0 && numeric * 2 > filled)
            return true;
    }
    // No numbers anywhere: a first row of distinct, non-empty names is most likely a header.
    for (const QString &cell : first) {
        if (cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

QChar detectQuote(const QString &text, QChar delimiter)
{
    // A quote opens a cell: right after a delimiter or a line start. Count both candidates.
    int dbl = 0, sgl = 0;
    QChar prev = QLatin1Char('\n');
    for (const QChar c : text) {
        if (prev == delimiter || prev == QLatin1Char('\n') || prev == QLatin1Char('\r')) {
            if (c == QLatin1Char('"'))
                ++dbl;
            else if (c == QLatin1Char('\''))
                ++sgl;
        }
        prev = c;
    }
    if (dbl == 0 && sgl >= 2)
        return QLatin1Char('\'');
    return QLatin1Char('"');
}

} // namespace

CsvFormat sniffCsvFormat(const QByteArray &head)
{
    CsvFormat format;
    format.encoding = detectEncoding(head);
    StreamDecoder decoder(format.encoding);
    QString text = decoder.decode(head); // a character cut at the end stays in the decoder

    // The sample usually ends inside a line: keep whole lines only (when there is more than one).
    const qsizetype lastBreak = qMax(text.lastIndexOf(QLatin1Char('\n')), text.lastIndexOf(QLatin1Char('\r')));
    if (lastBreak > 0 && lastBreak + 1 < text.size())
        text.truncate(lastBreak + 1);

    const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char('|')};
    double bestScore = -1.0;
    qsizetype bestMode = 0;
    QList<QStringList> bestRows;
    for (const QChar delimiter : candidates) {
        CsvFormat f = format;
        f.delimiter = delimiter;
        f.quote = detectQuote(text, delimiter);
        const QList<QStringList> rows = readSample(text, f);
        qsizetype mode = 0;
        const double score = delimiterScore(rows, &mode);
        // Prefer consistency; on a tie, the delimiter that makes more columns.
        if (score > bestScore + 1e-9 || (qAbs(score - bestScore) <= 1e-9 && mode > bestMode)) {
            bestScore = score;
            bestMode = mode;
            format.delimiter = delimiter;
            format.quote = f.quote;
            bestRows = rows;
        }
    }
    if (bestScore <= 0.0) {
        format.delimiter = QLatin1Char(',');
        format.quote = detectQuote(text, format.delimiter);
        bestRows = readSample(text, format);
    }
    format.hasHeader = detectHeader(bestRows);
    return format;
}

} // namespace rr
