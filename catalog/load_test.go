package catalog_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

func TestLoad(t *testing.T) {
	for _, tc := range []struct {
		file     string
		want     []string
		rules    catalog.Rules
		problems []string
	}{{
		file: "sixdigit.md",
		want: []string{
			"11: orders/410108/404 优惠券已过期|Coupon expired|",
			"16: orders/410109/409 订单已支付|Order already paid|",
			"26: payments/520001/502 支付网关错误||payment gateway failed, retry later",
			"27: payments/520002/400 金额无效||amount must be positive",
		},
		rules: catalog.Rules{Digits: 6},
	}, {
		file: "tables.md",
		want: []string{
			"16: user/40000001/400 注册用户名已存在||user name taken",
			"17: user/40000002/400 密码长度小于6位||password too short",
			"18: user/40400001/404 用户不存在||no such user",
			"26: platform/40000002/400 集群配置无效||",
			"27: platform/40400001/404 资源不存在||",
		},
		rules: catalog.DefaultRules,
	}, {
		file:  "warning.md",
		want:  []string{"1: default/40000001/400 同名||", "5: default/40000002/400 同名||"},
		rules: catalog.DefaultRules,
		problems: []string{
			`testdata/warning.md:7: warning: error codes 40000001 (line 3) and 40000002 in namespace default share the name "同名"`,
		},
	}} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", tc.file)
			c, ps, err := catalog.Load(path, catalog.Overrides{})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			diff(t, "entries", show(c), tc.want)
			if c.File != path || c.Rules != tc.rules {
				t.Errorf("file %q, rules %v; want %q, %v", c.File, c.Rules, path, tc.rules)
			}
			diff(t, "problems", strs(ps), tc.problems)
		})
	}
}

func TestLoadInvalid(t *testing.T) {
	path := filepath.Join("testdata", "invalid.md")
	c, ps, err := catalog.Load(path, catalog.Overrides{})
	le, ok := catalog.AsLoadError(err)
	if !ok {
		t.Fatalf("Load: error %v, want a *LoadError", err)
	}
	want := []string{
		"testdata/invalid.md:4: error code 40100001 does not start with its HttpCode 400 (rules: digits=8 prefix=on)",
		"testdata/invalid.md:9: duplicate error code 40100001 in namespace default (first at line 4); if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each",
		`testdata/invalid.md:13: HttpCode "four hundred" is not a number`,
		"testdata/invalid.md:17: entry lacks HttpCode",
	}
	diff(t, "problems", strs(ps), want)
	diff(t, "LoadError", strs(le.Problems), want)
	if err.Error() != strings.Join(want, "\n") {
		t.Errorf("Error() = %q", err)
	}
	// The catalog is still returned, for tools that list what could be read.
	if c == nil || len(c.Entries) != 2 {
		t.Errorf("catalog = %v, want the 2 readable entries", c)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	garbage := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe|\x00-\x00\n|-|\n\xc3\x28\xa0\xa1 - HttpCode\x00: \xe2\x82")
	for i := range 4096 {
		garbage = append(garbage, byte(i*7919>>3))
	}
	noEntries := `no catalog entries found (want bullet blocks "- HttpCode: 400" / "- ErrorCode: 40000001" or a pipe table with code and HTTP columns)`
	for _, tc := range []struct {
		name string
		path string
		want string
	}{
		{"missing file", filepath.Join(dir, "nope.md"), filepath.Join(dir, "nope.md") + ": catalog file does not exist"},
		{"directory", dir, dir + ": catalog is a directory, want a Markdown file"},
		{"empty file", write("empty.md", nil), filepath.Join(dir, "empty.md") + ": " + noEntries},
		{"blank lines", write("blank.md", []byte("\n\n  \r\n")), filepath.Join(dir, "blank.md") + ": " + noEntries},
		{"prose only", write("prose.md", []byte("# Errors\n\nTo be written.\n")), filepath.Join(dir, "prose.md") + ": " + noEntries},
		{"binary garbage", write("garbage.md", garbage), filepath.Join(dir, "garbage.md") + ": " + noEntries},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _, err := catalog.Load(tc.path, catalog.Overrides{})
			if err == nil {
				t.Fatalf("Load(%s) = %v, nil error", tc.path, c)
			}
			if err.Error() != tc.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tc.want)
			}
		})
	}
}

func TestDefault(t *testing.T) {
	c := catalog.Default()
	if c != catalog.Default() {
		t.Error("Default() parsed the document twice")
	}
	diff(t, "namespaces", c.Namespaces(), []string{"user", "platform"})
	for ns, want := range map[string]int{"user": 8, "platform": 48, catalog.DefaultNamespace: 0, "nope": 0} {
		if got := c.CountNamespace(ns); got != want {
			t.Errorf("CountNamespace(%q) = %d, want %d", ns, got, want)
		}
		if got := len(c.InNamespace(ns)); got != want {
			t.Errorf("len(InNamespace(%q)) = %d, want %d", ns, got, want)
		}
		if got := c.HasNamespace(ns); got != (want > 0) {
			t.Errorf("HasNamespace(%q) = %v", ns, got)
		}
	}
	if got, want := c.String(), catalog.DefaultFile+" (digits=8 prefix=on): user=8 platform=48"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}

	// The same catalog, checked: one warning, no errors.
	c2, ps, err := catalog.DefaultWith(catalog.Overrides{})
	if c2 != c || err != nil {
		t.Errorf("DefaultWith({}) = %p, %v; want Default(), nil", c2, err)
	}
	diff(t, "problems", strs(ps), []string{
		catalog.DefaultFile + `:128: warning: error codes 40000016 (line 123) and 40000017 in namespace platform share the name "无法解析cookie中的配置信息"`,
	})

	// Namespaces() is a copy.
	c.Namespaces()[0] = "changed"
	if c.Namespaces()[0] != "user" {
		t.Error("Namespaces() exposes the catalog's slice")
	}
}

func TestDefaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	cats := make([]*catalog.Catalog, 8)
	for i := range cats {
		wg.Go(func() {
			cats[i] = catalog.Default()
			cats[i].Lookup("user", 40000001)
			cats[i].Suggest("", 40000020)
		})
	}
	wg.Wait()
	for _, c := range cats {
		if c != cats[0] {
			t.Fatal("Default() returned different catalogs")
		}
	}
}

func TestDefaultWith(t *testing.T) {
	six, off := 6, false
	c, ps, err := catalog.DefaultWith(catalog.Overrides{Prefix: &off})
	if err != nil || c == catalog.Default() || c.Rules != (catalog.Rules{Digits: 8}) {
		t.Errorf("prefix=off: %v, rules %v, error %v", c, c.Rules, err)
	}
	if len(ps) != 1 || ps[0].Severity != catalog.Warning {
		t.Errorf("prefix=off: problems %q, want the one warning", strs(ps))
	}

	c, ps, err = catalog.DefaultWith(catalog.Overrides{Digits: &six})
	le, ok := catalog.AsLoadError(err)
	if !ok || c == nil || len(le.Problems) != 56 || len(ps) != 57 {
		t.Fatalf("digits=6: %d problems, error %v; want 56 width errors and the warning", len(ps), err)
	}
	if got, want := le.Problems[0].String(), catalog.DefaultFile+":6: error code 40000001 has 8 digits, want 6 (rules: digits=6 prefix=on)"; got != want {
		t.Errorf("first problem %q, want %q", got, want)
	}
	if catalog.Default().Rules != catalog.DefaultRules {
		t.Error("DefaultWith changed Default()")
	}
}

func TestLookup(t *testing.T) {
	c := catalog.Default()
	for _, tc := range []struct {
		ns     string
		code   int64
		status int
		name   string
		line   int
	}{
		{"user", 40000002, 400, "密码长度小于6位", 10},
		{"platform", 40000002, 400, "您填写的集群配置信息无法通过验证，请您确认相关集群配置", 51},
		{"platform", 40100003, 401, "您的登录信息已变更，请重新登录", 151},
		{"user", 40100003, 0, "", 0},
		{"nope", 40000002, 0, "", 0},
		{"", 40000002, 0, "", 0},
		{"platform", -1, 0, "", 0},
	} {
		e, ok := c.Lookup(tc.ns, tc.code)
		if !ok {
			if tc.line != 0 {
				t.Errorf("Lookup(%q, %d) not found", tc.ns, tc.code)
			}
			continue
		}
		if tc.line == 0 || e.Status != tc.status || e.Name != tc.name || e.Line != tc.line || e.Namespace != tc.ns || e.Code != tc.code {
			t.Errorf("Lookup(%q, %d) = %+v; want status %d, name %q, line %d", tc.ns, tc.code, e, tc.status, tc.name, tc.line)
		}
	}
}

func TestLookupAny(t *testing.T) {
	c := catalog.Default()
	pos := func(es []*catalog.Entry) []string {
		out := []string{}
		for _, e := range es {
			out = append(out, e.Namespace+"@"+e.Pos())
		}
		return out
	}
	f := catalog.DefaultFile
	diff(t, "LookupAny(40000002)", pos(c.LookupAny(40000002)), []string{"user@" + f + ":10", "platform@" + f + ":51"})
	diff(t, "LookupAny(40100003)", pos(c.LookupAny(40100003)), []string{"platform@" + f + ":151"})
	diff(t, "LookupAny(40100009)", pos(c.LookupAny(40100009)), []string{})

	// A duplicate within a namespace is not returned twice.
	dup, _ := parse("- HttpCode: 400\n- ErrorCode: 40000001\n---\n- HttpCode: 400\n- ErrorCode: 40000001\n")
	diff(t, "LookupAny(duplicate)", pos(dup.LookupAny(40000001)), []string{"default@x.md:1"})
	diff(t, "InNamespace(duplicate)", pos(dup.InNamespace(catalog.DefaultNamespace)), []string{"default@x.md:1"})
}

func TestLookupText(t *testing.T) {
	c, _ := parse("- HttpCode: 400\n- ErrorCode: 40000001\n- Name: 名\n- English: Name taken\n- Message: Name taken\n" +
		"<!-- errcodecheck:namespace other -->\n" +
		"- HttpCode: 400\n- ErrorCode: 40000002\n- Message: 名\n")
	codes := func(es []*catalog.Entry) []int64 {
		var out []int64
		for _, e := range es {
			out = append(out, e.Code)
		}
		return out
	}
	for text, want := range map[string][]int64{
		"名":          {40000001, 40000002},
		"Name taken": {40000001},
		"name taken": nil,
		"":           nil,
	} {
		if got := codes(c.LookupText(text)); !slices.Equal(got, want) {
			t.Errorf("LookupText(%q) = %v, want %v", text, got, want)
		}
	}
	d := catalog.Default()
	if got := codes(d.LookupText("无法解析cookie中的配置信息")); !slices.Equal(got, []int64{40000016, 40000017}) {
		t.Errorf("LookupText(shared name) = %v", got)
	}
	if got := codes(d.LookupText("密码长度小于6位")); !slices.Equal(got, []int64{40000002}) {
		t.Errorf("LookupText(user name) = %v", got)
	}
}

func TestEntryTexts(t *testing.T) {
	for _, tc := range []struct {
		e    catalog.Entry
		want []string
	}{
		{catalog.Entry{}, nil},
		{catalog.Entry{Name: "a", English: "b", Message: "c"}, []string{"a", "b", "c"}},
		{catalog.Entry{Name: "a", English: "a", Message: "c"}, []string{"a", "c"}},
		{catalog.Entry{English: "b", Message: "b"}, []string{"b"}},
	} {
		if got := tc.e.Texts(); !slices.Equal(got, tc.want) {
			t.Errorf("%+v.Texts() = %q, want %q", tc.e, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	one, _ := parse("- HttpCode: 401\n- ErrorCode: 40100002\n")
	for _, tc := range []struct {
		name string
		c    *catalog.Catalog
		ns   string
		code int64
		want []int64
	}{
		{"one digit changed", one, "default", 40100003, []int64{40100002}},
		{"adjacent swap", one, "default", 41000002, []int64{40100002}},
		{"dropped digit", one, "default", 4010002, []int64{40100002}},
		{"added digit", one, "default", 401000002, []int64{40100002}},
		{"added leading digit", one, "default", 140100002, []int64{40100002}},
		{"two typos", one, "default", 41000003, nil},
		{"other namespace", one, "user", 40100003, nil},

		{"default: changed digit", catalog.Default(), "platform", 40000020, []int64{40000002, 40000010}},
		{"default: several candidates", catalog.Default(), "user", 40000006, []int64{40000001, 40000002, 40000003, 40000004, 40000005}},
		{"default: swap and change", catalog.Default(), "platform", 41000001, []int64{40000001, 40100001, 41200001}},
		{"default: dropped digit", catalog.Default(), "platform", 4120003, []int64{41200003}},
		{"default: added digit", catalog.Default(), "platform", 412000003, []int64{41200003}},
		{"default: any namespace", catalog.Default(), "", 40300003, []int64{40000003, 40100003, 40300001, 40300002, 40400003}},
		{"default: only the namespace's codes", catalog.Default(), "user", 40300003, []int64{40000003}},
		{"default: a registered code is not its own suggestion", catalog.Default(), "user", 40000001, []int64{40000002, 40000003, 40000004, 40000005, 50000001}},
		{"default: unknown namespace", catalog.Default(), "nope", 40000020, nil},
		{"default: nothing close", catalog.Default(), "platform", 12345678, nil},
		{"default: negative", catalog.Default(), "", -40000001, nil},
		{"default: zero", catalog.Default(), "", 0, nil},
		{"default: largest int64", catalog.Default(), "", 9223372036854775807, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.Suggest(tc.ns, tc.code); !slices.Equal(got, tc.want) {
				t.Errorf("Suggest(%q, %d) = %v, want %v", tc.ns, tc.code, got, tc.want)
			}
		})
	}
}
