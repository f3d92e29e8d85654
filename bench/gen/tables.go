package gen

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// The corpus's codes come from the embedded default catalog, so that valid
// constructions stay valid when the catalog changes.

// code is one registered code of a namespace.
type code struct {
	value  int64
	status int
	ident  string // the constant in the namespace's codes package
	name   string // the catalog's name
}

// namespace is what the generator knows of one catalog namespace.
type namespace struct {
	name     string
	codes    []code
	byStatus map[int][]code
	statuses []int            // sorted
	unknown  map[int][]int64  // by status: codes with that prefix not registered here
	mismatch map[int64]string // code -> a catalog text naming another entry
	errVars  []errVar         // package-level error variables of NAME/errs
	byValue  map[int64]code   // value -> code
	legacy   int64            // a code this namespace does not register
}

// errVar is a package-level variable initialized by a construction.
type errVar struct {
	ident string
	code  code
}

type tables struct {
	user, platform *namespace
}

// userIdents names the user service's codes as a developer would.
var userIdents = map[int64]string{
	40000001: "CodeNameTaken",
	40000002: "CodePasswordTooShort",
	40000003: "CodeWrongPassword",
	40000004: "CodeUnknownUser",
	40000005: "CodeUnknownUserID",
	50000001: "CodeInternal",
	50000002: "CodeDatabase",
	50000003: "CodeMail",
}

// classNames name the platform's codes by their status class.
var classNames = map[int]string{
	400: "BadRequest", 401: "Unauthorized", 403: "Forbidden",
	404: "NotFound", 412: "Precondition", 500: "Internal",
}

// httpNames are net/http's constants for the statuses the corpus uses.
var httpNames = map[int]string{
	400: "StatusBadRequest", 401: "StatusUnauthorized", 403: "StatusForbidden",
	404: "StatusNotFound", 409: "StatusConflict", 412: "StatusPreconditionFailed",
	500: "StatusInternalServerError", 503: "StatusServiceUnavailable",
}

// wrongStatuses are the statuses planted status mismatches use.
var wrongStatuses = []int{400, 401, 403, 404, 409, 412, 500, 503}

func newTables() (*tables, error) {
	cat := catalog.Default()
	if cat == nil {
		return nil, fmt.Errorf("the embedded catalog does not load")
	}
	user, err := newNamespace(cat, "user", func(c int64, status, i int) string {
		if id, ok := userIdents[c]; ok {
			return id
		}
		return "Code" + strconv.FormatInt(c, 10)
	})
	if err != nil {
		return nil, err
	}
	platform, err := newNamespace(cat, "platform", func(c int64, status, i int) string {
		if cl, ok := classNames[status]; ok {
			return fmt.Sprintf("Code%s%02d", cl, i)
		}
		return "Code" + strconv.FormatInt(c, 10)
	})
	if err != nil {
		return nil, err
	}
	return &tables{user: user, platform: platform}, nil
}

func newNamespace(cat *catalog.Catalog, name string, ident func(c int64, status, i int) string) (*namespace, error) {
	entries := cat.InNamespace(name)
	if len(entries) == 0 {
		return nil, fmt.Errorf("the embedded catalog has no namespace %q", name)
	}
	ns := &namespace{
		name:     name,
		byStatus: map[int][]code{},
		unknown:  map[int][]int64{},
		mismatch: map[int64]string{},
		byValue:  map[int64]code{},
	}
	perStatus := map[int]int{}
	for _, e := range entries {
		if _, ok := httpNames[e.Status]; !ok {
			continue // a status the generated code cannot name
		}
		perStatus[e.Status]++
		c := code{value: e.Code, status: e.Status, ident: ident(e.Code, e.Status, perStatus[e.Status]), name: e.Name}
		ns.codes = append(ns.codes, c)
		ns.byStatus[c.status] = append(ns.byStatus[c.status], c)
		ns.byValue[c.value] = c
	}
	for s := range ns.byStatus {
		ns.statuses = append(ns.statuses, s)
	}
	slices.Sort(ns.statuses)
	for _, s := range ns.statuses {
		// Near misses of real codes (typos) and codes of other namespaces.
		for k := int64(1); k < 100; k++ {
			v := int64(s)*100000 + k
			if _, ok := cat.Lookup(name, v); !ok && (k <= 30 || k >= 90) {
				ns.unknown[s] = append(ns.unknown[s], v)
			}
		}
	}
	ns.legacy = 40100099
	for _, e := range cat.LookupAny(40100001) {
		if e.Namespace != name {
			if _, ok := cat.Lookup(name, e.Code); !ok {
				ns.legacy = e.Code
			}
		}
	}
	for _, c := range ns.codes {
		if t, ok := mismatchText(cat, name, c.value); ok {
			ns.mismatch[c.value] = t
		}
	}
	for i, c := range ns.codes {
		if name == "platform" && i >= 8 {
			break
		}
		ns.errVars = append(ns.errVars, errVar{ident: "Err" + strings.TrimPrefix(c.ident, "Code"), code: c})
	}
	return ns, nil
}

// mismatchText returns a catalog name that belongs to another entry than
// (ns, value): preferably the same code's name in another namespace, as in
// the user service's text for 40000002 used with platform code 40000002.
func mismatchText(cat *catalog.Catalog, ns string, value int64) (string, bool) {
	own, ok := cat.Lookup(ns, value)
	if !ok {
		return "", false
	}
	usable := func(t string) bool {
		return t != "" && !slices.Contains(cat.LookupText(t), own) && strconv.CanBackquote(t)
	}
	for _, e := range cat.LookupAny(value) {
		if e.Namespace != ns && usable(e.Name) {
			return e.Name, true
		}
	}
	for _, e := range cat.InNamespace(ns) {
		if e.Code != value && usable(e.Name) {
			return e.Name, true
		}
	}
	return "", false
}
