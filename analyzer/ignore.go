package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignore is one //errcodecheck:ignore directive.
type ignore struct {
	c      *ast.Comment
	reason string
	used   bool
}

// reporter reports diagnostics, applying //errcodecheck:ignore directives
// and leaving generated files alone (unless asked), and at the end reports
// directives that silenced nothing.
type reporter struct {
	pass      *analysis.Pass
	generated bool                  // report in generated files too
	skip      map[*token.File]bool  // generated files, when skipped
	ignores   map[lineKey]*ignore   // by the line the directive sits on
	order     []*ignore             // in source order, for the final report
	pending   []analysis.Diagnostic // reported by checks, sorted at the end
}

type lineKey struct {
	file *token.File
	line int
}

func newReporter(pass *analysis.Pass, generated bool) *reporter {
	r := &reporter{pass: pass, generated: generated}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			continue
		}
		if !generated && ast.IsGenerated(f) {
			if r.skip == nil {
				r.skip = map[*token.File]bool{}
			}
			r.skip[tf] = true
			continue
		}
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				rest, ok := strings.CutPrefix(cm.Text, ignoreDirective)
				if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
					continue
				}
				if r.ignores == nil {
					r.ignores = map[lineKey]*ignore{}
				}
				// A trailing "// ..." comment is not part of the reason.
				rest, _, _ = strings.Cut(rest, "//")
				ig := &ignore{c: cm, reason: strings.TrimSpace(rest)}
				r.ignores[lineKey{tf, tf.Line(cm.Pos())}] = ig
				r.order = append(r.order, ig)
			}
		}
	}
	return r
}

// report reports a diagnostic on node n unless it is ignored.
func (r *reporter) report(n analysis.Range, category, format string, args ...any) {
	r.reportFix(n, category, nil, format, args...)
}

func (r *reporter) reportFix(n analysis.Range, category string, fixes []analysis.SuggestedFix, format string, args ...any) {
	tf := r.pass.Fset.File(n.Pos())
	if tf == nil || r.skip[tf] {
		return
	}
	if r.ignores != nil {
		line := tf.Line(n.Pos())
		for _, l := range [...]int{line, line - 1} {
			if ig := r.ignores[lineKey{tf, l}]; ig != nil && ig.reason != "" {
				ig.used = true
				return
			}
		}
	}
	r.pending = append(r.pending, analysis.Diagnostic{
		Pos:            n.Pos(),
		End:            n.End(),
		Category:       category,
		Message:        fmt.Sprintf(format, args...),
		SuggestedFixes: fixes,
	})
}

// finish reports directives without a reason or that silenced nothing, then
// every pending diagnostic in source order.
func (r *reporter) finish() {
	for _, ig := range r.order {
		switch {
		case ig.reason == "":
			r.pending = append(r.pending, analysis.Diagnostic{Pos: ig.c.Pos(), End: ig.c.End(), Category: categoryDirective,
				Message: "errcodecheck:ignore directive needs a reason: //errcodecheck:ignore REASON"})
		case !ig.used:
			r.pending = append(r.pending, analysis.Diagnostic{Pos: ig.c.Pos(), End: ig.c.End(), Category: categoryDirective,
				Message: "errcodecheck:ignore directive silences nothing on its line or the next"})
		}
	}
	sort.SliceStable(r.pending, func(i, j int) bool { return r.pending[i].Pos < r.pending[j].Pos })
	for _, d := range r.pending {
		r.pass.Report(d)
	}
}
