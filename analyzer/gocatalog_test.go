package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestGoCatalogRegistry: a catalog of registry calls; handler imports it,
// svc only through handler.
func TestGoCatalogRegistry(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "gocatreg/code", "gocatreg/handler", "gocatreg/svc")
}

// TestGoCatalogMaps: a catalog of constants, a message map and a status map.
func TestGoCatalogMaps(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "gocatmap/code", "gocatmap/handler")
}

func TestGoCatalogConfig(t *testing.T) {
	for _, tc := range []struct {
		c    analyzer.Config
		want string
	}{
		{analyzer.Config{Catalog: "go:"}, `config: catalog: "go:": want go:PKGPATH with a Go import path`},
		{analyzer.Config{Catalog: "go:a b"}, `config: catalog: "go:a b": want go:PKGPATH`},
		{analyzer.Config{Catalog: "go:example.com/code", CatalogData: []byte("x")}, `config: catalog: "go:example.com/code" names a Go package, but the catalog's Markdown is given`},
	} {
		_, err := analyzer.NewWithConfig(&tc.c)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: got %v, want %q", tc.c, err, tc.want)
		}
	}
	if _, err := analyzer.NewWithConfig(&analyzer.Config{Catalog: "go:example.com/code"}); err != nil {
		t.Errorf("go:example.com/code: %v", err)
	}
}
