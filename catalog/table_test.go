package catalog_test

import "testing"

func TestParseTables(t *testing.T) {
	for _, tc := range []struct {
		name     string
		doc      string
		want     []string
		problems []string
	}{{
		name: "chinese headers",
		doc: "| 错误码 | HTTP | 名称 |\n|---|---|---|\n" +
			"| 40100001 | 401 | 未登录 |\n| 40400001 | 404 | 资源不存在 |\n",
		want: []string{"3: default/40100001/401 未登录||", "4: default/40400001/404 资源不存在||"},
	}, {
		name: "english headers",
		doc: "| Code | HTTP Status | Name | Message |\n| --- | --- | --- | --- |\n" +
			"| 40100002 | 401 | Unauthorized | please log in |\n",
		want: []string{"3: default/40100002/401 Unauthorized||please log in"},
	}, {
		name: "columns in any order, alignment, no trailing pipe",
		doc: "| English | Message | HttpStatus | Name | ErrorCode\n|:---|:---:|---:|-|--\n" +
			"| Not found | gone | 404 | 不存在 | 40400001\n",
		want: []string{"3: default/40400001/404 不存在|Not found|gone"},
	}, {
		name: "emphasis, code spans and links stripped",
		doc: "| Code | HTTP | Name |\n|---|---|---|\n" +
			"| **40100002** | 401 | a |\n" +
			"| `40100003` | `401` | *b* |\n" +
			"| [40100004](x.md) | __401__ | [c](c.md#c) |\n" +
			"| **`40100005`** | 401 | **[d](d.md)** |\n",
		want: []string{
			"3: default/40100002/401 a||",
			"4: default/40100003/401 b||",
			"5: default/40100004/401 c||",
			"6: default/40100005/401 d||",
		},
	}, {
		name: "headers in markup",
		doc:  "| **Code** | `HTTP` | _Name_ |\n|---|---|---|\n| 40100002 | 401 | a |\n",
		want: []string{"3: default/40100002/401 a||"},
	}, {
		name: "escaped pipe in a cell",
		doc:  "| Code | HTTP | Message |\n|---|---|---|\n| 40000001 | 400 | a \\| b |\n",
		want: []string{"3: default/40000001/400 ||a | b"},
	}, {
		name: "other tables are left alone",
		doc: "| Field | Type | Name |\n|---|---|---|\n| code | int | x |\n\n" +
			"| Code | Name |\n|---|---|\n| 40000001 | no HTTP column |\n\n" +
			"| HTTP | Name |\n|---|---|\n| 400 | no code column |\n\n" +
			"| Code | HTTP |\n|---|---|\n| 40000002 | 400 |\n",
		want: []string{"15: default/40000002/400 ||"},
	}, {
		name: "a row with too many cells keeps the header's cells, with a warning",
		doc:  "| Code | HTTP |\n|---|---|\n| 40000001 | 400 | extra |\n| 40000002 | 400 |\n",
		want: []string{"3: default/40000001/400 ||", "4: default/40000002/400 ||"},
		problems: []string{
			"x.md:3: warning: table row has 3 cells, the header has 2: the extra cells are ignored, as on GitHub",
		},
	}, {
		name: "a row with too few cells",
		doc:  "| Code | Name | HTTP |\n|---|---|---|\n| 40000001 | a |\n| 40000002 |\n",
		want: []string{},
		problems: []string{
			"x.md:3: entry lacks HttpCode",
			"x.md:4: entry lacks HttpCode",
		},
	}, {
		name: "empty and non-numeric cells",
		doc:  "| Code | HTTP |\n|---|---|\n|  | 400 |\n| 40000002 | 四百 |\n| 4000000x | 400 |\n",
		want: []string{},
		problems: []string{
			"x.md:3: entry lacks ErrorCode",
			`x.md:4: HttpCode "四百" is not a number`,
			`x.md:5: ErrorCode "4000000x" is not a number`,
		},
	}, {
		name: "the first column of a role wins",
		doc:  "| Code | HTTP | Status | Error Code |\n|---|---|---|---|\n| 40000001 | 400 | deprecated | 1 |\n",
		want: []string{"3: default/40000001/400 ||"},
	}, {
		name: "a table ends at a line without a pipe",
		doc:  "| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\nSee also:\n- HttpCode: 401\n- ErrorCode: 40100001\n",
		want: []string{"3: default/40000001/400 ||", "5: default/40100001/401 ||"},
	}, {
		name: "header without a delimiter row is not a table",
		doc:  "| Code | HTTP |\n| 40000001 | 400 |\n",
		want: []string{},
		problems: []string{
			"x.md: no catalog entries found (want bullet blocks \"- HttpCode: 400\" / \"- ErrorCode: 40000001\" or a pipe table with code and HTTP columns)",
		},
	}, {
		name: "tables and bullets in namespaces",
		doc: "<!-- errcodecheck:namespace user -->\n| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n" +
			"<!-- errcodecheck:namespace platform -->\n- HttpCode: 400\n- ErrorCode: 40000001\n" +
			"| Code | HTTP |\n|---|---|\n| 40000002 | 400 |\n",
		want: []string{
			"4: user/40000001/400 ||",
			"6: platform/40000001/400 ||",
			"10: platform/40000002/400 ||",
		},
	}, {
		name: "table rows are validated with their own lines",
		doc:  "| Code | HTTP | Name |\n|---|---|---|\n| 40000001 | 400 | a |\n| 40100001 | 400 | a |\n| 40000001 | 400 | b |\n| 4000001 | 400 | c |\n",
		want: []string{
			"3: default/40000001/400 a||",
			"4: default/40100001/400 a||",
			"5: default/40000001/400 b||",
			"6: default/4000001/400 c||",
		},
		problems: []string{
			"x.md:4: error code 40100001 does not start with its HttpCode 400 (rules: digits=8 prefix=on)",
			`x.md:4: warning: error codes 40000001 (line 3) and 40100001 in namespace default share the name "a"`,
			"x.md:5: duplicate error code 40000001 in namespace default (first at line 3); if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each",
			"x.md:6: error code 4000001 has 7 digits, want 8 (rules: digits=8 prefix=on)",
		},
	}, {
		name: "CRLF table",
		doc:  "| Code | HTTP |\r\n|---|---|\r\n| 40000001 | 400 |\r\n",
		want: []string{"3: default/40000001/400 ||"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps := parse(tc.doc)
			diff(t, "entries", show(c), tc.want)
			diff(t, "problems", strs(ps), tc.problems)
		})
	}
}

// Regression: GitHub Markdown makes the outer pipes of a table optional;
// such a table used to be skipped without a word.
func TestParseTablesWithoutOuterPipes(t *testing.T) {
	for _, tc := range []struct {
		name     string
		doc      string
		want     []string
		problems []string
	}{{
		name: "no outer pipes",
		doc:  "Code | HTTP | Name\n--- | --- | ---\n40000001 | 400 | a\n40000002 | 400 | b\n\n- HttpCode: 401\n- ErrorCode: 40100001\n",
		want: []string{"3: default/40000001/400 a||", "4: default/40000002/400 b||", "6: default/40100001/401 ||"},
	}, {
		name: "mixed outer pipes",
		doc:  "| Code | HTTP\n---|---|\n40000001 | 400 |\n| 40000002 | 400\n",
		want: []string{"3: default/40000001/400 ||", "4: default/40000002/400 ||"},
	}, {
		name: "a list item ends a table",
		doc:  "Code | HTTP\n---|---\n40000001 | 400\n- Message: a | b\n- HttpCode: 400\n- ErrorCode: 40000002\n",
		want: []string{"3: default/40000001/400 ||", "4: default/40000002/400 ||a | b"},
	}, {
		name: "a heading, a quote, a fence or a comment ends a table",
		doc: "| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n# a | b\n" +
			"| Code | HTTP |\n|---|---|\n| 40000002 | 400 |\n> a | b\n" +
			"| Code | HTTP |\n|---|---|\n| 40000003 | 400 |\n```a|b\n" +
			"| Code | HTTP |\n|---|---|\n| 40000004 | 400 |\n<!-- a | b -->\n",
		want: []string{"3: default/40000001/400 ||", "7: default/40000002/400 ||", "11: default/40000003/400 ||", "15: default/40000004/400 ||"},
	}, {
		name: "a heading is not a table header",
		doc:  "## Code | HTTP\n---|---\n40000001 | 400\n",
		want: []string{},
		problems: []string{
			"x.md: no catalog entries found (want bullet blocks \"- HttpCode: 400\" / \"- ErrorCode: 40000001\" or a pipe table with code and HTTP columns)",
		},
	}, {
		name: "indented",
		doc:  "  Code | HTTP\n  -|-\n  40000001 | 400\n",
		want: []string{"3: default/40000001/400 ||"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps := parse(tc.doc)
			diff(t, "entries", show(c), tc.want)
			diff(t, "problems", strs(ps), tc.problems)
		})
	}
}
