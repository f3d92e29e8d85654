package driver

import (
	"bytes"
	"fmt"
	"os"
)

// printText prints findings on standard error as go vet does,
// "file:line:col: message (check)", each followed, with Context >= 0, by its
// lines and that many lines around them.
func (r *run) printText(findings []*finding) {
	var buf bytes.Buffer
	files := map[string][][]byte{}
	for _, f := range findings {
		fmt.Fprintf(&buf, "%s:%d:%d: %s", r.displayPath(f.pos.Filename), f.pos.Line, f.pos.Column, f.diag.Message)
		// The check's name, as staticcheck prints it.
		if f.diag.Category != "" {
			fmt.Fprintf(&buf, " (%s)", f.diag.Category)
		}
		buf.WriteByte('\n')
		if r.o.Context < 0 {
			continue
		}
		lines, ok := files[f.pos.Filename]
		if !ok {
			data, _ := os.ReadFile(f.pos.Filename) // no context for a file that vanished
			lines = bytes.Split(data, []byte("\n"))
			files[f.pos.Filename] = lines
		}
		first, last := contextLines(f.pos.Line, f.end.Line, r.o.Context, len(lines))
		for i := first; i <= last; i++ {
			fmt.Fprintf(&buf, "%d\t%s\n", i, lines[i-1])
		}
	}
	_, _ = r.o.Stderr.Write(buf.Bytes())
}

// contextLines returns the first and last line to print around the lines
// line..end of a file of n lines, with c lines of context, clamped to the
// file without overflow for any c >= 0 (-c 9223372036854775807 included).
func contextLines(line, end, c, n int) (first, last int) {
	first, last = 1, n
	if c < line-1 {
		first = line - c
	}
	if end < n && c < n-end {
		last = end + c
	}
	return first, last
}
