package analyzer

import (
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"testing"
)

// Fuzz targets for every parser of outside input in the analyzer: the
// config YAML decoder, the errcodecheck directives, package patterns.
// Run each with: go test -run XXX -fuzz FuzzName -parallel=1 ./analyzer

// FuzzParseConfig: any document decodes to a valid config or to errors
// that each name the file, never a panic. The file lies in a directory
// that does not exist, so that no go.mod is read.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{
		"", "~\n", "catalog: docs/errcodes.md\ncode-digits: 8\nprefix-rule: true\nheuristics: false\n",
		"code-digits: any\n", "code-digits: 6\n",
		"namespaces:\n  - name: user\n    packages: [\"example.com/shop/user/...\"]\n  - name: platform\n    packages: [example.com/shop/platform/..., example.com/.../internal]\n",
		"constructors:\n  - func: example.com/shop/apierr.New\n    status: 0\n    code: 1\n    message: 2\n  - func: \"(*example.com/shop/web.Context).Fail\"\n    status: status\n    code: code\n  - type: example.com/shop/apierr.Error\n    status: HTTPCode\n    code: ErrorCode\n",
		"namespaces:\n  user: [a/...]\n", "prefix-rule: &x true\nheuristics: *x\n", "---\n---\nheuristics: false\n",
		"a: [\n", "\tb: 1\n", "heuristics: \xff\n", "catalog: x\x01\n", "constructors:\n  - func: a.New\n    code: -1\n",
		"namespaces:\n  - name: u\n    packages: [\"a/\\xff...\"]\n",
	} {
		f.Add([]byte(s))
	}
	const file = "/nonexistent-errcodecheck-fuzz/f.yml"
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig(file, data)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, file) {
					t.Fatalf("error line %q does not name the file", line)
				}
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("ParseConfig accepted a config that does not validate: %v", err)
		}
		// Every accepted pattern compiles into a matcher that answers.
		m := newNamespaceMatcher(c)
		for _, ns := range c.Namespaces {
			for _, p := range ns.Packages {
				_, _ = m.namespaceOf(p)
			}
		}
	})
}

// FuzzDirective: directive comments of any text are read without panic;
// the exact form of a known directive is never called a near miss, and a
// near miss always names a known directive and a reason.
func FuzzDirective(f *testing.F) {
	for _, s := range []string{
		"//errcodecheck:constructor status=s code=c message=m", "//errcodecheck:constructor status=404 code=c // note",
		"//errcodecheck:ignore the reason", "//errcodecheck:ignore", "//errcodecheck:constructr code=c",
		"// errcodecheck:constructor code=c", "//errcodecheck:Constructor", "//errcodecheck:constructor: code=c",
		"/* errcodecheck:ignore r */", "//errcodecheck: ignore r", "//ErrCodeCheck:ignore r", "//errcodecheck:",
		"//errcodecheck:frob", "// errcodecheck is a linter", "//errcodecheck:ignore.", "/*errcodecheck:constructor*/",
		"//errcodecheck:constructor status=s status=s", "//errcodecheck:constructor code=", "//errcodecheck:constructor x",
		"//errcodecheck:constructor status=401 code=40100002 message=m",
	} {
		f.Add(s)
	}
	pkg := types.NewPackage("p", "p")
	param := func(name string, t types.Type) *types.Var { return types.NewParam(token.NoPos, pkg, name, t) }
	sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(
		param("s", types.Typ[types.Int]), param("c", types.Typ[types.Int]), param("m", types.Typ[types.String])), nil, false)
	f.Fuzz(func(t *testing.T, text string) {
		meant, why, shown, ok := nearDirective(text)
		for _, k := range directiveNames() {
			exact := "//" + directivePrefix + ":" + k
			if rest, found := strings.CutPrefix(text, exact); found && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
				if !ok || meant != k || why != "" {
					t.Fatalf("exact %s directive %q read as meant=%q why=%q ok=%v", k, text, meant, why, ok)
				}
			}
		}
		if ok && why != "" {
			if !oneOfExact(meant, directiveNames()) || shown == "" {
				t.Fatalf("near miss %q: meant=%q shown=%q", text, meant, shown)
			}
		}
		// As the analyzer reads a directive (directives): the name as a
		// whole word, then its arguments.
		if rest, found := strings.CutPrefix(text, constructorDirective); found && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			rest, _, _ = strings.Cut(rest, "//")
			if sp, err := parseConstructorDirective(rest, sig); err == nil {
				codeOK := sp.code >= 0 && sp.code <= 2 || sp.hasFixedCode && sp.code == noArg // code=PARAM, or code=NNN fixed
				if !codeOK || sp.status < noArg || sp.status > 2 || sp.message < noArg || sp.message > 2 {
					t.Fatalf("%q: positions out of range: %+v", text, sp)
				}
				if sp.fixed != 0 && (sp.fixed < 100 || sp.fixed > 599) {
					t.Fatalf("%q: fixed status %d", text, sp.fixed)
				}
			} else if err.Error() == "" {
				t.Fatalf("%q: empty error", text)
			}
		}
	})
}

func oneOfExact(s string, list []string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// FuzzPattern: a pattern checkPattern accepts matches exactly the import
// paths that go list's rule, written as a regular expression (the former
// implementation), matches: "..." is any string, and a trailing "/..."
// also matches the path before it.
func FuzzPattern(f *testing.F) {
	for _, s := range [][2]string{
		{"example.com/shop/user/...", "example.com/shop/user/handler"}, {"example.com/.../internal", "example.com/a/internal"},
		{"example.com/.../internal/...", "example.com/a/internal"}, {"...", ""}, {".../user", "a/user"},
		{"example.com/shop/v...", "example.com/shop/v2/x"}, {"net/...http", "nethttp"}, {"a/...b...c", "a/xbyc"},
		{"a/...b/...", "a/b"}, {"a/....../...", "a/"}, {"x/.../y", "x/y"}, {"a+b/...", "a+b/c"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, p, path string) {
		if checkPattern(p) != nil {
			return
		}
		pt := compilePattern(p)
		re := regexp.QuoteMeta(p)
		re = strings.ReplaceAll(re, `\.\.\.`, `.*`)
		if r, ok := strings.CutSuffix(re, `/.*`); ok {
			re = r + `(/.*)?`
		}
		want := regexp.MustCompile("^(?s:" + re + ")$").MatchString(path)
		if got := pt.match(path); got != want {
			t.Fatalf("pattern %q on %q: match %v, go list's rule says %v", p, path, got, want)
		}
	})
}
