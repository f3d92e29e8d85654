package catalog_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// The tests read documents as file "x.md" and compare entries and problems
// in a compact text form, so a failure shows the whole picture at once.

// show renders the entries of c, one per element, as
// "LINE: NAMESPACE/CODE/STATUS NAME|ENGLISH|MESSAGE".
func show(c *catalog.Catalog) []string {
	out := []string{}
	for _, e := range c.Entries {
		out = append(out, fmt.Sprintf("%d: %s/%d/%d %s|%s|%s", e.Line, e.Namespace, e.Code, e.Status, e.Name, e.English, e.Message))
	}
	return out
}

// strs renders problems with Problem.String.
func strs(ps catalog.Problems) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func parse(doc string) (*catalog.Catalog, catalog.Problems) {
	return catalog.Parse("x.md", []byte(doc), catalog.Overrides{})
}

// diff reports a mismatch of two string lists line by line (nil and empty
// lists are equal).
func diff(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	t.Errorf("%s:\ngot:\n\t%s\nwant:\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
}

// seedWithoutMarkers returns the embedded document without its namespace
// markers: the seed document exactly as the project was created from it.
func seedWithoutMarkers() []byte {
	var out []byte
	for line := range bytes.Lines(catalog.DefaultDocument()) {
		if bytes.HasPrefix(line, []byte("<!-- errcodecheck:")) {
			continue
		}
		out = append(out, line...)
	}
	return out
}

// The seed's codes, by namespace, in document order.
var (
	userCodes = []int64{
		40000001, 40000002, 40000003, 40000004, 40000005,
		50000001, 50000002, 50000003,
	}
	platformCodes = []int64{
		40000001, 40000002, 40000003, 40000004, 40000005, 40000006, 40000007, 40000008,
		40000009, 40000010, 40000011, 40000012, 40000013, 40000014, 40000015, 40000016,
		40000017, 40000018, 40000019,
		40100001, 40100002, 40100003, 40100004, 40100005,
		40300001, 40300002,
		40400001, 40400002, 40400003,
		41200001, 41200002, 41200003, 41200004, 41200005, 41200006, 41200007, 41200008,
		41200009, 41200010, 41200011,
		50000001, 50000002, 50000003, 50000004, 50000005, 50000006, 50000007, 50000008,
	}
)

func TestParseDefaultDocument(t *testing.T) {
	c, ps := catalog.Parse(catalog.DefaultFile, catalog.DefaultDocument(), catalog.Overrides{})
	if len(c.Entries) != 56 {
		t.Errorf("got %d entries, want 56", len(c.Entries))
	}
	diff(t, "problems", strs(ps), []string{
		catalog.DefaultFile + `:128: warning: error codes 40000016 (line 123) and 40000017 in namespace platform share the name "无法解析cookie中的配置信息"`,
	})
	diff(t, "namespaces", c.Namespaces(), []string{"user", "platform"})
	if c.Rules != catalog.DefaultRules {
		t.Errorf("rules = %v, want %v", c.Rules, catalog.DefaultRules)
	}
	for ns, want := range map[string][]int64{"user": userCodes, "platform": platformCodes} {
		var got []int64
		for _, e := range c.InNamespace(ns) {
			got = append(got, e.Code)
			if want, ok := catalog.PrefixStatus(e.Code); !ok || e.Status != want {
				t.Errorf("%s: %s %d has status %d", e.Pos(), ns, e.Code, e.Status)
			}
			if e.Name == "" || e.File != catalog.DefaultFile {
				t.Errorf("%s: %s %d: name %q, file %q", e.Pos(), ns, e.Code, e.Name, e.File)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("namespace %s: codes\n%v, want\n%v", ns, got, want)
		}
	}
	// Spot checks: the first entry, the entry with two spaces after its
	// colon, the entry after the doubled "---" and the last one, which is
	// followed by "---     " and a stray fence without a final newline.
	for _, want := range []string{
		"5: user/40000001/400 注册用户名已存在||",
		"30: user/50000001/500 服务器发生未知错，请联系管理员处理||",
		"279: platform/50000007/500 未知Tiller状态,连接错误||",
		"284: platform/50000008/500 在线激活操作执行后，证书依然处于未激活状态||",
	} {
		if !slices.Contains(show(c), want) {
			t.Errorf("missing entry %s", want)
		}
	}
}

func TestParseSeedWithoutMarkers(t *testing.T) {
	doc := seedWithoutMarkers()
	c, ps := catalog.Parse("seed.md", doc, catalog.Overrides{})
	if len(c.Entries) != 56 {
		t.Errorf("got %d entries, want 56", len(c.Entries))
	}
	diff(t, "namespaces", c.Namespaces(), []string{catalog.DefaultNamespace})
	// Both tables land in namespace default: every user code comes back in
	// the platform table, and each duplicate names both lines. Only the
	// first message carries the hint.
	diff(t, "problems", strs(ps), []string{
		"seed.md:45: duplicate error code 40000001 in namespace default (first at line 5); if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each",
		"seed.md:50: duplicate error code 40000002 in namespace default (first at line 10)",
		"seed.md:55: duplicate error code 40000003 in namespace default (first at line 15)",
		"seed.md:60: duplicate error code 40000004 in namespace default (first at line 20)",
		"seed.md:65: duplicate error code 40000005 in namespace default (first at line 24)",
		`seed.md:126: warning: error codes 40000016 (line 121) and 40000017 in namespace default share the name "无法解析cookie中的配置信息"`,
		"seed.md:247: duplicate error code 50000001 in namespace default (first at line 30)",
		"seed.md:252: duplicate error code 50000002 in namespace default (first at line 35)",
		"seed.md:257: duplicate error code 50000003 in namespace default (first at line 40)",
		`seed.md:268: warning: error codes 50000002 (line 36) and 50000005 in namespace default share the name "未知数据库错误"`,
	})
	if n := c.CountNamespace(catalog.DefaultNamespace); n != 48 {
		t.Errorf("distinct codes = %d, want 48", n)
	}
	// The first of each duplicate pair is the one indexed.
	if e, ok := c.Lookup(catalog.DefaultNamespace, 40000001); !ok || e.Line != 4 {
		t.Errorf("Lookup(default, 40000001) = %v, %v; want the entry at line 4", e, ok)
	}
}

func TestParseIrregularities(t *testing.T) {
	for _, tc := range []struct {
		name     string
		doc      string
		want     []string
		problems []string
	}{{
		name: "missing separator",
		doc: "- HttpCode: 400\n- ErrorCode: 40000001\n- 中文名称: a\n" +
			"- HttpCode: 401\n- ErrorCode: 40100001\n- 中文名称: b\n",
		want: []string{"1: default/40000001/400 a||", "4: default/40100001/401 b||"},
	}, {
		name: "missing separator, next entry starts with another key",
		doc: "- HttpCode: 400\n- ErrorCode: 40000001\n- 中文名称: a\n" +
			"- 中文名称: b\n- HttpCode: 401\n- ErrorCode: 40100001\n",
		want: []string{"1: default/40000001/400 a||", "4: default/40100001/401 b||"},
	}, {
		name: "blank line as separator",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n\n- HttpCode: 401\n- ErrorCode: 40100001\n",
		want: []string{"1: default/40000001/400 ||", "4: default/40100001/401 ||"},
	}, {
		name: "doubled separator",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n---\n---\n- HttpCode: 401\n- ErrorCode: 40100001\n---\n",
		want: []string{"1: default/40000001/400 ||", "5: default/40100001/401 ||"},
	}, {
		name: "heading as separator",
		doc:  "# Codes\n## 400\n- HttpCode: 400\n- ErrorCode: 40000001\n### 401\n- HttpCode: 401\n- ErrorCode: 40100001\n",
		want: []string{"3: default/40000001/400 ||", "6: default/40100001/401 ||"},
	}, {
		name: "trailing spaces",
		doc:  "- HttpCode: 400   \n- ErrorCode: 40000001\t\n- 中文名称: a  \n---     \n",
		want: []string{"1: default/40000001/400 a||"},
	}, {
		name: "two spaces after colon",
		doc:  "- HttpCode:  400\n- ErrorCode:  40000001\n- 中文名称:  a b\n",
		want: []string{"1: default/40000001/400 a b||"},
	}, {
		name: "no space after colon",
		doc:  "- HttpCode:400\n- ErrorCode:40000001\n",
		want: []string{"1: default/40000001/400 ||"},
	}, {
		name: "space before colon",
		doc:  "- HttpCode : 400\n- ErrorCode : 40000001\n",
		want: []string{"1: default/40000001/400 ||"},
	}, {
		name: "stray fences",
		doc:  "```\n- HttpCode: 400\n- ErrorCode: 40000001\n\n```\n- HttpCode: 401\n- ErrorCode: 40100001\n```",
		want: []string{"2: default/40000001/400 ||", "6: default/40100001/401 ||"},
	}, {
		name: "unclosed fence",
		doc:  "```markdown\n- HttpCode: 400\n- ErrorCode: 40000001\n",
		want: []string{"2: default/40000001/400 ||"},
	}, {
		name: "full-width colons",
		doc:  "- HttpCode：400\n- ErrorCode： 40000001\n- 中文名称：注册用户名已存在\n",
		want: []string{"1: default/40000001/400 注册用户名已存在||"},
	}, {
		name: "full-width colon before an ASCII colon in the value",
		doc:  "- HttpCode：400\n- ErrorCode：40000001\n- Message：see: docs\n",
		want: []string{"1: default/40000001/400 ||see: docs"},
	}, {
		name: "ASCII colon before a full-width colon in the value",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- Message: 提示：重试\n",
		want: []string{"1: default/40000001/400 ||提示：重试"},
	}, {
		name: "ideographic space after colon",
		doc:  "- HttpCode：\u3000400\n- ErrorCode：\u300040000001\n",
		want: []string{"1: default/40000001/400 ||"},
	}, {
		name: "CRLF line endings",
		doc:  "- HttpCode: 400\r\n- ErrorCode: 40000001\r\n- 中文名称: a\r\n---\r\n- HttpCode: 401\r\n- ErrorCode: 40100001\r\n",
		want: []string{"1: default/40000001/400 a||", "5: default/40100001/401 ||"},
	}, {
		name: "byte order mark",
		doc:  "\ufeff- HttpCode: 400\n- ErrorCode: 40000001\n",
		want: []string{"1: default/40000001/400 ||"},
	}, {
		name: "byte order mark and CRLF before a marker",
		doc:  "\ufeff<!-- errcodecheck:namespace user -->\r\n- HttpCode: 400\r\n- ErrorCode: 40000001\r\n",
		want: []string{"2: user/40000001/400 ||"},
	}, {
		name: "case-insensitive keys",
		doc:  "- HTTPCODE: 400\n- errorcode: 40000001\n- NAME: a\n---\n- httpcode: 401\n- ERRORCODE: 40100001\n- name: b\n",
		want: []string{"1: default/40000001/400 a||", "5: default/40100001/401 b||"},
	}, {
		name: "aliases HTTPCode Code Name Message English",
		doc:  "- HTTPCode: 400\n- Code: 40000001\n- Name: 名\n- English: Name taken\n- Message: try another\n",
		want: []string{"1: default/40000001/400 名|Name taken|try another"},
	}, {
		name: "aliases HttpStatus 英文名称",
		doc:  "- HttpStatus: 404\n- ErrorCode: 40400001\n- 中文名称: 不存在\n- 英文名称: Not found\n",
		want: []string{"1: default/40400001/404 不存在|Not found|"},
	}, {
		name: "keys with spaces, dashes and underscores",
		doc:  "- HTTP Status: 404\n- error_code: 40400001\n- English-Name: Not found\n",
		want: []string{"1: default/40400001/404 |Not found|"},
	}, {
		name: "key in emphasis, value in a code span",
		doc:  "- **HttpCode**: `400`\n- *ErrorCode*: **40000001**\n- `Name`: _a_\n",
		want: []string{"1: default/40000001/400 a||"},
	}, {
		name: "other list markers and indentation",
		doc:  "* HttpCode: 400\n  * ErrorCode: 40000001\n\n+ HttpCode: 401\n+\tErrorCode: 40100001\n",
		want: []string{"1: default/40000001/400 ||", "4: default/40100001/401 ||"},
	}, {
		name: "prose and other bullets are ignored",
		doc: "Intro: the codes below.\n- Note: ask the platform team\n- see https://example.com\n-HttpCode: 999\n" +
			"- A long bullet, longer than any key, that happens to hold a colon: see above\n" +
			"- HttpCode: 400\n- ErrorCode: 40000001\n",
		want: []string{"6: default/40000001/400 ||"},
	}, {
		name: "prose line between keys splits the entry",
		doc:  "- HttpCode: 400\nsome words\n- ErrorCode: 40000001\n",
		want: []string{},
		problems: []string{
			"x.md:1: entry lacks ErrorCode",
			"x.md:3: entry lacks HttpCode",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps := parse(tc.doc)
			diff(t, "entries", show(c), tc.want)
			diff(t, "problems", strs(ps), tc.problems)
		})
	}
}

func TestParseMarkers(t *testing.T) {
	const entry400 = "- HttpCode: 400\n- ErrorCode: 40000001\n"
	for _, tc := range []struct {
		name     string
		doc      string
		want     []string
		rules    catalog.Rules
		problems []string
	}{{
		name: "namespaces",
		doc: entry400 +
			"<!-- errcodecheck:namespace user -->\n" + entry400 +
			"<!--errcodecheck:namespace platform.v2-->\n" + entry400 +
			"<!-- errcodecheck:namespace 用户_服务 -->\n" + entry400,
		want: []string{
			"1: default/40000001/400 ||",
			"4: user/40000001/400 ||",
			"7: platform.v2/40000001/400 ||",
			"10: 用户_服务/40000001/400 ||",
		},
		rules: catalog.DefaultRules,
	}, {
		name:  "a marker ends the entry being read",
		doc:   "- HttpCode: 400\n<!-- errcodecheck:namespace user -->\n- ErrorCode: 40000001\n",
		want:  []string{},
		rules: catalog.DefaultRules,
		problems: []string{
			"x.md:1: entry lacks ErrorCode",
			"x.md:3: entry lacks HttpCode",
		},
	}, {
		name:  "other comments are ignored",
		doc:   "<!-- TODO: errcodecheck:namespace user -->\n<!-- errcodecheck -->\n<!---->\n" + entry400,
		want:  []string{"4: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
	}, {
		name:  "namespace marker without a name",
		doc:   "<!-- errcodecheck:namespace -->\n" + entry400,
		want:  []string{"2: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
		problems: []string{
			`x.md:1: namespace marker needs one name of letters, digits, '.', '-' or '_', optionally followed by used-elsewhere, got ""`,
		},
	}, {
		name:  "namespace marker with two names",
		doc:   "<!-- errcodecheck:namespace user platform -->\n" + entry400,
		want:  []string{"2: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
		problems: []string{
			`x.md:1: namespace marker needs one name of letters, digits, '.', '-' or '_', optionally followed by used-elsewhere, got "user platform"`,
		},
	}, {
		name:  "namespace marker not closed on its line",
		doc:   "<!-- errcodecheck:namespace user\n-->\n" + entry400,
		want:  []string{"3: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
		problems: []string{
			`x.md:1: errcodecheck marker must end with "-->" on the same line`,
		},
	}, {
		name:  "unknown marker verb",
		doc:   "<!-- errcodecheck:namespaces user -->\n" + entry400,
		want:  []string{"2: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
		problems: []string{
			`x.md:1: unknown errcodecheck marker "namespaces" (want namespace, rules or used-elsewhere)`,
		},
	}, {
		name:  "rules digits=6 prefix=off",
		doc:   "<!-- errcodecheck:rules digits=6 prefix=off -->\n- HttpCode: 404\n- ErrorCode: 410108\n",
		want:  []string{"2: default/410108/404 ||"},
		rules: catalog.Rules{Digits: 6, Prefix: false},
	}, {
		name:  "rules digits=any",
		doc:   "<!-- errcodecheck:rules digits=any -->\n- HttpCode: 404\n- ErrorCode: 4041\n---\n- HttpCode: 500\n- ErrorCode: 500000000001\n",
		want:  []string{"2: default/4041/404 ||", "5: default/500000000001/500 ||"},
		rules: catalog.Rules{Digits: 0, Prefix: true},
	}, {
		name:  "rules marker after the entries applies to the whole document",
		doc:   "- HttpCode: 404\n- ErrorCode: 410108\n<!-- errcodecheck:rules prefix=false digits=6 -->\n",
		want:  []string{"1: default/410108/404 ||"},
		rules: catalog.Rules{Digits: 6, Prefix: false},
	}, {
		name:  "rules marker spellings",
		doc:   "<!-- errcodecheck:rules  digits=ANY  prefix=No -->\n- HttpCode: 404\n- ErrorCode: 410108\n",
		want:  []string{"2: default/410108/404 ||"},
		rules: catalog.Rules{Digits: 0, Prefix: false},
	}, {
		name:  "empty rules marker keeps the defaults",
		doc:   "<!-- errcodecheck:rules -->\n" + entry400,
		want:  []string{"2: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
	}, {
		name:  "bad values",
		doc:   "<!-- errcodecheck:rules digits=0 prefix=maybe -->\n" + entry400,
		want:  []string{"2: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
		problems: []string{
			`x.md:1: rules marker: digits: want a number from 1 to 18 or "any", got "0"`,
			`x.md:1: rules marker: prefix must be on or off, got "maybe"`,
		},
	}, {
		name:  "more bad digits",
		doc:   "<!-- errcodecheck:rules digits=19 digits digits=six -->\n" + entry400,
		want:  []string{"2: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
		problems: []string{
			`x.md:1: rules marker: digits: want a number from 1 to 18 or "any", got "19"`,
			`x.md:1: rules marker: digits: want a number from 1 to 18 or "any", got ""`,
			`x.md:1: rules marker: digits: want a number from 1 to 18 or "any", got "six"`,
		},
	}, {
		name:  "unknown key",
		doc:   "<!-- errcodecheck:rules digits=8 width=8 Prefix=on -->\n" + entry400,
		want:  []string{"2: default/40000001/400 ||"},
		rules: catalog.DefaultRules,
		problems: []string{
			`x.md:1: rules marker: unknown key "width" (want digits, prefix or used-elsewhere)`,
			`x.md:1: rules marker: unknown key "Prefix" (want digits, prefix or used-elsewhere)`,
		},
	}, {
		name: "second rules marker",
		doc: "<!-- errcodecheck:rules digits=6 prefix=off -->\n- HttpCode: 404\n- ErrorCode: 410108\n" +
			"<!-- errcodecheck:rules digits=8 -->\n",
		want:  []string{"2: default/410108/404 ||"},
		rules: catalog.Rules{Digits: 6, Prefix: false},
		problems: []string{
			"x.md:4: second rules marker (first at line 1)",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps := parse(tc.doc)
			diff(t, "entries", show(c), tc.want)
			if c.Rules != tc.rules {
				t.Errorf("rules = %v, want %v", c.Rules, tc.rules)
			}
			diff(t, "problems", strs(ps), tc.problems)
		})
	}
}

func TestParseOverrides(t *testing.T) {
	six, anyDigits, eight := 6, 0, 8
	on, off := true, false
	const sixDigit = "<!-- errcodecheck:rules digits=6 prefix=off -->\n- HttpCode: 404\n- ErrorCode: 410108\n"
	const seedLike = "- HttpCode: 400\n- ErrorCode: 40000001\n"
	for _, tc := range []struct {
		name     string
		doc      string
		o        catalog.Overrides
		rules    catalog.Rules
		problems []string
	}{{
		name:  "none",
		doc:   sixDigit,
		rules: catalog.Rules{Digits: 6},
	}, {
		name:  "digits override the marker",
		doc:   sixDigit,
		o:     catalog.Overrides{Digits: &eight},
		rules: catalog.Rules{Digits: 8},
		problems: []string{
			"x.md:3: error code 410108 has 6 digits, want 8 (rules: digits=8 prefix=off)",
		},
	}, {
		name:  "prefix overrides the marker",
		doc:   sixDigit,
		o:     catalog.Overrides{Prefix: &on},
		rules: catalog.Rules{Digits: 6, Prefix: true},
		problems: []string{
			"x.md:3: error code 410108 does not start with its HttpCode 404 (rules: digits=6 prefix=on)",
		},
	}, {
		name:  "both override the defaults",
		doc:   seedLike,
		o:     catalog.Overrides{Digits: &six, Prefix: &off},
		rules: catalog.Rules{Digits: 6},
		problems: []string{
			"x.md:2: error code 40000001 has 8 digits, want 6 (rules: digits=6 prefix=off)",
		},
	}, {
		name:  "digits any",
		doc:   "- HttpCode: 400\n- ErrorCode: 4001\n",
		o:     catalog.Overrides{Digits: &anyDigits},
		rules: catalog.Rules{Prefix: true},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps := catalog.Parse("x.md", []byte(tc.doc), tc.o)
			if c.Rules != tc.rules {
				t.Errorf("rules = %v, want %v", c.Rules, tc.rules)
			}
			diff(t, "problems", strs(ps), tc.problems)
		})
	}
}

func TestParseDigits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		err  bool
	}{
		{"any", 0, false}, {"ANY", 0, false}, {"1", 1, false}, {"6", 6, false}, {"18", 18, false},
		{"0", 0, true}, {"19", 0, true}, {"-6", 0, true}, {"", 0, true}, {"six", 0, true}, {" 6", 0, true},
	} {
		got, err := catalog.ParseDigits(tc.in)
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("ParseDigits(%q) = %d, %v; want %d, error %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestRulesString(t *testing.T) {
	for r, want := range map[catalog.Rules]string{
		catalog.DefaultRules:       "digits=8 prefix=on",
		{Digits: 6}:                "digits=6 prefix=off",
		{Digits: 0, Prefix: true}:  "digits=any prefix=on",
		{Digits: 0, Prefix: false}: "digits=any prefix=off",
		{Digits: 18, Prefix: true}: "digits=18 prefix=on",
	} {
		if got := r.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", r, got, want)
		}
	}
}

// Regression: entries inside a multi-line HTML comment are not rendered and
// must not be registered (they used to be read like any other lines).
func TestParseHTMLComments(t *testing.T) {
	for _, tc := range []struct {
		name     string
		doc      string
		want     []string
		problems []string
	}{{
		name: "commented-out entry",
		doc: "- HttpCode: 400\n- ErrorCode: 40000001\n<!--\n- HttpCode: 400\n- ErrorCode: 40000002\n-->\n" +
			"- HttpCode: 400\n- ErrorCode: 40000003\n",
		want: []string{"1: default/40000001/400 ||", "7: default/40000003/400 ||"},
	}, {
		name: "comment closed at the end of a line",
		doc:  "<!-- deprecated:\n- HttpCode: 400\n- ErrorCode: 40000002 -->\n- HttpCode: 400\n- ErrorCode: 40000003\n",
		want: []string{"4: default/40000003/400 ||"},
	}, {
		name: "commented-out table and markers",
		doc: "<!-- old table\n| Code | HTTP |\n|---|---|\n| 40000002 | 400 |\n<!-- errcodecheck:namespace old -->\n-->\n" +
			"| Code | HTTP |\n|---|---|\n| 40000003 | 400 |\n",
		want: []string{"9: default/40000003/400 ||"},
	}, {
		name: "one-line comments do not hide the lines after them",
		doc:  "<!-- a --> <!-- b\n- HttpCode: 400\n- ErrorCode: 40000001\n",
		want: []string{"2: default/40000001/400 ||"},
	}, {
		name: "unclosed comment",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n<!-- TODO\n- HttpCode: 400\n- ErrorCode: 40000002\n",
		want: []string{"1: default/40000001/400 ||"},
		problems: []string{
			`x.md:3: HTML comment is not closed with "-->": the rest of the document is hidden when rendered`,
		},
	}, {
		name: "unclosed marker",
		doc:  "<!-- errcodecheck:namespace user\n- HttpCode: 400\n- ErrorCode: 40000001\n",
		want: []string{},
		problems: []string{
			`x.md:1: errcodecheck marker must end with "-->" on the same line`,
			`x.md:1: HTML comment is not closed with "-->": the rest of the document is hidden when rendered`,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps := parse(tc.doc)
			diff(t, "entries", show(c), tc.want)
			diff(t, "problems", strs(ps), tc.problems)
		})
	}
}

func TestParseEmphasizedKeysAndValueComments(t *testing.T) {
	doc := "- **HttpCode:** 401\n- **ErrorCode：** `40100002`\n- __Name:__ 登录失效 <!-- since v2 -->\n\n" +
		"- *HttpCode*: 400 <!-- legacy -->\n- ErrorCode: 40000001\n"
	c, ps := catalog.Parse("em.md", []byte(doc), catalog.Overrides{})
	if len(ps) != 0 {
		t.Fatalf("problems: %v", ps)
	}
	e, ok := c.Lookup(catalog.DefaultNamespace, 40100002)
	if !ok || e.Status != 401 || e.Name != "登录失效" || e.Line != 1 {
		t.Errorf("40100002: %+v %v", e, ok)
	}
	if e, ok := c.Lookup(catalog.DefaultNamespace, 40000001); !ok || e.Status != 400 || e.Line != 5 {
		t.Errorf("40000001: %+v %v", e, ok)
	}
}
