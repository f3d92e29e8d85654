// Package catalog loads, validates and queries error-code catalogs: the
// Markdown tables that pair every API error's HTTP status with its business
// code and name.
//
// A catalog is read from Markdown in two shapes, bullet blocks
//
//	---
//	- HttpCode: 400
//	- ErrorCode: 40000001
//	- 中文名称: 注册用户名已存在
//
// and pipe tables whose header names a code column and an HTTP column
// (| Code | HTTP Status | Name |). Two HTML comments steer the reader:
//
//	<!-- errcodecheck:namespace NAME -->        following entries belong to NAME
//	<!-- errcodecheck:rules digits=6 prefix=off --> the catalog's conventions
//
// and a third marks entries used outside the analyzed code, which
// errcodecheck -unused does not report (Entry.UsedElsewhere; the forms are
// in usedelsewhere.go): in a row, after an entry, or for a whole namespace
// (<!-- errcodecheck:namespace mobile used-elsewhere -->).
//
// Entries before any namespace marker are in namespace "default".
//
// Values are read as GitHub renders them: emphasis, code spans, links,
// backslash escapes, HTML comments and inline HTML elements are stripped
// (<br> reads as a space); table rows follow GitHub Flavored Markdown
// (extra cells are ignored with a warning, missing cells are empty, "\|"
// is a literal pipe, the delimiter row must match the header). Keys and
// headers have aliases (English and Chinese; see fieldOf), including
// description columns and an identifier column that gives Entry.Ident.
// Every Problem is positioned at the line of the field at fault
// (Entry.CodeLine, Entry.StatusLine, Entry.NameLine).
//
// ReadFile reads catalog and config files with the guarantees the tools
// promise: regular files only (a FIFO is refused, never waited on) and at
// most MaxFileSize bytes.
//
// FromEntries builds and checks a catalog read from elsewhere (errcodecheck
// reads one from a Go package), and Catalog.Markdown renders any catalog
// as a document Parse reads back to the same entries.
//
// The package knows nothing of go/analysis: the analyzer, the errcatalog
// command and any other tool share it.
package catalog

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// DefaultNamespace holds the entries that precede any namespace marker.
const DefaultNamespace = "default"

// Entry is one registered error.
type Entry struct {
	Namespace string
	Status    int    // HTTP status (HttpCode)
	Code      int64  // business code (ErrorCode)
	Name      string // the catalog's name for the error (中文名称, Name)
	English   string // English name (English, 英文名称), if given
	Message   string // message text (Message), if given
	// Ident is the Go identifier the catalog gives the code's constant
	// (an Identifier column, or a name column of Go identifiers), if any.
	Ident string
	File  string
	Line  int // line of the entry's first key (its row, in a table)

	// Lines of the entry's fields, where problems with them are reported;
	// in a table all are the row's line. NameLine is 0 without a name.
	CodeLine, StatusLine, NameLine int

	// UsedElsewhere: a used-elsewhere marker says the entry is used
	// outside the analyzed code (another service, a client), so
	// errcodecheck -unused does not report it.
	UsedElsewhere bool
}

// Pos returns "file:line", the entry's position in compiler form.
func (e *Entry) Pos() string { return e.File + ":" + strconv.Itoa(e.Line) }

// Texts returns the non-empty human texts of the entry: name, English name
// and message, in that order.
func (e *Entry) Texts() []string {
	var out []string
	for _, s := range [...]string{e.Name, e.English, e.Message} {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Rules are the conventions a catalog's codes follow.
type Rules struct {
	// Digits is the required number of digits of every code; 0 means any.
	Digits int
	// Prefix requires a code's leading three digits to equal its status.
	Prefix bool
}

// DefaultRules are the seed's conventions: 8-digit codes that start with
// their HTTP status.
var DefaultRules = Rules{Digits: 8, Prefix: true}

// String renders the rules in the form of the rules marker.
func (r Rules) String() string {
	d, p := "any", "off"
	if r.Digits > 0 {
		d = strconv.Itoa(r.Digits)
	}
	if r.Prefix {
		p = "on"
	}
	return "digits=" + d + " prefix=" + p
}

// Overrides replace a catalog's own rules (the config keys code-digits and
// prefix-rule). Nil fields leave the catalog's rule in force.
type Overrides struct {
	Digits *int // 0 means any
	Prefix *bool
}

// apply returns r with the overrides in o applied.
func (o Overrides) apply(r Rules) Rules {
	if o.Digits != nil {
		r.Digits = *o.Digits
	}
	if o.Prefix != nil {
		r.Prefix = *o.Prefix
	}
	return r
}

type nsCode struct {
	ns   string
	code int64
}

// Catalog is a parsed, indexed catalog. It is immutable after loading and
// safe for concurrent use.
type Catalog struct {
	File    string
	Rules   Rules
	Entries []Entry // in document order

	namespaces []string         // in order of first appearance
	nsCodes    map[string]int   // distinct codes of each namespace
	byNSCode   map[nsCode]int32 // first entry of each (namespace, code)
	byCode     map[int64][]int32
	byText     map[string][]int32
	markers    bool // the document has namespace markers
}

// Namespaces returns the catalog's namespaces in order of first appearance.
func (c *Catalog) Namespaces() []string { return slices.Clone(c.namespaces) }

// HasNamespace reports whether ns has at least one entry.
func (c *Catalog) HasNamespace(ns string) bool { return c.nsCodes[ns] > 0 }

// Lookup returns the entry registering code in namespace ns.
func (c *Catalog) Lookup(ns string, code int64) (*Entry, bool) {
	i, ok := c.byNSCode[nsCode{ns, code}]
	if !ok {
		return nil, false
	}
	return &c.Entries[i], true
}

// LookupAny returns every entry that registers code, in any namespace, in
// document order.
func (c *Catalog) LookupAny(code int64) []*Entry {
	return c.entries(c.byCode[code])
}

// LookupText returns the entries whose name, English name or message is s.
func (c *Catalog) LookupText(s string) []*Entry {
	return c.entries(c.byText[s])
}

// CountNamespace returns the number of distinct codes in namespace ns.
func (c *Catalog) CountNamespace(ns string) int { return c.nsCodes[ns] }

// InNamespace returns the entries of namespace ns in document order,
// one per distinct code.
func (c *Catalog) InNamespace(ns string) []*Entry {
	var out []*Entry
	for i := range c.Entries {
		e := &c.Entries[i]
		if e.Namespace != ns {
			continue
		}
		if j, ok := c.byNSCode[nsCode{ns, e.Code}]; ok && int(j) == i {
			out = append(out, e)
		}
	}
	return out
}

func (c *Catalog) entries(idx []int32) []*Entry {
	if len(idx) == 0 {
		return nil
	}
	out := make([]*Entry, len(idx))
	for i, j := range idx {
		out[i] = &c.Entries[j]
	}
	return out
}

// index builds the lookup tables. Entries without a status or code (already
// reported) are left out; the first of duplicate (namespace, code) pairs wins.
func (c *Catalog) index() {
	n := len(c.Entries)
	c.byNSCode = make(map[nsCode]int32, n)
	c.byCode = make(map[int64][]int32, n)
	c.byText = make(map[string][]int32, n)
	// Most codes and texts have one entry: their index slices are carved
	// from one array, with capacity 1 so that a second append copies out.
	one := make([]int32, 0, 4*n)
	single := func(i int) []int32 {
		one = append(one, int32(i))
		return one[len(one)-1 : len(one) : len(one)]
	}
	add := func(idx []int32, i int) []int32 {
		if idx == nil {
			return single(i)
		}
		return append(idx, int32(i))
	}
	c.nsCodes = make(map[string]int)
	for i := range c.Entries {
		e := &c.Entries[i]
		k := nsCode{e.Namespace, e.Code}
		if _, dup := c.byNSCode[k]; dup {
			continue // a duplicate's namespace has its first entry's count
		}
		if c.nsCodes[e.Namespace] == 0 {
			c.namespaces = append(c.namespaces, e.Namespace)
		}
		c.nsCodes[e.Namespace]++
		c.byNSCode[k] = int32(i)
		c.byCode[e.Code] = add(c.byCode[e.Code], i)
		// The texts of e.Texts(), without building the slice.
		for j, s := range [...]string{e.Name, e.English, e.Message} {
			if s == "" || (j > 0 && s == e.Name) || (j > 1 && s == e.English) {
				continue
			}
			c.byText[s] = add(c.byText[s], i)
		}
	}
}

// Suggest returns registered codes of namespace ns (any namespace when ns
// is "") that are one typo away from code: one digit changed, two adjacent
// digits swapped, one digit dropped or added. The result is sorted.
func (c *Catalog) Suggest(ns string, code int64) []int64 {
	if code < 0 {
		return nil
	}
	s := strconv.FormatInt(code, 10)
	var out []int64
	try := func(t string) {
		if t == s || t == "" || (len(t) > 1 && t[0] == '0') {
			return
		}
		v, err := strconv.ParseInt(t, 10, 64)
		if err != nil || slices.Contains(out, v) {
			return
		}
		if ns == "" {
			if len(c.byCode[v]) > 0 {
				out = append(out, v)
			}
		} else if _, ok := c.byNSCode[nsCode{ns, v}]; ok {
			out = append(out, v)
		}
	}
	b := []byte(s)
	for i := range b {
		orig := b[i]
		for d := byte('0'); d <= '9'; d++ {
			b[i] = d
			try(string(b))
		}
		b[i] = orig
		if i+1 < len(b) {
			b[i], b[i+1] = b[i+1], b[i]
			try(string(b))
			b[i], b[i+1] = b[i+1], b[i]
		}
		try(s[:i] + s[i+1:])
	}
	for i := 0; i <= len(s); i++ {
		for d := byte('0'); d <= '9'; d++ {
			try(s[:i] + string(d) + s[i:])
		}
	}
	slices.Sort(out)
	return out
}

// String summarizes the catalog: its file, rules and entry counts per
// namespace.
func (c *Catalog) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s):", c.File, c.Rules)
	for _, ns := range c.namespaces {
		fmt.Fprintf(&b, " %s=%d", ns, c.nsCodes[ns])
	}
	return b.String()
}
