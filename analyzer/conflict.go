package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// The status-conflict check: one error code the catalog does not register,
// constructed with different constant statuses, is reported at the sites
// of the less common statuses. The sites are collected while the pairs of
// every construction are checked (collectConflict), at no extra walk.
//
// Per package (go vet, golangci-lint, analysistest), a package fact
// carries, for each package below it that constructs such codes and for
// each (namespace, code, status) there, how many sites construct it and
// the first of them: the package's own records plus its direct imports'
// facts, merged by package, so that a package reached along several
// import paths (a diamond) counts once. The package's own minority sites
// are reported against the sum. The fact grows with the (code, status)
// pairs of the packages below, not with their sites. In a whole-program
// run (the standalone command) nothing is reported per package: the
// sites go into the Result and wholeConflicts counts them all.

// conflictState is a checker's part of the check.
type conflictState struct {
	whole bool          // a whole-program run: collect, do not report
	own   []conflictOwn // this package's sites, in the order checked
	seen  map[conflictOwn]bool
}

// conflictOwn is one site of this package.
type conflictOwn struct {
	key conflictKey
	at  ast.Node // the status (or the code, for a wrapper's fixed status)
}

// conflictKey is a code constructed with a status. Codes of two
// namespaces are two errors.
type conflictKey struct {
	ns     string
	code   int64
	status int64
}

// conflictSite is a site in a Result, for the whole-program check.
type conflictSite struct {
	key  conflictKey
	pos  token.Position
	pkg  string // the package's import path
	file string // the site as messages name it: see siteFile
	line int
}

// conflictFact is the package fact of the per-package mode: per package
// at or below it and (namespace, code, status), the number of sites in
// that package and the first one. Its size is one small record per
// distinct (code, status) pair of each package below, whatever the
// number of sites.
type conflictFact struct {
	Counts []conflictCount // sorted by NS, Code, Status, Pkg
}

// conflictCount is one (namespace, code, status) of one package in a
// conflictFact.
type conflictCount struct {
	Pkg          string // the import path of the package whose sites these are
	NS           string
	Code, Status int64
	Count        int
	File         string // the first site, as siteFile names it
	Line         int
}

func (*conflictFact) AFact() {}

// String is short for tests: "statuses(40100007:400=1,401=2)", the
// counts summed over the packages.
func (f *conflictFact) String() string {
	var sums []conflictCount
	for _, c := range f.Counts {
		if n := len(sums); n > 0 && sums[n-1].NS == c.NS && sums[n-1].Code == c.Code && sums[n-1].Status == c.Status {
			sums[n-1].Count += c.Count
			continue
		}
		sums = append(sums, c)
	}
	var b strings.Builder
	b.WriteString("statuses(")
	for i, c := range sums {
		same := i > 0 && c.NS == sums[i-1].NS && c.Code == sums[i-1].Code
		switch {
		case same:
			b.WriteString(",")
		case i > 0:
			b.WriteString(" ")
		}
		if !same {
			if c.NS != "" {
				b.WriteString(c.NS + "/")
			}
			b.WriteString(strconv.FormatInt(c.Code, 10) + ":")
		}
		fmt.Fprintf(&b, "%d=%d", c.Status, c.Count)
	}
	b.WriteString(")")
	return b.String()
}

// collectConflict records pair p of a construction for status-conflict
// when its status is an HTTP status (100-599) and its code is not
// registered (es, the entries it resolves to, is
// empty) and the prefix rule does not govern it either: status-mismatch
// judges those codes' statuses against the catalog. The embedded fallback
// catalog says nothing of a project's codes: with it, every code it does
// not register counts.
func (c *checker) collectConflict(p pair, es []*catalog.Entry) {
	if !p.hasStatus || p.status < 100 || p.status > 599 || len(es) > 0 || (!c.st.fallback && c.prefixGoverns(p.code)) {
		return // no HTTP status, or status-mismatch's business
	}
	at := p.codeAt
	if p.statusAt != nil {
		at = p.statusAt
	}
	s := conflictOwn{key: conflictKey{ns: c.ns, code: p.code, status: p.status}, at: at}
	if c.conflict.seen == nil {
		c.conflict.seen = map[conflictOwn]bool{}
	}
	if c.conflict.seen[s] {
		return // one site, checked twice (an inner construction)
	}
	c.conflict.seen[s] = true
	c.conflict.own = append(c.conflict.own, s)
}

// prefixGoverns reports whether status-mismatch compares code's status
// with the code's prefix (checkStatus): the prefix rule is on and code
// has the catalog's width and a status prefix.
func (c *checker) prefixGoverns(code int64) bool {
	rules := c.catalog().Rules
	if !rules.Prefix {
		return false
	}
	if _, ok := catalog.PrefixStatus(code); !ok {
		return false
	}
	return rules.Digits == 0 || len(strconv.FormatInt(max(code, -code), 10)) == rules.Digits
}

// siteFile names a site's file in messages: the package's directory in
// its module (the import path without the module path) and the file's
// base name, as "auth/login.go"; the import path's when the module is
// unknown. Absolute paths would differ between machines, and facts would
// carry them.
func (c *checker) siteFile(filename string) string {
	dir := strings.TrimSuffix(c.pass.Pkg.Path(), "_test")
	if m := c.pass.Module; m != nil && m.Path != "" {
		if dir == m.Path {
			dir = ""
		} else if rest, ok := strings.CutPrefix(dir, m.Path+"/"); ok {
			dir = rest
		}
	}
	return path.Join(dir, path.Base(strings.ReplaceAll(filename, "\\", "/")))
}

// finishConflicts ends the check for the package: in a whole-program run
// it keeps the sites for the Result; else it adds them to the imports'
// totals, exports the total and reports the package's minority sites.
func (c *checker) finishConflicts() {
	if c.conflict.whole {
		return // conflictSites hands them to the Result
	}
	// The records of every package at or below this one, each once: a
	// package reached through two imports brings the same record twice.
	type recKey struct {
		pkg string
		k   conflictKey
	}
	recs := map[recKey]*conflictCount{}
	merge := func(r conflictCount) {
		rk := recKey{r.Pkg, conflictKey{r.NS, r.Code, r.Status}}
		old := recs[rk]
		switch {
		case old == nil:
			recs[rk] = &r
		case r.Count > old.Count:
			// Two variants of one package (p, p [p.test]): the one
			// with the test files has every site of the other.
			*old = r
		}
	}
	for _, imp := range c.pass.Pkg.Imports() {
		var f conflictFact
		if c.pass.ImportPackageFact(imp, &f) {
			for _, r := range f.Counts {
				merge(r)
			}
		}
	}
	// A package's records are under its path: p's test variant (p
	// [p.test]) shares it and has every site of p (merge keeps the larger
	// count); an external test package's path is p_test.
	self := c.pass.Pkg.Path()
	own := map[conflictKey]*conflictCount{}
	for _, s := range c.conflict.own {
		p := c.pass.Fset.Position(s.at.Pos())
		file := c.siteFile(p.Filename)
		r := own[s.key]
		if r == nil {
			r = &conflictCount{Pkg: self, NS: s.key.ns, Code: s.key.code, Status: s.key.status, File: file, Line: p.Line}
			own[s.key] = r
		} else if file < r.File || file == r.File && p.Line < r.Line {
			r.File, r.Line = file, p.Line
		}
		r.Count++
	}
	for _, r := range own {
		merge(*r)
	}
	if len(recs) == 0 {
		return
	}
	if c.pass.Pkg.Name() != "main" { // nothing imports a main package
		f := &conflictFact{Counts: make([]conflictCount, 0, len(recs))}
		for _, r := range recs {
			f.Counts = append(f.Counts, *r)
		}
		slices.SortFunc(f.Counts, func(a, b conflictCount) int {
			return cmp.Or(cmp.Compare(a.NS, b.NS), cmp.Compare(a.Code, b.Code), cmp.Compare(a.Status, b.Status), cmp.Compare(a.Pkg, b.Pkg))
		})
		c.pass.ExportPackageFact(f)
	}
	type total struct {
		count int
		file  string
		line  int
	}
	totals := map[conflictKey]*total{}
	for _, r := range recs {
		k := conflictKey{r.NS, r.Code, r.Status}
		t := totals[k]
		if t == nil {
			totals[k] = &total{r.Count, r.File, r.Line}
			continue
		}
		t.count += r.Count
		if r.File < t.file || r.File == t.file && r.Line < t.line {
			t.file, t.line = r.File, r.Line
		}
	}
	// The most common status of each code, once: a tie has none.
	type vote struct {
		best int64
		n    int
		tie  bool
	}
	votes := map[conflictKey]*vote{} // by code (status 0)
	for k, t := range totals {
		code := conflictKey{ns: k.ns, code: k.code}
		v := votes[code]
		switch {
		case v == nil:
			votes[code] = &vote{best: k.status, n: t.count}
		case t.count > v.n:
			v.best, v.n, v.tie = k.status, t.count, false
		case t.count == v.n:
			v.tie = true
		}
	}
	for _, s := range c.conflict.own {
		code := conflictKey{ns: s.key.ns, code: s.key.code}
		v := votes[code]
		if v.tie || v.best == s.key.status {
			continue // no single most common status, or this is it
		}
		t := totals[conflictKey{code.ns, code.code, v.best}]
		c.rep.report(s.at, CategoryStatusConflict, "%s", conflictMessage(s.key, v.best, t.count, t.file, t.line))
	}
}

// conflictMessage is a minority site's finding.
func conflictMessage(k conflictKey, best int64, n int, file string, line int) string {
	sites := "sites"
	if n == 1 {
		sites = "site"
	}
	return fmt.Sprintf("error code %d is constructed with status %d here but with %d at %d %s (first: %s:%d)",
		k.code, k.status, best, n, sites, file, line)
}

// conflictSites returns the package's sites for the Result of a
// whole-program run.
func (c *checker) conflictSites() []conflictSite {
	if !c.conflict.whole || len(c.conflict.own) == 0 {
		return nil
	}
	out := make([]conflictSite, len(c.conflict.own))
	for i, s := range c.conflict.own {
		p := c.pass.Fset.Position(s.at.Pos())
		out[i] = conflictSite{key: s.key, pos: p, pkg: c.pass.Pkg.Path(), file: c.siteFile(p.Filename), line: p.Line}
	}
	return out
}
