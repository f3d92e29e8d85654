package catalog_test

import (
	"fmt"
	"testing"
)

// Tests of issue 8 section 1: a catalog is read as GitHub renders it.

// all parses doc and renders its entries with the fields the issue adds,
// "LINE c=CODELINE s=STATUSLINE: NAMESPACE/CODE/STATUS NAME|ENGLISH|MESSAGE
// ident=IDENT", and its problems.
func all(doc string) ([]string, []string) {
	c, ps := parse(doc)
	out := []string{}
	for _, e := range c.Entries {
		out = append(out, fmt.Sprintf("%d c=%d s=%d: %s/%d/%d %s|%s|%s ident=%s",
			e.Line, e.CodeLine, e.StatusLine, e.Namespace, e.Code, e.Status, e.Name, e.English, e.Message, e.Ident))
	}
	return out, strs(ps)
}

type gfmCase struct {
	name     string
	doc      string
	want     []string
	problems []string
}

func runGFM(t *testing.T, cases []gfmCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ps := all(tc.doc)
			diff(t, "entries", got, tc.want)
			diff(t, "problems", ps, tc.problems)
		})
	}
}

func TestGFMTableCells(t *testing.T) {
	t.Parallel()
	runGFM(t, []gfmCase{{
		name: "more cells than the header: the header's cells are kept, with a warning",
		doc:  "| Code | HTTP | Name |\n|---|---|---|\n| 40000001 | 400 | a | extra | more |\n| 40000002 | 400 | b |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 a|| ident=a",
			"4 c=4 s=4: default/40000002/400 b|| ident=b",
		},
		problems: []string{"x.md:3: warning: table row has 5 cells, the header has 3: the extra cells are ignored, as on GitHub"},
	}, {
		name: "fewer cells than the header are empty",
		doc:  "| Code | HTTP | Name | Message |\n|---|---|---|---|\n| 40000001 | 400 |\n| 40000002 | 400 | b\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 || ident=",
			"4 c=4 s=4: default/40000002/400 b|| ident=b",
		},
	}, {
		name: "an escaped pipe is a literal pipe, also inside a code span",
		doc:  "| Code | HTTP | Message |\n|---|---|---|\n| 40000001 | 400 | a \\| b |\n| 40000002 | 400 | `x\\|y` |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 ||a | b ident=",
			"4 c=4 s=4: default/40000002/400 ||x|y ident=",
		},
	}, {
		name:     "a pipe in a code span splits the row, as on GitHub; code and HTTP are still read",
		doc:      "| Code | HTTP | Description |\n|---|---|---|\n| 40000001 | 400 | field `a|b` is invalid |\n",
		want:     []string{"3 c=3 s=3: default/40000001/400 field `a|| ident="},
		problems: []string{"x.md:3: warning: table row has 4 cells, the header has 3: the extra cells are ignored, as on GitHub"},
	}, {
		name: "a delimiter row with fewer cells than a catalog header is no table",
		doc:  "| Code | HTTP | Name |\n|---|---|\n| 40000001 | 400 | a |\n",
		problems: []string{
			"x.md:2: the delimiter row has 2 cells, the header has 3: GitHub does not render this as a table, and its rows are not read",
		},
	}, {
		name: "a delimiter row with more cells than the header",
		doc:  "Code | HTTP\n---|---|---\n40000001 | 400\n\n| Code | HTTP |\n|---|---|\n| 40000002 | 400 |\n",
		want: []string{"7 c=7 s=7: default/40000002/400 || ident="},
		problems: []string{
			"x.md:2: the delimiter row has 3 cells, the header has 2: GitHub does not render this as a table, and its rows are not read",
		},
	}, {
		name: "other tables with mismatched delimiter rows are left alone",
		doc:  "| Field | Type |\n|---|\n| code | int |\n\n| Code | HTTP |\n|---|---|\n| 40000002 | 400 |\n",
		want: []string{"7 c=7 s=7: default/40000002/400 || ident="},
	}})
}

func TestGFMInlineHTML(t *testing.T) {
	t.Parallel()
	runGFM(t, []gfmCase{{
		name: "HTML in table cells",
		doc: "| Code | HTTP | Name |\n|---|---|---|\n" +
			"| <b>40000001</b> | <font color=\"green\">400</font> | 用户名<br>已存在 |\n" +
			"| <code>40000002</code> | <span style='color:red'>400</span> | a<br/>b<BR />c |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 用户名 已存在|| ident=",
			"4 c=4 s=4: default/40000002/400 a b c|| ident=",
		},
	}, {
		name: "HTML in bullet values",
		doc:  "- HttpCode: <font color=\"red\">401</font>\n- ErrorCode: <strong>40100001</strong>\n- Name: 未登录<br>请登录\n- Message: <i>please</i> log in <!-- v2 -->\n",
		want: []string{"1 c=2 s=1: default/40100001/401 未登录 请登录||please log in ident="},
	}, {
		name: "what is not a tag is kept",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- Message: a < b, 1<2 and <3 <- arrow, x<>y\n- English: see <https://example.com/e?a=1>\n",
		want: []string{"1 c=2 s=1: default/40000001/400 |see https://example.com/e?a=1|a < b, 1<2 and <3 <- arrow, x<>y ident="},
	}, {
		name: "backslash escapes",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- Message: user\\_id \\<b> \\*not bold\\* C:\\Users \\\\\n",
		want: []string{"1 c=2 s=1: default/40000001/400 ||user_id <b> *not bold* C:\\Users \\ ident="},
	}, {
		name: "a placeholder that is no HTML element is kept",
		doc:  "- HttpCode: 404\n- ErrorCode: 40400001\n- Message: user <name> not found, see <b>docs</b>\n",
		want: []string{"1 c=2 s=1: default/40400001/404 ||user <name> not found, see docs ident="},
	}, {
		name: "markup around a number, nested",
		doc:  "| Code | HTTP |\n|---|---|\n| **<u>`40000001`</u>** | [<b>400</b>](x.md) |\n| ![40000002](img.png) | 400 |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 || ident=",
			"4 c=4 s=4: default/40000002/400 || ident=",
		},
		problems: nil,
	}, {
		name: "a code span in the middle of a value is rendered as its text",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- Message: field `id` is <em>required</em>\n",
		want: []string{"1 c=2 s=1: default/40000001/400 ||field id is required ident="},
	}})
}

func TestGFMHeaders(t *testing.T) {
	t.Parallel()
	runGFM(t, []gfmCase{{
		name: "bold, code-span and HTML headers",
		doc: "| **错误码** | `HTTP状态码` | <b>名称</b> |\n|---|---|---|\n| 40100001 | 401 | 未登录 |\n\n" +
			"| __Code__ | **`HTTP`** | *Msg* |\n|---|---|---|\n| 40100002 | 401 | log in |\n",
		want: []string{
			"3 c=3 s=3: default/40100001/401 未登录|| ident=",
			"7 c=7 s=7: default/40100002/401 ||log in ident=",
		},
	}, {
		name: "description columns name an entry that has no name",
		doc: "| 错误码 | HTTP | 说明 |\n|---|---|---|\n| 40000001 | 400 | 参数错误 |\n\n" +
			"| 错误码 | HTTP | 描述 |\n|---|---|---|\n| 40000002 | 400 | 缺少参数 |\n\n" +
			"| 错误码 | HTTP | 释义 |\n|---|---|---|\n| 40000003 | 400 | 格式错误 |\n\n" +
			"| Code | HTTP | Description |\n|---|---|---|\n| 40000004 | 400 | bad input |\n\n" +
			"| Code | HTTP | Desc |\n|---|---|---|\n| 40000005 | 400 | too long |\n\n" +
			"| Code | HTTP | Reason |\n|---|---|---|\n| 40000006 | 400 | too short |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 参数错误|| ident=",
			"7 c=7 s=7: default/40000002/400 缺少参数|| ident=",
			"11 c=11 s=11: default/40000003/400 格式错误|| ident=",
			"15 c=15 s=15: default/40000004/400 bad input|| ident=",
			"19 c=19 s=19: default/40000005/400 too long|| ident=",
			"23 c=23 s=23: default/40000006/400 too short|| ident=",
		},
	}, {
		name: "message columns",
		doc: "| 错误码 | HTTP | 错误信息 |\n|---|---|---|\n| 40000001 | 400 | 参数错误 |\n\n" +
			"| 错误码 | HTTP | 信息 |\n|---|---|---|\n| 40000002 | 400 | 缺少参数 |\n\n" +
			"| Code | HTTP | Msg |\n|---|---|---|\n| 40000003 | 400 | bad |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 ||参数错误 ident=",
			"7 c=7 s=7: default/40000002/400 ||缺少参数 ident=",
			"11 c=11 s=11: default/40000003/400 ||bad ident=",
		},
	}, {
		name: "a description beside a name is the message; beside both it is left out",
		doc: "| Code | HTTP | Name | Description |\n|---|---|---|---|\n| 40000001 | 400 | 参数错误 | the body is not JSON |\n\n" +
			"| Code | HTTP | Name | Message | 说明 |\n|---|---|---|---|---|\n| 40000002 | 400 | 缺少参数 | missing | internal note |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 参数错误||the body is not JSON ident=",
			"7 c=7 s=7: default/40000002/400 缺少参数||missing ident=",
		},
	}, {
		name: "an empty name is no name: a description fills it",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- Name:\n- 描述: 参数错误\n---\n* 名称:\n* Http:400\n* Code:40000002\n",
		want: []string{
			"1 c=2 s=1: default/40000001/400 参数错误|| ident=",
			"6 c=8 s=7: default/40000002/400 || ident=",
		},
	}, {
		name: "description keys in bullet blocks",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- 说明: 参数错误\n---\n- HttpCode: 400\n- ErrorCode: 40000002\n- Name: 缺少参数\n- Description: a field is missing\n",
		want: []string{
			"1 c=2 s=1: default/40000001/400 参数错误|| ident=",
			"5 c=6 s=5: default/40000002/400 缺少参数||a field is missing ident=",
		},
	}})
}

func TestGFMIdentifiers(t *testing.T) {
	t.Parallel()
	runGFM(t, []gfmCase{{
		name: "identifier columns",
		doc: "| Identifier | Code | HTTP | Name |\n|---|---|---|---|\n| ErrUserExists | 40000001 | 400 | 用户名已存在 |\n\n" +
			"| 错误码 | HTTP | 标识符 |\n|---|---|---|\n| 40000002 | 400 | `ErrShortPassword` |\n\n" +
			"| 常量 | 错误码 | HTTP |\n|---|---|---|\n| ErrBadPassword | 40000003 | 400 |\n\n" +
			"| Code | HTTP | Const | Message |\n|---|---|---|---|\n| 40000004 | 400 | CodeNoUser | no user |\n| 40000005 | 400 |  | no id |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 用户名已存在|| ident=ErrUserExists",
			"7 c=7 s=7: default/40000002/400 || ident=ErrShortPassword",
			"11 c=11 s=11: default/40000003/400 || ident=ErrBadPassword",
			"15 c=15 s=15: default/40000004/400 ||no user ident=CodeNoUser",
			"16 c=16 s=16: default/40000005/400 ||no id ident=",
		},
	}, {
		name: "a name column of Go identifiers gives the identifiers",
		doc: "| Code | HTTP | Name | Message |\n|---|---|---|---|\n| 40000001 | 400 | ErrUserExists | taken |\n| 40000002 | 400 | ErrShortPassword | short |\n\n" +
			"| Code | HTTP | Name |\n|---|---|---|\n| 40000003 | 400 | BadPassword |\n| 40000004 | 400 | no such user |\n\n" +
			"| Code | HTTP | Name |\n|---|---|---|\n| 40000005 | 400 | 用户不存在 |\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 ErrUserExists||taken ident=ErrUserExists",
			"4 c=4 s=4: default/40000002/400 ErrShortPassword||short ident=ErrShortPassword",
			"8 c=8 s=8: default/40000003/400 BadPassword|| ident=",
			"9 c=9 s=9: default/40000004/400 no such user|| ident=",
			"13 c=13 s=13: default/40000005/400 用户不存在|| ident=",
		},
	}, {
		name: "identifier keys in bullet blocks",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- Identifier: ErrUserExists\n---\n- Const: `ErrShortPassword`\n- HttpCode: 400\n- ErrorCode: 40000002\n",
		want: []string{
			"1 c=2 s=1: default/40000001/400 || ident=ErrUserExists",
			"5 c=7 s=6: default/40000002/400 || ident=ErrShortPassword",
		},
	}, {
		name: "an identifier that is not a Go identifier is an error",
		doc:  "| Identifier | Code | HTTP |\n|---|---|---|\n| user exists | 40000001 | 400 |\n\n- HttpCode: 400\n- ErrorCode: 40000002\n- 常量: 2Bad\n",
		want: []string{
			"3 c=3 s=3: default/40000001/400 || ident=",
			"5 c=6 s=5: default/40000002/400 || ident=",
		},
		problems: []string{
			`x.md:3: Identifier "user exists" is not a Go identifier`,
			`x.md:7: Identifier "2Bad" is not a Go identifier`,
		},
	}})
}

func TestGFMPositions(t *testing.T) {
	t.Parallel()
	runGFM(t, []gfmCase{{
		name: "a duplicate names both ErrorCode lines",
		doc:  "- HttpCode: 400\n- 中文名称: a\n- ErrorCode: 40000001\n---\n- 中文名称: b\n- HttpCode: 400\n- ErrorCode: 40000001\n",
		want: []string{
			"1 c=3 s=1: default/40000001/400 a|| ident=",
			"5 c=7 s=6: default/40000001/400 b|| ident=",
		},
		problems: []string{
			"x.md:7: duplicate error code 40000001 in namespace default (first at line 3); if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each",
		},
	}, {
		name: "a bad status points at the HttpCode line, a bad code at the ErrorCode line",
		doc: "- ErrorCode: 40000001\n- 中文名称: a\n- HttpCode: 700\n---\n- HttpCode: 400\n- 中文名称: b\n- ErrorCode: 4000002\n---\n" +
			"- HttpCode: 401\n- 中文名称: c\n- ErrorCode: 40000003\n",
		want: []string{
			"1 c=1 s=3: default/40000001/700 a|| ident=",
			"5 c=7 s=5: default/4000002/400 b|| ident=",
			"9 c=11 s=9: default/40000003/401 c|| ident=",
		},
		problems: []string{
			"x.md:1: error code 40000001 does not start with its HttpCode 700 (rules: digits=8 prefix=on)",
			"x.md:3: HttpCode 700 of error code 40000001 is outside 100-599",
			"x.md:7: error code 4000002 has 7 digits, want 8 (rules: digits=8 prefix=on)",
			"x.md:11: error code 40000003 does not start with its HttpCode 401 (rules: digits=8 prefix=on)",
		},
	}, {
		name: "a shared name points at the name's line",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- 中文名称: a\n---\n- 中文名称: a\n- HttpCode: 400\n- ErrorCode: 40000002\n",
		want: []string{
			"1 c=2 s=1: default/40000001/400 a|| ident=",
			"5 c=7 s=6: default/40000002/400 a|| ident=",
		},
		problems: []string{
			`x.md:5: warning: error codes 40000001 (line 3) and 40000002 in namespace default share the name "a"`,
		},
	}})
}

func TestGFMNumbers(t *testing.T) {
	t.Parallel()
	runGFM(t, []gfmCase{{
		name: "leading zeros and signs are errors",
		doc: "| Code | HTTP |\n|---|---|\n| 040000001 | 400 |\n| +40000002 | 400 |\n| -40000003 | 400 |\n| 40000004 | 0400 |\n| 40000005 | +400 |\n" +
			"| 00 | 400 |\n",
		problems: []string{
			`x.md:3: ErrorCode "040000001" has a leading zero (write 40000001)`,
			`x.md:4: ErrorCode "+40000002" has a sign (write 40000002)`,
			`x.md:5: ErrorCode "-40000003" has a sign: codes are not negative`,
			`x.md:6: HttpCode "0400" has a leading zero (write 400)`,
			`x.md:7: HttpCode "+400" has a sign (write 400)`,
			`x.md:8: ErrorCode "00" has a leading zero (write 0)`,
		},
	}, {
		name: "values out of range say so",
		doc:  "- HttpCode: 400\n- ErrorCode: 99999999999999999999\n---\n- HttpCode: 4000000000000000000000\n- ErrorCode: 40000002\n---\n- HttpCode: 40000000000\n- ErrorCode: 40000003\n",
		problems: []string{
			`x.md:2: ErrorCode "99999999999999999999" is out of range (at most 9223372036854775807)`,
			`x.md:4: HttpCode "4000000000000000000000" is out of range (want 100-599)`,
			`x.md:7: HttpCode "40000000000" is out of range (want 100-599)`,
		},
	}, {
		name: "zero is a number",
		doc:  "<!-- errcodecheck:rules digits=any prefix=off -->\n- HttpCode: 200\n- ErrorCode: 0\n",
		want: []string{"2 c=3 s=2: default/0/200 || ident="},
	}, {
		name: "a lone CR ends a line",
		doc:  "- HttpCode: 400\r- ErrorCode: 40000001\r- 中文名称: a\r\r| Code | HTTP |\r|---|---|\r| 40000002 | 400 |\r\n| 40000003 | 400 |\n",
		want: []string{
			"1 c=2 s=1: default/40000001/400 a|| ident=",
			"7 c=7 s=7: default/40000002/400 || ident=",
			"8 c=8 s=8: default/40000003/400 || ident=",
		},
	}})
}
