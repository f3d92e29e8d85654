package analyzer

import (
	"cmp"
	"go/token"
	"slices"
)

// wholeConflicts is status-conflict in a whole-program run: the sites of
// every root package, each once (test variants repeat a package's
// files), counted per configuration, namespace and code; the sites of a
// code's less common statuses are reported, unless the most common status
// is tied.
func wholeConflicts(_ *instance, rs []*Result) []Finding {
	type group struct {
		st   *setup
		ns   string
		code int64
	}
	type siteID struct {
		pos token.Position
		key conflictKey
	}
	var (
		order  []group
		groups = map[group][]conflictSite{}
		seen   = map[siteID]bool{}
	)
	for _, r := range rs {
		for _, s := range r.conflicts {
			id := siteID{s.pos, s.key}
			if seen[id] {
				continue // a test variant's copy
			}
			seen[id] = true
			g := group{r.st, s.key.ns, s.key.code}
			if _, ok := groups[g]; !ok {
				order = append(order, g)
			}
			groups[g] = append(groups[g], s)
		}
	}
	var out []Finding
	for _, g := range order {
		sites := groups[g]
		type total struct {
			n     int
			first conflictSite
		}
		totals := map[int64]*total{}
		for _, s := range sites {
			t := totals[s.key.status]
			if t == nil {
				totals[s.key.status] = &total{1, s}
				continue
			}
			t.n++
			if cmp.Or(cmp.Compare(s.file, t.first.file), cmp.Compare(s.line, t.first.line)) < 0 {
				t.first = s
			}
		}
		if len(totals) < 2 {
			continue // one status: no conflict
		}
		var best int64
		n, tie := 0, false
		for status, t := range totals {
			switch {
			case t.n > n:
				best, n, tie = status, t.n, false
			case t.n == n:
				tie = true
			}
		}
		if tie {
			continue // no single most common status
		}
		first := totals[best].first
		for _, s := range sites {
			if s.key.status == best {
				continue
			}
			out = append(out, Finding{
				Pos:      s.pos,
				Category: CategoryStatusConflict,
				Message:  conflictMessage(s.key, best, n, first.file, first.line),
				Package:  s.pkg,
				st:       g.st,
			})
		}
	}
	slices.SortFunc(out, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Pos.Filename, b.Pos.Filename), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Column, b.Pos.Column))
	})
	return out
}
