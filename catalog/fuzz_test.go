package catalog_test

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// FuzzParse feeds arbitrary documents to Parse. A catalog is outside input:
// whatever it holds, Parse must not panic, must position every problem and
// entry inside the document, must index every entry it returns and must
// give the same answer twice.
func FuzzParse(f *testing.F) {
	f.Add(catalog.DefaultDocument())
	f.Add(seedWithoutMarkers())
	for _, doc := range []string{
		"| 错误码 | HTTP | 名称 |\n|---|---|---|\n| 40100001 | 401 | 未登录 |\n| 40400001 | 404 | 资源不存在 |\n",
		"| Code | HTTP Status | Name | Message |\n| :--- | :---: | --- | --- |\n| **40100002** | 401 | a | b |\n" +
			"| `40100003` | 401 | c |\n| [40100004](x.md) | 401 | d | e | f |\n",
		"<!-- errcodecheck:rules digits=6 prefix=off -->\n<!-- errcodecheck:namespace orders -->\n" +
			"| English | ErrorCode | HttpStatus |\n|-|-|-|\n| Coupon expired | 410108 | 404 |\n| x \\| y | 410109 | 409\n",
		"Code | HTTP\n--- | ---\n40000001 | 400\n\n| Field | Type |\n|---|---|\n| code | int |\n",
		"\ufeff- HTTPCode：400\r\n- Code: 40000001\r\n- English: a\r\n---\r\n---\r\n- HttpStatus:  401  \r\n- 错误码: 40100001\r\n```",
		"<!--\n- HttpCode: 400\n- ErrorCode: 40000001\n-->\n<!-- errcodecheck:rules digits=any -->\n<!-- errcodecheck:rules digits=8 -->\n<!-- errcodecheck:bogus -->\n- HttpCode: 99999999999\n- ErrorCode: x\n",
	} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		orig := bytes.Clone(data)
		c, ps := catalog.Parse("f.md", data, catalog.Overrides{})
		if !bytes.Equal(data, orig) {
			t.Fatal("Parse modified its input")
		}
		lines := bytes.Count(data, []byte("\n")) + 1

		for i, p := range ps {
			if p.File != "f.md" || p.Line < 0 || p.Line > lines || p.Msg == "" {
				t.Errorf("problem %q at %s:%d (document of %d lines)", p.Msg, p.File, p.Line, lines)
			}
			if i > 0 && ps[i-1].Line > p.Line {
				t.Errorf("problems not sorted by line: %v before %v", ps[i-1], p)
			}
		}
		// Problems at a line, to check that a shadowed entry was reported.
		dupAt := make(map[int]bool)
		for _, p := range ps {
			if p.Severity == catalog.Error && strings.HasPrefix(p.Msg, "duplicate error code") {
				dupAt[p.Line] = true
			}
		}
		for i := range c.Entries {
			e := &c.Entries[i]
			if e.File != "f.md" || e.Line < 1 || e.Line > lines {
				t.Errorf("entry %d at %s (document of %d lines)", e.Code, e.Pos(), lines)
			}
			if !c.HasNamespace(e.Namespace) {
				t.Errorf("entry %d at %s: namespace %q not in %v", e.Code, e.Pos(), e.Namespace, c.Namespaces())
			}
			got, ok := c.Lookup(e.Namespace, e.Code)
			switch {
			case !ok:
				t.Errorf("entry %d at %s: Lookup(%q, %d) found nothing", e.Code, e.Pos(), e.Namespace, e.Code)
			case got != e && !dupAt[e.Line]:
				t.Errorf("entry %d at %s: Lookup gives the entry at line %d, and no duplicate is reported", e.Code, e.Pos(), got.Line)
			}
			if !slices.Contains(c.LookupAny(e.Code), got) {
				t.Errorf("entry %d at %s: not in LookupAny", e.Code, e.Pos())
			}
		}
		if len(c.Entries) == 0 && len(ps.Errors()) == 0 {
			t.Error("no entries and no error")
		}

		c2, ps2 := catalog.Parse("f.md", data, catalog.Overrides{})
		if !reflect.DeepEqual(c.Entries, c2.Entries) || !reflect.DeepEqual(ps, ps2) ||
			c.Rules != c2.Rules || !slices.Equal(c.Namespaces(), c2.Namespaces()) || c.String() != c2.String() {
			t.Error("Parse is not deterministic")
		}
	})
}
