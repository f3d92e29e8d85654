package driver

import (
	"cmp"
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// A placedEdit is a text edit located in a file as it is on disk:
// //line directives do not move it, since it is applied to bytes.
type placedEdit struct {
	file       string // the name of the file holding the bytes
	start, end int    // byte offsets in it
	text       string
	pos, endp  token.Position // unadjusted positions of start and end
}

// placeFix locates the edits of fix in the files on disk. When an edit lies
// in a file that nobody wrote (cgo's rewrite of a file, in the build
// cache), whose offsets mean nothing in the user's file, it returns the
// name of the user's file instead, and no edits.
func (r *run) placeFix(fset *token.FileSet, fix analysis.SuggestedFix) (edits []placedEdit, generatedFrom string, err error) {
	for _, te := range fix.TextEdits {
		tf := fset.File(te.Pos)
		end := cmp.Or(te.End, te.Pos)
		if tf == nil || fset.File(end) != tf {
			return nil, "", fmt.Errorf("fix %q edits a position outside any file", fix.Message)
		}
		if !r.files.source[tf.Name()] {
			return nil, fset.Position(te.Pos).Filename, nil
		}
		edits = append(edits, placedEdit{
			file:  tf.Name(),
			start: tf.Offset(te.Pos),
			end:   tf.Offset(end),
			text:  string(te.NewText),
			pos:   fset.PositionFor(te.Pos, false),
			endp:  fset.PositionFor(end, false),
		})
	}
	return edits, "", nil
}

// cgoNote says, once per file, that the fixes of a file that cgo rewrites
// are left out of the output.
func (r *run) cgoNote(name string) {
	r.note(fmt.Sprintf("%s: suggested fixes left out: the file is rewritten by cgo, whose offsets are not the file's", r.displayPath(name)))
}

// note prints msg on standard error, once per run.
func (r *run) note(msg string) {
	if r.notes == nil {
		r.notes = map[string]bool{}
	}
	if !r.notes[msg] {
		r.notes[msg] = true
		fmt.Fprintln(r.o.Stderr, msg)
	}
}
