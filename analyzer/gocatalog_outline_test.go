package analyzer

import (
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestParseOutline: standard packages whose function bodies parseOutline
// drops still type-check (else each Go catalog load would be done twice).
func TestParseOutline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a good part of the standard library")
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, ParseFile: parseOutline}
	pkgs, err := packages.Load(cfg, "net/http", "encoding/json", "os/exec", "math/rand/v2", "database/sql", "log/slog", "text/template")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		n++
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
	if n < 100 {
		t.Errorf("%d packages loaded, want the standard library's many", n)
	}
}
