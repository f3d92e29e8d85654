package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// errorRecorder collects what analysistest reports, to assert on analysis
// errors (which analysistest only passes to Errorf).
type errorRecorder struct{ msgs []string }

func (r *errorRecorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

func TestConfiguredConstructorTypos(t *testing.T) {
	for _, tc := range []struct {
		pkg  string
		want []string
	}{
		{"badctor/lib", []string{
			`.errcodecheck.yml:2: constructors[0].func: function badctor/lib.Neww not found in package badctor/lib`,
		}},
		{"badparam/lib", []string{
			`.errcodecheck.yml:4: constructors[0].code: (*badparam/lib.Ctx).Fail: "errcode" is not a parameter (have status, code)`,
			`.errcodecheck.yml:7: constructors[1].code: badparam/lib.Err: "Kode" is not a field (have Status, Code)`,
		}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			var r errorRecorder
			analysistest.Run(&r, analysistest.TestData(), analyzer.New(), tc.pkg)
			all := strings.Join(r.msgs, "\n")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("missing error %q in:\n%s", w, all)
				}
			}
		})
	}
}

func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		want      []string
	}{
		{"unknown key", "catalg: x.md\n", []string{`f.yml:1: catalg: unknown key (want one of catalog, code-digits, prefix-rule, heuristics, namespaces, constructors, success-codes, mappers, checks, severity)`}},
		{"nested unknown key", "namespaces:\n  - name: user\n    package: [a/...]\n", []string{
			`f.yml:3: namespaces[0].package: unknown key (want one of name, packages)`}},
		{"map instead of list", "namespaces:\n  user: [a/...]\n", []string{`f.yml:2: namespaces: want a list ("- ..." items), not a mapping`}},
		{"bad bool", "heuristics: maybe\n", []string{`f.yml:1: heuristics: want true or false, got "maybe"`}},
		{"bad digits", "code-digits: eight\n", []string{`f.yml:1: code-digits: want a number from 1 to 18 or "any", got "eight"`}},
		{"relative pattern", "namespaces:\n  - name: user\n    packages: [./user/...]\n", []string{`f.yml:3: namespaces[0].packages[0]: package pattern "./user/..." is relative`}},
		{"duplicate namespace", "namespaces:\n  - name: a\n    packages: [x]\n  - name: a\n    packages: [y]\n", []string{`f.yml:4: namespaces[1].name: namespace "a" is listed twice`}},
		{"func and type", "constructors:\n  - func: a.F\n    type: a.T\n    code: 0\n", []string{`f.yml:2: constructors[0]: give func or type, not both`}},
		{"no code", "constructors:\n  - func: a.F\n", []string{`f.yml:2: constructors[0]: code is required`}},
		{"bad func", "constructors:\n  - func: F\n    code: 0\n", []string{`f.yml:2: constructors[0].func: want a function as path/to/pkg.Func`}},
		{"bad method", "constructors:\n  - func: (*a.T.M\n    code: 0\n", []string{`f.yml:2: constructors[0].func: want a method as (*path/to/pkg.Type).Method`}},
		{"negative index", "constructors:\n  - func: a.F\n    code: -1\n", []string{`f.yml:3: constructors[0].code: parameter index -1 is negative`}},
		{"field not name", "constructors:\n  - type: a.T\n    code: 1\n", []string{`f.yml:3: constructors[0].code: want a field name, got "1"`}},
		{"key twice", "catalog: a\ncatalog: b\n", []string{`f.yml:2: catalog: key given twice`}},
		{"not a mapping", "- a\n- b\n", []string{`f.yml:1: config: want a mapping of keys`}},
		{"bad yaml", "a: [\n", []string{`f.yml:1: did not find expected node content`}},
		{"list for scalar", "catalog: [a]\n", []string{`f.yml:1: catalog: want a single value, not a list`}},
		{"unknown check", "checks:\n  - all\n  - -mesage-mismatch\n", []string{`f.yml:3: checks[1]: unknown check "-mesage-mismatch" (want all, unknown-code,`}},
		{"checks not a list", "checks: all,-namespace\n", []string{`f.yml:1: checks: want a list ("- ..." items), not a value`}},
		{"severity of unknown check", "severity:\n  mesage-mismatch: warning\n", []string{`f.yml:2: severity.mesage-mismatch: unknown key (want one of unknown-code, status-mismatch, namespace, message-mismatch, symbol-mismatch, status-conflict, unused-code, directive)`}},
		{"bad severity", "severity:\n  namespace: info\n", []string{`f.yml:2: severity.namespace: want error or warning, got "info"`}},
		// All of a file's mistakes at once: form and content.
		{"every error", "catalg: x\nheuristics: maybe\nchecks: [nope]\nnamespaces:\n  - name: a\n", []string{
			`f.yml:1: catalg: unknown key`, `f.yml:2: heuristics: want true or false`,
			`f.yml:3: checks[0]: unknown check "nope"`, `f.yml:5: namespaces[0]: packages is required`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := analyzer.ParseConfig("f.yml", []byte(tc.doc))
			if err == nil {
				t.Fatalf("no error for\n%s", tc.doc)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%s\ndoes not contain\n%s", err, w)
				}
			}
		})
	}
}

func TestParseConfigValid(t *testing.T) {
	doc := `
catalog: docs/errcodes.md
code-digits: any
prefix-rule: false
heuristics: false
namespaces:
  - name: user
    packages: ["example.com/shop/user/..."]
constructors:
  - func: example.com/shop/apierr.New
    status: 0
    code: 1
    message: 2
  - func: "(*example.com/shop/web.Context).Fail"
    status: status
    code: code
  - type: example.com/shop/apierr.Error
    status: HTTPCode
    code: ErrorCode
`
	c, err := analyzer.ParseConfig("/x/.errcodecheck.yml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if c.Catalog != "docs/errcodes.md" || c.CodeDigits == nil || *c.CodeDigits != 0 || c.PrefixRule == nil || *c.PrefixRule ||
		c.Heuristics == nil || *c.Heuristics || len(c.Namespaces) != 1 || len(c.Constructors) != 3 || c.Dir != "/x" {
		t.Errorf("decoded %+v", c)
	}
	if c.Constructors[1].Func != "(*example.com/shop/web.Context).Fail" || c.Constructors[2].Status != "HTTPCode" {
		t.Errorf("constructors %+v", c.Constructors)
	}
}

func TestCatalogErrorsThroughConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("codes.md", "- HttpCode: 400\n- ErrorCode: 40100001\n")
	cfg := write("bad.yml", "catalog: codes.md\n")
	c, err := analyzer.LoadConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := analyzer.NewWithConfig(c); err == nil || !strings.Contains(err.Error(), "codes.md:2: error code 40100001 does not start with its HttpCode 400") {
		t.Errorf("got %v", err)
	}
	missing := write("missing.yml", "catalog: nowhere.md\n")
	c, _ = analyzer.LoadConfig(missing)
	if _, err := analyzer.NewWithConfig(c); err == nil || !strings.Contains(err.Error(), "missing.yml:1: catalog: ") || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("got %v", err)
	}
	ns := write("ns.yml", "namespaces:\n  - name: usr\n    packages: [a]\n")
	c, _ = analyzer.LoadConfig(ns)
	if _, err := analyzer.NewWithConfig(c); err == nil || !strings.Contains(err.Error(), `ns.yml:2: namespaces[0].name: namespace "usr" is not in catalog`) {
		t.Errorf("got %v", err)
	}
	if _, err := analyzer.LoadConfig(filepath.Join(dir, "absent.yml")); err == nil || !strings.Contains(err.Error(), "absent.yml") {
		t.Errorf("got %v", err)
	}
}
