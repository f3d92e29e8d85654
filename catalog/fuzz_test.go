package catalog_test

import (
	"bytes"
	"go/token"
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
		// GitHub's table rules: extra and missing cells, escaped pipes
		// (also in code spans), pipes in code spans, delimiter rows that
		// do not match.
		"| Code | HTTP | Name |\n|---|---|---|\n| 40000001 | 400 | a | extra | more |\n| 40000002 | 400 |\n| 40000003 | 400 | `x\\|y` |\n| 40000004 | 400 | `a|b` |\n",
		"| Code | HTTP | Name |\n|---|---|\n| 40000001 | 400 | a |\nCode | HTTP\n---|---|---\n40000002 | 400\n",
		// Inline HTML, autolinks, comments and images.
		"| Code | HTTP | Name |\n|---|---|---|\n| <b>40000001</b> | <font color=\"green\">400</font> | a<br>b<BR/>c |\n" +
			"| ![40000002](i.png) | [<b>400</b>](x) | a < b <https://x.y> <!-- c --> |\n- HttpCode: <i>401</i>\n- ErrorCode: 40100001<br>\n",
		// Headers in markup, aliases and identifier columns.
		"| **错误码** | `HTTP状态码` | <b>说明</b> | 常量 |\n|---|---|---|---|\n| 40100001 | 401 | 未登录 | ErrNotLoggedIn |\n| 40100002 | 401 | x | 2bad |\n",
		"| Code | HTTP | Name | Description | Reason | Msg |\n|-|-|-|-|-|-|\n| 40000001 | 400 | ErrA | d | r | m |\n| 40000002 | 400 | ErrB |\n",
		"- HttpCode: 400\n- ErrorCode: 40000001\n- Identifier: ErrX\n- 描述: 参数\n- 错误信息: 错\n",
		// Used-elsewhere markers: in rows, after entries, per namespace,
		// per document, misplaced and misspelled.
		"<!-- errcodecheck:rules used-elsewhere=on -->\n<!-- errcodecheck:namespace app used-elsewhere -->\n" +
			"| Code | HTTP |\n|---|---|\n| 40000001 <!-- errcodecheck:used-elsewhere --> | 400 |\n<!-- errcodecheck:used-elsewhere -->\n\n<!-- errcodecheck:used-elsewhere -->\n" +
			"- HttpCode: 400 <!-- errcodecheck:rules x -->\n- ErrorCode: 40000002 <!-- errcodecheck:used-elsewhere\n<!-- errcodecheck:used-elsewhere -->\n",
		// Numbers: leading zeros, signs, out of range; lone CRs.
		"| Code | HTTP |\n|---|---|\n| 040000001 | 400 |\n| +40000002 | +400 |\n| -1 | 0400 |\n| 99999999999999999999 | 4000000000000 |\n",
		"- HttpCode: 400\r- ErrorCode: 40000001\r\r| Code | HTTP |\r|---|---|\r| 40000002 | 400 |\r\n",
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
		// Lines as CommonMark counts them: "\n", "\r\n" and a lone "\r" end one.
		lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) - bytes.Count(data, []byte("\r\n")) + 1

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
			for _, l := range [...]int{e.CodeLine, e.StatusLine} {
				if l < e.Line || l > lines {
					t.Errorf("entry %d at %s: field at line %d (document of %d lines)", e.Code, e.Pos(), l, lines)
				}
			}
			if (e.NameLine == 0) != (e.Name == "") || e.NameLine < 0 || e.NameLine > lines {
				t.Errorf("entry %d at %s: name %q at line %d", e.Code, e.Pos(), e.Name, e.NameLine)
			}
			if e.Ident != "" && !token.IsIdentifier(e.Ident) {
				t.Errorf("entry %d at %s: identifier %q is not a Go identifier", e.Code, e.Pos(), e.Ident)
			}
			if !c.HasNamespace(e.Namespace) {
				t.Errorf("entry %d at %s: namespace %q not in %v", e.Code, e.Pos(), e.Namespace, c.Namespaces())
			}
			got, ok := c.Lookup(e.Namespace, e.Code)
			switch {
			case !ok:
				t.Errorf("entry %d at %s: Lookup(%q, %d) found nothing", e.Code, e.Pos(), e.Namespace, e.Code)
			case got != e && !dupAt[e.CodeLine]:
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
