package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var generatedRE = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

// genMain uses the generated packages the way a program would; its output
// proves the values.
const genMain = `package main

import (
	"fmt"

	"gentest/names"
	"gentest/platform"
	"gentest/user"
)

func main() {
	c, ok := user.Lookup(40000001)
	fmt.Println("user", int64(c), ok, c.HTTPStatus(), c.Name(), len(user.Codes()))
	_, ok = user.Lookup(40400001)
	fmt.Println("user 40400001", ok)

	p, ok := platform.Lookup(40400001)
	fmt.Println("platform", int64(p), ok, p.HTTPStatus(), p.Name(), len(platform.Codes()))
	fmt.Println("platform 40100003", platform.Code40100003.HTTPStatus())
	fmt.Println("platform 41200002", platform.Code41200002.HTTPStatus(), platform.Code41200002.Name())
	var zero platform.Code
	fmt.Printf("unregistered %d %q\n", zero.HTTPStatus(), zero.Name())
	for _, c := range platform.Codes() {
		if c2, ok := platform.Lookup(int64(c)); !ok || c2 != c || c.HTTPStatus() == 0 || c.Name() == "" {
			fmt.Println("bad platform code", int64(c))
		}
	}

	fmt.Println("names", names.Code(names.UserNotFound).HTTPStatus(), int64(names.UserNotFound40400002), int64(names.UserIDMissing),
		int64(names.Code40000002), names.Code(names.Lookup40000003).Message(), names.Code(names.Codes40000004).Name(),
		int64(names.Code4000000640000006), names.Code(names.Code50000002).English(), int64(names.Code500InternalError),
		names.Code(names.Func).HTTPStatus(), len(names.Codes()))

	// Untyped constants (the default) pass as any integer type, without
	// conversions (issue 12); -typed ones are of type Code.
	fmt.Println("untyped", takesInt(user.Code40000001), takesInt32(user.Code40000002), takesUint32(user.Code50000003),
		takesInt(names.UserNotFound))
	var typed platform.Code = platform.Code40100003
	fmt.Println("typed", int64(typed))
}

func takesInt(code int) int          { return code }
func takesInt32(code int32) int32    { return code }
func takesUint32(code uint32) uint32 { return code }
`

const genWant = `user 40000001 true 400 注册用户名已存在 8
user 40400001 false
platform 40400001 true 404 您查看的资源或者相关联的资源不存在，请重新确认 48
platform 40100003 401
platform 41200002 412 您需要提前设置gitlab的access token
unregistered 0 ""
names 404 40400002 40000001 40000002 lookup failed, try again 名称含有"引号"和\反斜杠 40000006 数据库错误 50000003 500 12
untyped 40000001 40000002 50000003 40400001
typed 40100003
`

// TestGenCompiles generates the embedded catalog's two namespaces and the
// test catalog of awkward names into a module, vets it and runs a program
// that uses them.
func TestGenCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	mod := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		path := filepath.Join(mod, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module gentest\n\ngo 1.26\n")
	write("main.go", genMain)

	// user through -o into a directory gen creates, platform typed
	// through stdout.
	userFile := filepath.Join(mod, "user", "codes.go")
	r := errcatalog(t, "", "gen", "-namespace", "user", "-package", "user", "-o", userFile)
	r.wantCode(t, 0)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("gen -o printed stdout %q, stderr %q", r.stdout, r.stderr)
	}
	r = errcatalog(t, "", "gen", "-typed", "-namespace", "platform", "-package", "platform")
	r.wantCode(t, 0)
	write("platform/codes.go", r.stdout)
	r = errcatalog(t, "", "gen", "-namespace", "names", "-package", "names", "testdata/names.md")
	r.wantCode(t, 0)
	write("names/codes.go", r.stdout)

	for _, args := range [][]string{{"vet", "./..."}, {"run", "."}} {
		cmd := exec.Command(goTool(), args...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOTOOLCHAIN=local")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		if args[0] == "run" && string(out) != genWant {
			t.Errorf("the program printed\n%s\nwant\n%s", out, genWant)
		}
	}
}

// TestGenFile checks the shape of a generated file: the generated-code
// line, the package clause and the constants in document order.
func TestGenFile(t *testing.T) {
	r := errcatalog(t, "", "gen", "-namespace", "user", "-package", "usercode")
	r.wantCode(t, 0)
	first, _, _ := strings.Cut(r.stdout, "\n")
	if !generatedRE.MatchString(first) {
		t.Errorf("first line %q is not a generated-code line", first)
	}
	names, f := constNames(t, r.stdout)
	if f.Name.Name != "usercode" {
		t.Errorf("package %s, want usercode", f.Name.Name)
	}
	if !ast.IsGenerated(f) {
		t.Errorf("go/ast does not see the file as generated")
	}
	want := []string{"Code40000001", "Code40000002", "Code40000003", "Code40000004", "Code40000005",
		"Code50000001", "Code50000002", "Code50000003"}
	if !slices.Equal(names, want) {
		t.Errorf("constants %v, want %v", names, want)
	}
	for _, s := range []string{
		"// Code40000001: HTTP 400, 注册用户名已存在.\n\tCode40000001 = 40000001\n",
		"// Code50000001: HTTP 500, 服务器发生未知错，请联系管理员处理.\n",
		"func Lookup(code int64) (Code, bool)",
		"func Codes() []Code",
		"func (c Code) HTTPStatus() int",
		"func (c Code) Name() string",
	} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("generated file lacks %q", s)
		}
	}
	r = errcatalog(t, "", "gen", "-typed", "-namespace", "user", "-package", "usercode")
	r.wantCode(t, 0)
	if s := "\tCode40000001 Code = 40000001\n"; !strings.Contains(r.stdout, s) {
		t.Errorf("gen -typed: generated file lacks %q", s)
	}
}

// TestGenStable checks that gen gives the same bytes every time, on stdout
// and with -o.
func TestGenStable(t *testing.T) {
	a := errcatalog(t, "", "gen", "-namespace", "platform", "-package", "platform")
	a.wantCode(t, 0)
	b := errcatalog(t, "", "gen", "-namespace", "platform", "-package", "platform")
	out := filepath.Join(t.TempDir(), "codes.go")
	errcatalog(t, "", "gen", "-namespace", "platform", "-package", "platform", "-o", out).wantCode(t, 0)
	c, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if a.stdout != b.stdout || a.stdout != string(c) {
		t.Errorf("gen gave different bytes for the same catalog")
	}
}

// TestGenNames checks the identifiers made from colliding, reserved,
// Chinese-only and digit-first names.
func TestGenNames(t *testing.T) {
	r := errcatalog(t, "", "gen", "-namespace", "names", "-package", "names", "testdata/names.md")
	r.wantCode(t, 0)
	names, _ := constNames(t, r.stdout)
	want := []string{
		"UserNotFound",         // English "User not found"
		"UserNotFound40400002", // the same English name again
		"UserIDMissing",        // initialisms in upper case
		"Code40000002",         // English "Code" is the type's name
		"Lookup40000003",       // English "Lookup" is a function's name
		"Codes40000004",        // English "Codes" is a function's name
		"Code40000006",         // English "Code 40000006" (code 40000005)
		"Code4000000640000006", // code 40000006, its own name taken
		"Code50000001",         // Chinese name only
		"Code50000002",         // a Chinese "English" name
		"Code500InternalError", // English starting with a digit
		"Func",                 // a keyword, capitalized
	}
	if !slices.Equal(names, want) {
		t.Errorf("constants\n%v\nwant\n%v", names, want)
	}
	for _, s := range []string{
		"// Code40000006: HTTP 400, 借用了别人的名字.\n\tCode40000006 = 40000005\n",
		"// Lookup40000003: HTTP 400, 查找失败.\n\t// Message: lookup failed, try again\n",
		`return "名称含有\"引号\"和\\反斜杠"`,
		"func (c Code) English() string",
		"func (c Code) Message() string",
	} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("generated file lacks %q", s)
		}
	}

	// The same English name in another namespace is no collision.
	r = errcatalog(t, "", "gen", "-namespace", "other", "-package", "other", "testdata/names.md")
	r.wantCode(t, 0)
	if names, _ := constNames(t, r.stdout); !slices.Equal(names, []string{"UserNotFound"}) {
		t.Errorf("constants %v, want [UserNotFound]", names)
	}
	// A catalog without markers has the namespace default.
	r = errcatalog(t, "", "gen", "-namespace", "default", "-package", "orders", "testdata/six-digits.md")
	r.wantCode(t, 0)
	if names, _ := constNames(t, r.stdout); !slices.Equal(names, []string{"OrderNotFound", "BadRequest"}) {
		t.Errorf("constants %v, want [OrderNotFound BadRequest]", names)
	}
}

func TestGenErrors(t *testing.T) {
	r := errcatalog(t, "", "gen", "-namespace", "users", "-package", "codes")
	r.wantCode(t, 1)
	r.wantStderr(t, `errcatalog gen: catalog errcodecheck/catalog/errcodes.md has no namespace "users" (have user, platform)`)

	// A catalog with errors is refused, and -o is not written.
	out := filepath.Join(t.TempDir(), "codes.go")
	r = errcatalog(t, "", "gen", "-namespace", "default", "-package", "codes", "-o", out, "testdata/seed.md")
	r.wantCode(t, 1)
	r.wantStderr(t, "testdata/seed.md:45: duplicate error code 40000001 in namespace default")
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("gen wrote %s for a catalog with errors", out)
	}
	if r.stdout != "" {
		t.Errorf("gen printed code for a catalog with errors")
	}

	r = errcatalog(t, "", "gen", "-namespace", "user", "-package", "codes", "testdata/no-such-file.md")
	r.wantCode(t, 1)
	r.wantStderr(t, "testdata/no-such-file.md: catalog file does not exist")

	// An -o that cannot be written: its directory would be a file.
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	r = errcatalog(t, "", "gen", "-namespace", "user", "-package", "codes", "-o", filepath.Join(notDir, "dir", "codes.go"))
	r.wantCode(t, 1)
	r.wantStderr(t, "errcatalog gen: ", "not a directory")
}

// constNames parses a generated file and returns its constants in order.
func constNames(t *testing.T, src string) ([]string, *ast.File) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("generated file does not parse: %v\n%s", err, src)
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
	return names, f
}
