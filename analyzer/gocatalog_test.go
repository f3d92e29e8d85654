package analyzer_test

import (
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
