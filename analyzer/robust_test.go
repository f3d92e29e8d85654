package analyzer_test

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestWrappersAndCallers checks wrapper inference across packages: the
// facts of wrappers and wrappers/inner (a chain of three wrappers over two
// packages, fixed, derived and forwarded values, generic and method
// wrappers, parameters that disqualify) and the diagnostics in callers,
// which knows the wrappers only through those facts.
func TestWrappersAndCallers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "wrappers", "wrappers/inner", "callers")
}

// TestWrapperBugs holds wrapper inference that is wrong today; the want
// comments in wrappers/bugs and callers/bugs say what is right.
func TestWrapperBugs(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "wrappers/bugs", "callers/bugs")
}

// TestWrapperConflictingStatuses: a function whose constructions fix
// different statuses for the same code parameter fixes none.
func TestWrapperConflictingStatuses(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "wrappers/conflict", "callers/conflict")
}

// TestRobust runs the analyzer on packages that exercise every constant
// form, non-constant values, every call and composite literal form,
// code-symbol variables, generics, dot-imports, names that shadow http,
// test packages (internal and external, and x_test in x's namespace) and
// constructors configured on interface methods. One load for all: loading
// net/http from source is the expensive part, so the suggested fixes of
// robust/fix* are checked here too, rather than by a second load with
// RunWithSuggestedFixes and golden files.
func TestRobust(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), analyzer.New(),
		"robust/consts", "robust/nonconst", "robust/calls", "robust/lits", "robust/vars",
		"robust/generics", "robust/dotimport", "robust/shadow", "robust/fixdot", "robust/fixpkghttp", "robust/fixrenamed",
		"robust/localtype", "robust/ifaceonly", "robust/messages",
		"robust/exttest", "robust/nstest/platform/...", "robust/nstest/user", "robust/nstest/user/errs", "robust/nstest/other",
		"robust/configured/...")

	// Suggested fixes where the status cannot be written as http.StatusXxx
	// with an import of net/http as http: net/http dot-imported, http
	// declared by the package; or where net/http is imported renamed.
	wantFixes := map[string][]string{
		"robust/fixdot":     {"Replace with `401`: 401", "Replace with `403`: 403"},
		"robust/fixpkghttp": {"Replace with `403`: 403"},
		"robust/fixrenamed": {"Replace with `nethttp.StatusForbidden`: nethttp.StatusForbidden"},
	}
	for _, r := range results {
		want, ok := wantFixes[r.Action.Package.PkgPath]
		if !ok {
			continue
		}
		var fixes []string
		for _, d := range r.Diagnostics {
			for _, f := range d.SuggestedFixes {
				var edits []string
				for _, e := range f.TextEdits {
					edits = append(edits, string(e.NewText))
				}
				fixes = append(fixes, f.Message+": "+strings.Join(edits, "|"))
			}
		}
		if !slices.Equal(fixes, want) {
			t.Errorf("fixes in %s:\n%s\nwant:\n%s", r.Action.Package.PkgPath, strings.Join(fixes, "\n"), strings.Join(want, "\n"))
		}
		delete(wantFixes, r.Action.Package.PkgPath)
	}
	if len(wantFixes) > 0 {
		t.Errorf("packages not analyzed: %v", wantFixes)
	}
}

// TestShadowedHTTPFix: the file imports net/http, but at the status the
// name http is a local variable.
func TestShadowedHTTPFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.New(), "robust/fixshadow")
}

// TestBlankVarFacts: blank package-level variables are no code symbols.
func TestBlankVarFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust/blankvar")
}

// TestDirectives: constructor directives on functions, methods and
// generic functions, used from another package, and every malformed form.
func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust/directives/...")
}

// TestDirectiveTrailingComment: a comment after a constructor directive
// is not part of it, as after an ignore directive.
func TestDirectiveTrailingComment(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust/directivebug")
}

// TestIgnoreTrailingDirective: an ignore directive after a statement
// applies to that statement's line only.
func TestIgnoreTrailingDirective(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust/ignorenext")
}

// TestTypeErrors runs the analyzer on ill-typed and unparsable packages,
// as drivers that run analyzers despite errors do: no panic, no
// diagnostic on values the type checker could not type, the well-typed
// constructions still checked.
func TestTypeErrors(t *testing.T) {
	a := analyzer.New()
	a.RunDespiteErrors = true
	analysistest.Run(t, analysistest.TestData(), a, "robust/typeerr", "robust/syntaxerr")
}

// needCgo skips the test when cgo cannot run: go/packages would then leave
// the files importing "C" out.
func needCgo(t *testing.T) {
	t.Helper()
	out, err := exec.Command("go", "env", "CGO_ENABLED").Output()
	if err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is disabled")
	}
	cc := "gcc"
	if out, err := exec.Command("go", "env", "CC").Output(); err == nil && strings.TrimSpace(string(out)) != "" {
		cc = strings.Fields(string(out))[0]
	}
	if _, err := exec.LookPath(cc); err != nil {
		t.Skipf("no C compiler (%s) for cgo", cc)
	}
}

// TestCgo: go/packages gives the analyzer the files cgo generates, whose
// //line directives map positions back to the source.
func TestCgo(t *testing.T) {
	needCgo(t)
	t.Run("with -generated", func(t *testing.T) {
		a := analyzer.New()
		if err := a.Flags.Set(analyzer.FlagGenerated, "true"); err != nil {
			t.Fatal(err)
		}
		analysistest.Run(t, analysistest.TestData(), a, "robust/cgo")
	})
	t.Run("default", func(t *testing.T) {
		analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust/cgo")
	})
	t.Run("config of an all-cgo package", func(t *testing.T) {
		// Not analysistest: the package fact of a package whose files are
		// all cgo's output would be expected in _cgo_gotypes.go.
		a := analyzer.New()
		if err := a.Flags.Set(analyzer.FlagGenerated, "true"); err != nil {
			t.Fatal(err)
		}
		ds, err := analyze(a, loadGOPATH(t, analysistest.TestData(), "robust/nstest/user/cgouser"))
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, d := range ds {
			msg, _, _ := strings.Cut(d.message, "; did you mean")
			msgs = append(msgs, d.pos+": "+msg)
		}
		want := []string{
			"a.go:10:20: error code 40000006 is not registered in namespace user (it is registered in platform)",
			"b.go:8:20: error code 40000007 is not registered in namespace user (it is registered in platform)",
		}
		if !slices.Equal(msgs, want) {
			t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(msgs, "\n\t"), strings.Join(want, "\n\t"))
		}
	})
}

// writeGOPATH writes files (path relative to dir/src -> content) into a
// new GOPATH-style tree, with an empty config at its root so that the
// search for one stops there, and returns the tree's root.
func writeGOPATH(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files = maps.Clone(files)
	files[analyzer.ConfigFileName] = "# defaults\n"
	for name, content := range files {
		p := filepath.Join(dir, "src", filepath.FromSlash(name))
		if name == analyzer.ConfigFileName {
			p = filepath.Join(dir, name)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadGOPATH loads packages from source, with dependencies, from the
// GOPATH-style tree at dir, as analysistest does (but without tests).
func loadGOPATH(t testing.TB, dir string, patterns ...string) []*packages.Package {
	t.Helper()
	return load(t, dir, false, patterns...)
}

func load(t testing.TB, dir string, tests bool, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Tests: tests,
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo |
			packages.NeedDeps | packages.NeedModule,
		Dir: dir,
		Env: append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("no packages for %v", patterns)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
	return pkgs
}

// diagnostic is a diagnostic in comparable form.
type diagnostic struct {
	pkg, pos, category, message string
}

func (d diagnostic) String() string {
	return fmt.Sprintf("%s: %s: [%s] %s", d.pkg, d.pos, d.category, d.message)
}

// analyze runs a on pkgs and returns the root diagnostics, sorted, and the
// errors of the root actions.
func analyze(a *analysis.Analyzer, pkgs []*packages.Package) ([]diagnostic, error) {
	g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	var ds []diagnostic
	var errs []string
	for _, act := range g.Roots {
		if act.Err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", act.Package.PkgPath, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			pos := fmt.Sprintf("%s:%d:%d", filepath.Base(posn.Filename), posn.Line, posn.Column)
			ds = append(ds, diagnostic{act.Package.ID, pos, d.Category, d.Message})
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].String() < ds[j].String() })
	if len(errs) > 0 {
		return ds, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return ds, nil
}

// hugeFile returns the source of a package of one file with n
// constructions in functions of 500 each: a quarter are right, a quarter
// have the wrong status, a quarter an unregistered code, a quarter another
// code's catalog name; and n/10 package-level code-symbol variables.
func hugeFile(header string, n int) string {
	var b strings.Builder
	b.WriteString(header)
	b.WriteString("package huge\n\nfunc NewError(httpCode, errorCode int, msg string) error { return nil }\n\n")
	b.WriteString("var (\n")
	for i := range n / 10 {
		fmt.Fprintf(&b, "\tErr%d = NewError(400, 40000001, \"\")\n", i)
	}
	b.WriteString(")\n")
	for i := range n {
		if i%500 == 0 {
			if i > 0 {
				b.WriteString("}\n\n")
			}
			fmt.Fprintf(&b, "func f%d() {\n", i/500)
		}
		switch i % 4 {
		case 0:
			b.WriteString("\t_ = NewError(401, 40100002, \"\")\n")
		case 1:
			b.WriteString("\t_ = NewError(400, 40100002, \"\")\n")
		case 2:
			b.WriteString("\t_ = NewError(400, 40000099, \"\")\n")
		case 3:
			b.WriteString("\t_ = NewError(400, 40000003, \"密码长度小于6位\")\n")
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// TestHugeFile analyzes one file with 20,000 constructions and 2,000
// code-symbol variables, and a generated file of 2,000 constructions
// (reported only with -generated).
func TestHugeFile(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	const m = 2000
	dir := writeGOPATH(t, map[string]string{
		"huge/huge.go":    hugeFile("", n),
		"hugegen/huge.go": hugeFile("// Code generated by a test. DO NOT EDIT.\n\n", m),
	})
	pkgs := loadGOPATH(t, dir, "huge", "hugegen")
	count := func(a *analysis.Analyzer, pkgs []*packages.Package) map[string]int {
		start := time.Now()
		ds, err := analyze(a, pkgs)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d diagnostics in %v", len(ds), time.Since(start))
		counts := map[string]int{}
		for _, d := range ds {
			counts[d.pkg+" "+d.category]++
		}
		return counts
	}
	want := map[string]int{
		"huge " + analyzer.CategoryStatusMismatch:  n / 4,
		"huge " + analyzer.CategoryUnknownCode:     n / 4,
		"huge " + analyzer.CategoryMessageMismatch: n / 4,
	}
	if got := count(analyzer.New(), pkgs); !maps.Equal(got, want) {
		t.Errorf("diagnostics per package and category: got %v, want %v", got, want)
	}
	a := analyzer.New()
	if err := a.Flags.Set(analyzer.FlagGenerated, "true"); err != nil {
		t.Fatal(err)
	}
	want = map[string]int{
		"hugegen " + analyzer.CategoryStatusMismatch:  m / 4,
		"hugegen " + analyzer.CategoryUnknownCode:     m / 4,
		"hugegen " + analyzer.CategoryMessageMismatch: m / 4,
	}
	if got := count(a, pkgs[1:]); !maps.Equal(got, want) {
		t.Errorf("with -generated: got %v, want %v", got, want)
	}
}

// TestManyParameters: a wrapper whose code is its 131st parameter works
// in its callers' packages (a regression test: facts once stored indices
// in an int8, and callers panicked indexing call.Args[-126]).
func TestManyParameters(t *testing.T) {
	var params, args []string
	for i := range 130 {
		params = append(params, fmt.Sprintf("p%d", i))
		args = append(args, "0")
	}
	dir := writeGOPATH(t, map[string]string{
		"many/many.go": "package many\n\nfunc NewError(httpCode, errorCode int, msg string) error { return nil }\n\n" +
			"func Wrap(" + strings.Join(params, ", ") + " int, code int) error {\n\treturn NewError(400, code, \"\")\n}\n",
		"use/use.go": "package use\n\nimport \"many\"\n\nvar _ = many.Wrap(" + strings.Join(args, ", ") + ", 40100002)\n",
	})
	ds, err := analyze(analyzer.New(), loadGOPATH(t, dir, "use"))
	if err != nil {
		t.Fatal(err)
	}
	want := "error code 40100002 (registered with 401) used with Wrap, which fixes status 400"
	if len(ds) != 1 || ds[0].message != want {
		t.Errorf("got %v, want one diagnostic %q", ds, want)
	}
}

// TestMisspelledDirectives: a directive written almost right (misspelled,
// spaced, capitalized, a trailing colon, a block comment, misplaced) is a
// directive diagnostic naming the right form, for constructor and ignore.
func TestMisspelledDirectives(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust2/misspelled")
}

// TestWrongWidthOnce: a code of the wrong width gets unknown-code only,
// not a second, meaningless prefix-rule status-mismatch.
func TestWrongWidthOnce(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust2/width")
}

// TestHeuristicNames: with no config, the status and code names real
// services use (httpCode, statusCode, status beside code, bizCode, errno,
// retCode, ...) on integer parameters and fields of any integer type, a
// variadic status among them; look-alikes are left alone.
func TestHeuristicNames(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "robust2/heuristic2")
}
