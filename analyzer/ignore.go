package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignore is one //errcodecheck:ignore or //errcodecheck:file-ignore
// directive.
type ignore struct {
	c      *ast.Comment
	name   string // the directive, for messages: "errcodecheck:ignore"
	reason string
	checks []string // the checks it silences; nil: every check
	bad    []string // names in its check list that are no checks
	alone  bool     // on a line of its own: it covers the next line too
	used   bool
}

// silences reports whether the directive applies to a finding of category.
// A list of misspelled checks silences nothing: the typo must not widen it
// to every check.
func (ig *ignore) silences(category string) bool {
	if ig.reason == "" || (ig.checks == nil && len(ig.bad) > 0) {
		return false
	}
	return ig.checks == nil || slices.Contains(ig.checks, category)
}

// parseIgnore reads a directive's text after its name: an optional check
// list, then the reason. The first word is a check list when it is a
// check's name or a comma-separated list of them, or a lowercase hyphenated
// word like a check's name ("status-mismach" is a misspelled check, reported,
// rather than the first word of a reason that would silence every check).
func parseIgnore(ig *ignore, rest string) {
	rest = strings.TrimSpace(rest)
	first, after, _ := strings.Cut(rest, " ")
	if i := strings.IndexAny(first, "\t"); i >= 0 {
		first, after = first[:i], first[i+1:]+" "+after
	}
	if !looksLikeChecks(first) {
		ig.reason = rest
		return
	}
	for _, name := range strings.Split(first, ",") {
		if _, ok := CheckByName(name); ok {
			ig.checks = append(ig.checks, name)
		} else {
			ig.bad = append(ig.bad, name)
		}
	}
	ig.reason = strings.TrimSpace(after)
}

// looksLikeChecks reports whether w is a check list: comma-separated
// non-empty parts of lowercase letters and hyphens, one of which is a
// check's name or all of which are hyphenated as check names are. A
// reason's first word ("legacy," or "planted") is not.
func looksLikeChecks(w string) bool {
	named, hyphens := false, true
	for _, part := range strings.Split(w, ",") {
		if part == "" || strings.Trim(part, "abcdefghijklmnopqrstuvwxyz-") != "" {
			return false
		}
		if _, ok := CheckByName(part); ok {
			named = true
		}
		hyphens = hyphens && strings.Contains(part, "-")
	}
	return named || hyphens
}

// reporter reports diagnostics, applying //errcodecheck:ignore directives
// and leaving generated files alone (unless asked), and at the end reports
// directives that silenced nothing.
type reporter struct {
	pass      *analysis.Pass
	generated bool                   // report in generated files too
	skip      map[*token.File]bool   // generated files, when skipped
	ignores   map[lineKey]*ignore    // by the line the directive sits on
	files     map[string][]*ignore   // file-ignore directives, by file name
	order     []*ignore              // in source order, for the final report
	enabled   checkSet               // the checks whose findings are reported
	pending   []analysis.Diagnostic  // reported by checks, sorted at the end
	src       map[*token.File][]byte // sources of files with directives
	// whole: a whole run, in which directives that may silence a
	// whole-program finding are judged by Findings, not here.
	whole    bool
	deferred []*ignore
}

// lineKey is a line as users see it: positions adjusted by //line
// directives, so that lines in cgo's rewrites are the source's lines.
type lineKey struct {
	file string
	line int
}

func newReporter(pass *analysis.Pass, generated bool, enabled checkSet) *reporter {
	r := &reporter{pass: pass, generated: generated, enabled: enabled}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			continue
		}
		if !generated && ast.IsGenerated(f) && !cgoOutput(f) {
			if r.skip == nil {
				r.skip = map[*token.File]bool{}
			}
			r.skip[tf] = true
			continue
		}
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				name, rest, ok := cutDirective(cm.Text, ignoreDirective, fileIgnoreDirective)
				if !ok {
					continue
				}
				// A trailing "// ..." comment is not part of the reason.
				rest, _, _ = strings.Cut(rest, "//")
				ig := &ignore{c: cm, name: name[2:]}
				parseIgnore(ig, rest)
				p := r.pass.Fset.Position(cm.Pos())
				if name == fileIgnoreDirective {
					if r.files == nil {
						r.files = map[string][]*ignore{}
					}
					r.files[p.Filename] = append(r.files[p.Filename], ig)
				} else {
					if r.ignores == nil {
						r.ignores = map[lineKey]*ignore{}
					}
					ig.alone = r.alone(tf, cm)
					r.ignores[lineKey{p.Filename, p.Line}] = ig
				}
				r.order = append(r.order, ig)
			}
		}
	}
	return r
}

// alone reports whether comment c is the first thing on its line, as a
// directive for the line below is; a trailing directive covers only its
// own line, as //nolint does. When the source cannot be read, it is
// taken to be alone.
func (r *reporter) alone(tf *token.File, c *ast.Comment) bool {
	if r.src == nil {
		r.src = map[*token.File][]byte{}
	}
	src, ok := r.src[tf]
	if !ok {
		src, _ = r.pass.ReadFile(tf.Name())
		r.src[tf] = src
	}
	start, off := tf.Offset(tf.LineStart(tf.PositionFor(c.Pos(), false).Line)), tf.Offset(c.Pos())
	if src == nil || off > len(src) || start > off {
		return true
	}
	return len(bytes.TrimSpace(src[start:off])) == 0
}

// cgoOutput reports whether f is cgo's rewrite of a hand-written file
// (which imports "C"): generated in form only, so it is checked.
func cgoOutput(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "// Code generated by cmd/cgo;") {
				return true
			}
		}
	}
	return false
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
	// Ignores apply before the check selection, so that an ignore for a
	// check switched off for this run is not reported as useless.
	if r.ignores != nil || r.files != nil {
		p := r.pass.Fset.Position(n.Pos())
		line := p.Line
		for _, l := range [...]int{line, line - 1} {
			if ig := r.ignores[lineKey{p.Filename, l}]; ig != nil && ig.silences(category) && (l == line || ig.alone) {
				ig.used = true
				return
			}
		}
		for _, ig := range r.files[p.Filename] {
			if ig.silences(category) {
				ig.used = true
				return
			}
		}
	}
	if !r.enabled[category] {
		return // a check switched off
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
		if r.whole && ig.reason != "" && len(ig.bad) == 0 && ig.mayWholeSilence() {
			// Whether it silences a whole-program finding is known
			// only after every package: Findings applies and judges it,
			// even when it silenced a finding here (a blanket ignore
			// covers the line's whole-program findings too).
			r.deferred = append(r.deferred, ig)
			continue
		}
		if !r.enabled[CategoryDirective] {
			continue
		}
		switch {
		case len(ig.bad) > 0:
			r.directive(ig, "%s directive names unknown check %s (want %s)", ig.name, strings.Join(ig.bad, ", "), strings.Join(CheckNames(), ", "))
		case ig.reason == "":
			r.directive(ig, "%s directive needs a reason: //%s [CHECK,...] REASON", ig.name, ig.name)
		case !ig.used && !ig.onlyWhole():
			r.directive(ig, "%s", ig.uselessMessage())
		}
	}
	sort.SliceStable(r.pending, func(i, j int) bool { return r.pending[i].Pos < r.pending[j].Pos })
	for _, d := range r.pending {
		r.pass.Report(d)
	}
}

// uselessMessage is the finding of a directive that silenced nothing.
func (ig *ignore) uselessMessage() string {
	where := "on its line or the next"
	if ig.name == fileIgnoreDirective[2:] {
		where = "in its file"
	}
	if ig.checks != nil {
		return fmt.Sprintf("%s directive silences no %s finding %s", ig.name, strings.Join(ig.checks, " or "), where)
	}
	return fmt.Sprintf("%s directive silences nothing %s", ig.name, where)
}

// onlyWhole reports whether the directive names only checks that count
// the whole program (status-conflict): outside a whole run, a package
// cannot tell whether it silences something, so it is not reported as
// useless there.
func (ig *ignore) onlyWhole() bool {
	return ig.checks != nil && !slices.ContainsFunc(ig.checks, func(c string) bool { return !wholeCategories[c] })
}

func (r *reporter) directive(ig *ignore, format string, args ...any) {
	r.pending = append(r.pending, analysis.Diagnostic{Pos: ig.c.Pos(), End: ig.c.End(), Category: CategoryDirective,
		Message: fmt.Sprintf(format, args...)})
}

// cutDirective returns which of names text starts with, as a whole word,
// and the rest.
func cutDirective(text string, names ...string) (name, rest string, ok bool) {
	for _, name := range names {
		rest, ok := strings.CutPrefix(text, name)
		if ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return name, rest, true
		}
	}
	return "", "", false
}
