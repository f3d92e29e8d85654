package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// exported is the JSON of errcatalog export, spelled out independently of
// the catalog package so that a change of the wire format fails here.
type exported struct {
	File  string `json:"file"`
	Rules struct {
		Digits int  `json:"digits"`
		Prefix bool `json:"prefix"`
	} `json:"rules"`
	Namespaces []struct {
		Name  string `json:"name"`
		Codes int    `json:"codes"`
	} `json:"namespaces"`
	Entries []struct {
		Namespace string `json:"namespace"`
		Status    int    `json:"status"`
		Code      int64  `json:"code"`
		Name      string `json:"name"`
		English   string `json:"english"`
		Message   string `json:"message"`
		Ident     string `json:"ident"`
		Line      int    `json:"line"`
	} `json:"entries"`
}

func decodeExport(t *testing.T, r result) exported {
	t.Helper()
	var x exported
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&x); err != nil {
		t.Fatalf("export printed no JSON: %v\n%s", err, r.stdout)
	}
	if dec.More() {
		t.Errorf("export printed more than one JSON value")
	}
	return x
}

func TestExportEmbedded(t *testing.T) {
	r := errcatalog(t, "", "export")
	r.wantCode(t, 0)
	if r.stderr != "" {
		t.Errorf("export printed on stderr (warnings are check's business):\n%s", r.stderr)
	}
	x := decodeExport(t, r)
	if x.File != catalog.DefaultFile || x.Rules.Digits != 8 || !x.Rules.Prefix {
		t.Errorf("file %q, rules %+v; want %q, digits 8, prefix on", x.File, x.Rules, catalog.DefaultFile)
	}
	if len(x.Namespaces) != 2 || x.Namespaces[0].Name != "user" || x.Namespaces[0].Codes != 8 ||
		x.Namespaces[1].Name != "platform" || x.Namespaces[1].Codes != 48 {
		t.Errorf("namespaces = %+v, want user 8, platform 48", x.Namespaces)
	}
	count := map[string]int{}
	for _, e := range x.Entries {
		count[e.Namespace]++
	}
	if count["user"] != 8 || count["platform"] != 48 || len(count) != 2 {
		t.Errorf("entries per namespace = %v, want user 8, platform 48", count)
	}

	// Every entry as the catalog package has it, in document order.
	c := catalog.Default()
	if len(x.Entries) != len(c.Entries) {
		t.Fatalf("%d entries, want %d", len(x.Entries), len(c.Entries))
	}
	for i, e := range x.Entries {
		w := c.Entries[i]
		if e.Namespace != w.Namespace || e.Status != w.Status || e.Code != w.Code || e.Name != w.Name ||
			e.English != w.English || e.Message != w.Message || e.Ident != w.Ident || e.Line != w.Line {
			t.Errorf("entry %d = %+v, want %+v", i, e, w)
		}
	}
	first := x.Entries[0]
	if first.Code != 40000001 || first.Status != 400 || first.Name != "注册用户名已存在" || first.Namespace != "user" {
		t.Errorf("first entry = %+v", first)
	}

	// Stable: the same bytes every time, and -format json is the default.
	if again := errcatalog(t, "", "export", "-format", "json"); again.stdout != r.stdout {
		t.Errorf("a second export differs from the first")
	}
	// No HTML escaping of names.
	if strings.Contains(r.stdout, `\u`) {
		t.Errorf("export escapes characters:\n%s", r.stdout)
	}
}

func TestExportFile(t *testing.T) {
	r := errcatalog(t, "", "export", "testdata/six-digits.md")
	r.wantCode(t, 0)
	x := decodeExport(t, r)
	if x.File != "testdata/six-digits.md" || x.Rules.Digits != 6 || x.Rules.Prefix {
		t.Errorf("file %q, rules %+v", x.File, x.Rules)
	}
	if len(x.Entries) != 2 {
		t.Fatalf("entries = %+v", x.Entries)
	}
	e := x.Entries[0]
	if e.Namespace != "default" || e.Code != 410108 || e.Status != 404 || e.Name != "订单不存在" || e.English != "Order not found" || e.Line != 7 {
		t.Errorf("entry = %+v", e)
	}

	r = errcatalog(t, "", "export", "-digits", "any", "testdata/six-digits.md")
	r.wantCode(t, 0)
	if x := decodeExport(t, r); x.Rules.Digits != 0 {
		t.Errorf("-digits any exported as digits %d, want 0", x.Rules.Digits)
	}
}

// TestExportIdent checks that the identifiers a catalog gives its codes,
// in an identifier column or a name column of Go identifiers, are
// exported, and left out where there is none.
func TestExportIdent(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	doc := "<!-- errcodecheck:namespace user -->\n" +
		"| **错误码** | HTTP | 常量 | 说明 |\n|---|---|---|---|\n" +
		"| 40000001 | <font color=\"red\">400</font> | `ErrUserExists` | 用户名已存在 |\n| 40000002 | 400 | | 密码太短 |\n" +
		"<!-- errcodecheck:namespace platform -->\n" +
		"| Code | HTTP | Name |\n|---|---|---|\n| 40400001 | 404 | ErrNoCluster |\n"
	path := filepath.Join(dir, "errcodes.md")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	r := errcatalog(t, "", "export", path)
	r.wantCode(t, 0)
	x := decodeExport(t, r)
	var got []string
	for _, e := range x.Entries {
		got = append(got, fmt.Sprintf("%s/%d/%d %s ident=%s line=%d", e.Namespace, e.Code, e.Status, e.Name, e.Ident, e.Line))
	}
	want := []string{
		"user/40000001/400 用户名已存在 ident=ErrUserExists line=4",
		"user/40000002/400 密码太短 ident= line=5",
		"platform/40400001/404 ErrNoCluster ident=ErrNoCluster line=9",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if strings.Count(r.stdout, `"ident"`) != 2 {
		t.Errorf("want \"ident\" only where there is one:\n%s", r.stdout)
	}
}

func TestExportRefusesBadCatalogs(t *testing.T) {
	for _, tc := range []struct {
		file, want string
	}{
		{"testdata/seed.md", "testdata/seed.md:45: duplicate error code 40000001 in namespace default"},
		{"testdata/missing-key.md", "testdata/missing-key.md:8: entry lacks ErrorCode"},
		{"testdata/no-such-file.md", "testdata/no-such-file.md: catalog file does not exist"},
		{"testdata/empty.md", "testdata/empty.md: no catalog entries found"},
	} {
		r := errcatalog(t, "", "export", tc.file)
		r.wantCode(t, 1)
		r.wantStderr(t, tc.want)
		if r.stdout != "" {
			t.Errorf("export %s printed a catalog with errors:\n%s", tc.file, r.stdout)
		}
	}
}
