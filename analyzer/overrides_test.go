package analyzer_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestOverrideDoesNotFit: code-digits or prefix-rule that the catalog's
// codes do not satisfy gave one unexplained catalog error per code (56
// for the embedded catalog with code-digits: 6), none naming the config
// key at fault. Now one error names the key, the catalog, how many codes
// disagree and the first of them.
func TestOverrideDoesNotFit(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, config, catalog string
		want                  string
	}{
		{"embedded digits", "# rules\nheuristics: true\ncode-digits: 6\n", "",
			`.errcodecheck.yml:3: code-digits: 6 does not fit catalog errcodecheck/catalog/errcodes.md: 56 of its 56 codes have 8 digits (first: errcodecheck/catalog/errcodes.md:`},
		{"mixed widths", "catalog: c.md\ncode-digits: 8\n", "<!-- errcodecheck:rules digits=any prefix=off -->\n- HttpCode: 404\n- ErrorCode: 410108\n---\n- HttpCode: 400\n- ErrorCode: 40000001\n---\n- HttpCode: 400\n- ErrorCode: 4000001\n",
			`c.md` + `: 2 of its 3 codes have other widths (6, 7 digits) (first: `},
		{"prefix", "catalog: c.md\nprefix-rule: true\n", "<!-- errcodecheck:rules digits=6 prefix=off -->\n- HttpCode: 404\n- ErrorCode: 410108\n---\n- HttpCode: 400\n- ErrorCode: 400001\n",
			`.errcodecheck.yml:2: prefix-rule: true does not fit catalog `},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			files := map[string]string{analyzer.ConfigFileName: c.config}
			if c.catalog != "" {
				files["c.md"] = c.catalog
			}
			writeFiles(t, dir, files)
			cfg, err := analyzer.LoadConfig(filepath.Join(dir, analyzer.ConfigFileName))
			if err != nil {
				t.Fatal(err)
			}
			_, err = analyzer.NewWithConfig(cfg)
			if err == nil {
				t.Fatal("the override is accepted")
			}
			if got := err.Error(); !strings.Contains(got, c.want) || strings.Count(got, "\n") > 0 {
				t.Errorf("want one line containing %q, got:\n%s", c.want, got)
			}
		})
	}
}
