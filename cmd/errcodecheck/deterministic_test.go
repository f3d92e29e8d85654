package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// bigModule writes a module of n packages, each with an internal and an
// external test, each importing the previous one and a shared
// constructor package, with findings that have fixes and findings that
// have none, spread over the package's files.
func bigModule(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/big\n\ngo 1.26\n")
	writeFile(t, dir, ".errcodecheck.yml", "heuristics: true\n")
	writeFile(t, dir, "apierr/apierr.go", "package apierr\n\n// E is an HTTP error.\ntype E struct{ HTTPCode, ErrorCode int }\n\n"+
		"func New(httpCode, errorCode int, msg string) *E { return &E{httpCode, errorCode} }\n\n"+
		"// NotFound is a wrapper that fixes the status.\nfunc NotFound(code int) *E { return New(404, code, \"\") }\n")
	for i := range n {
		p := fmt.Sprintf("p%02d", i)
		imp := ""
		use := ""
		if i > 0 {
			imp = fmt.Sprintf("\t\"example.com/big/p%02d\"\n", i-1)
			use = fmt.Sprintf("\nvar _ = p%02d.A\n", i-1)
		}
		writeFile(t, dir, filepath.Join(p, "a.go"), fmt.Sprintf(`package %s

import (
	"example.com/big/apierr"
%s)
%s
// A has a status that does not match its code: a fix.
var A = apierr.New(400, 40400003, "")

// B has an unregistered code: no fix.
var B = apierr.New(404, 40400%03d, "")
`, p, imp, use, 100+i))
		writeFile(t, dir, filepath.Join(p, "b.go"), fmt.Sprintf(`package %s

import "example.com/big/apierr"

func c() *apierr.E { return apierr.NotFound(40100002) }

func d() apierr.E { return apierr.E{HTTPCode: 403, ErrorCode: 40100002} }
`, p))
		writeFile(t, dir, filepath.Join(p, "a_test.go"), fmt.Sprintf(`package %s

import "example.com/big/apierr"

var _ = apierr.New(500, 40000001, "")
`, p))
		writeFile(t, dir, filepath.Join(p, "x_test.go"), fmt.Sprintf(`package %s_test

import (
	"example.com/big/apierr"
	"example.com/big/%s"
)

var _ = %s.A

var _ = apierr.New(401, 40400002, "")
`, p, p, p))
	}
	return dir
}

// TestDeterministic runs the command five times in each output format on a
// module of 84 packages (168 with their test variants, plus the external
// test packages) and requires byte-identical standard output and standard
// error each time: findings are sorted, whatever the order of parsing and
// analysis.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command 20 times on 84 packages")
	}
	dir := bigModule(t, 84)
	for _, flags := range [][]string{nil, {"-json"}, {"-sarif"}, {"-diff"}} {
		args := append(slices.Clip(flags), "./...")
		first := errcodecheck(t, dir, args...)
		wantCode(t, first, 3)
		if len(first.stdout)+len(first.stderr) < 1000 {
			t.Fatalf("%v: too little output for a test:\n%s", args, first)
		}
		for range 4 {
			r := errcodecheck(t, dir, args...)
			if r.stdout != first.stdout || r.stderr != first.stderr || r.code != first.code {
				t.Fatalf("%v: the output differs from run to run:\nfirst:\n%s\nlater:\n%s", args, first, r)
			}
		}
	}
}

// TestBigModuleFindings checks what TestDeterministic compares: every
// package's findings, in its files and tests, with and without fixes.
func TestBigModuleFindings(t *testing.T) {
	dir := bigModule(t, 2)
	r := errcodecheck(t, dir, "./...")
	wantCode(t, r, 3)
	want := `p00/a.go:8:20: status 400 does not match error code 40400003 (registered with 404) (status-mismatch)
p00/a.go:11:25: error code 40400100 is not registered in the catalog (unknown-code)
p00/a_test.go:5:20: status 500 does not match error code 40000001 (registered with 400) (status-mismatch)
p00/b.go:5:45: error code 40100002 (registered with 401) used with NotFound, which fixes status 404 (status-mismatch)
p00/b.go:7:47: status 403 does not match error code 40100002 (registered with 401) (status-mismatch)
p00/x_test.go:10:20: status 401 does not match error code 40400002 (registered with 404) (status-mismatch)
p01/a.go:11:20: status 400 does not match error code 40400003 (registered with 404) (status-mismatch)
p01/a.go:14:25: error code 40400101 is not registered in the catalog; did you mean 40400001? (unknown-code)
p01/a_test.go:5:20: status 500 does not match error code 40000001 (registered with 400) (status-mismatch)
p01/b.go:5:45: error code 40100002 (registered with 401) used with NotFound, which fixes status 404 (status-mismatch)
p01/b.go:7:47: status 403 does not match error code 40100002 (registered with 401) (status-mismatch)
p01/x_test.go:10:20: status 401 does not match error code 40400002 (registered with 404) (status-mismatch)
`
	if r.stderr != want {
		t.Errorf("findings:\n%s\nwant:\n%s", r.stderr, want)
	}
}
