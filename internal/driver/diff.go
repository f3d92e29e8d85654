package driver

import (
	"bytes"
	"fmt"
	"strings"
)

// unified returns the unified diff (diff -u, three lines of context) that
// turns before into after, with the file names oldName and newName, or
// nothing when they are equal.
func unified(oldName, newName string, before, after []byte) []byte {
	a, b := splitLines(before), splitLines(after)
	ops := diffLines(a, b)
	const context = 3
	var out bytes.Buffer
	for i := 0; i < len(ops); {
		if ops[i].kind == opEqual {
			i++
			continue
		}
		// A hunk: from context lines before this change to context lines
		// after the last change that is at most 2*context equal lines
		// from the next.
		start := max(i-context, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != opEqual {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == opEqual {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, run)
				break
			}
			end = run
		}
		if out.Len() == 0 {
			fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
		}
		writeHunk(&out, a, b, ops[start:end])
		i = end
	}
	return out.Bytes()
}

func writeHunk(out *bytes.Buffer, a, b []string, ops []op) {
	var aStart, bStart, aLen, bLen int
	aStart, bStart = -1, -1
	for _, o := range ops {
		if o.kind != opInsert {
			if aStart < 0 {
				aStart = o.a
			}
			aLen++
		}
		if o.kind != opDelete {
			if bStart < 0 {
				bStart = o.b
			}
			bLen++
		}
	}
	// An empty side is numbered by the line before it.
	if aStart < 0 {
		aStart = ops[0].a - 1
	}
	if bStart < 0 {
		bStart = ops[0].b - 1
	}
	fmt.Fprintf(out, "@@ -%d,%d +%d,%d @@\n", aStart+1, aLen, bStart+1, bLen)
	for _, o := range ops {
		switch o.kind {
		case opEqual:
			writeLine(out, ' ', a[o.a])
		case opDelete:
			writeLine(out, '-', a[o.a])
		case opInsert:
			writeLine(out, '+', b[o.b])
		}
	}
}

func writeLine(out *bytes.Buffer, prefix byte, line string) {
	out.WriteByte(prefix)
	out.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		out.WriteString("\n\\ No newline at end of file\n")
	}
}

// splitLines splits data into lines, each with its newline (the last one
// may have none).
func splitLines(data []byte) []string {
	var lines []string
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n') + 1
		if i == 0 {
			i = len(data)
		}
		lines = append(lines, string(data[:i]))
		data = data[i:]
	}
	return lines
}

type opKind int

const (
	opEqual opKind = iota
	opDelete
	opInsert
)

// An op is one step of an edit script: keep a[a] (= b[b]), delete a[a] or
// insert b[b]. For an insert, a is the index in a where it happens; for a
// delete, b likewise.
type op struct {
	kind opKind
	a, b int
}

// diffLines returns a shortest edit script from a to b (Myers' algorithm,
// keeping only the diagonals each step reached: O((N+M)D) time, O(D²)
// space).
func diffLines(a, b []string) []op {
	n, m := len(a), len(b)
	maxD := n + m
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int // trace[d]: v[-d..d] at the start of step d
	var d int
search:
	for d = 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1] // down: insert
			} else {
				x = v[off+k-1] + 1 // right: delete
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				break search
			}
		}
	}

	var ops []op
	x, y := n, m
	for ; d > 0; d-- {
		prev := trace[d] // v after step d-1, indexed from -d
		at := func(k int) int { return prev[k+d] }
		k := x - y
		var pk int
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		for x > px && y > py {
			x--
			y--
			ops = append(ops, op{opEqual, x, y})
		}
		if x == px {
			y--
			ops = append(ops, op{opInsert, x, y})
		} else {
			x--
			ops = append(ops, op{opDelete, x, y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		ops = append(ops, op{opEqual, x, y})
	}
	for i, j := 0, len(ops)-1; i < j; i, j = i+1, j-1 {
		ops[i], ops[j] = ops[j], ops[i]
	}
	return ops
}
