package main

import (
	"strings"
	"testing"
)

// TestConstructorsFlag checks -constructors through the binary: each
// constructor the shop's constructions use, with why it is one (the
// config's file:line, an inferred wrapper, the naming heuristics and the
// names they matched), the count and the first site; findings are still
// reported on standard error, and the exit status is unchanged.
func TestConstructorsFlag(t *testing.T) {
	t.Parallel()
	dir := copyShop(t)
	r := errcodecheck(t, dir, "-constructors", "./...")
	wantCode(t, r, 3)
	for _, want := range []string{
		"example.com/shop/apierr.New: configured: " + dir + "/.errcodecheck.yml:9: constructors[0]; 9 construction(s), first at apierr/apierr.go:21:9\n",
		"example.com/shop/apierr.BadRequest: inferred wrapper in package example.com/shop/apierr: passes its parameters on to a constructor; 1 construction(s), first at clean/clean.go:13:3\n",
		"example.com/shop/heur.E: naming heuristics: status field HTTPCode, code field ErrorCode, message field Message; 2 construction(s), first at fixme/fixme.go:13:9\n",
		"example.com/shop/heur.NewError: inferred wrapper in package example.com/shop/heur: passes its parameters on to a constructor; 4 construction(s)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("-constructors output lacks %q:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "(status-mismatch)") {
		t.Errorf("findings are no longer reported with -constructors:\n%s", r.stderr)
	}
	// Without the flag, nothing is printed on standard output.
	if r := errcodecheck(t, dir, "./..."); r.stdout != "" {
		t.Errorf("standard output without -constructors: %q", r.stdout)
	}
	// Standard output is the document in other formats.
	if r := errcodecheck(t, dir, "-constructors", "-json", "./..."); r.code != exitUsage || !strings.Contains(r.stderr, "-constructors prints on standard output") {
		t.Errorf("-constructors -json: %v, want a usage error", r)
	}
	// A module that uses no constructor says so.
	plain := t.TempDir()
	writeFile(t, plain, "go.mod", "module example.com/plain\n\ngo 1.26\n")
	writeFile(t, plain, "plain.go", "package plain\n\nfunc Add(a, b int) int { return a + b }\n")
	if r := errcodecheck(t, plain, "-constructors", "./..."); r.code != 0 || r.stdout != "no constructor of HTTP errors is used in these packages\n" {
		t.Errorf("-constructors on a module without constructors: %v", r)
	}
}
