package driver

import (
	"cmp"
	"encoding/json"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// The JSON tree of the x/tools drivers (go vet -json, singlechecker
// -json): package ID -> analyzer name -> diagnostics or error. It is
// written here rather than by checker.Graph.PrintJSON for two reasons:
// the diagnostics of a package are sorted (PrintJSON keeps the order of
// analysis, which follows parse order), and fix edits are located in the
// bytes of the file on disk (PrintJSON names the file of a //line
// directive with the offset of the real file) and left out for files that
// cgo rewrites.

type jsonError struct {
	Err string `json:"error"`
}

type jsonTextEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonSuggestedFix struct {
	Message string         `json:"message"`
	Edits   []jsonTextEdit `json:"edits"`
}

type jsonDiagnostic struct {
	Category       string             `json:"category,omitempty"`
	Posn           string             `json:"posn"`
	End            string             `json:"end"`
	Message        string             `json:"message"`
	SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
	Related        []jsonRelated      `json:"related,omitempty"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// writeJSON writes the JSON tree of the graph on standard output: the
// diagnostics of the root packages, the errors of every action and the
// extras among shown (under their group).
func (r *run) writeJSON(g *checker.Graph, shown []*finding) error {
	tree := map[string]map[string]any{}
	for act := range g.All() {
		var v any
		switch {
		case act.Err != nil:
			v = jsonError{act.Err.Error()}
		case act.IsRoot && r.broken[act.Package.Types]:
			v = jsonError{"analysis skipped due to errors in package"}
		case act.IsRoot && len(act.Diagnostics) > 0:
			v = r.jsonDiagnostics(act.Package.Fset, act.Diagnostics)
		default:
			continue
		}
		m, ok := tree[act.Package.ID]
		if !ok {
			m = map[string]any{}
			tree[act.Package.ID] = m
		}
		m[act.Analyzer.Name] = v
	}
	name := ""
	for _, a := range g.Roots {
		name = a.Analyzer.Name
		break
	}
	for _, f := range shown {
		if f.fset != nil {
			continue // a diagnostic of the graph, listed above
		}
		m, ok := tree[f.group]
		if !ok {
			m = map[string]any{}
			tree[f.group] = m
		}
		ds, _ := m[name].([]jsonDiagnostic)
		m[name] = append(ds, jsonDiagnostic{
			Category: f.diag.Category,
			Posn:     f.pos.String(),
			End:      f.end.String(),
			Message:  f.diag.Message,
		})
	}
	for _, m := range tree {
		if ds, ok := m[name].([]jsonDiagnostic); ok {
			slices.SortStableFunc(ds, func(a, b jsonDiagnostic) int {
				af, al, ac := splitPosn(a.Posn)
				bf, bl, bc := splitPosn(b.Posn)
				return cmp.Or(cmp.Compare(af, bf), cmp.Compare(al, bl), cmp.Compare(ac, bc))
			})
		}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = r.o.Stdout.Write(append(data, '\n'))
	return err
}

func (r *run) jsonDiagnostics(fset *token.FileSet, diags []analysis.Diagnostic) []jsonDiagnostic {
	type sorted struct {
		d        *analysis.Diagnostic
		pos, end token.Position
	}
	ds := make([]sorted, len(diags))
	for i := range diags {
		d := &diags[i]
		ds[i] = sorted{d, fset.Position(d.Pos), fset.Position(cmp.Or(d.End, d.Pos))}
	}
	slices.SortStableFunc(ds, func(a, b sorted) int { return compareDiag(a.pos, a.end, a.d, b.pos, b.end, b.d) })
	out := make([]jsonDiagnostic, 0, len(ds))
	for _, s := range ds {
		jd := jsonDiagnostic{
			Category: s.d.Category,
			Posn:     s.pos.String(),
			End:      s.end.String(),
			Message:  s.d.Message,
		}
		for _, fix := range s.d.SuggestedFixes {
			edits, cgoFile, err := r.placeFix(fset, fix)
			if err != nil {
				continue // an analyzer bug: no edit to show
			}
			if cgoFile != "" {
				r.cgoNote(cgoFile)
				continue
			}
			jf := jsonSuggestedFix{Message: fix.Message, Edits: []jsonTextEdit{}}
			for _, e := range edits {
				jf.Edits = append(jf.Edits, jsonTextEdit{Filename: e.file, Start: e.start, End: e.end, New: e.text})
			}
			jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
		}
		for _, rel := range s.d.Related {
			jd.Related = append(jd.Related, jsonRelated{
				Posn:    fset.Position(rel.Pos).String(),
				End:     fset.Position(cmp.Or(rel.End, rel.Pos)).String(),
				Message: rel.Message,
			})
		}
		out = append(out, jd)
	}
	return out
}

// splitPosn splits a "file:line:col" position as token.Position.String
// writes it (col, or line and col, may be absent).
func splitPosn(s string) (file string, line, col int) {
	var nums []int
	for range 2 {
		i := strings.LastIndexByte(s, ':')
		n, err := strconv.Atoi(s[i+1:])
		if i < 0 || err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		s = s[:i]
	}
	switch len(nums) {
	case 2:
		return s, nums[0], nums[1]
	case 1:
		return s, nums[0], 0
	}
	return s, 0, 0
}
