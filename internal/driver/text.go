package driver

import (
	"bytes"
	"fmt"
	"os"
)

// printText prints findings on standard error as go vet does,
// "file:line:col: message", each followed, with Context >= 0, by its
// lines and that many lines around them.
func (r *run) printText(findings []*finding) {
	var buf bytes.Buffer
	files := map[string][][]byte{}
	for _, f := range findings {
		fmt.Fprintf(&buf, "%s:%d:%d: %s\n", r.displayPath(f.pos.Filename), f.pos.Line, f.pos.Column, f.diag.Message)
		if r.o.Context < 0 {
			continue
		}
		lines, ok := files[f.pos.Filename]
		if !ok {
			data, _ := os.ReadFile(f.pos.Filename) // no context for a file that vanished
			lines = bytes.Split(data, []byte("\n"))
			files[f.pos.Filename] = lines
		}
		for i := f.pos.Line - r.o.Context; i <= f.end.Line+r.o.Context; i++ {
			if 1 <= i && i <= len(lines) {
				fmt.Fprintf(&buf, "%d\t%s\n", i, lines[i-1])
			}
		}
	}
	_, _ = r.o.Stderr.Write(buf.Bytes())
}
