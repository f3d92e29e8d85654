package catalog_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// exportDoc has every field of the JSON form: two namespaces, a rules
// line, an English name, a message, an identifier, text that HTML escaping
// would mangle and an entry without the optional fields.
const exportDoc = `<!-- errcodecheck:rules digits=6 prefix=off -->
<!-- errcodecheck:namespace orders -->

| Code | HTTP Status | Name | English | Message | Const |
|---|---|---|---|---|---|
| 410108 | 404 | 订单不存在 | Order not found | order <id> & co. not found | ErrOrderNotFound |
| 400001 | 400 | 参数错误 | | | |

<!-- errcodecheck:namespace users -->
- HttpCode: 401
- ErrorCode: 401001
- 中文名称: 未登录
`

func TestMarshalJSON(t *testing.T) {
	c, ps := catalog.Parse("docs/errcodes.md", []byte(exportDoc), catalog.Overrides{})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	got, err := c.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(got) {
		t.Fatalf("invalid JSON: %s", got)
	}
	var indented bytes.Buffer
	if err := json.Indent(&indented, got, "", "  "); err != nil {
		t.Fatal(err)
	}
	indented.WriteByte('\n')
	golden(t, "export/orders.golden", indented.Bytes())

	again, _ := c.MarshalJSON()
	if !bytes.Equal(got, again) {
		t.Errorf("a second MarshalJSON gave different bytes")
	}
	// json.Marshal uses the method (and escapes HTML, as it always does).
	viaMarshal, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var escaped bytes.Buffer
	json.HTMLEscape(&escaped, got)
	if !bytes.Equal(viaMarshal, escaped.Bytes()) {
		t.Errorf("json.Marshal(c) = %s\nwant %s", viaMarshal, escaped.Bytes())
	}
}

// TestMarshalJSONDefault decodes the embedded catalog's JSON and compares
// it with the catalog.
func TestMarshalJSONDefault(t *testing.T) {
	c := catalog.Default()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var x struct {
		File  string
		Rules struct {
			Digits int
			Prefix bool
		}
		Namespaces []struct {
			Name  string
			Codes int
		}
		Entries []map[string]any
	}
	if err := json.Unmarshal(data, &x); err != nil {
		t.Fatal(err)
	}
	if x.File != catalog.DefaultFile || x.Rules.Digits != 8 || !x.Rules.Prefix {
		t.Errorf("file %q rules %+v", x.File, x.Rules)
	}
	if len(x.Namespaces) != 2 || x.Namespaces[0].Name != "user" || x.Namespaces[0].Codes != 8 ||
		x.Namespaces[1].Name != "platform" || x.Namespaces[1].Codes != 48 {
		t.Errorf("namespaces %+v, want user 8, platform 48", x.Namespaces)
	}
	if len(x.Entries) != 56 {
		t.Fatalf("%d entries, want 56", len(x.Entries))
	}
	for i, e := range x.Entries {
		w := c.Entries[i]
		want := map[string]any{
			"namespace": w.Namespace, "status": float64(w.Status), "code": float64(w.Code),
			"name": w.Name, "line": float64(w.Line),
		}
		if len(e) != len(want) {
			t.Errorf("entry %d has keys %v, want %v", i, e, want)
			continue
		}
		for k, v := range want {
			if e[k] != v {
				t.Errorf("entry %d: %s = %v, want %v", i, k, e[k], v)
			}
		}
	}
}
