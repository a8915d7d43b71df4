// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/CsvReader.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace rr {

// Encoding, delimiter and header-row choice for one file. Emits formatEdited() on user changes.
class ImportFormatBar : public QWidget
{
    Q_OBJECT
public:
    explicit ImportFormatBar(QWidget *parent = nullptr);

    // Shows a (detected) format without emitting formatEdited().
    void setFormat(const CsvFormat &format);
    CsvFormat format() const;

Q_SIGNALS:
    void formatEdited();

private:
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_header = nullptr;
    QChar m_quote = QLatin1Char('"');
};

} // namespace rr
