package analyzer

import (
	"cmp"
	"go/token"
	"slices"
)

// Whole-program checks. Some questions have an answer only once every
// package was analyzed: is a catalog entry used anywhere, which status do
// most constructions of a code use. The standalone command sees every
// package of the run, so it asks them after the analysis (Preloader.
// WholeProgram, then Preloader.Findings on the root packages' results);
// go vet and golangci-lint analyze one package at a time and either answer
// them through facts, per package, or not at all.

// Finding is a finding of a whole-program check.
type Finding struct {
	// Pos is a Go source position, or the line of a catalog entry.
	Pos      token.Position
	Category string
	Message  string
	// Package is the import path of the package the finding is in; "" for
	// a finding outside Go code (a catalog line).
	Package string

	st *setup // the configuration that governs the finding
}

// wholeChecks are the whole-program checks: each computes its findings
// from the results of the run's root packages (test variants included, so
// that the same site may come twice: dedupe by position). They report
// every finding; Findings applies ignore directives and the check
// selection.
var wholeChecks = []func(in *instance, rs []*Result) []Finding{
	wholeConflicts,
	unusedCodes,
}

// wholeCategories are the categories whose findings a whole run defers to
// wholeChecks: the per-package reporter leaves to Findings the ignore
// directives that could silence them.
var wholeCategories = map[string]bool{
	CategoryStatusConflict: true,
}

// WholeProgram tells the analyzer that the run sees the whole program, as
// the standalone command's does: the whole-program checks report through
// Findings after the analysis instead of per package.
func (p *Preloader) WholeProgram() { p.in.whole = true }

// Findings returns the findings of the whole-program checks, given the
// analyzer's results on every root package of a run after WholeProgram
// (other values are passed over): ignore directives applied, checks
// switched off left out, the directives that silenced nothing reported,
// sorted by position, category and message.
func (p *Preloader) Findings(results []any) []Finding {
	var rs []*Result
	for _, v := range results {
		if r, ok := v.(*Result); ok && r != nil && r.st != nil {
			rs = append(rs, r)
		}
	}
	var all []Finding
	for _, check := range wholeChecks {
		all = append(all, check(p.in, rs)...)
	}

	// The deferred directives and generated files, each once: test
	// variants share files.
	type fileLine struct {
		file string
		line int
	}
	var (
		order     []*deferredIgnore
		seen      = map[token.Position]*deferredIgnore{}
		lines     = map[fileLine]*deferredIgnore{}
		files     = map[string][]*deferredIgnore{}
		generated = map[string]bool{}
	)
	for _, r := range rs {
		for name := range r.generated {
			generated[name] = true
		}
		for i := range r.deferred {
			d := &r.deferred[i]
			if first := seen[d.pos]; first != nil {
				first.used = first.used || d.used // used in either variant
				continue
			}
			seen[d.pos] = d
			order = append(order, d)
			if d.fileWide {
				files[d.pos.Filename] = append(files[d.pos.Filename], d)
			} else {
				lines[fileLine{d.pos.Filename, d.pos.Line}] = d
			}
		}
	}
	silenced := func(f *Finding) bool {
		if f.Package == "" {
			return false // a catalog line carries no Go directive
		}
		for _, l := range [...]int{f.Pos.Line, f.Pos.Line - 1} {
			if d := lines[fileLine{f.Pos.Filename, l}]; d != nil && d.ig.silences(f.Category) && (l == f.Pos.Line || d.ig.alone) {
				d.used = true
				return true
			}
		}
		for _, d := range files[f.Pos.Filename] {
			if d.ig.silences(f.Category) {
				d.used = true
				return true
			}
		}
		return false
	}

	var out []Finding
	for i := range all {
		f := &all[i]
		if generated[f.Pos.Filename] || silenced(f) {
			continue
		}
		if f.st != nil && !f.st.enabled[f.Category] {
			continue
		}
		out = append(out, *f)
	}
	for _, d := range order {
		if !d.used && d.st.enabled[CategoryDirective] {
			out = append(out, Finding{Pos: d.pos, Category: CategoryDirective, Message: d.ig.uselessMessage(), Package: d.pkg, st: d.st})
		}
	}
	slices.SortFunc(out, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos.Filename, b.Pos.Filename),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Category, b.Category),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return slices.CompactFunc(out, func(a, b Finding) bool {
		return a.Pos == b.Pos && a.Category == b.Category && a.Message == b.Message
	})
}

// deferredIgnore is an ignore directive that may silence a
// whole-program finding; used tells whether it silenced one in its
// package already.
type deferredIgnore struct {
	ig       *ignore
	pos      token.Position // the directive's
	fileWide bool           // a file-ignore
	pkg      string
	st       *setup
	used     bool
}

// mayWholeSilence reports whether the directive could silence a finding
// of a whole-program check.
func (ig *ignore) mayWholeSilence() bool {
	if len(wholeCategories) == 0 {
		return false
	}
	if ig.checks == nil {
		return true
	}
	return slices.ContainsFunc(ig.checks, func(c string) bool { return wholeCategories[c] })
}

// deferredIgnores returns, for the package's Result, the directives
// finish deferred to Findings and the names of the generated files whose
// findings are not reported.
func (r *reporter) deferredIgnores(st *setup) ([]deferredIgnore, map[string]bool) {
	var out []deferredIgnore
	for _, ig := range r.deferred {
		out = append(out, deferredIgnore{
			ig:       ig,
			pos:      r.pass.Fset.Position(ig.c.Pos()),
			fileWide: ig.name == fileIgnoreDirective[2:],
			pkg:      r.pass.Pkg.Path(),
			st:       st,
			used:     ig.used,
		})
	}
	var gen map[string]bool
	for tf := range r.skip {
		if gen == nil {
			gen = map[string]bool{}
		}
		gen[tf.Name()] = true
	}
	return out, gen
}
