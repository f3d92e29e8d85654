package catalog

// FromEntries builds a catalog from entries read from another source than
// Markdown, such as a Go package (errcodecheck's "catalog: go:PKGPATH"),
// and checks it by the rules a Markdown catalog is checked by: duplicate
// codes, code widths and the prefix rule, the status range, shared names
// (a warning). source names the catalog (Catalog.File), for instance
// "go:example.com/svc/code"; each entry's File and lines position its
// problems. An entry without a namespace is in DefaultNamespace; a zero
// CodeLine, StatusLine or NameLine (with a name) is the entry's Line.
//
// Like Parse, it never fails: it returns the catalog of the entries given
// and every problem found (ps.Err() tells whether the catalog is usable).
// No entries at all is an error problem at source: a catalog that
// registers nothing would make every check report, or none.
func FromEntries(source string, entries []Entry, rules Rules) (*Catalog, Problems) {
	// markers: not Markdown, so no hint about namespace markers.
	c := &Catalog{File: source, Rules: rules, Entries: make([]Entry, len(entries)), markers: true}
	copy(c.Entries, entries)
	for i := range c.Entries {
		e := &c.Entries[i]
		if e.Namespace == "" {
			e.Namespace = DefaultNamespace
		}
		if e.File == "" {
			e.File = source
		}
		if e.CodeLine == 0 {
			e.CodeLine = e.Line
		}
		if e.StatusLine == 0 {
			e.StatusLine = e.Line
		}
		if e.NameLine == 0 && e.Name != "" {
			e.NameLine = e.Line
		}
	}
	c.index()
	ps := c.validate()
	if len(c.Entries) == 0 {
		ps = append(ps, Problem{File: source, Severity: Error, Msg: "no catalog entries found"})
	}
	ps.sort()
	return c, ps
}
