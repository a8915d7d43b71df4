// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the CSV import layer: sniffing, decoding in every encoding, the streaming
// reader at odd chunk sizes, and the value parser on what it reads. Built as a libFuzzer target
// with clang (-DREDROSTER_FUZZ=ON), otherwise with the small deterministic driver below that the
// test suite runs: the fixtures plus pseudo-random mutations, no crash and no broken invariant.
#include "import/CsvReader.h"
#include "import/ValueParser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void readWith(const QByteArray &bytes, rr::CsvFormat format, int chunk, bool parseValues = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    rr::CsvReader reader(&buffer, format);
    reader.setChunkSize(chunk);
    rr::CsvRecord record;
    qint64 lastLine = 0;
    int records = 0;
    while (reader.next(&record)) {
        check(record.line > lastLine, "records start on increasing lines");
        check(!record.cells.isEmpty(), "a record has at least one cell");
        lastLine = record.line;
        if (parseValues && records++ < 4) {
            for (const QString &cell : std::as_const(record.cells)) {
                (void)rr::ValueParser::count(cell);
                (void)rr::ValueParser::moneyFen(cell);
                (void)rr::ValueParser::rate(cell);
                (void)rr::ValueParser::date(cell);
                (void)rr::ValueParser::boolean(cell);
            }
        }
    }
    check(!reader.next(&record), "the end stays the end");
    check(reader.bytesRead() == bytes.size(), "every byte is read");
    for (const rr::CsvIssue &issue : reader.issues()) {
        check(issue.line >= 1, "issues name a line");
        check(issue.column >= 0, "issue columns are not negative");
        check(!issue.message.isEmpty(), "issues say what was expected");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    rr::CsvFormat format = rr::sniffCsvFormat(bytes.left(64 * 1024));
    const int chunk = size > 0 ? 1 + data[0] % 17 : 1;
    readWith(bytes, format, chunk, true);
    const rr::TextEncoding encodings[] = {rr::TextEncoding::Utf8, rr::TextEncoding::Gb18030,
                                          rr::TextEncoding::Utf16LE, rr::TextEncoding::Utf16BE};
    for (const rr::TextEncoding e : encodings) {
        if (e == format.encoding)
            continue;
        format.encoding = e;
        readWith(bytes, format, 64 * 1024);
    }
    format.quote = QChar();
    readWith(bytes, format, 3);
    return 0;
}

#ifndef REDROSTER_LIBFUZZER

namespace {

// xorshift64*: the same mutations on every run.
struct Random
{
    quint64 state = 0x9E3779B97F4A7C15ull;
    quint64 next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 2685821657736338717ull;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
};

QByteArray mutate(QByteArray bytes, const std::vector<QByteArray> &seeds, Random &rnd)
{
    static const QByteArray tokens[] = {
        "\"", "\"\"", "\r", "\n", "\r\n", ",", ";", "\t", "|", "'",
        "\xFF", "\xC0\x80", "\xED\xA0\x80", "\x80", "\xE5\xB0", "\xF4\x90\x80\x80", // invalid UTF-8
        "\x81\x20", "\x81\x30\x20", "\xFE", "\x81\x30\x81", "\x84\x31\xA4\x39",         // invalid GB18030
        "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF", QByteArray("\0", 1), "\"a,\"\"b\"\"\r\nc\""};
    const int rounds = 1 + rnd.below(4);
    for (int r = 0; r < rounds; ++r) {
        const int at = rnd.below(int(bytes.size()) + 1);
        switch (rnd.below(7)) {
        case 0: // flip a byte
            if (!bytes.isEmpty())
                bytes[qMin<qsizetype>(at, bytes.size() - 1)] ^= char(1 << rnd.below(8));
            break;
        case 1:
        case 2: // insert a structural or an invalid token
            bytes.insert(at, tokens[rnd.below(int(std::size(tokens)))]);
            break;
        case 3: // truncate
            bytes.truncate(at);
            break;
        case 4: // delete a slice
            bytes.remove(at, rnd.below(8));
            break;
        case 5: // duplicate a slice
            bytes.insert(at, bytes.mid(rnd.below(int(bytes.size()) + 1), rnd.below(32)));
            break;
        case 6: // splice in part of another seed
        {
            const QByteArray &other = seeds[size_t(rnd.below(int(seeds.size())))];
            bytes.insert(at, other.mid(rnd.below(int(other.size()) + 1), rnd.below(64)));
            break;
        }
        }
    }
    return bytes;
}

} // namespace

// Usage: fuzz_csvreader [SEED_DIR] [ITERATIONS] [SECONDS]
int main(int argc, char **argv)
{
    std::vector<QByteArray> seeds = {QByteArray(), QByteArray("a,b\r\n\"c\"\"d\",\"e\nf\"\r\n")};
    if (argc > 1) {
        const QDir dir(QString::fromLocal8Bit(argv[1]));
        const QStringList files = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                seeds.push_back(file.readAll());
        }
    }
    const long iterations = argc > 2 ? std::atol(argv[2]) : 20000;
    const double seconds = argc > 3 ? std::atof(argv[3]) : 10.0;

    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    for (const QByteArray &seed : seeds)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));

    Random rnd;
    long done = 0;
    for (; done < iterations && elapsed() < seconds; ++done) {
        const QByteArray input = mutate(seeds[size_t(rnd.below(int(seeds.size())))], seeds, rnd);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::printf("fuzz_csvreader: %zu seeds, %ld mutated inputs in %.1f s, no crash\n", seeds.size(), done, elapsed());
    return 0;
}

#endif // REDROSTER_LIBFUZZER
