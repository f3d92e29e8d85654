package catalog

import "strings"

// isDelimiterRow returns the number of cells of line when it is a pipe
// table's delimiter row, like "|---|:--:|", and 0 otherwise.
func isDelimiterRow(line string) int {
	line = strings.TrimSpace(line)
	if !strings.Contains(line, "-") || !strings.Contains(line, "|") {
		return 0
	}
	cells := splitRow(line)
	for _, c := range cells {
		c = strings.TrimSpace(c)
		c = strings.TrimPrefix(c, ":")
		c = strings.TrimSuffix(c, ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return 0
		}
	}
	return len(cells)
}

// isRow reports whether line continues a pipe table. As in GitHub
// Markdown the outer pipes are optional, and the table ends at a line
// without a pipe or at the start of another block: a list item, heading,
// quote, fence or HTML comment.
func isRow(line string) bool {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "|") {
		return true
	}
	if !strings.Contains(line, "|") {
		return false
	}
	for _, start := range [...]string{"- ", "* ", "+ ", "-\t", "*\t", "+\t", "#", ">", "```", "~~~", "<!--"} {
		if strings.HasPrefix(line, start) {
			return false
		}
	}
	return true
}

// splitRow splits a pipe table row into cells. Leading and trailing pipes
// are optional; "\|" is a literal pipe.
func splitRow(line string) []string { return appendCells(nil, line) }

// appendCells appends the cells of a pipe table row to dst, so that the
// rows of a table can share one slice.
func appendCells(dst []string, line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	if !strings.Contains(line, `\|`) {
		// Without escapes the cells are substrings of the line.
		for {
			i := strings.IndexByte(line, '|')
			if i < 0 {
				return append(dst, line)
			}
			dst = append(dst, line[:i])
			line = line[i+1:]
		}
	}
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && line[i+1] == '|':
			b.WriteByte('|')
			i++
		case line[i] == '|':
			dst = append(dst, b.String())
			b.Reset()
		default:
			b.WriteByte(line[i])
		}
	}
	return append(dst, b.String())
}

// table reads the pipe table whose header is lines[i] and returns the index
// of its last row. A table without both a code and an HTTP column is not a
// catalog table and is skipped.
func (p *parser) table(lines []string, i int) int {
	header := splitRow(lines[i])
	cols := make([]field, len(header))
	var have [numFields]bool
	for j, h := range header {
		f := fieldOf(stripInline(strings.TrimSpace(h)))
		if have[f] {
			f = fieldNone // the first column of a role wins
		}
		cols[j] = f
		have[f] = true
	}
	catalogTable := have[fieldStatus] && have[fieldCode]
	// GitHub renders no table when the delimiter row's cells do not match
	// the header's: its rows are then prose, and a catalog table that
	// silently vanished would check nothing.
	if n := isDelimiterRow(lines[i+1]); n != len(header) {
		if catalogTable {
			p.errorf(i+2, "the delimiter row has %d cells, the header has %d: GitHub does not render this as a table, and its rows are not read", n, len(header))
		}
		return i + 1
	}
	end := i + 1 // the delimiter row
	for end+1 < len(lines) && isRow(lines[end+1]) {
		end++
	}
	if !catalogTable {
		return end
	}
	first := len(p.cat.Entries)
	// A name column whose every value is a Go identifier gives the
	// constants' identifiers, unless an identifier column does.
	identNames := have[fieldName] && !have[fieldIdent]
	anyName := false
	var cells []string
	for r := i + 2; r <= end; r++ {
		cells = appendCells(cells[:0], lines[r])
		if len(cells) > len(cols) {
			p.warnf(r+1, "table row has %d cells, the header has %d: the extra cells are ignored, as on GitHub", len(cells), len(cols))
			cells = cells[:len(cols)]
		}
		d := draft{first: r + 1, last: r + 1}
		p.markInline(r+1, lines[r], &d)
		for j, c := range cells {
			if cols[j] == fieldNone {
				continue
			}
			v := stripInline(strings.TrimSpace(c))
			if v == "" {
				continue
			}
			d.lines[cols[j]] = r + 1
			d.values[cols[j]] = v
		}
		if name := d.values[fieldName]; name != "" && d.lines[fieldName] != 0 {
			anyName = true
			identNames = identNames && isASCIIIdent(name)
		}
		p.addEntry(d)
	}
	if identNames && anyName {
		for k := first; k < len(p.cat.Entries); k++ {
			if e := &p.cat.Entries[k]; e.Name != "" {
				e.Ident = e.Name
			}
		}
	}
	return end
}
