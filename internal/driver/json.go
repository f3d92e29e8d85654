package driver

import (
	"cmp"
	"encoding/json"
	"go/token"
	"slices"

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
// diagnostics of the root packages and the errors of every action.
func (r *run) writeJSON(g *checker.Graph) error {
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
