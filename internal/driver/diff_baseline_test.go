package driver

// The Myers diff that -diff used before go-udiff, kept only as the
// baseline of BenchmarkUnified: it keeps every step's diagonals, O(D²)
// memory, which made -diff need gigabytes for a file of 12,000 fixed
// lines.

import "bytes"

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
