// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFormatBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace rr {

ImportFormatBar::ImportFormatBar(QWidget *parent) : QWidget(parent)
{
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Gb18030,
                           TextEncoding::Utf16LE, TextEncoding::Utf16BE})
        m_encoding->addItem(TextEncodingText::label(e), int(e));

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Comma ( , )"), QChar(QLatin1Char(',')));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QChar(QLatin1Char(';')));
    m_delimiter->addItem(tr("Tab"), QChar(QLatin1Char('\t')));
    m_delimiter->addItem(tr("Pipe ( | )"), QChar(QLatin1Char('|')));

    m_header = new QCheckBox(tr("First row is a header"), this);
    m_header->setObjectName(QStringLiteral("headerCheck"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    layout->addWidget(encodingLabel);
    layout->addWidget(m_encoding);
    layout->addSpacing(12);
    layout->addWidget(delimiterLabel);
    layout->addWidget(m_delimiter);
    layout->addSpacing(12);
    layout->addWidget(m_header);
    layout->addStretch(1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatBar::formatEdited);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatBar::formatEdited);
    connect(m_header, &QCheckBox::toggled, this, &ImportFormatBar::formatEdited);
}

void ImportFormatBar::setFormat(const CsvFormat &format)
{
    const QSignalBlocker b1(m_encoding), b2(m_delimiter), b3(m_header);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(format.encoding))));
    int d = m_delimiter->findData(format.delimiter);
    if (d < 0) {
        m_delimiter->addItem(QString(format.delimiter), format.delimiter);
        d = m_delimiter->count() - 1;
    }
    m_delimiter->setCurrentIndex(d);
    m_header->setChecked(format.hasHeader);
    m_quote = format.quote;
}

CsvFormat ImportFormatBar::format() const
{
    CsvFormat f;
    f.encoding = TextEncoding(m_encoding->currentData().toInt());
    f.delimiter = m_delimiter->currentData().toChar();
    f.quote = m_quote;
    f.hasHeader = m_header->isChecked();
    return f;
}

} // namespace rr
