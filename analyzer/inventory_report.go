package analyzer

import (
	"cmp"
	"go/token"
	"maps"
	"slices"
	"strings"
)

// Inventory is what errcodecheck -inventory writes: for each catalog
// entry, where the analyzed packages use its code; for each exported
// function and method, the codes it can produce.
type Inventory struct {
	Codes []InventoryCode
	Funcs []InventoryFunc
}

// InventoryCode is one catalog entry and its uses.
type InventoryCode struct {
	Catalog       string // the catalog file
	Line          int    // the entry's ErrorCode line
	Namespace     string
	Code          int64
	Status        int
	Name          string
	UsedElsewhere bool      // a used-elsewhere marker covers it
	Uses          []CodeUse // by position
}

// InventoryFunc is an exported function or method that can produce codes.
type InventoryFunc struct {
	Package string
	Func    string // types.Func FullName
	Pos     token.Position
	Codes   []int64 // sorted
}

// BuildInventory merges the uses and function codes recorded in results
// (the analyzer's results on the root packages, after Inventory; other
// values are passed over). Sites that a package's variants share (p and
// p [p.test]) count once; functions declared in test files are left out.
// The embedded example catalog, which is not the project's, lists no
// codes.
func BuildInventory(results []any) Inventory {
	type catUses struct {
		st   *setup
		uses map[useSite]CodeUse
	}
	var (
		order  []*catUses
		byFile = map[string]*catUses{}
		funcs  = map[string]*InventoryFunc{}
	)
	for _, v := range results {
		r, ok := v.(*Result)
		if !ok || r == nil || r.st == nil || r.usage == nil {
			continue
		}
		for _, f := range r.usage.funcs {
			if !apiFunc(f.fn) || strings.HasSuffix(f.pos.Filename, "_test.go") {
				continue
			}
			name := f.fn.FullName()
			if g := funcs[name]; g != nil {
				g.Codes = slices.Compact(slices.Sorted(slices.Values(append(g.Codes, f.codes...))))
				continue
			}
			funcs[name] = &InventoryFunc{Package: f.fn.Pkg().Path(), Func: name, Pos: f.pos, Codes: slices.Clone(f.codes)}
		}
		if r.st.embedded() {
			continue // not the project's catalog
		}
		cat := r.st.reportCatalog()
		if cat == nil {
			continue // a Go catalog that did not load: the run failed
		}
		cu := byFile[cat.File]
		if cu == nil {
			cu = &catUses{st: r.st, uses: map[useSite]CodeUse{}}
			byFile[cat.File] = cu
			order = append(order, cu)
		}
		for _, u := range r.usage.uses {
			cu.uses[useSite{u.Pos, u.Code}] = u
		}
	}
	var inv Inventory
	for _, cu := range order {
		cat := cu.st.reportCatalog()
		byCode := map[int64][]CodeUse{}
		for _, u := range cu.uses {
			byCode[u.Code] = append(byCode[u.Code], u)
		}
		for _, ns := range cat.Namespaces() {
			for _, e := range cat.InNamespace(ns) {
				if cu.st.cfg.isSuccess(e.Code) {
					continue
				}
				ic := InventoryCode{Catalog: e.File, Line: e.CodeLine, Namespace: ns, Code: e.Code, Status: e.Status,
					Name: e.Name, UsedElsewhere: e.UsedElsewhere}
				for _, u := range byCode[e.Code] {
					if u.Namespace == "" || u.Namespace == ns {
						ic.Uses = append(ic.Uses, u)
					}
				}
				slices.SortFunc(ic.Uses, func(a, b CodeUse) int {
					return cmp.Or(comparePositions(a.Pos, b.Pos), cmp.Compare(a.Kind, b.Kind))
				})
				inv.Codes = append(inv.Codes, ic)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(funcs)) {
		inv.Funcs = append(inv.Funcs, *funcs[name])
	}
	slices.SortStableFunc(inv.Funcs, func(a, b InventoryFunc) int { return cmp.Compare(a.Package, b.Package) })
	return inv
}

// useSite identifies a use across a package's variants.
type useSite struct {
	pos  token.Position
	code int64
}
