package catalog_test

import (
	"bytes"
	"flag"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

func init() {
	// Other test files of the package may define -update too.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

// updateGolden reports whether the golden files are to be rewritten
// (go test -update).
func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// golden compares got with the file testdata/NAME, or rewrites it with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updateGolden() {
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update to accept it):\n%s", path, got)
	}
}

// awkwardDoc holds what a generator must survive: codes at the ends of the
// int64 range, names with quotes, backslashes, control characters, a byte
// order mark, invalid UTF-8 and comment markers, entries without names.
const awkwardDoc = "<!-- errcodecheck:rules digits=any prefix=off -->\n" +
	"<!-- errcodecheck:namespace awkward -->\n" +
	"- HttpCode: 200\n- ErrorCode: 0\n- Name: zero \"quoted\" \\ back`tick\n- English: OK\n\n" +
	"- HttpCode: 599\n- ErrorCode: 999999999999999999\n" +
	"- Name: control\x00chars\vand\ufeffbom and \xff invalid\n" +
	"- English: http://example.com/ user-id's URL\n" +
	"- Message: a message */ with /* comment markers // and \"quotes\"\n\n" +
	"- HttpCode: 400\n- ErrorCode: 1\n- Name: ends with a full stop。\n\n" +
	"- HttpCode: 400\n- ErrorCode: 2\n\n" +
	"- HttpCode: 404\n- ErrorCode: 3\n- English: 数据库错误\n\n" +
	"<!-- errcodecheck:namespace other -->\n" +
	"- HttpCode: 400\n- ErrorCode: 4\n- Name: 另一个\n"

func genCatalog(t testing.TB, doc string) *catalog.Catalog {
	t.Helper()
	c, ps := catalog.Parse("awkward.md", []byte(doc), catalog.Overrides{})
	if err := ps.Err(); err != nil {
		t.Fatalf("test catalog has errors:\n%v", err)
	}
	return c
}

var generatedLine = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

// genCheck type-checks a generated file and checks that it declares one
// constant per entry of the namespace, untyped or of type Code when typed,
// in document order, with the entry's code as value and its status in the
// doc comment.
func genCheck(t testing.TB, c *catalog.Catalog, ns, pkg string, src []byte, typed bool) {
	t.Helper()
	first, _, _ := bytes.Cut(src, []byte("\n"))
	if !generatedLine.Match(first) || string(first) != catalog.GeneratedHeader {
		t.Fatalf("first line %q is not the generated-code line %q", first, catalog.GeneratedHeader)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "codes.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("generated code does not parse: %v\n%s", err, src)
	}
	if !ast.IsGenerated(f) {
		t.Errorf("go/ast does not see the file as generated")
	}
	if f.Doc == nil {
		t.Errorf("no package doc")
	}
	conf := types.Config{Importer: importer.Default()}
	p, err := conf.Check(pkg, fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatalf("generated code does not type-check: %v\n%s", err, src)
	}
	if p.Name() != pkg {
		t.Errorf("package %s, want %s", p.Name(), pkg)
	}
	code := p.Scope().Lookup("Code")
	for _, name := range []string{"Codes", "Lookup"} {
		if _, ok := p.Scope().Lookup(name).(*types.Func); !ok {
			t.Errorf("no func %s", name)
		}
	}
	ms := types.NewMethodSet(code.Type())
	for _, name := range []string{"HTTPStatus", "Name"} {
		if ms.Lookup(p, name) == nil {
			t.Errorf("no method Code.%s", name)
		}
	}

	entries := c.InNamespace(ns)
	var i int
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for _, id := range vs.Names {
				if i >= len(entries) {
					t.Fatalf("more constants than entries: %s", id.Name)
				}
				e := entries[i]
				i++
				obj := p.Scope().Lookup(id.Name).(*types.Const)
				want := types.Type(types.Typ[types.UntypedInt])
				if typed {
					want = code.Type()
				}
				if !obj.Exported() || obj.Type() != want {
					t.Errorf("constant %s: exported %v, type %v, want %v", id.Name, obj.Exported(), obj.Type(), want)
				}
				if v, ok := constant.Int64Val(obj.Val()); !ok || v != e.Code {
					t.Errorf("constant %s = %v, want %d", id.Name, obj.Val(), e.Code)
				}
				doc := vs.Doc.Text()
				if want := id.Name + ": HTTP " + itoa(e.Status); !strings.HasPrefix(doc, want) {
					t.Errorf("doc of %s is %q, want it to start with %q", id.Name, doc, want)
				}
			}
		}
	}
	if i != len(entries) {
		t.Errorf("%d constants, want %d", i, len(entries))
	}
}

func itoa(n int) string { return constant.MakeInt64(int64(n)).String() }

func TestGenerateGo(t *testing.T) {
	awkward := genCatalog(t, awkwardDoc)
	for _, tc := range []struct {
		c       *catalog.Catalog
		ns, pkg string
		typed   bool
		golden  string
	}{
		{catalog.Default(), "user", "usercode", false, "gen/user.golden"},
		{catalog.Default(), "user", "usercode", true, "gen/user-typed.golden"},
		{catalog.Default(), "platform", "platformcode", false, "gen/platform.golden"},
		{awkward, "awkward", "awkward", false, "gen/awkward.golden"},
		{awkward, "other", "其他", true, "gen/other.golden"},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			o := catalog.GenOptions{Typed: tc.typed}
			src, err := tc.c.GenerateGo(tc.ns, tc.pkg, o)
			if err != nil {
				t.Fatal(err)
			}
			genCheck(t, tc.c, tc.ns, tc.pkg, src, tc.typed)
			golden(t, tc.golden, src)
			again, err := tc.c.GenerateGo(tc.ns, tc.pkg, o)
			if err != nil || !bytes.Equal(src, again) {
				t.Errorf("a second run gave different output (err %v)", err)
			}
		})
	}
}

// TestGenerateGoDoc checks the doc comments of constants for the three
// shapes of entry: named, English only and nameless.
func TestGenerateGoDoc(t *testing.T) {
	src, err := catalog.Default().GenerateGo("user", "usercode", catalog.GenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "\t// Code40000001: HTTP 400, 注册用户名已存在.\n\tCode40000001 = 40000001\n"; !bytes.Contains(src, []byte(want)) {
		t.Errorf("generated code lacks %q", want)
	}
	src, err = catalog.Default().GenerateGo("user", "usercode", catalog.GenOptions{Typed: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := "\t// Code40000001: HTTP 400, 注册用户名已存在.\n\tCode40000001 Code = 40000001\n"; !bytes.Contains(src, []byte(want)) {
		t.Errorf("typed generated code lacks %q", want)
	}
	src, err = genCatalog(t, awkwardDoc).GenerateGo("awkward", "awkward", catalog.GenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\t// OK: HTTP 200, zero \"quoted\" \\ back`tick.\n\tOK = 0\n",
		"\t// Code1: HTTP 400, ends with a full stop。\n",
		"\t// Code2: HTTP 400.\n\tCode2 = 2\n",
		"\t// Code3: HTTP 404, 数据库错误.\n",
		"\t// Message: a message */ with /* comment markers // and \"quotes\"\n",
		"HTTPExampleComUserIdsURL = 999999999999999999",
		"func (c Code) English() string",
		"func (c Code) Message() string",
		`return "control\x00chars\vand\ufeffbom and \xff invalid"`,
	} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("generated code lacks %q", want)
		}
	}
	// Without English names or messages there are no such methods.
	src, err = catalog.Default().GenerateGo("platform", "platformcode", catalog.GenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(src, []byte("English()")) || bytes.Contains(src, []byte("Message()")) {
		t.Errorf("methods English or Message generated for a namespace without English names or messages")
	}
}

// TestGenerateGoIdents checks the constant names made from English names.
func TestGenerateGoIdents(t *testing.T) {
	for _, tc := range []struct {
		english []string // of codes 40000001, 40000002, ...
		want    []string
	}{
		{[]string{"User not found"}, []string{"UserNotFound"}},
		{[]string{"user  not_found-yet!"}, []string{"UserNotFoundYet"}},
		{[]string{"user id is missing", "bad URL", "Http version", "json api"}, []string{"UserIDIsMissing", "BadURL", "HTTPVersion", "JSONAPI"}},
		{[]string{"user's name", "it’s gone"}, []string{"UsersName", "ItsGone"}},
		{[]string{"404 page", "2fa required"}, []string{"Code404Page", "Code2faRequired"}},
		{[]string{"", "用户不存在", "!!!"}, []string{"Code40000001", "Code40000002", "Code40000003"}},
		{[]string{"camelCase stays", "ALREADY LOUD"}, []string{"CamelCaseStays", "ALREADYLOUD"}},
		// Collisions: with an earlier entry, with the file's own names.
		{[]string{"Not found", "not found", "NOT-found"}, []string{"NotFound", "NotFound40000002", "NOTFound"}},
		{[]string{"Not found", "not found", "Not found 40000002"}, []string{"NotFound", "NotFound40000002", "NotFound4000000240000003"}},
		{[]string{"Not found", "NotFound40000003", "not found"}, []string{"NotFound", "NotFound40000003", "NotFound40000003_2"}},
		{[]string{"code", "codes", "lookup"}, []string{"Code40000001", "Codes40000002", "Lookup40000003"}},
		{[]string{"Code 40000002", ""}, []string{"Code40000002", "Code4000000240000002"}},
		// Keywords and predeclared names are lower case; exported names
		// cannot be either.
		{[]string{"func", "nil", "string", "true"}, []string{"Func", "Nil", "String", "True"}},
	} {
		var doc strings.Builder
		for i, en := range tc.english {
			doc.WriteString("- HttpCode: 400\n- ErrorCode: " + itoa(40000001+i) + "\n")
			if en != "" {
				doc.WriteString("- English: " + en + "\n")
			}
			doc.WriteString("\n")
		}
		c := genCatalog(t, doc.String())
		src, err := c.GenerateGo(catalog.DefaultNamespace, "codes", catalog.GenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		genCheck(t, c, catalog.DefaultNamespace, "codes", src, false)
		if got := genConstNames(t, src); !slices.Equal(got, tc.want) {
			t.Errorf("English %q: constants %q, want %q", tc.english, got, tc.want)
		}
	}
}

// TestGenerateGoIdentColumn checks that a catalog's identifiers name the
// constants, before English names, unless they are unexported or taken.
func TestGenerateGoIdentColumn(t *testing.T) {
	c := genCatalog(t, "| Code | HTTP | English | Identifier |\n|---|---|---|---|\n"+
		"| 40000001 | 400 | User exists | ErrUserExists |\n"+
		"| 40000002 | 400 | Short password | errShortPassword |\n"+
		"| 40000003 | 400 | Bad password | |\n"+
		"| 40000004 | 400 | | ErrUserExists |\n"+
		"| 40000005 | 400 | | Lookup |\n")
	src, err := c.GenerateGo(catalog.DefaultNamespace, "codes", catalog.GenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	genCheck(t, c, catalog.DefaultNamespace, "codes", src, false)
	want := []string{"ErrUserExists", "ShortPassword", "BadPassword", "ErrUserExists40000004", "Lookup40000005"}
	if got := genConstNames(t, src); !slices.Equal(got, want) {
		t.Errorf("constants %q, want %q", got, want)
	}
}

func genConstNames(t *testing.T, src []byte) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, s := range g.Specs {
				for _, n := range s.(*ast.ValueSpec).Names {
					names = append(names, n.Name)
				}
			}
		}
	}
	return names
}

func TestGenerateGoErrors(t *testing.T) {
	c := catalog.Default()
	for _, tc := range []struct {
		ns, pkg, want string
	}{
		{"users", "codes", `catalog errcodecheck/catalog/errcodes.md has no namespace "users" (have user, platform)`},
		{"", "codes", `has no namespace "" (have user, platform)`},
		{"default", "codes", `has no namespace "default"`},
		{"user", "", `package name "" is not a Go identifier`},
		{"user", "my-codes", `package name "my-codes" is not a Go identifier`},
		{"user", "1codes", `package name "1codes" is not a Go identifier`},
		{"user", "func", `package name "func" is not a Go identifier`},
		{"user", "_", `package name "_" is not a Go identifier`},
	} {
		src, err := c.GenerateGo(tc.ns, tc.pkg, catalog.GenOptions{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("GenerateGo(%q, %q) = %q, %v; want error %q", tc.ns, tc.pkg, src, err, tc.want)
		}
	}
}

// TestGenerateGoAbsolutePath checks that the package doc names a catalog
// by its base name when its path is absolute, so that the output does not
// depend on the machine.
func TestGenerateGoAbsolutePath(t *testing.T) {
	abs, err := filepath.Abs(filepath.Join("docs", "abs-catalog.md"))
	if err != nil {
		t.Fatal(err)
	}
	c, ps := catalog.Parse(abs, []byte("- HttpCode: 400\n- ErrorCode: 40000001\n"), catalog.Overrides{})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	src, err := c.GenerateGo(catalog.DefaultNamespace, "codes", catalog.GenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(src, []byte(filepath.ToSlash(filepath.Dir(abs)))) || !bytes.Contains(src, []byte("\n// abs-catalog.md.\n")) {
		t.Errorf("package doc does not name the catalog by its base name:\n%s", src)
	}
}

// FuzzGenerateGo generates code for every namespace of arbitrary documents:
// whatever the names, the output must be valid Go with one constant per code.
func FuzzGenerateGo(f *testing.F) {
	f.Add(catalog.DefaultDocument())
	f.Add([]byte(awkwardDoc))
	f.Add([]byte("| Code | HTTP | English |\n|---|---|---|\n| 40000001 | 400 | Code |\n| 40000002 | 400 | Code |\n| 40000003 | 400 | Code 40000002 |\n"))
	f.Add([]byte("<!-- errcodecheck:namespace a -->\n| Code | HTTP | Name |\n|---|---|---|\n| 40000001 | 400 | Lookup |\n| 40000002 | 400 | Code |\n" +
		"<!-- errcodecheck:namespace b -->\n| Const | Code | HTTP |\n|---|---|---|\n| ErrA | 40000001 | 400 |\n| errB | 40000002 | 400 |\n| ErrA | 40000003 | 400 |\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, _ := catalog.Parse("f.md", data, catalog.Overrides{})
		for i, ns := range c.Namespaces() {
			typed := i%2 == 1
			src, err := c.GenerateGo(ns, "p", catalog.GenOptions{Typed: typed})
			if err != nil {
				t.Fatalf("namespace %q: %v", ns, err)
			}
			genCheck(t, c, ns, "p", src, typed)
		}
	})
}
