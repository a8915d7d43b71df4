// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RosterSheetDocument.h"

#include "domain/NumberFormat.h"
#include "report/ReportFonts.h"
#include "report/ReportText.h"
#include "store/Database.h"

#include <QTextDocument>

namespace rr {

RosterSheetDocument::RosterSheetDocument(const RosterSheetData &data, const QString &language)
    : m_doc(std::make_unique<QTextDocument>())
{
    const ReportText text(language);
    if (ReportFonts::cjkFamily().isEmpty())
        m_warning = ReportFonts::missingFontMessage();
    m_doc->setDefaultFont(ReportFonts::reportFont(text.language(), 9));
    m_doc->setDocumentMargin(0);
    m_doc->setHtml(RosterSheetHtml::build(data, text));
    const QString title = RosterSheetHtml::title(data, text);
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, title);

    m_decor.headerLeft = data.source == RosterSheetData::Source::Shortlist ? text.translate("rr::Report", "Shortlist")
                                                                           : text.translate("rr::Report", "Creator roster");
    m_decor.headerRight = data.source == RosterSheetData::Source::Shortlist ? data.shortlistName : QString();
    m_decor.footerLeft = text.translate("rr::Report", "RedRoster · %1").arg(NumberFormat::date(data.generatedOn, text.locale()));
    m_decor.pageFormat = text.translate("rr::Report", "Page %1 of %2");
    m_decor.font = ReportFonts::reportFont(text.language(), 8);
    m_decor.title = title;
}

RosterSheetDocument::~RosterSheetDocument() = default;

QPageLayout RosterSheetDocument::layout()
{
    QPageLayout l = ReportPrinter::defaultLayout();
    l.setOrientation(QPageLayout::Landscape);
    return l;
}

bool RosterSheetDocument::writePdf(const QString &fileName, const QPageLayout &pageLayout, QString *error)
{
    return ReportPrinter::writePdf(m_doc.get(), fileName, m_decor, pageLayout, error);
}

} // namespace rr
