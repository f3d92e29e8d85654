package main

import (
	"strings"
	"testing"
)

// TestConstructorTypo: a configured constructor whose package path has a
// typo was silently ignored, the run green. Inside the config's module it
// is refused when the config loads; outside, after the run, when no
// analyzed package is or imports its package and the go command cannot
// find it. A constructor the run reaches, or whose package exists but is
// not imported by this run, is no error.
func TestConstructorTypo(t *testing.T) {
	const src = "package m\n\nimport \"strconv\"\n\nvar S = strconv.Itoa(40000001)\n"
	for _, c := range []struct {
		name, config string
		code         int
		wantErr      string
	}{
		{"in module", "constructors:\n  - func: example.com/m/apierrs.New\n    code: 0\n", 1,
			".errcodecheck.yml:2: constructors[0].func: package example.com/m/apierrs is not in module example.com/m: no directory "},
		{"outside module", "constructors:\n  - func: strconv.Itoa\n    code: 0\n  - func: github.com/gin-gonic/gim.New\n    code: 0\n", 1,
			".errcodecheck.yml:4: constructors[1].func: package github.com/gin-gonic/gim of github.com/gin-gonic/gim.New is not imported by any analyzed package and cannot be found"},
		// A real package that this run does not import: a run on part of
		// a module, not a typo.
		{"exists, not imported", "constructors:\n  - func: strconv.Itoa\n    code: 0\n  - func: encoding/hex.EncodedLen\n    code: 0\n", 0, ""},
		{"reached", "constructors:\n  - func: strconv.Itoa\n    code: 0\n", 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeFile(t, dir, "go.mod", "module example.com/m\n\ngo 1.22\n")
			writeFile(t, dir, "m.go", src)
			writeFile(t, dir, ".errcodecheck.yml", c.config)
			r := errcodecheck(t, dir, "./...")
			wantCode(t, r, c.code)
			if c.wantErr != "" && !strings.Contains(r.stderr, c.wantErr) {
				t.Errorf("standard error lacks %q:\n%s", c.wantErr, r.stderr)
			}
			if strings.Contains(r.stderr, "strconv.Itoa") {
				t.Errorf("a constructor the run reaches is reported:\n%s", r.stderr)
			}
		})
	}
}
