package analyzer_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// Tests of the paths the testdata packages do not take: analyzers built
// from a Config, the -config and -heuristics flags, config files that are
// wrong in ways only the packages can tell, golangci-lint settings.

func countDiagnostics(t *testing.T, a *analysis.Analyzer, dir string, patterns ...string) int {
	t.Helper()
	ds, err := analyze(a, loadGOPATH(t, dir, patterns...))
	if err != nil {
		t.Fatal(err)
	}
	return len(ds)
}

func TestNewWithConfig(t *testing.T) {
	a, err := analyzer.NewWithConfig(nil)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "robust/lits")

	off := false
	a, err = analyzer.NewWithConfig(&analyzer.Config{Heuristics: &off})
	if err != nil {
		t.Fatal(err)
	}
	if n := countDiagnostics(t, a, analysistest.TestData(), "robust/lits"); n != 0 {
		t.Errorf("heuristics off: %d diagnostics, want 0", n)
	}
	if a.Flags.Lookup(analyzer.FlagConfig) != nil || a.Flags.Lookup(analyzer.FlagGenerated) == nil {
		t.Errorf("NewWithConfig's flags: want -generated only")
	}

	for _, tc := range []struct {
		c    *analyzer.Config
		want string
	}{
		{&analyzer.Config{Namespaces: []analyzer.Namespace{{Packages: []string{"a"}}}}, "config: namespaces[0]: name is required"},
		{&analyzer.Config{Namespaces: []analyzer.Namespace{{Name: "user"}}}, "config: namespaces[0]: packages is required"},
		{&analyzer.Config{Constructors: []analyzer.Constructor{{Code: "0"}}}, "config: constructors[0]: func or type is required"},
		{&analyzer.Config{Constructors: []analyzer.Constructor{{Type: "T", Code: "C"}}}, `config: constructors[0].type: want path/to/pkg.Name, got "T"`},
		{&analyzer.Config{Constructors: []analyzer.Constructor{{Func: "a.F", Code: "1x"}}}, `config: constructors[0].code: want a parameter index or name, got "1x"`},
		{&analyzer.Config{Namespaces: []analyzer.Namespace{{Name: "nope", Packages: []string{"a"}}}}, `config: namespaces[0].name: namespace "nope" is not in catalog`},
		{&analyzer.Config{Catalog: filepath.Join(t.TempDir(), "none.md")}, "config: catalog: "},
	} {
		if _, err := analyzer.NewWithConfig(tc.c); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewWithConfig(%+v) = %v, want an error containing %q", tc.c, err, tc.want)
		}
	}
}

func TestConfigFlag(t *testing.T) {
	dir := analysistest.TestData()
	// The config of robust/configured turns heuristics off, for every
	// package when given with -config.
	a := analyzer.New()
	if err := a.Flags.Set(analyzer.FlagConfig, filepath.Join(dir, "src", "robust", "configured", analyzer.ConfigFileName)); err != nil {
		t.Fatal(err)
	}
	if n := countDiagnostics(t, a, dir, "robust/lits"); n != 0 {
		t.Errorf("-config with heuristics off: %d diagnostics in robust/lits, want 0", n)
	}

	a = analyzer.New()
	missing := filepath.Join(t.TempDir(), "absent.yml")
	if err := a.Flags.Set(analyzer.FlagConfig, missing); err != nil {
		t.Fatal(err)
	}
	if _, err := analyze(a, loadGOPATH(t, dir, "robust/lits")); err == nil || !strings.Contains(err.Error(), "config "+missing) {
		t.Errorf("missing -config file: got %v", err)
	}
}

func TestHeuristicsFlag(t *testing.T) {
	dir := analysistest.TestData()
	a := analyzer.New()
	f := a.Flags.Lookup(analyzer.FlagHeuristics)
	if f == nil {
		t.Fatal("no -heuristics flag")
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
		t.Error("-heuristics is not a boolean flag (-heuristics alone must work)")
	}
	if got := f.Value.String(); got != "true" {
		t.Errorf("default -heuristics = %q, want true", got)
	}
	if err := a.Flags.Set(analyzer.FlagHeuristics, "maybe"); err == nil || !strings.Contains(err.Error(), `want true or false, got "maybe"`) {
		t.Errorf("-heuristics=maybe: %v", err)
	}
	if err := a.Flags.Set(analyzer.FlagHeuristics, "false"); err != nil {
		t.Fatal(err)
	}
	if got := f.Value.String(); got != "false" {
		t.Errorf("-heuristics = %q after setting false", got)
	}
	if n := countDiagnostics(t, a, dir, "robust/lits"); n != 0 {
		t.Errorf("-heuristics=false: %d diagnostics in robust/lits, want 0", n)
	}

	// -heuristics=true overrides the config's heuristics: false:
	// api.NewError(400, 40100002, "") in robust/configured/use is one
	// more diagnostic.
	pkgs := loadGOPATH(t, dir, "robust/configured/use")
	base, err := analyze(analyzer.New(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	a = analyzer.New()
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	if err := fs.Parse([]string{"-" + analyzer.FlagHeuristics}); err != nil {
		t.Fatal(err)
	}
	on, err := analyze(a, pkgs)
	if err != nil {
		t.Fatal(err)
	}
	if len(on) != len(base)+1 {
		t.Errorf("-heuristics over a config with heuristics: false: got\n\t%s\nwant one more than\n\t%s", join(on), join(base))
	}
}

// TestConfigErrorsFromPackages: mistakes that only the analyzed packages
// reveal are analysis errors naming the config file, line and key.
func TestConfigErrorsFromPackages(t *testing.T) {
	lib := `package lib

type Code int

type Alias = int

type E struct{ S, C int }

type I interface{ M(s, c int) }

func New(status, code int) error { return nil }
`
	for _, tc := range []struct {
		name, config string
		want         string
	}{
		{"unknown key", "heuristic: false\n", ".errcodecheck.yml:1: heuristic: unknown key"},
		{"index out of range", "constructors:\n  - func: cfg/lib.New\n    status: 0\n    code: 5\n",
			`.errcodecheck.yml:4: constructors[0].code: cfg/lib.New: parameter index 5 is out of range (2 parameters)`},
		{"message not a parameter", "constructors:\n  - func: cfg/lib.New\n    code: code\n    message: msg\n",
			`.errcodecheck.yml:4: constructors[0].message: cfg/lib.New: "msg" is not a parameter (have status, code)`},
		{"type not found", "constructors:\n  - type: cfg/lib.Err\n    code: C\n",
			`.errcodecheck.yml:2: constructors[0].type: type Err not found in package cfg/lib`},
		{"alias of a basic type", "constructors:\n  - type: cfg/lib.Alias\n    code: C\n",
			`.errcodecheck.yml:2: constructors[0].type: cfg/lib.Alias is not a named struct type`},
		{"method of a non-type", "constructors:\n  - func: (*cfg/lib.New).M\n    code: 0\n",
			`.errcodecheck.yml:2: constructors[0].func: function (*cfg/lib.New).M not found in package cfg/lib`},
		{"method of an interface, wrong receiver form", "constructors:\n  - func: (*cfg/lib.I).M\n    code: c\n",
			`.errcodecheck.yml:2: constructors[0].func: function (*cfg/lib.I).M not found in package cfg/lib`},
		{"missing catalog", "catalog: nowhere.md\n", ".errcodecheck.yml:1: catalog: "},
		{"namespace not in catalog", "namespaces:\n  - name: usr\n    packages: [cfg/...]\n",
			`.errcodecheck.yml:2: namespaces[0].name: namespace "usr" is not in catalog`},
		{"ambiguous namespaces", "namespaces:\n  - name: user\n    packages: [cfg/...]\n  - name: platform\n    packages: [cfg/...]\n",
			`.errcodecheck.yml:5: namespaces[1].packages[0]: package pattern "cfg/..." is also namespaces[0].packages[0]`},
		{"equally specific namespaces", "namespaces:\n  - name: user\n    packages: [cfg/l...b]\n  - name: platform\n    packages: [cfg/l...ib]\n",
			`.errcodecheck.yml:5: namespaces[1].packages[0]: package cfg/lib matches "cfg/l...b" of namespace user and "cfg/l...ib" of namespace platform equally`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeGOPATH(t, map[string]string{
				"cfg/" + analyzer.ConfigFileName: tc.config,
				"cfg/lib/lib.go":                 lib,
			})
			_, err := analyze(analyzer.New(), loadGOPATH(t, dir, "cfg/lib"))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestConfiguredNonStructType: a configured type that is not a struct is
// a config error, like one that does not exist.
func TestConfiguredNonStructType(t *testing.T) {
	dir := writeGOPATH(t, map[string]string{
		"cfg/" + analyzer.ConfigFileName: "constructors:\n  - type: cfg/lib.Code\n    code: C\n",
		"cfg/lib/lib.go":                 "package lib\n\ntype Code int\n",
	})
	_, err := analyze(analyzer.New(), loadGOPATH(t, dir, "cfg/lib"))
	if want := `.errcodecheck.yml:2: constructors[0].type: cfg/lib.Code is not a struct type`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want an error containing %q", err, want)
	}
}

func TestConfigFromSettings(t *testing.T) {
	c, err := analyzer.ConfigFromSettings(nil)
	if err != nil || c == nil || c.Catalog != "" || len(c.Namespaces) != 0 {
		t.Errorf("nil settings: %+v, %v", c, err)
	}
	c, err = analyzer.ConfigFromSettings(map[string]any{
		"heuristics": false,
		"namespaces": []any{map[string]any{"name": "user", "packages": []any{"example.com/user/..."}}},
		"constructors": []any{
			map[string]any{"func": "example.com/apierr.New", "status": 0, "code": 1},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.Heuristics == nil || *c.Heuristics || len(c.Namespaces) != 1 || c.Namespaces[0].Packages[0] != "example.com/user/..." ||
		len(c.Constructors) != 1 || c.Constructors[0].Status != "0" || c.Constructors[0].Code != "1" || c.Dir != "" {
		t.Errorf("decoded %+v", c)
	}
	if _, err := analyzer.NewWithConfig(c); err != nil {
		t.Errorf("NewWithConfig: %v", err)
	}
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"heuristic": true}, "heuristic: unknown key"},
		{map[string]any{"namespaces": map[string]any{"user": "x/..."}}, `namespaces: want a list ("- ..." items), not a mapping`},
		{map[string]any{"code-digits": []any{8}}, "code-digits: want a single value, not a list"},
		{[]any{"a"}, "config: want a mapping of keys"},
	} {
		if _, err := analyzer.ConfigFromSettings(tc.settings); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ConfigFromSettings(%v) = %v, want an error containing %q", tc.settings, err, tc.want)
		}
	}
}

func TestParseConfigMoreErrors(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"catalog: ~\n", "f.yml:1: catalog: want a single value, not a null"},
		{"catalog: {a: b}\n", "f.yml:1: catalog: want a single value, not a mapping"},
		{"namespaces: 5\n", `f.yml:1: namespaces: want a list ("- ..." items), not a value`},
		{"heuristics: [a]\n", "f.yml:1: heuristics: want true or false, got a list"},
		{"prefix-rule: {a: 1}\n", "f.yml:1: prefix-rule: want true or false, got a mapping"},
		{"namespaces:\n  - 5\n", "f.yml:2: namespaces[0]: want a mapping of keys (name, packages)"},
		{"namespaces:\n  - name: user\n", "f.yml:2: namespaces[0]: packages is required"},
		{"namespaces:\n  - packages: [a]\n", "f.yml:2: namespaces[0]: name is required"},
		{"constructors:\n  - code: 0\n", "f.yml:2: constructors[0]: func or type is required"},
		{"constructors:\n  - type: T\n    code: C\n", `f.yml:2: constructors[0].type: want path/to/pkg.Name, got "T"`},
		{"constructors:\n  - func: a.F\n    code: 1x\n", `f.yml:3: constructors[0].code: want a parameter index or name, got "1x"`},
		{"constructors:\n  - func: (*a.T).\n    code: 0\n", "f.yml:2: constructors[0].func: want a method as (*path/to/pkg.Type).Method"},
		{"constructors:\n  - func: (*T).M\n    code: 0\n", `f.yml:2: constructors[0].func: want path/to/pkg.Name, got "T"`},
	} {
		_, err := analyzer.ParseConfig("f.yml", []byte(tc.doc))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseConfig(%q) = %v, want an error containing %q", tc.doc, err, tc.want)
		}
	}
	// Empty and null documents and null lists are the zero config.
	for _, doc := range []string{"", "~\n", "# only a comment\n", "namespaces: ~\nconstructors:\n", "code-digits: ''\n"} {
		c, err := analyzer.ParseConfig("f.yml", []byte(doc))
		if err != nil || len(c.Namespaces) != 0 || len(c.Constructors) != 0 || c.CodeDigits != nil {
			t.Errorf("ParseConfig(%q) = %+v, %v; want the zero config", doc, c, err)
		}
	}
	// A directory is no config file.
	if _, err := analyzer.LoadConfig(t.TempDir()); err == nil || !strings.Contains(err.Error(), "not a regular file (a directory)") {
		t.Errorf("LoadConfig(dir) = %v", err)
	}
}

// TestParseConfigYAMLAliases: anchors and aliases are plain YAML; a
// config that uses them means what it says.
func TestParseConfigYAMLAliases(t *testing.T) {
	doc := "prefix-rule: &off false\nheuristics: *off\nnamespaces:\n  - name: user\n    packages: &pk [example.com/user/...]\n" +
		"  - name: platform\n    packages: [example.com/platform/...]\nconstructors:\n  - {func: example.com/x.New, code: &c code}\n  - {func: example.com/x.Other, code: *c}\n"
	c, err := analyzer.ParseConfig("f.yml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if c.Heuristics == nil || *c.Heuristics || len(c.Namespaces) != 2 || len(c.Constructors) != 2 || c.Constructors[1].Code != "code" {
		t.Errorf("decoded %+v", c)
	}
}

func TestCheckByName(t *testing.T) {
	for _, c := range analyzer.Checks() {
		got, ok := analyzer.CheckByName(c.Name)
		if !ok || got.Name != c.Name || got.Title == "" || got.Help == "" || got.Bad == "" || got.Good == "" {
			t.Errorf("CheckByName(%q) = %+v, %v", c.Name, got, ok)
		}
	}
	for _, name := range []string{analyzer.CategoryUnknownCode, analyzer.CategoryStatusMismatch, analyzer.CategoryNamespace,
		analyzer.CategoryMessageMismatch, analyzer.CategoryDirective} {
		if _, ok := analyzer.CheckByName(name); !ok {
			t.Errorf("category %q is not documented", name)
		}
	}
	if _, ok := analyzer.CheckByName("unknown"); ok {
		t.Error(`CheckByName("unknown") found something`)
	}
}

func TestTypeParameterConstraints(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust/constraints")
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := analyzer.FindConfig(deep); got != "" && strings.HasPrefix(got, root) {
		t.Errorf("FindConfig found %s in an empty tree", got)
	}
	cfg := filepath.Join(root, "a", analyzer.ConfigFileName)
	if err := os.WriteFile(cfg, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(root, "a", "b", analyzer.ConfigFileName), 0o755); err != nil {
		t.Fatal(err) // a directory of that name is no config
	}
	if got := analyzer.FindConfig(deep); got != cfg {
		t.Errorf("FindConfig(%s) = %q, want %q", deep, got, cfg)
	}
}
