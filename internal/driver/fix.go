package driver

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
)

// An edit replaces the bytes [start, end) of a file with text.
type edit struct {
	start, end int
	text       string
}

// conflicts reports whether a and b cannot both be applied: their ranges
// overlap, or they start at the same offset, where their order would be
// a guess. Identical edits (the same import added by two fixes) do not
// conflict: they are applied once.
func conflicts(a, b edit) bool {
	if a == b {
		return false
	}
	if a.start == b.start {
		return true
	}
	return a.start < b.end && b.start < a.end
}

// applyEdits returns src with edits applied. The edits must not conflict;
// identical edits are applied once.
func applyEdits(src []byte, edits []edit) []byte {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b edit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
	edits = slices.Compact(edits)
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes()
}

// fileFix is one file's share of the edits of the fixes applied.
type fileFix struct {
	orig  []byte
	edits []edit
	owner []*finding // owner[i] is the finding whose fix holds edits[i]
}

// fix applies the first suggested fix of each finding, in position order,
// skipping (and saying so) a fix whose edits conflict with those of a fix
// already taken or that would edit a generated file. With Diff it prints
// the changes as a unified diff instead of writing them. It returns the
// findings left unfixed.
func (r *run) fix(findings []*finding) ([]*finding, error) {
	files := map[string]*fileFix{}
	generated := map[string]bool{}
	load := func(tf *token.File) (*fileFix, error) {
		name := tf.Name()
		if ff, ok := files[name]; ok {
			return ff, nil
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if len(data) != tf.Size() {
			return nil, fmt.Errorf("%s changed while it was analyzed; no fixes applied", name)
		}
		f, _ := parser.ParseFile(token.NewFileSet(), name, data, parser.PackageClauseOnly|parser.ParseComments)
		generated[name] = f != nil && ast.IsGenerated(f)
		ff := &fileFix{orig: data}
		files[name] = ff
		return ff, nil
	}

	var remaining []*finding
next:
	for _, f := range findings {
		if len(f.diag.SuggestedFixes) == 0 {
			remaining = append(remaining, f)
			continue
		}
		sf := f.diag.SuggestedFixes[0]
		type placed struct {
			ff *fileFix
			e  edit
		}
		var edits []placed
		for _, te := range sf.TextEdits {
			tf := f.fset.File(te.Pos)
			if tf == nil {
				return nil, fmt.Errorf("%s: fix %q edits a position outside any file", r.position(f.pos), sf.Message)
			}
			ff, err := load(tf)
			if err != nil {
				return nil, err
			}
			if generated[tf.Name()] {
				fmt.Fprintf(r.o.Stderr, "%s: fix skipped: %s is a generated file\n", r.position(f.pos), r.displayPath(tf.Name()))
				remaining = append(remaining, f)
				continue next
			}
			e := edit{tf.Offset(te.Pos), tf.Offset(cmp.Or(te.End, te.Pos)), string(te.NewText)}
			for i, prev := range ff.edits {
				if conflicts(prev, e) {
					fmt.Fprintf(r.o.Stderr, "%s: fix skipped: its edits overlap those of the fix for %s; run again to apply it\n",
						r.position(f.pos), r.position(ff.owner[i].pos))
					remaining = append(remaining, f)
					continue next
				}
			}
			edits = append(edits, placed{ff, e})
		}
		for _, p := range edits {
			p.ff.edits = append(p.ff.edits, p.e)
			p.ff.owner = append(p.ff.owner, f)
		}
	}

	names := make([]string, 0, len(files))
	for name, ff := range files {
		if len(ff.edits) > 0 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		ff := files[name]
		out := applyEdits(ff.orig, ff.edits)
		// Fixes are minimal edits; leave the file as gofmt would, if it was so.
		if formatted, err := format.Source(ff.orig); err == nil && bytes.Equal(formatted, ff.orig) {
			if formatted, err := format.Source(out); err == nil {
				out = formatted
			}
		}
		if r.o.Diff {
			path := filepath.ToSlash(r.displayPath(name))
			_, _ = r.o.Stdout.Write(unified("a/"+path, "b/"+path, ff.orig, out))
			continue
		}
		mode := os.FileMode(0o666)
		if st, err := os.Stat(name); err == nil {
			mode = st.Mode().Perm()
		}
		if err := os.WriteFile(name, out, mode); err != nil {
			return nil, err
		}
	}
	return remaining, nil
}

// position formats a position as file:line:col with the display path.
func (r *run) position(p token.Position) string {
	return fmt.Sprintf("%s:%d:%d", r.displayPath(p.Filename), p.Line, p.Column)
}
