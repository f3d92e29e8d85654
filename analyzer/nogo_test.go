package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestNogo runs the package-level Analyzer that rules_go's nogo imports,
// configured the way nogo configures analyzers: by flags only (the config
// file and its catalog are data dependencies), with no directory walk.
// It is the only test that touches analyzer.Analyzer.
func TestNogo(t *testing.T) {
	cfg, err := filepath.Abs(filepath.Join("testdata", "nogo", "errcodecheck.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := analyzer.Analyzer.Flags.Set(analyzer.FlagConfig, cfg); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "nogo/svc")
}

// TestNogoEmbedded builds the analyzer the way a Bazel workspace's own
// nogo package does when its config and catalog are embedded (embedsrcs):
// from bytes, with no file read at analysis time. The config names
// codes.md, which does not exist where the test runs: only CatalogData
// can supply it.
func TestNogoEmbedded(t *testing.T) {
	yml, err := os.ReadFile(filepath.Join("testdata", "nogo", "errcodecheck.yml"))
	if err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join("testdata", "nogo", "codes.md"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := analyzer.ParseConfig("errcodecheck.yml", yml)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := analyzer.NewWithConfig(c); err == nil {
		t.Fatal("NewWithConfig without CatalogData: want an error for the missing codes.md")
	}
	c.CatalogData = md
	a, err := analyzer.NewWithConfig(c)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "nogo/svc")

	c.CatalogData = []byte("| Code | HTTP |\n|---|---|\n| 41010x | 404 |\n")
	if _, err := analyzer.NewWithConfig(c); err == nil || !strings.Contains(err.Error(), "codes.md:3:") {
		t.Errorf("NewWithConfig with a bad embedded catalog: %v, want an error at codes.md:3", err)
	}
}
