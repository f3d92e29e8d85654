package gen_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/bench/gen"
)

var tiny = gen.Options{Packages: 14, Constructions: 600, Seed: 7}

func TestDeterministic(t *testing.T) {
	a, _, err := gen.Files(tiny)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := gen.Files(tiny)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between two generations", p)
		}
	}
	o := tiny
	o.Seed++
	c, _, err := gen.Files(o)
	if err != nil {
		t.Fatal(err)
	}
	same := 0
	for p, data := range a {
		if bytes.Equal(data, c[p]) {
			same++
		}
	}
	if same == len(a) {
		t.Errorf("seeds %d and %d generate the same corpus", tiny.Seed, o.Seed)
	}
}

func TestManifest(t *testing.T) {
	files, m, err := gen.Files(tiny)
	if err != nil {
		t.Fatal(err)
	}
	if m.ConstructionsTotal < tiny.Constructions {
		t.Errorf("%d constructions, want at least %d", m.ConstructionsTotal, tiny.Constructions)
	}
	pkgs := map[string]bool{}
	for p := range files {
		if strings.HasSuffix(p, ".go") {
			pkgs[path.Dir(p)] = true
		}
	}
	if len(pkgs) != tiny.Packages || m.Packages != tiny.Packages {
		t.Errorf("%d package directories, manifest says %d, want %d", len(pkgs), m.Packages, tiny.Packages)
	}
	planted := 0
	for _, n := range m.Planted {
		planted += n
	}
	if planted != len(m.Expected) || planted == 0 {
		t.Errorf("planted counts add up to %d, %d expectations", planted, len(m.Expected))
	}
	for _, e := range append(m.Expected, m.Silenced...) {
		lines := strings.Split(string(files[e.File]), "\n")
		if e.Line < 1 || e.Line > len(lines) || !strings.Contains(lines[e.Line-1], "planted") {
			t.Errorf("%s:%d: no planted mark", e.File, e.Line)
		}
	}
	if _, err := analyzer.ParseConfig("/corpus/"+analyzer.ConfigFileName, files[".errcodecheck.yml"]); err != nil {
		t.Errorf("the corpus's config does not parse: %v", err)
	}
}

func TestValidate(t *testing.T) {
	for _, o := range []gen.Options{
		{Packages: gen.MinPackages - 1, Constructions: 1000},
		{Packages: 20, Constructions: 19},
	} {
		if _, _, err := gen.Files(o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

func TestGenerateRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := gen.Generate(dir, tiny); err == nil {
		t.Fatal("Generate overwrote a directory that holds no corpus")
	}
	// A corpus directory is replaced.
	out := filepath.Join(t.TempDir(), "corpus")
	if _, err := gen.Generate(out, tiny); err != nil {
		t.Fatal(err)
	}
	if _, err := gen.Generate(out, tiny); err != nil {
		t.Fatalf("regenerating: %v", err)
	}
	m, err := gen.ReadManifest(out)
	if err != nil || m.Options != tiny {
		t.Fatalf("ReadManifest = %+v, %v", m, err)
	}
}

// stubs stand in for the standard library packages the corpus imports, so
// that the corpus type-checks in milliseconds.
var stubs = map[string]string{
	"fmt":     "package fmt\nfunc Sprintf(format string, a ...any) string\nfunc Errorf(format string, a ...any) error\n",
	"sort":    "package sort\nfunc Strings(x []string)\n",
	"strconv": "package strconv\nfunc Atoi(s string) (int, error)\nfunc Itoa(i int) string\n",
	"strings": `package strings
func TrimSpace(s string) string
func ToLower(s string) string
func ToUpper(s string) string
func ContainsAny(s, chars string) bool
func IndexByte(s string, c byte) int
type Builder struct{ b []byte }
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) String() string
`,
	"net/http": `package http
const (
	StatusBadRequest = 400
	StatusUnauthorized = 401
	StatusForbidden = 403
	StatusNotFound = 404
	StatusConflict = 409
	StatusPreconditionFailed = 412
	StatusInternalServerError = 500
	StatusServiceUnavailable = 503
)
`,
}

// TestTypeChecks type-checks the whole corpus against stubs of the
// standard library: the generated code must compile.
func TestTypeChecks(t *testing.T) {
	files, _, err := gen.Files(tiny)
	if err != nil {
		t.Fatal(err)
	}
	im := &importer{fset: token.NewFileSet(), srcs: map[string]map[string][]byte{}, pkgs: map[string]*types.Package{}}
	for p, data := range files {
		if strings.HasSuffix(p, ".go") {
			ip := gen.Module + "/" + path.Dir(p)
			if im.srcs[ip] == nil {
				im.srcs[ip] = map[string][]byte{}
			}
			im.srcs[ip][p] = data
		}
	}
	for ip := range im.srcs {
		if _, err := im.Import(ip); err != nil {
			t.Error(err)
		}
	}
}

type importer struct {
	fset *token.FileSet
	srcs map[string]map[string][]byte // import path -> file name -> source
	pkgs map[string]*types.Package
}

func (im *importer) Import(ip string) (*types.Package, error) {
	if p := im.pkgs[ip]; p != nil {
		return p, nil
	}
	srcs := im.srcs[ip]
	if stub, ok := stubs[ip]; ok {
		srcs = map[string][]byte{ip + "/stub.go": []byte(stub)}
	}
	if srcs == nil {
		return nil, &os.PathError{Op: "import", Path: ip, Err: os.ErrNotExist}
	}
	var fs []*ast.File
	for name, src := range srcs {
		f, err := parser.ParseFile(im.fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		fs = append(fs, f)
	}
	conf := types.Config{Importer: im, IgnoreFuncBodies: stubs[ip] != ""}
	p, err := conf.Check(ip, im.fset, fs, nil)
	if err != nil {
		return nil, err
	}
	im.pkgs[ip] = p
	return p, nil
}
