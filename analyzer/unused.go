package analyzer

import (
	"fmt"
	"go/token"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// The unused-code check (errcodecheck -unused): a catalog entry that no
// analyzed package constructs, refers to or compares is reported at the
// entry's ErrorCode line. Only a run that sees every package using the
// catalog can tell, so it is whole-program: the standalone command with
// -unused; go vet and golangci-lint, which see one package at a time,
// refuse or lack the flag. Entries used by other programs carry a
// used-elsewhere marker (catalog.Entry.UsedElsewhere); success codes and
// the embedded example catalog (the fallback, or a config without a
// catalog key), which is not the project's, are never reported.

// Unused makes the analyzer record the uses of codes in each package and
// report, through Findings, each catalog entry none of the root packages
// uses (call WholeProgram too). Recording costs a walk of each package's
// syntax, so it is off unless a driver asks.
func (p *Preloader) Unused() { p.in.usage.unused = true }

// Inventory makes the analyzer record the uses of codes in each package
// and the codes each function can produce (exported as facts), for
// BuildInventory.
func (p *Preloader) Inventory() { p.in.usage.inventory = true }

// unusedCodes is the unused-code check.
func unusedCodes(in *instance, rs []*Result) []Finding {
	if !in.usage.unused {
		return nil
	}
	type catUses struct {
		cat   *catalog.Catalog
		st    *setup
		anyNS map[int64]bool // codes used by packages of no namespace
		inNS  map[nsKey]bool // codes used in a namespace
	}
	var (
		order  []*catUses
		byFile = map[string]*catUses{}
	)
	for _, r := range rs {
		if r.usage == nil || r.st.embedded() {
			continue // not the project's code, or not the project's catalog
		}
		cat := r.st.reportCatalog()
		if cat == nil {
			continue // a Go catalog that did not load: the run failed
		}
		cu := byFile[cat.File]
		if cu == nil {
			cu = &catUses{cat: cat, st: r.st, anyNS: map[int64]bool{}, inNS: map[nsKey]bool{}}
			byFile[cat.File] = cu
			order = append(order, cu)
		}
		for k := range r.usage.codes {
			if k.ns == "" {
				cu.anyNS[k.code] = true
			} else {
				cu.inNS[k] = true
			}
		}
	}
	var out []Finding
	for _, cu := range order {
		// Name the namespace unless the catalog has none.
		named := len(cu.cat.Namespaces()) > 1 || !cu.cat.HasNamespace(catalog.DefaultNamespace)
		for _, ns := range cu.cat.Namespaces() {
			for _, e := range cu.cat.InNamespace(ns) {
				if e.UsedElsewhere || cu.st.cfg.isSuccess(e.Code) || cu.anyNS[e.Code] || cu.inNS[nsKey{ns, e.Code}] {
					continue
				}
				where := ""
				if named {
					where = " of namespace " + ns
				}
				out = append(out, Finding{
					Pos:      token.Position{Filename: e.File, Line: e.CodeLine, Column: 1},
					Category: CategoryUnusedCode,
					Message:  fmt.Sprintf("error code %d%s is not constructed, referred to or compared by any analyzed package", e.Code, where),
					st:       cu.st,
				})
			}
		}
	}
	return out
}

// embedded reports whether the setup's catalog is the embedded example
// catalog: the fallback, or a config that names no catalog.
func (st *setup) embedded() bool {
	return st.fallback || st.cfg.Catalog == "" && st.cfg.CatalogData == nil
}

// OwnCatalog preloads the setups of the packages of dirs (see Preload) and
// reports whether one of them has a catalog of the project's own rather
// than the embedded example catalog, of which -unused would report every
// entry. An error is Preload's.
func (p *Preloader) OwnCatalog(dirs ...string) (bool, error) {
	srcs, err := p.Preload(dirs...)
	if err != nil {
		return false, err
	}
	for _, src := range srcs {
		if st, err := p.in.setupOf(src); err == nil && !st.embedded() {
			return true, nil
		}
	}
	return false, nil
}

// nsKey is a code in a namespace.
type nsKey struct {
	ns   string
	code int64
}
