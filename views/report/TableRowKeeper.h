// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextDocument;

namespace rr {

// QTextDocument breaks pages inside a table row when a cell holds more than one line (or
// lines of different heights), so half a creator's row ends one page and half starts the next.
// After the document is given its page size, keepRowsTogether() moves each such row whole to
// the next page by adding space under the row before it, in every table of the document.
// Calling it again (another page size) first takes away the space it added before.
// A row taller than a page stays cut. The space is bottom padding, which the layout also keeps
// free at the page's foot for the row above: its own lines may then move, so report tables
// should give their cells one line height (the roster sheet does).
namespace TableRowKeeper {
// Returns how many rows it moved.
int keepRowsTogether(QTextDocument *doc);
}

} // namespace rr
