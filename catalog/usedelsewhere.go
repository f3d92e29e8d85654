package catalog

import "strings"

// Entries used outside the analyzed code (by another service, a mobile
// client, a partner) are kept in the catalog but never constructed here:
// errcodecheck -unused must not report them. Four markers say so, all
// HTML comments, invisible when the Markdown is rendered:
//
//	| 40400001 | 404 | ... <!-- errcodecheck:used-elsewhere --> |   in a table row: that row's entry
//	- ErrorCode: 40400001 <!-- errcodecheck:used-elsewhere -->       on a bullet line: that block's entry
//	<!-- errcodecheck:used-elsewhere mobile client -->               on the line right after a bullet block
//	                                                                 or a table's last row: that entry
//	<!-- errcodecheck:namespace mobile used-elsewhere -->            every entry of the namespace section
//	<!-- errcodecheck:rules used-elsewhere=on -->                    every entry of the document
//
// Text after used-elsewhere is a note for readers. A line marker that
// follows no entry is an error: it would mark nothing.

// usedElsewhereVerb is the marker's name after "errcodecheck:".
const usedElsewhereVerb = "used-elsewhere"

// inlineMarkers reads the errcodecheck markers inside HTML comments of an
// entry's line (a table row, a bullet line): used reports a used-elsewhere
// marker; bad is the name of another errcodecheck marker, which means
// nothing inside an entry and is an error rather than a silent no-op.
func inlineMarkers(line string) (used bool, bad string) {
	for {
		i := strings.Index(line, "<!--")
		if i < 0 {
			return used, bad
		}
		line = line[i+len("<!--"):]
		body, rest, closed := strings.Cut(line, "-->")
		if !closed {
			return used, bad
		}
		line = rest
		d, ok := strings.CutPrefix(strings.TrimSpace(body), "errcodecheck:")
		if !ok {
			continue
		}
		verb, _, _ := strings.Cut(d, " ")
		if verb == usedElsewhereVerb {
			used = true
		} else if bad == "" {
			bad = verb
		}
	}
}

// markInline applies the markers of line to the entry being read (d), or
// reports a marker that does not belong there.
func (p *parser) markInline(lineNo int, line string, d *draft) {
	if !strings.Contains(line, "<!--") {
		return // the usual line: no comment at all
	}
	used, bad := inlineMarkers(line)
	if used {
		d.usedElsewhere = true
	}
	if bad != "" {
		p.errorf(lineNo, "errcodecheck marker %q inside an entry (only %s belongs in a row or bullet line)", bad, usedElsewhereVerb)
	}
}

// usedElsewhereLine handles the marker on a line of its own: it marks the
// entry whose last line is the line above.
func (p *parser) usedElsewhereLine(line int) {
	if p.prevEnd == 0 || p.prevEnd != line-1 {
		p.errorf(line, "%s marker follows no entry: put it on the line right after the entry's bullet block or table row, "+
			"or in the row (| ... <!-- errcodecheck:%s --> |); for a whole namespace write <!-- errcodecheck:namespace NAME %s -->",
			usedElsewhereVerb, usedElsewhereVerb, usedElsewhereVerb)
		return
	}
	if p.prevIdx >= 0 {
		p.cat.Entries[p.prevIdx].UsedElsewhere = true
	} // else the entry was not read: its own error says why
}
