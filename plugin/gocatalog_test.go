package plugin_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestGoCatalog: the settings' catalog key names a Go package, read from
// the facts as under go vet (the analyzer's own gocatreg world).
func TestGoCatalog(t *testing.T) {
	p, err := newPlugin(t, map[string]any{
		"catalog": "go:gocatreg/code",
		"constructors": []any{map[string]any{
			"func": "gocatreg/apierr.New", "status": 0, "code": 1, "message": 2,
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs(filepath.Join("..", "analyzer", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, as[0], "gocatreg/code", "gocatreg/handler", "gocatreg/svc")
}
